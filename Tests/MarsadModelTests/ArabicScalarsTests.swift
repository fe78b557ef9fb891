import MarsadTestSupport
import XCTest
@testable import MarsadModel

/// Every assigned scalar of the Arabic blocks goes through the whole
/// analysis without a crash (ArabicTextTests' ArabicScalarsTests put them
/// through the normalizer). One of them, U+FD3E ﴾ (the ornate parenthesis
/// around Quranic quotes), used to send the normalizer into endless
/// recursion and take every command down.
final class ArabicScalarsTests: XCTestCase {
    func testAnArticleHoldingEveryArabicScalarIsAnalysedWithTheRest() throws {
        // The scalars in runs of twelve between real words, one run a line,
        // inside a real article's text.
        let seed = try String(contentsOfFile: SeedCorpus.folder + "/000_cf7b6ba5e297149c.txt", encoding: .utf8)
        var lines: [String] = []
        var run = String.UnicodeScalarView()
        for (i, scalar) in ArabicScalars.assigned.enumerated() {
            run.append(scalar)
            if i % 12 == 11 {
                lines.append("قال وزير الدفاع \(String(run)) في بيروت.")
                run.removeAll()
            }
        }
        let hostile = CorpusLoader().load(text: seed + "\n" + lines.joined(separator: "\n"), id: "hostile.txt")
        let plain = CorpusLoader().load(text: seed, id: "plain.txt")
        let analysis = CorpusAnalysis.analyze(Corpus(articles: [plain, hostile]))
        XCTAssertEqual(analysis.corpus.articles.count, 2)
        // The hostile article still finds the places the plain one does.
        let names = { (id: ArticleID) in Set((analysis.mentionsByArticle[id] ?? []).map(\.actorID)) }
        XCTAssertFalse(names("plain.txt").isEmpty)
        XCTAssertTrue(names("plain.txt").isSubset(of: names("hostile.txt")))
    }
}
