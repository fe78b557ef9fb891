import Foundation
import MarsadTestSupport
import TerminalText
import XCTest

/// `TextLayout.appendText`, the bytes `marsad render` prints, spells each
/// line exactly as the cells' `VisualLine.text(alignedTo:)` does.
final class RenderTextTests: XCTestCase {
    private func viaCells(_ paragraph: String, _ options: LayoutOptions, alignedTo width: Int) -> String {
        TextLayout.layout(paragraph, options: options).map { $0.text(alignedTo: width) + "\n" }.joined()
    }

    private func viaBytes(_ paragraph: String, _ options: LayoutOptions, alignedTo width: Int) -> String {
        var out: [UInt8] = []
        TextLayout.appendText(of: paragraph, options: options, alignedTo: width, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func assertSame(_ paragraphs: [String], file: StaticString = #filePath, line: UInt = #line) {
        for width in [1, 7, 20, 40, 80, 120] {
            for direction in [ParagraphDirection.auto, .leftToRight, .rightToLeft] {
                for mode in [BidiMode.app, .terminal] {
                    let options = LayoutOptions(width: width, direction: direction, mode: mode)
                    for p in paragraphs {
                        let expected = viaCells(p, options, alignedTo: width)
                        let actual = viaBytes(p, options, alignedTo: width)
                        if actual != expected {
                            XCTFail("width \(width) \(direction) \(mode): \(p.debugDescription)\n cells: \(expected.debugDescription)\n bytes: \(actual.debugDescription)",
                                    file: file, line: line)
                            return
                        }
                    }
                }
            }
        }
    }

    func testSeedParagraphsGiveTheCellsText() {
        assertSame(SeedCorpus.paragraphs)
    }

    func testHardCasesGiveTheCellsText() {
        assertSame([
            "", " ", "\t", "\u{202B}",
            "قتل 49 جنديا في اشتباكات (CSTO) [بين] {البلدين}",
            "a\tb\t\tcd\tقتل\tجنديا",
            "عنوان\u{1B}]0;owned\u{07}\u{1B}[2J\u{9B}31m نص\u{202E}مقلوب\u{7F}",
            "\u{0651}\u{064E} حركات بلا حرف، وَقَالَ الرَّئِيسُ",
            "emoji 👍🏽 and flags 🇸🇦🇪🇬 and 家族 wide",
            "لا إله إلا الله، الإثنين",
            "من السيطرة\u{00A0}الأرمينية\u{00A0}على\u{00A0}الإقليم",
            "a\u{200B}b\u{00AD}c\u{FEFF}d",
            String(repeating: "ب", count: 300),
            "نص \u{2067}مع isolate\u{2069} و\u{202D}override\u{202C}",
            "line\u{2028}sep\rcr\r\nlf",
            "x" + String(repeating: "\u{0301}", count: 40),
        ])
    }
}

/// `PlainBidi`, the resolver for paragraphs without embeddings, isolates or
/// brackets, gives ICU's levels.
final class PlainBidiTests: XCTestCase {
    private func assertAgrees(_ paragraphs: [String], file: StaticString = #filePath, line: UInt = #line) -> Int {
        var plainCount = 0
        var failures = 0
        for p in paragraphs where failures < 10 {
            for direction in [ParagraphDirection.auto, .leftToRight, .rightToLeft] {
                let r = TextLayout.levelsWithAndWithoutPlainBidi(p, direction: direction)
                if r.usedPlain { plainCount += 1 }
                if r.plain != r.icu {
                    XCTFail("\(direction) \(p.debugDescription) \(p.unicodeScalars.map { String($0.value, radix: 16) })\n plain: \(r.plain.map { "\($0)" } ?? "nil")\n icu:   \(r.icu.map { "\($0)" } ?? "nil")",
                            file: file, line: line)
                    failures += 1
                }
            }
        }
        return plainCount
    }

    func testSeedParagraphsGetICUsLevels() {
        let used = assertAgrees(SeedCorpus.paragraphs)
        XCTAssertGreaterThan(used, SeedCorpus.paragraphs.count, "most seed paragraphs take the plain path")
    }

    func testBidiCharacterTestCasesGetICUsLevels() throws {
        let text = String(decoding: try Fixtures.bytes("BidiCharacterTest.txt"), as: UTF8.self)
        var paragraphs: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let field = line.split(separator: ";").first else { continue }
            let scalars = field.split(separator: " ").compactMap { UInt32($0, radix: 16).flatMap(Unicode.Scalar.init) }
            paragraphs.append(String(String.UnicodeScalarView(scalars)))
        }
        XCTAssertGreaterThan(paragraphs.count, 90_000)
        // The file is about brackets, embeddings and isolates: only a few cases are plain.
        XCTAssertGreaterThan(assertAgrees(paragraphs), 10, "some cases take the plain path")
    }

    func testRandomStringsOfEveryAllowedClassGetICUsLevels() {
        // L, R, AL, EN, AN, ES, ET, CS, NSM, WS, ON, controls (placeholders), a line break, LRM/RLM/ALM.
        let alphabet: [Unicode.Scalar] = ["a", "Z", "\u{05D0}", "ب", "ل", "ا", "0", "7", "\u{06F3}", "\u{0663}",
            "\u{066B}", "\u{066C}", "+", "-", "#", "$", "%", "\u{066A}", ",", ".", ":", "/", "\u{00A0}", "\u{060C}",
            "\u{064E}", "\u{0651}", "\u{0300}", " ", " ", "!", "\"", "'", "?", "\u{061F}", "\u{1B}", "\n", "\u{200E}",
            "\u{200F}", "\u{061C}", "@", "&", "\u{00B0}", "\u{2212}", "\u{00B1}", "\u{20AC}"]
        var rng = SplitMix(state: 12)
        var strings: [String] = []
        for _ in 0..<40_000 {
            let n = Int.random(in: 1...(Bool.random(using: &rng) ? 6 : 24), using: &rng)
            strings.append(String(String.UnicodeScalarView((0..<n).map { _ in alphabet.randomElement(using: &rng)! })))
        }
        let used = assertAgrees(strings)
        XCTAssertGreaterThan(used, strings.count, "the plain path is taken")
    }
}

/// A seeded generator, so a failure comes back the same.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
