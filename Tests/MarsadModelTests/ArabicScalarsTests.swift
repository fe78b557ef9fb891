import MarsadTestSupport
import XCTest
@testable import MarsadModel

/// Every assigned scalar of the Arabic blocks goes through the text layer
/// and the whole analysis without a crash. One of them, U+FD3E ﴾ (the
/// ornate parenthesis around Quranic quotes), used to send the normalizer
/// into endless recursion and take every command down.
final class ArabicScalarsTests: XCTestCase {
    static let blocks: [ClosedRange<UInt32>] = [
        0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF,
    ]
    static let assigned: [Unicode.Scalar] = blocks.flatMap { $0 }.compactMap(Unicode.Scalar.init)
        .filter { $0.properties.generalCategory != .unassigned }

    func testOrnateParenthesesAndFormsWithoutDecompositionAreKeptAsThemselves() {
        XCTAssertEqual(ArabicNormalizer.normalize("﴿إِنَّ اللَّهَ﴾"), "﴿ان الله﴾")
        XCTAssertEqual(ArabicNormalizer.normalize("قال \u{FE73} x"), "قال \u{FE73} x")
        XCTAssertEqual(ArabicNormalizer.normalize("\u{FDFD}"), "\u{FDFD}")
        // A ligature with a decomposition still folds to its letters.
        XCTAssertEqual(ArabicNormalizer.normalize("\u{FDF2}"), "الله")
    }

    func testEveryAssignedArabicScalarNormalizesOnceAndForAll() {
        XCTAssertGreaterThan(Self.assigned.count, 1_000)
        for scalar in Self.assigned {
            let text = "قال \(scalar) x"
            let once = ArabicNormalizer.normalize(text)
            XCTAssertEqual(ArabicNormalizer.normalize(once), once,
                           "U+\(String(scalar.value, radix: 16, uppercase: true)) does not fold to a fixed point")
            let scalars = Array(text.unicodeScalars)
            let mapped = ArabicNormalizer.normalizeWithMap(scalars, range: 0..<scalars.count)
            XCTAssertEqual(String(String.UnicodeScalarView(mapped.scalars)), once)
            XCTAssertTrue(mapped.sourceOffsets.allSatisfy { $0 >= 0 && $0 < scalars.count })
        }
    }

    func testAnArticleHoldingEveryArabicScalarIsAnalysedWithTheRest() throws {
        // The scalars in runs of twelve between real words, one run a line,
        // inside a real article's text.
        let seed = try String(contentsOfFile: SeedCorpus.folder + "/000_cf7b6ba5e297149c.txt", encoding: .utf8)
        var lines: [String] = []
        var run = String.UnicodeScalarView()
        for (i, scalar) in Self.assigned.enumerated() {
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
