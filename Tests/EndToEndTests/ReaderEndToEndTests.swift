import Foundation
import MarsadModel
import MarsadTestSupport
import MarsadTUI
import TerminalText
import XCTest

/// The real `marsad` binary in a 120×40 tmux window, driven by keys and
/// read back with `capture-pane`. Expected text is computed with
/// TerminalText and MarsadModel from the seed files, never hard-coded.
final class ReaderEndToEndTests: XCTestCase {
    static var corpus: Corpus { SeedCorpus.corpus }
    let size = ScreenSize(columns: 120, rows: 40)

    func start(_ extra: [String: String] = [:]) throws -> TmuxSession {
        let session = try TmuxSession(arguments: ["read", MarsadBinary.seeds], environment: extra)
        addTeardownBlock { session.stop() }
        return session
    }

    func rows(_ screen: String) -> [String] { screen.components(separatedBy: "\n") }

    /// Waits until the analysis is in (the status line stops saying so).
    func waitForAnalysis(_ session: TmuxSession) throws -> String {
        let (ok, screen) = try session.waitFor(timeout: 60) { screen in
            let lines = screen.components(separatedBy: "\n")
            return lines.count > 39 && lines[39].contains("seeds · ") && !lines[39].contains("analysing")
        }
        XCTAssertTrue(ok, "the analysis did not finish in 60 s:\n\(screen)")
        return screen
    }

    func testSeedTitlesShowInShapedArabicInTheList() throws {
        let session = try start()
        for article in Self.corpus.articles {
            // The start of a title is its right end on screen (a long one is cut on the left).
            let shaped = TextLayout.singleLine(article.title, maxWidth: 10_000).text
            let start = String(shaped.suffix(16))
            let (ok, screen) = try session.waitFor { $0.contains(start) }
            XCTAssertTrue(ok, "title of \(article.id) not shown shaped:\nexpected …\(start)\n\(screen)")
        }
        let screen = try session.capture()
        XCTAssertTrue(rows(screen)[0].hasPrefix(" Articles 5 articles"), rows(screen)[0])
    }

    func testWithoutPathsTheReaderOpensTheArchiveWhichAFirstRunFillsWithTheSeeds() throws {
        // No path: the archive (empty in the session's own XDG_DATA_HOME) gets the seeds.
        let session = try TmuxSession(arguments: [])
        addTeardownBlock { session.stop() }
        let (ok, screen) = try session.waitFor(timeout: 60) { screen in
            let lines = screen.components(separatedBy: "\n")
            return lines.count > 39 && lines[39].contains("archive · 5 articles") && !lines[39].contains("analysing")
        }
        XCTAssertTrue(ok, "the reader did not open the archive:\n\(screen)")
        XCTAssertTrue(rows(screen)[0].hasPrefix(" Articles 5 articles"), rows(screen)[0])
        for article in Self.corpus.articles {
            let shaped = TextLayout.singleLine(article.title, maxWidth: 10_000).text
            XCTAssertTrue(screen.contains(String(shaped.suffix(16))), "title of \(article.id) missing:\n\(screen)")
        }
        // `/` on the list asks the archive's full-text index: a word of one
        // article's text (in no title) finds it, and Enter opens it at the hit.
        let word = TextLayout.singleLine("الدرونز", maxWidth: 100).text
        try session.send("/")
        try session.type("الدرونز")
        try session.send("Enter")
        let (found, listed) = try session.waitFor { screen in
            let lines = screen.components(separatedBy: "\n")
            return lines.count > 39 && lines[39].contains("1/1") && lines[39].contains(word)
        }
        XCTAssertTrue(found, "the list search did not find the article by its text:\n\(listed)")
        let query = SearchQuery("الدرونز")!
        let hits = Self.corpus.articles.map { query.matches(in: $0.scalars, range: 0..<$0.scalars.count).count }.max()!
        XCTAssertGreaterThan(hits, 1)
        try session.send("Enter")
        // The reader's own search now: the first of the article's hits, on screen.
        let (opened, reading) = try session.waitFor { screen in
            let lines = screen.components(separatedBy: "\n")
            return lines.count > 39 && lines[39].contains("1/\(hits) ") && lines[39].contains(word)
                && lines.dropLast().contains { $0.contains(String(word.suffix(5))) }
        }
        XCTAssertTrue(opened, "the article did not open at the hit:\n\(reading)")
        try session.send("q")
        XCTAssertEqual(session.exitStatus(), 0, "q did not quit")
        XCTAssertTrue(session.file("stderr").contains("imported the 5 seed articles"), session.file("stderr"))
    }

    func testOpeningAnArticleShowsItsFirstSentenceRightAligned() throws {
        let session = try start()
        try session.waitFor { $0.contains("Articles") }
        try session.send("Enter")
        let article = Self.corpus.articles[0]
        let width = PaneLayout.compute(size: size, focus: .reader).reader!.width - 2
        let sentence = article.bodySentences[0]
        let paragraph = article.text(in: article.paragraphs[sentence.paragraphIndex].range)
        let firstLine = TextLayout.layout(paragraph, options: LayoutOptions(width: width))[0].text
        // Right-aligned: the line ends one margin cell before the rule next to the actors pane.
        let (ok, screen) = try session.waitFor { $0.contains(firstLine + " │") }
        XCTAssertTrue(ok, "first sentence not shown right-aligned:\nexpected [\(firstLine) │]\n\(screen)")
    }

    func testFilterByPutinLeavesTheSeedArticlesThatNamePutin() throws {
        let session = try start()
        _ = try waitForAnalysis(session)
        // Ground truth from the text: articles whose non-boilerplate text says بوتين.
        let expected = Self.corpus.articles.filter { article in
            article.paragraphs.contains { !$0.isBoilerplate && ArabicNormalizer.normalize(article.text(in: $0.range)).contains("بوتين") }
        }
        XCTAssertFalse(expected.isEmpty)
        try session.send("f")
        try session.waitFor { $0.contains("Filter by actor") }
        try session.type("بوتين")
        try session.send("Enter")
        let (ok, screen) = try session.waitFor { screen in
            let lines = screen.components(separatedBy: "\n")
            return lines.count > 39 && lines[39].contains("filter:")
        }
        XCTAssertTrue(ok, "no filter in the status line:\n\(screen)")
        let lines = rows(screen)
        XCTAssertTrue(lines[0].contains("\(expected.count) of 5"), lines[0])
        let shown = lines.dropFirst().prefix { !$0.hasPrefix(" Reader") }.compactMap { line -> String? in
            let chars = Array(line)
            guard chars.count > 13 else { return nil }
            let date = String(chars[3..<13])
            return CalendarDate(iso: date) != nil ? date : nil
        }
        XCTAssertEqual(Set(shown), Set(expected.compactMap { $0.metadata.date?.iso }), screen)
        XCTAssertEqual(shown.count, expected.count, screen)
    }

    /// Arabic words (normalized) of a screen text taken in visual order.
    func logicalWords(_ visual: String) -> [String] {
        ArabicNormalizer.normalize(String(visual.reversed())).split { !$0.isLetter }.map(String.init)
            .filter { $0.unicodeScalars.allSatisfy { (0x0621...0x064A).contains($0.value) } }
    }

    /// The text drawn in reverse video inside the reader pane (monochrome
    /// theme: that is the event's sentence), one string a row.
    func highlightedInReader(_ styled: String) -> [String] {
        let lines = styled.components(separatedBy: "\n").map(StyledRow.init)
        guard let top = lines.firstIndex(where: { $0.text.hasPrefix(" Reader") }),
              let bottom = lines.firstIndex(where: { $0.text.hasPrefix(" Timeline") }) else { return [] }
        let readerWidth = PaneLayout.compute(size: size, focus: .timeline).reader!.width
        return lines[(top + 1)..<bottom].map { row in
            String(row.cells.prefix(readerWidth).filter(\.reverse).map(\.character))
        }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// The selected event's row: date and the first Arabic words of its sentence.
    func selectedEvent(_ screen: String) -> (row: Int, date: String, words: [String])? {
        let lines = rows(screen)
        guard let title = lines.firstIndex(where: { $0.hasPrefix(" Timeline") }),
              let row = lines.indices.first(where: { $0 > title + 1 && lines[$0].hasPrefix("> ") }) else { return nil }
        let chars = Array(lines[row])
        let date = String(chars[2..<12])
        let columns = TimelineView.Columns(width: size.columns).sentence
        let sentence = String(chars[columns.clamped(to: 0..<chars.count)]).replacingOccurrences(of: "…", with: "")
        var words = logicalWords(sentence)
        // The first and last word may be cut; keep whole words from the start.
        if words.count > 3 { words = Array(words.prefix(3)) }
        return (row, date, words)
    }

    func testEnterOnATimelineEventShowsItsSentenceHighlightedInTheReader() throws {
        let session = try start(["NO_COLOR": "1"])
        _ = try waitForAnalysis(session)
        try session.send("t")
        try session.send("Enter")
        let (ok, styled) = try session.waitFor(styles: true) { !self.highlightedInReader($0).isEmpty }
        let plain = try session.capture()
        XCTAssertTrue(ok, "no highlighted sentence in the reader:\n\(plain)")
        guard let event = selectedEvent(plain) else { return XCTFail("no selected event in the timeline:\n\(plain)") }
        let highlighted = Set(highlightedInReader(styled).flatMap(logicalWords))
        XCTAssertFalse(event.words.isEmpty, plain)
        for word in event.words {
            XCTAssertTrue(highlighted.contains(word), "“\(word)” of the event's sentence is highlighted in the reader: \(highlighted)")
        }
    }

    func testBracketStepsToTheNextEventInTime() throws {
        let session = try start(["NO_COLOR": "1"])
        _ = try waitForAnalysis(session)
        try session.send("]")
        let (ok1, first) = try session.waitFor { self.selectedEvent($0) != nil }
        XCTAssertTrue(ok1, "] selected no event:\n\(first)")
        guard let one = selectedEvent(first) else { return }
        try session.send("]")
        let (ok2, second) = try session.waitFor { screen in self.selectedEvent(screen).map { $0.row != one.row } ?? false }
        XCTAssertTrue(ok2, "] did not move to another event:\n\(second)")
        guard let two = selectedEvent(second) else { return }
        XCTAssertEqual(two.row, one.row + 1, "the next row of the timeline")
        XCTAssertLessThanOrEqual(one.date, two.date, "later in time")
        let styled = try session.capture(styles: true)
        let highlighted = Set(highlightedInReader(styled).flatMap(logicalWords))
        for word in two.words {
            XCTAssertTrue(highlighted.contains(word), "the new event's sentence is highlighted: \(word) in \(highlighted)")
        }
    }

    func testTheListShowsWhileALargeCorpusIsStillBeingAnalysed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = try FileManager.default.contentsOfDirectory(atPath: MarsadBinary.seeds).filter { $0.hasSuffix(".txt") }
        // 100 articles take many seconds to analyse in a debug build; if the
        // analysis ever gets that fast, raise the count so it is still running.
        for copy in 0..<20 {
            for file in files {
                let text = try String(contentsOfFile: MarsadBinary.seeds + "/" + file, encoding: .utf8)
                try (text + "\nنسخة \(copy)\n").write(to: dir.appendingPathComponent("\(copy)-\(file)"), atomically: true, encoding: .utf8)
            }
        }
        let session = try TmuxSession(arguments: ["read", dir.path])
        addTeardownBlock { session.stop() }
        let (ok, screen) = try session.waitFor { screen in
            let lines = screen.components(separatedBy: "\n")
            return lines.count > 39 && lines[0].contains("\(20 * files.count) articles") && lines[39].contains("analysing")
        }
        XCTAssertTrue(ok, "the list and the analysis progress show together:\n\(screen)")
        // The reader answers keys while the analysis runs.
        try session.send("j")
        let (moved, after) = try session.waitFor { $0.contains("article 2/\(20 * files.count)") }
        XCTAssertTrue(moved, after)
        try session.send("q")
        XCTAssertEqual(session.exitStatus(), 0)
    }

    func testActorOptionStartsFiltered() throws {
        let session = try TmuxSession(arguments: ["read", "--actor", "Putin", MarsadBinary.seeds])
        addTeardownBlock { session.stop() }
        let (ok, screen) = try session.waitFor(timeout: 60) { screen in
            let lines = screen.components(separatedBy: "\n")
            return lines.count > 39 && lines[39].contains("filter:")
        }
        XCTAssertTrue(ok, "--actor Putin sets the filter once the analysis is in:\n\(screen)")
        XCTAssertFalse(rows(screen)[0].contains("5 articles"), rows(screen)[0])
    }

    func testQuitLeavesTheTerminalAsItWas() throws {
        let session = try start()
        try session.waitFor { $0.contains("Articles") }
        try session.send("q")
        XCTAssertEqual(session.exitStatus(), 0, session.file("stderr"))
        XCTAssertFalse(session.file("stty-before").isEmpty)
        XCTAssertEqual(session.file("stty-before"), session.file("stty-after"))
    }
}
