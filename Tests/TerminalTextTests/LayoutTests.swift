import Foundation
import MarsadTestSupport
import TerminalText
import XCTest

/// What a reader sees: Arabic from the seed articles shaped, reordered and
/// wrapped, with offsets that map back to the text.
final class LayoutTests: XCTestCase {
    private func lines(_ text: String, width: Int = 80, direction: ParagraphDirection = .auto,
                       mode: BidiMode = .app, spans: [StyleSpan] = [], base: Int = 0) -> [VisualLine] {
        TextLayout.layout(text, baseOffset: base, spans: spans,
                          options: LayoutOptions(width: width, direction: direction, mode: mode))
    }

    private func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    // MARK: Shaping

    func testLettersAreJoinedIntoPresentationFormsAndReordered() {
        let line = lines("الرئيس الروسي فلاديمير بوتين")[0]
        XCTAssertTrue(line.isRightToLeft)
        // Visual order, right to left reading: بوتين is leftmost, الرئيس rightmost, letters joined.
        XCTAssertEqual(line.text, "ﻦﻴﺗﻮﺑ ﺮﻴﻤﻳﺩﻼﻓ ﻲﺳﻭﺮﻟﺍ ﺲﻴﺋﺮﻟﺍ")
        // بوتين: waw joins only to its right, so the teh after it takes an initial form.
        XCTAssertEqual(line.cells.prefix(5).map(\.text), ["ﻦ", "ﻴ", "ﺗ", "ﻮ", "ﺑ"])
        XCTAssertTrue(line.cells.allSatisfy { $0.width == 1 })
        XCTAssertEqual(line.width, 27, "فلاديمير has a lam-alef")
    }

    func testLamAlefIsOneCellCoveringBothLetters() {
        let line = lines("الإثنين")[0]
        XCTAssertEqual(line.width, 6, "7 letters, lam-alef drawn as one cell")
        let ligature = line.cells.first { $0.text == "\u{FEF9}" }
        XCTAssertEqual(ligature?.source, 1..<3, "the ligature shows the lam and the alef with hamza")
        XCTAssertEqual(TextLayout.cellWidth(of: "الإثنين"), 6)
        XCTAssertEqual(TextLayout.cellWidth(of: "الإثنين", mode: .terminal), 7)
    }

    func testLamAlefAtTheStartOfAParagraph() {
        // ICU's own "near" mode puts the ligature at the alef there; the cell must still be one.
        let line = lines("لا يقل عن 100 جندي")[0]
        XCTAssertEqual(line.cells.last?.text, "\u{FEFB}")
        XCTAssertEqual(line.cells.last?.source, 0..<2)
        XCTAssertFalse(line.cells.contains { $0.text == " " && $0.source == 0..<1 })
    }

    func testHarakatStayInTheirLettersCell() {
        let line = lines("مَرْحَبًا")[0]
        XCTAssertEqual(line.width, 5)
        // Rightmost cell is the meem with its fatha, in logical order inside the cell.
        XCTAssertEqual(line.cells.last?.text, "\u{FEE3}\u{064E}")
        XCTAssertEqual(line.cells.last?.source, 0..<2)
        XCTAssertEqual(line.cells.map(\.source.count).reduce(0, +), 9, "every scalar is shown by exactly one cell")
        XCTAssertFalse(line.text.unicodeScalars.contains { (0xFE70...0xFE7F).contains($0.value) },
                       "harakat are combining marks, not ICU's spacing forms")
    }

    // MARK: Bidi

    func testNumbersInsideArabicKeepTheirOrder() {
        let line = lines("من جهته اعلن رئيس الوزراء الارمني مقتل 49 جنديا ارمنيا")[0]
        XCTAssertTrue(line.text.contains("49"))
        XCTAssertFalse(line.text.contains("94"))
        let time = lines("وأعلنت روسيا وقفا لإطلاق النار يطبق منذ الساعة 06,00 ت غ")[0]
        XCTAssertTrue(time.text.contains("06,00"), time.text)
        let year = lines("منذ الحرب بين البلدين في 2020، ودعت الاسرة الدولية")[0]
        XCTAssertTrue(year.text.contains("2020"), year.text)
    }

    func testLatinAcronymInParenthesesInsideArabic() {
        let line = lines("منظمة معاهدة الأمن الجماعي (CSTO) بقيادة روسيا")[0]
        // Display: "...ﺔﻴﺳﻭﺭ ﺓﺩﺎﻴﻘﺑ (CSTO) ﻲﻋﺎﻤﺠﻟﺍ..." — the acronym reads left to right,
        // the brackets are mirrored by L4 so they still enclose it.
        XCTAssertTrue(line.text.contains("(CSTO)"), line.text)
        let closing = Array("منظمة معاهدة الأمن الجماعي (CSTO)".unicodeScalars).count - 1
        let open = line.cells.firstIndex { $0.text == "(" }!
        XCTAssertEqual(line.cells[open].source, closing..<(closing + 1), "the left bracket is the logical closing one")
        XCTAssertEqual(line.cells[open + 1].text, "C")
    }

    func testParagraphDirectionFromFirstStrongLetterWithOverride() {
        XCTAssertTrue(lines("2022 قتل ما لا يقل عن 100 جندي")[0].isRightToLeft)
        XCTAssertFalse(lines("CSTO: منظمة معاهدة الأمن الجماعي")[0].isRightToLeft)
        let forced = lines("CSTO: منظمة", direction: .rightToLeft)[0]
        XCTAssertTrue(forced.isRightToLeft)
        XCTAssertTrue(forced.text.hasSuffix("CSTO"), "in an RTL paragraph the Latin run is at the right end: \(forced.text)")
    }

    func testAllLatinParagraphIsUnchanged() {
        let text = "Armenia and Azerbaijan (2020) clashed again."
        let line = lines(text)[0]
        XCTAssertFalse(line.isRightToLeft)
        XCTAssertEqual(line.text, text)
        XCTAssertEqual(line.cells.map(\.source.lowerBound), Array(0..<text.unicodeScalars.count))
    }

    // MARK: Wrapping

    func testWrappingNeverSplitsAWordThatFitsOnALine() throws {
        let paragraphs = SeedCorpus.paragraphs
        XCTAssertGreaterThan(paragraphs.count, 100)
        for width in [12, 20, 33, 80] {
            for paragraph in paragraphs {
                let text = scalars(paragraph)
                let result = lines(paragraph, width: width)
                XCTAssertEqual(result.first?.logicalRange.lowerBound, 0)
                XCTAssertEqual(result.last?.logicalRange.upperBound, text.count)
                for (a, b) in zip(result, result.dropFirst()) {
                    XCTAssertEqual(a.logicalRange.upperBound, b.logicalRange.lowerBound, "lines cover the paragraph")
                }
                for line in result {
                    XCTAssertLessThanOrEqual(line.width, width, paragraph)
                    let cut = line.logicalRange.upperBound
                    guard cut < text.count, cut > 0 else { continue }
                    let before = Unicode.Scalar(text[cut - 1])!, after = Unicode.Scalar(text[cut])!
                    if before.properties.isAlphabetic || before.properties.numericType != nil,
                       after.properties.isAlphabetic || after.properties.numericType != nil {
                        // Inside a word: allowed only if the word cannot fit on a line.
                        var start = cut - 1, end = cut
                        while start > 0 && !Unicode.Scalar(text[start - 1])!.properties.isWhitespace { start -= 1 }
                        while end < text.count && !Unicode.Scalar(text[end])!.properties.isWhitespace { end += 1 }
                        let word = String(String.UnicodeScalarView(text[start..<end].map { Unicode.Scalar($0)! }))
                        XCTAssertGreaterThan(TextLayout.cellWidth(of: word), width, "split \(word) at width \(width)")
                    }
                }
            }
        }
    }

    func testNoBreakSpaceGluesWordsButYieldsBeforeALetterSplit() {
        // From a seed: "من السيطرة&nbsp;الأرمينية" — glued, 16 cells, wider than the line.
        let text = "من السيطرة\u{A0}الأرمينية منذ 30 عاماً"
        let result = lines(text, width: 12)
        let all = Array(text.unicodeScalars)
        let pieces = result.map { String(String.UnicodeScalarView(all[$0.logicalRange])) }
        XCTAssertEqual(pieces, ["من ", "السيطرة\u{A0}", "الأرمينية منذ ", "30 عاماً"])
        XCTAssertEqual(result[1].width, 7, "the no-break space hangs at the cut")
        XCTAssertEqual(lines(text, width: 20).count, 2, "where the glued words fit, they stay together")
    }

    func testPlainWordShortcutBreaksExactlyWhereICUDoes() {
        var compared = 0
        for paragraph in SeedCorpus.paragraphs + ["( كلمة طويلة جدا جدا ) و [ أخرى ] «نص» “قال” 2020، 06,00 ت غ !"] {
            for width in [8, 13, 20, 31, 47, 80] {
                let both = TextLayout.lineRangesWithAndWithoutShortcut(paragraph, width: width)
                XCTAssertEqual(both.shortcut, both.icuOnly, "width \(width): \(paragraph)")
                compared += both.shortcut.count
            }
        }
        XCTAssertGreaterThan(compared, 3_000)
    }

    func testWrappedArabicLinesAreRightAlignedInReadingOrder() {
        let text = "قتل ما لا يقل عن 100 جندي أرميني واذربيجاني الثلاثاء في اعنف معارك منذ الحرب بين البلدين"
        let result = lines(text, width: 30)
        XCTAssertGreaterThan(result.count, 2)
        // The first line holds the first words: its rightmost cell is the first letter.
        XCTAssertEqual(result[0].cells.last?.source.lowerBound, 0)
        XCTAssertTrue(result[0].text.hasSuffix("ﻞﺘﻗ"))
        let aligned = result[1].aligned(to: 30)
        XCTAssertEqual(aligned.count, 30)
        XCTAssertTrue(aligned.first?.source.isEmpty ?? false, "padding goes on the left of an RTL line")
        XCTAssertFalse(aligned.last?.source.isEmpty ?? true)
    }

    func testLongWordIsCutBetweenGraphemesAndWideCharactersAreNeverSplit() {
        let word = String(repeating: "مَ", count: 30)
        for line in lines(word, width: 7) {
            XCTAssertLessThanOrEqual(line.width, 7)
            XCTAssertTrue(line.cells.allSatisfy { $0.text.unicodeScalars.count == 2 }, "mark stays with its letter")
        }
        let cjk = lines("东京 北京和上海的新闻", width: 5)
        for line in cjk {
            XCTAssertLessThanOrEqual(line.width, 5)
            for (i, cell) in line.cells.enumerated() where cell.width == 2 {
                XCTAssertEqual(line.cells[i + 1].width, 0, "a wide cell is followed by its continuation")
                XCTAssertEqual(line.cells[i + 1].text, "")
            }
        }
        XCTAssertEqual(cjk.map(\.text).joined(), "东京北京和上海的新闻")
        XCTAssertEqual(TextLayout.cellWidth(of: "东京"), 4)
        XCTAssertEqual(TextLayout.cellWidth(of: "👍🏽"), 2)
    }

    func testWordsAfterAnUnbreakableRunStillWrapAtSpaces() {
        let url = "https://example.com/" + String(repeating: "a", count: 60)
        let text = "نقلت الوكالة الخبر عن الموقع " + url + " ثم قالت وزارة الدفاع إن الاشتباكات توقفت مساء"
        let all = Array(text.unicodeScalars)
        let pieces = lines(text, width: 20).map { String(String.UnicodeScalarView(all[$0.logicalRange])) }
        // UAX #14 allows breaks after "//" and "/"; the run of a's has none and is cut at the width.
        XCTAssertEqual(pieces, ["نقلت الوكالة الخبر ", "عن الموقع https://", "example.com/",
                                String(repeating: "a", count: 20), String(repeating: "a", count: 20),
                                String(repeating: "a", count: 20) + " ",
                                "ثم قالت وزارة الدفاع ", "إن الاشتباكات توقفت ", "مساء"])
    }

    func testTabsAreExpandedToTheNextStop() {
        let line = lines("a\tbc\td", width: 40)[0]
        XCTAssertEqual(line.text, "a       bc      d")
        XCTAssertTrue(line.cells[1...7].allSatisfy { $0.source == 1..<2 })
        XCTAssertEqual(TextLayout.cellWidth(of: "a\tb"), 9)
        let huge = TextLayout.layout("a\tb", options: LayoutOptions(width: 1_000, tabWidth: 1 << 40))
        XCTAssertEqual(huge.first?.width, 257, "absurd tab stops are capped at 256 cells, not allocated")
    }

    // MARK: Offsets and styles

    func testCellsMapBackToArticleOffsetsAndHighlightsFollow() {
        let paragraph = "قال الرئيس الروسي فلاديمير بوتين إن روسيا تسعى"
        let base = 1_000
        let putin = (base + 27)..<(base + 32)          // بوتين
        XCTAssertEqual(String(String.UnicodeScalarView(Array(paragraph.unicodeScalars)[27..<32])), "بوتين")
        let entity: UInt32 = 0b01, search: UInt32 = 0b10
        let spans = [StyleSpan(range: putin, style: entity), StyleSpan(range: (base + 30)..<(base + 40), style: search)]
        let result = lines(paragraph, width: 20, spans: spans, base: base)
        var seen = Set<Int>()
        for line in result {
            for (column, cell) in line.cells.enumerated() where cell.width > 0 {
                XCTAssertEqual(line.logicalOffset(atColumn: column), cell.source.lowerBound)
                XCTAssertEqual(line.column(forLogicalOffset: cell.source.lowerBound), column)
                XCTAssertEqual(cell.style & entity != 0, cell.source.overlaps(putin), "entity style on exactly بوتين")
                XCTAssertEqual(cell.style & search != 0, cell.source.overlaps((base + 30)..<(base + 40)))
                seen.formUnion(cell.source)
            }
            let padded = line.width < 20 && line.isRightToLeft ? 20 - line.width : 0
            if let first = line.cells.first {
                XCTAssertEqual(line.column(forLogicalOffset: first.source.lowerBound, alignedWidth: 20), padded)
                XCTAssertEqual(line.logicalOffset(atColumn: padded, alignedWidth: 20), first.source.lowerBound)
            }
            if padded > 0 { XCTAssertNil(line.logicalOffset(atColumn: 0, alignedWidth: 20), "padding shows no text") }
        }
        let spaces = paragraph.unicodeScalars.enumerated().filter { $0.element == " " }.map { $0.offset + base }
        XCTAssertEqual(seen.union(spaces), Set(base..<(base + paragraph.unicodeScalars.count)),
                       "every letter is shown once; only spaces at line ends hang")
    }

    // MARK: Safety

    func testControlCharactersNeverReachTheCells() {
        let text = "عنوان\u{1B}[31mأحمر\u{07}\u{9B}2J\u{7F} \u{202E}مقلوب\u{202C} \u{2067}نص\u{2069}\r\nسطر"
        for mode in BidiMode.allCases {
            let cells = lines(text, width: 80, mode: mode).flatMap(\.cells)
            for cell in cells {
                XCTAssertFalse(cell.text.unicodeScalars.contains {
                    $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
                        || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
                }, "raw control in \(cell)")
            }
            let placeholders = cells.filter(\.isPlaceholder)
            XCTAssertEqual(Set(placeholders.map(\.text)), ["␛", "␇", "\u{FFFD}", "␡"])
            XCTAssertEqual(placeholders.count, 4)
            XCTAssertEqual(placeholders.first { $0.text == "␛" }?.source, 5..<6)
        }
    }

    func testPathologicalInputsFinish() {
        let deep = String(repeating: "\u{202B}\u{202A}", count: 200) + "قتل 49 جنديا" + String(repeating: "\u{202C}", count: 400)
        XCTAssertEqual(lines(deep, width: 20).count, 1)
        let marks = "ب" + String(repeating: "\u{0651}", count: 10_000) + " نص"
        let markLines = lines(marks, width: 20)
        XCTAssertEqual(markLines.flatMap(\.cells).count, 4, "the base with its marks, a space, two letters")
        XCTAssertLessThan(markLines.flatMap(\.cells)[3].text.unicodeScalars.count, 40, "marks per cell are capped")
        let megabyte = String(repeating: "ب", count: 500_000)
        let long = lines(megabyte, width: 80)
        XCTAssertEqual(long.count, 6_250)
        XCTAssertTrue(long.allSatisfy { $0.width == 80 })
        let latin = String(repeating: "x", count: 1 << 20)
        XCTAssertEqual(lines(latin, width: 100).count, (1 << 20 + 99) / 100)
    }

    func testEmptyAndBlankParagraphsGiveOneEmptyLine() {
        XCTAssertEqual(lines("").map(\.cells), [[]])
        XCTAssertEqual(lines("   ").map(\.width), [0])
    }

    // MARK: Modes and single lines

    func testTerminalModeKeepsLogicalOrderUnshaped() {
        let text = "قتل 49 جنديا"
        let line = lines(text, mode: .terminal)[0]
        XCTAssertEqual(line.text, text, "the terminal shapes and reorders")
        XCTAssertTrue(line.isRightToLeft)
        XCTAssertEqual(line.aligned(to: 20).prefix(text.count).map(\.text).joined(), text,
                       "padding goes after the text; the terminal aligns RTL lines")
        XCTAssertEqual(TerminalBidiControl.enterExplicitMode, "\u{1B}[8l")
        XCTAssertEqual(TerminalBidiControl.leaveExplicitMode, "\u{1B}[8h")
    }

    func testSingleLineTitleIsCutWithAnEllipsisAtItsLogicalEnd() {
        let title = "مساعي لتطويق المواجهة العسكرية بين اذربيجان وارمينيا"
        let line = TextLayout.singleLine(title, baseOffset: 50, maxWidth: 20)
        XCTAssertEqual(line.width, 20)
        XCTAssertEqual(line.cells.first?.text, "…", "RTL: the cut is on the left")
        XCTAssertEqual(line.cells.last?.source.lowerBound, 50, "the title's start is kept")
        XCTAssertEqual(line.cells.first?.source.upperBound, 50 + title.unicodeScalars.count)
        let short = TextLayout.singleLine("الإثنين", maxWidth: 20)
        XCTAssertEqual(short.width, 6)
        XCTAssertFalse(short.text.contains("…"))
        let latin = TextLayout.singleLine("Armenia and Azerbaijan", maxWidth: 10)
        XCTAssertEqual(latin.text, "Armenia a…")
        let wide = TextLayout.singleLine("东京北京", maxWidth: 4)
        XCTAssertEqual(wide.text, "东…", "never half a wide character")
    }
}
