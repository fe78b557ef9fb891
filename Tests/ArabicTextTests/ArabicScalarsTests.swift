import ArabicText
import MarsadTestSupport
import XCTest

/// Every assigned scalar of the Arabic blocks folds, and folds to a fixed
/// point. One of them, U+FD3E ﴾ (the ornate parenthesis around Quranic
/// quotes), used to send the normalizer into endless recursion.
final class ArabicScalarsTests: XCTestCase {
    func testOrnateParenthesesAndFormsWithoutDecompositionAreKeptAsThemselves() {
        XCTAssertEqual(ArabicNormalizer.normalize("﴿إِنَّ اللَّهَ﴾"), "﴿ان الله﴾")
        XCTAssertEqual(ArabicNormalizer.normalize("قال \u{FE73} x"), "قال \u{FE73} x")
        XCTAssertEqual(ArabicNormalizer.normalize("\u{FDFD}"), "\u{FDFD}")
        // A ligature with a decomposition still folds to its letters.
        XCTAssertEqual(ArabicNormalizer.normalize("\u{FDF2}"), "الله")
    }

    func testEveryAssignedArabicScalarNormalizesOnceAndForAll() {
        XCTAssertGreaterThan(ArabicScalars.assigned.count, 1_000)
        for scalar in ArabicScalars.assigned {
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
}
