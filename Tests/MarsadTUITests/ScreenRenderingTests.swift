import MarsadModel
@testable import MarsadTUI
import TerminalText
import XCTest

/// Whole screens rendered to buffers and read back as text lines.
final class ScreenRenderingTests: XCTestCase {
    func testAt120x40EveryPaneShowsAndTheListHasTheShapedTitles() {
        let state = Fixtures.state()
        let buffer = Screen.render(state)
        let lines = buffer.lines
        XCTAssertTrue(lines[0].hasPrefix(" Articles 5 articles"), lines[0])
        for (i, article) in Fixtures.corpus.articles.enumerated() {
            let row = lines[1 + i]
            XCTAssertTrue(row.contains(article.metadata.date!.iso), row)
            // The title's end may be cut, so compare its start: the right end of the row.
            let shaped = Fixtures.shaped(article.title)
            let visibleStart = String(shaped.suffix(20))
            XCTAssertTrue(row.contains(visibleStart), "row \(i): \(row)\nexpected to contain \(visibleStart)")
            XCTAssertEqual(TextLayout.cellWidth(of: row), 120, "every row is exactly the screen's width")
        }
        XCTAssertFalse(buffer.rows(containing: " Reader").isEmpty)
        XCTAssertFalse(buffer.rows(containing: " Actors").isEmpty)
        XCTAssertFalse(buffer.rows(containing: " Timeline 3 events").isEmpty)
        XCTAssertTrue(lines[39].contains("seeds · 5 articles"), lines[39])
        XCTAssertTrue(lines[39].contains("? help"), lines[39])
    }

    func testOpeningAnArticleShowsItsFirstSentenceRightAligned() {
        var state = Fixtures.state()
        _ = reduce(&state, .moveBy(2))
        _ = reduce(&state, .activate)
        let article = Fixtures.corpus.articles[2]
        XCTAssertEqual(state.reader.articleIndex, 2)
        XCTAssertEqual(state.focus, .reader)
        let buffer = Screen.render(state)
        let reader = state.layout.reader!
        // The headline paragraph, then the first body sentence's start, right-aligned in the pane.
        let first = article.bodySentences[0]
        let lines = TextLayout.layout(article.text(in: article.paragraphs[first.paragraphIndex].range),
                                      options: LayoutOptions(width: state.readerTextWidth))
        let firstLine = lines[0].text
        guard let row = buffer.rows(containing: firstLine).first else {
            return XCTFail("first line of the first paragraph not shown:\n" + buffer.lines.joined(separator: "\n"))
        }
        let rowText = buffer.line(row)
        let paneText = String(rowText.prefix(reader.width))
        XCTAssertTrue(paneText.hasSuffix(firstLine + " "), "right-aligned with a one-cell margin: [\(paneText)]")
        XCTAssertTrue(buffer.line(row - 1).trimmingCharacters(in: .whitespaces).isEmpty
                      || buffer.line(row - 1).contains("│"))
        // The list marks the open article and it is no longer unread.
        XCTAssertTrue(buffer.line(3).hasPrefix(">  2022-09-14"), buffer.line(3))
        XCTAssertTrue(buffer.line(1).hasPrefix(" N 2022-09-13"), buffer.line(1))
    }

    func testActorsPaneListsActorsByMentionsWithBothNames() {
        let state = Fixtures.state()
        let buffer = Screen.render(state)
        let rows = state.filtered.actorRows
        XCTAssertEqual(rows.first?.id, "AZ", "Azerbaijan is the most mentioned in the seeds")
        XCTAssertTrue(zip(rows, rows.dropFirst()).allSatisfy { $0.mentionCount >= $1.mentionCount })
        let putinRow = buffer.rows(containing: "Vladimir Putin").filter { buffer.line($0).contains("PER") }
        guard putinRow.count == 1 else { return XCTFail(buffer.lines.joined(separator: "\n")) }
        let line = buffer.line(putinRow[0])
        XCTAssertTrue(line.contains("PER"), line)
        XCTAssertTrue(line.contains(Fixtures.shaped("بوتين")), line)
    }

    func testTimelineShowsEventsInOrderWithAChartAndTheSelectedEventMarked() {
        var state = Fixtures.state(theme: .color)
        _ = reduce(&state, .stepEvent(1))
        _ = reduce(&state, .stepEvent(1))
        let buffer = Screen.render(state)
        let title = buffer.rows(containing: " Timeline 3 events")[0]
        let chart = buffer.line(title + 1)
        XCTAssertTrue(chart.contains("2020-09-30"), chart)
        XCTAssertTrue(chart.contains("2023-09-20"), "the span runs to the last publication date: \(chart)")
        XCTAssertTrue(chart.contains("█"), chart)
        let rows = (title + 2...title + 4).map { buffer.line($0) }
        XCTAssertTrue(rows[0].hasPrefix("  2020-09-30 day   diplomacy"), rows[0])
        XCTAssertTrue(rows[1].hasPrefix("> 2022-09-13 day   casualties"), "the selected event is marked: \(rows[1])")
        XCTAssertTrue(rows[1].contains("Armenia, Azerbaijan"), rows[1])
        XCTAssertTrue(rows[1].contains("#1"), rows[1])
        XCTAssertTrue(rows[2].hasPrefix("  2022-09-14 day   clash"), rows[2])
        // The chart cell of the selected event is highlighted.
        let chartCells = (0..<buffer.columns).map { buffer[$0, title + 1] }
        XCTAssertTrue(chartCells.contains { $0.style == state.theme.chartSelected })
    }

    func testTheEventSentenceIsHighlightedInTheReader() {
        var state = Fixtures.state(theme: .monochrome)
        _ = reduce(&state, .stepEvent(1))
        let event = state.currentEvent!
        XCTAssertTrue(event.articleID.hasPrefix("001"))
        let buffer = Screen.render(state)
        let reader = state.layout.reader!
        var highlighted = ""
        for y in reader.y..<reader.maxY {
            for x in reader.x..<reader.maxX where buffer[x, y].style.attributes.contains(.reverse) && !buffer[x, y].isContinuation {
                highlighted += buffer[x, y].text
            }
        }
        XCTAssertFalse(highlighted.isEmpty, "the event's sentence is drawn in reverse video")
        let words = ArabicNormalizer.normalize(String(highlighted.reversed()))
        XCTAssertTrue(words.contains("بوتين"), words)
    }

    func testNamedEntitiesHaveDistinctStylesByType() {
        var state = Fixtures.state(theme: .color)
        _ = reduce(&state, .moveBy(1))
        _ = reduce(&state, .activate)
        let buffer = Screen.render(state)
        let reader = state.layout.reader!
        var styleByText: [String: Style] = [:]
        for y in reader.y..<reader.maxY {
            var run = "", runStyle: Style?
            for x in reader.x..<reader.maxX {
                let cell = buffer[x, y]
                if cell.style.foreground != .default, cell.style == runStyle || runStyle == nil {
                    run += cell.text
                    runStyle = cell.style
                } else {
                    if let runStyle, !run.isEmpty {
                        styleByText[ArabicNormalizer.normalize(String(run.reversed()))] = runStyle
                    }
                    run = ""
                    runStyle = cell.style.foreground != .default ? cell.style : nil
                    if runStyle != nil { run = cell.text }
                }
            }
        }
        let putin = styleByText["بوتين"], armenia = styleByText["ارمينيا"]
        XCTAssertNotNil(putin, "Putin is highlighted: \(styleByText.keys)")
        XCTAssertNotNil(armenia, "Armenia is highlighted: \(styleByText.keys)")
        XCTAssertNotEqual(putin, armenia, "a person and a place look different")
    }

    func testBoilerplateIsDimmed() {
        var state = Fixtures.state()
        let index = Fixtures.corpus.articles.firstIndex { $0.paragraphs.contains { $0.role == .boilerplate } }!
        _ = reduce(&state, .moveBy(index))
        _ = reduce(&state, .activate)
        let doc = state.reader.document!
        let article = Fixtures.corpus.articles[index]
        let boilerplateLine = doc.lines.first { line in
            guard let p = line.paragraphIndex else { return false }
            return article.paragraphs[p].role == .boilerplate
        }!
        let roles = boilerplateLine.cells.filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { TextRole(rawValue: $0.style) }
        XCTAssertTrue(roles.allSatisfy { $0.contains(.boilerplate) })
        XCTAssertTrue(state.theme.style(for: .boilerplate).attributes.contains(.dim))
    }

    func testBelow80x24OnePaneAtATimeAndTabSwitches() {
        var state = Fixtures.state(columns: 70, rows: 20)
        XCTAssertEqual(state.layout.visiblePanes, [.list])
        var buffer = Screen.render(state)
        XCTAssertTrue(buffer.line(0).hasPrefix(" Articles"))
        _ = reduce(&state, .focusNext)
        XCTAssertEqual(state.layout.visiblePanes, [.reader])
        _ = reduce(&state, .focusNext)
        buffer = Screen.render(state)
        XCTAssertTrue(buffer.line(0).hasPrefix(" Actors"), buffer.line(0))
        _ = reduce(&state, .focusNext)
        XCTAssertEqual(state.layout.visiblePanes, [.timeline])
        _ = reduce(&state, .focusPrevious)
        XCTAssertEqual(state.layout.visiblePanes, [.actors])
        for line in buffer.lines { XCTAssertEqual(TextLayout.cellWidth(of: line), 70) }
    }

    func testBetweenTheSizesTheListSitsAboveTheReader() {
        let state = Fixtures.state(columns: 100, rows: 30)
        XCTAssertEqual(state.layout.arrangement, .split)
        XCTAssertEqual(state.layout.visiblePanes, [.list, .reader])
        let buffer = Screen.render(state)
        XCTAssertEqual(buffer.rows(containing: " Reader").count, 1)
    }

    func testHelpOverlayListsEveryKey() {
        var state = Fixtures.state()
        _ = reduce(&state, .toggleHelp)
        let text = Screen.render(state).lines.joined(separator: "\n")
        for (key, _) in KeyMap.help { XCTAssertTrue(text.contains(key), "help shows \(key)") }
        _ = reduce(&state, .closeOverlay)
        XCTAssertNil(state.overlay)
    }

    func testStatusLineShowsProgressWhileAnalysing() {
        var state = Fixtures.state(analysed: false)
        _ = reduce(&state, .analysisProgress(elapsedSeconds: 1.25, fraction: 0.4))
        let buffer = Screen.render(state)
        let status = buffer.line(39)
        XCTAssertTrue(status.contains("analysing 5 articles… 40% 1.3s"), status)
        XCTAssertFalse(buffer.rows(containing: Fixtures.shaped(Fixtures.corpus.articles[0].title).suffix(15).description).isEmpty,
                       "the list shows before the analysis is done")
        _ = reduce(&state, .analysisFinished(Fixtures.analysis, seconds: 2))
        XCTAssertFalse(Screen.render(state).line(39).contains("analysing"))
    }

    func testMonochromeThemeUsesOnlyAttributes() {
        var state = Fixtures.state(theme: .monochrome)
        _ = reduce(&state, .stepEvent(1))
        let buffer = Screen.render(state)
        XCTAssertTrue(buffer.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
        XCTAssertTrue(buffer.cells.contains { $0.style.attributes.contains(.bold) })
        XCTAssertEqual(Theme.forEnvironment(["NO_COLOR": "1"], terminalHasColors: true).isColor, false)
        XCTAssertEqual(Theme.forEnvironment(["NO_COLOR": ""], terminalHasColors: true).isColor, true)
        XCTAssertEqual(Theme.forEnvironment([:], terminalHasColors: false).isColor, false)
        XCTAssertEqual(Theme.forEnvironment(["TERM": "linux"], terminalHasColors: true).chartLevels.last, "#")
    }
}
