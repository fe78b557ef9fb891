import ArabicText
import MarsadTestSupport
import XCTest

final class PlainScalarsTests: XCTestCase {
    /// Scalars of ASCII and the Arabic blocks, and the plain ones among them.
    private let candidates: [Unicode.Scalar] = (0..<0x80).compactMap { Unicode.Scalar(UInt32($0)) } + ArabicScalars.assigned
    private var plain: [Unicode.Scalar] { candidates.filter(PlainScalars.isPlain) }

    /// Each plain scalar is one character and its own NFC form; marks,
    /// format characters and controls other than tab are never plain.
    func testAPlainScalarIsACharacterOfItsOwn() {
        XCTAssertGreaterThan(plain.count, 600)
        for s in plain {
            let text = String(s)
            XCTAssertEqual(text.count, 1, "U+\(String(s.value, radix: 16))")
            XCTAssertEqual(Array(text.precomposedStringWithCanonicalMapping.unicodeScalars), [s],
                           "U+\(String(s.value, radix: 16))")
            switch s.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .format: XCTFail("U+\(String(s.value, radix: 16))")
            default: break
            }
        }
        for s in ["\u{064E}", "\u{0654}", "\u{0301}", "\u{200C}", "\u{200D}", "\u{0600}", "\u{0A}", "\u{0D}", "\u{1F600}"]
            .map({ $0.unicodeScalars.first! }) {
            XCTAssertFalse(PlainScalars.isPlain(s), "U+\(String(s.value, radix: 16))")
        }
    }

    /// Two plain scalars side by side stay two characters, so on plain
    /// text comparing scalars is comparing characters.
    func testPlainScalarsNeverJoin() {
        let plain = self.plain
        let partners = plain.filter { $0.value < 0x80 } + plain.filter { $0.value >= 0x600 }.enumerated()
            .filter { $0.offset % 7 == 0 }.map(\.element)
        for a in plain {
            for b in partners {
                var view = String.UnicodeScalarView()
                view.append(a)
                view.append(b)
                XCTAssertEqual(String(view).count, 2, "U+\(String(a.value, radix: 16)) U+\(String(b.value, radix: 16))")
                view = String.UnicodeScalarView()
                view.append(b)
                view.append(a)
                XCTAssertEqual(String(view).count, 2, "U+\(String(b.value, radix: 16)) U+\(String(a.value, radix: 16))")
            }
        }
    }
}
