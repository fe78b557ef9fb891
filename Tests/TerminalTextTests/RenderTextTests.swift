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
