import ArabicText
import Foundation
import MarsadTestSupport
import XCTest
@testable import MarsadModel

/// Issue 16, "crash-proof on anything": dates that are no dates, and
/// lines that never end a sentence.
final class HostileInputTests: XCTestCase {
    // MARK: - Metadata dates

    /// The seed articles' texts, as JSON strings, for records of our own.
    private func seedBodies() throws -> [String] {
        try SeedCorpus.files.prefix(5).map { url in
            let text = try String(contentsOf: url, encoding: .utf8)
            let data = try JSONSerialization.data(withJSONObject: [text])
            let array = String(decoding: data, as: UTF8.self)
            return String(array.dropFirst().dropLast())  // "…" without [ ]
        }
    }

    /// Each bad date, in a record of its own with a real article, gives
    /// one warning naming its line and its problem; the article is kept,
    /// undated.
    func testBadJSONLinesDatesWarnOnceEachAndTheArticlesStayUndated() throws {
        let bodies = try seedBodies()
        let bad: [(json: String, says: String)] = [
            ("\"1436-10-17\"", "'1436-10-17' looks like a Hijri date; the article is undated"),
            ("\"0000-01-01\"", "'0000-01-01' is a placeholder"),
            ("\"2015-08-02T25:61:00Z\"", "'2015-08-02T25:61:00Z' has an impossible time"),
            ("\"2015-08-02\\u001b[31mred\"", "has text after the date"),
            ("\"2015-02-30\"", "is not a day of the calendar"),
            ("\"2150-01-01\"", "is after 2100"),
            ("\"1750-01-01\"", "is before 1800"),
            ("\"02/08/2015\"", "is not YYYY-MM-DD"),
            ("20150802", "date is a number (20150802)"),
            ("null", "date is null"),
            ("true", "date is a boolean (true)"),
            ("1.5", "date is a number (1.5)"),
        ]
        var lines: [String] = []
        for (n, b) in bad.enumerated() {
            lines.append("{\"title\": \"خبر \(n)\", \"text\": \(bodies[n % bodies.count]), \"date\": \(b.json)}")
        }
        let folder = try TemporaryFolder()
        try folder.write("news.jsonl", lines.joined(separator: "\n") + "\n")
        let corpus = CorpusLoader().load(paths: [folder.path])
        XCTAssertEqual(corpus.articles.count, bad.count, "every article is kept")
        XCTAssertTrue(corpus.articles.allSatisfy { $0.metadata.date == nil || $0.metadata.dateSource != .jsonl })
        XCTAssertEqual(corpus.issues.count, bad.count, corpus.issues.map(\.description).joined(separator: "\n"))
        for (n, b) in bad.enumerated() {
            let issue = try XCTUnwrap(corpus.issues.first { $0.line == n + 1 }, "record \(n + 1)")
            XCTAssertEqual(issue.severity, .warning)
            XCTAssertTrue(issue.message.contains(b.says), "\(issue.message) should say \(b.says)")
            XCTAssertTrue(issue.message.hasSuffix("the article is undated"), issue.message)
            XCTAssertTrue(issue.description.contains("news.jsonl:\(n + 1): warning:"), issue.description)
            XCTAssertFalse(issue.description.contains("\u{1B}"), "no escape reaches the terminal")
        }
        // The articles are analysed as any other: the text is all there.
        for (n, article) in corpus.articles.enumerated() {
            XCTAssertEqual(article.metadata.title, "خبر \(n)")
            XCTAssertGreaterThan(article.scalars.count, 2000)
        }
    }

    func testGoodDatesStillWorkWithOrWithoutATime() throws {
        let body = try seedBodies()[0]
        let good = ["2015-08-02", "2015-08-02T10:00:00Z", "2015-08-02 10:00:00", "2015-08-02T10:00",
                    "2015-08-02T10:00:00.123+03:00", "2015-08-02T23:59:60-05:30", "2015-08-02t10:00:00z",
                    " 2015-08-02 ", "2015-08-02T10:00:00+0300"]
        let lines = good.map { "{\"text\": \(body), \"date\": \"\($0)\"}" }
        let folder = try TemporaryFolder()
        try folder.write("news.jsonl", lines.joined(separator: "\n") + "\n")
        let corpus = CorpusLoader().load(paths: [folder.path])
        XCTAssertEqual(corpus.issues, [])
        XCTAssertEqual(corpus.articles.map { $0.metadata.date?.iso }, Array(repeating: "2015-08-02", count: good.count))
        XCTAssertTrue(corpus.articles.allSatisfy { $0.metadata.dateSource == .jsonl })
    }

    func testDateRules() {
        func reads(_ s: String) -> String? { try? MetadataDate.read(s).get().iso }
        func problem(_ s: String) -> MetadataDate.Problem? {
            if case .failure(let p) = MetadataDate.read(s) { return p }
            return nil
        }
        XCTAssertEqual(reads("1800-01-01"), "1800-01-01")
        XCTAssertEqual(reads("2100-12-31"), "2100-12-31")
        XCTAssertEqual(reads("2024-02-29"), "2024-02-29")
        XCTAssertEqual(problem("2023-02-29"), .impossibleDay)
        XCTAssertEqual(problem("1436-02-30"), .hijri, "a Hijri month has 30 days")
        XCTAssertEqual(problem("1436-13-01"), .impossibleDay)
        XCTAssertEqual(problem("1250-06-15"), .tooEarly)
        XCTAssertEqual(problem("1436-06-15T10:00:00Z"), .hijri)
        XCTAssertEqual(problem("0000-00-00"), .placeholder)
        XCTAssertEqual(problem("2015-08-02T24:00:00"), .impossibleTime)
        XCTAssertEqual(problem("2015-08-02T10:00:00+24:00"), .impossibleTime)
        XCTAssertEqual(problem("2015-08-02T10"), .notISO)
        XCTAssertEqual(problem("2015-08-02T10:00:00Zjunk"), .textAfterDate)
        XCTAssertEqual(problem("2015-08-02Z"), .textAfterDate)
        XCTAssertEqual(problem("2015-8-2"), .notISO)
        XCTAssertEqual(problem("+2015-08-02"), .notISO)
        XCTAssertEqual(problem("٢٠١٥-٠٨-٠٢"), .notISO)
        XCTAssertEqual(problem(""), .notISO)
    }

    func testBadFrontMatterAndMetadataFileDatesWarnAndTheArticlesStayUndated() throws {
        let text = try String(contentsOf: SeedCorpus.files[1], encoding: .utf8)
        let folder = try TemporaryFolder()
        try folder.write("fm.txt", "---\ndate: 1436-10-17\noutlet: X\n---\n" + text)
        try folder.write("good.txt", "---\ndate: 2015-08-02T10:00:00Z\n---\n" + text)
        try folder.write("sub/tsv.txt", text)
        try folder.write("sub/metadata.tsv", "file\tdate\toutlet\ntsv.txt\t2015-08-02T25:61:00Z\tAFP\n")
        let corpus = CorpusLoader().load(paths: [folder.path])
        XCTAssertEqual(corpus.articles.count, 3)
        XCTAssertEqual(corpus.issues.count, 2, corpus.issues.map(\.description).joined(separator: "\n"))
        let fm = try XCTUnwrap(corpus.issues.first { $0.path.hasSuffix("fm.txt") })
        XCTAssertEqual(fm.line, 2)
        XCTAssertEqual(fm.severity, .warning)
        XCTAssertTrue(fm.message.contains("'1436-10-17' looks like a Hijri date; the article is undated"), fm.message)
        let tsv = try XCTUnwrap(corpus.issues.first { $0.path.hasSuffix("metadata.tsv") })
        XCTAssertEqual(tsv.line, 2)
        XCTAssertEqual(tsv.severity, .warning)
        XCTAssertTrue(tsv.message.contains("tsv.txt: date '2015-08-02T25:61:00Z' has an impossible time"), tsv.message)
        let byFile = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.id.rawValue, $0) })
        XCTAssertEqual(byFile["fm.txt"]?.metadata.outlet, "X")
        XCTAssertNotEqual(byFile["fm.txt"]?.metadata.dateSource, .frontMatter)
        XCTAssertEqual(byFile["good.txt"]?.metadata.date?.iso, "2015-08-02")
        XCTAssertEqual(byFile["sub/tsv.txt"]?.metadata.outlet, "AFP")
        XCTAssertNotEqual(byFile["sub/tsv.txt"]?.metadata.dateSource, .metadataFile)
    }

    // MARK: - One long line with no sentence end

    /// The seed articles' words on one line, `copies` times over, with no
    /// full stop, question mark or line break anywhere: one sentence.
    private func longLine(copies: Int) throws -> String {
        let words = try SeedCorpus.files.map { try String(contentsOf: $0, encoding: .utf8) }.joined(separator: " ")
            .unicodeScalars.map { s -> Character in
                SentenceSplitter.isTerminator(s) || TextLines.isLineBreak(s) ? " " : Character(s)
            }
        let once = String(words).split(separator: " ").joined(separator: " ")
        return Array(repeating: once, count: copies).joined(separator: " ") + "\n"
    }

    /// Twice the line, twice the work: the names of a sentence are compared
    /// with their neighbours only (it was every name with every other, 8 s
    /// for a 7.8 MB line).
    func testALineTwiceAsLongIsTwiceTheWork() throws {
        var counts: [(steps: Int, names: Int, tokens: Int, sentences: Int)] = []
        for copies in [2, 4] {
            let article = CorpusLoader().load(text: try longLine(copies: copies), id: "line.txt")
            let document = AnalyzedArticle(article)
            var finder = NameFinder(EntityAnalyzer(catalog: .standard))
            let names = finder.names(in: document)
            let sentences = document.paragraphSpans.indices.map { document.sentencePieces(ofParagraph: $0).count }
                .reduce(0, +)
            counts.append((finder.resolverSteps, names.count, document.spans.count, sentences))
        }
        XCTAssertEqual(counts.map(\.sentences), [1, 1], "one sentence, however long")
        let tokens = Double(counts[1].tokens) / Double(counts[0].tokens)
        XCTAssertEqual(tokens, 2, accuracy: 0.01)
        let names = Double(counts[1].names) / Double(counts[0].names)
        XCTAssertEqual(names, 2, accuracy: 0.1, "\(counts)")
        XCTAssertGreaterThan(counts[0].names, 100)
        let steps = Double(counts[1].steps) / Double(counts[0].steps)
        XCTAssertGreaterThan(steps, 1.8, "\(counts)")
        XCTAssertLessThan(steps, 2.3, "twice the line, about twice the steps, not four times: \(counts)")
    }
}
