import ArabicText
import Foundation
import MarsadTestSupport
import XCTest
@testable import MarsadModel

/// Issue 16, "crash-proof on anything": dates that are no dates, and
/// lines that never end a sentence.
final class HostileInputTests: XCTestCase {
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
