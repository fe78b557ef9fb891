import MarsadTestSupport
import TerminalText
import XCTest

/// The table-driven shaper gives exactly ICU's `u_shapeArabic` forms.
final class ShapingTests: XCTestCase {
    func testSeedArticlesShapeAsICUDoes() {
        for paragraph in SeedCorpus.paragraphs {
            XCTAssertEqual(ShapingCrossCheck.mismatches(paragraph), [], paragraph)
        }
    }

    func testEveryLetterPairAndTheirContextsShapeAsICUDoes() {
        let letters = (0x0620...0x064A).map { Character(Unicode.Scalar($0)!) } + ["\u{0671}", "\u{067E}", "\u{0686}", "\u{06A9}", "\u{06AF}", "\u{06CC}", "\u{0640}"]
        var checked = 0
        for a in letters {
            for b in letters {
                for text in ["\(a)\(b)", "ب\(a)\(b)ب", "\(a)\u{064E}\(b)", "\(a)\u{200D}\(b) \(a)\u{200C}\(b)"] {
                    XCTAssertEqual(ShapingCrossCheck.mismatches(text), [], text)
                    checked += 1
                }
            }
        }
        for text in ["لا لأ لإ لآ بلا بلَا لَّا", "ـلاـ", "ال\u{200D}ا", "كتب 2020 (CSTO) ولا"] {
            XCTAssertEqual(ShapingCrossCheck.mismatches(text), [], text)
        }
        XCTAssertGreaterThanOrEqual(checked, 10_000)
    }
}
