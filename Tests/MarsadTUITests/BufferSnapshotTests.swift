import MarsadTestSupport
import MarsadTUI
import XCTest

/// The snapshot helper itself: what a row reads as, and what a failure says.
final class BufferSnapshotTests: XCTestCase {
    func testRowsReadAsTheirCellsWithWideCharactersOnceAndMarksInTheirLetter() {
        var buffer = Buffer(columns: 8, rows: 3)
        var x = buffer.put("中", width: 2, style: .plain, x: 0, y: 0)
        x = buffer.put("a", width: 1, style: .plain, x: x, y: 0)
        // A letter with its haraka is one cell (ﺑَ: beh initial + fatha).
        buffer.put("\u{FE91}\u{064E}", width: 1, style: .plain, x: 0, y: 1)
        buffer.put("\u{FEE6}", width: 1, style: .plain, x: 1, y: 1)
        XCTAssertEqual(x, 3)
        XCTAssertEqual(BufferSnapshot.lines(buffer), ["中a", "\u{FE91}\u{064E}\u{FEE6}", ""],
                       "trailing blanks dropped, the continuation cell adds nothing")
        XCTAssertNil(BufferSnapshot.difference(buffer, expected: ["中a   ", "ﺑَﻦ", ""]), "trailing blanks never matter")
    }

    func testAFailureNumbersTheDifferingRowsAndPrintsTheScreenToPaste() throws {
        var buffer = Buffer(columns: 12, rows: 3)
        buffer.drawText("Reader", x: 1, y: 0, width: 11)
        buffer.drawText("قال بوتين", x: 0, y: 1, width: 12)
        buffer.drawText("say \"hi\" \\", x: 0, y: 2, width: 12)
        let report = try XCTUnwrap(BufferSnapshot.difference(buffer, expected: [" Reader", "   ﻦﻴﺗﻮﺑ ﻝﺎﻗ", "say"]))
        XCTAssertEqual(report, """
            buffer 12×3: 1 of 3 rows differ (numbered by y; text between the bars):
              2 expected |say|
                  actual |say "hi" \\|
            actual, to paste as the expected lines:
                " Reader",
                "   ﻦﻴﺗﻮﺑ ﻝﺎﻗ",
                "say \\"hi\\" \\\\",

            """)
    }

    func testMissingRowsAndInvisibleCharactersAreSpelledOut() throws {
        var buffer = Buffer(columns: 4, rows: 2)
        buffer.put("\u{200F}a", width: 1, style: .plain, x: 0, y: 0)
        let report = try XCTUnwrap(BufferSnapshot.difference(buffer, expected: ["a"]))
        XCTAssertTrue(report.hasPrefix("buffer 4×2: 1 rows expected, 2 there\n"), report)
        XCTAssertTrue(report.contains("  0 expected |a|\n      actual |\\u{200F}a|\n"), report)
        XCTAssertTrue(report.contains("  1 expected |(no row)|\n      actual ||\n"), report)
        XCTAssertTrue(report.hasSuffix("    \"\\u{200F}a\",\n    \"\",\n"), report)
    }

    func testABrokenGridIsReported() throws {
        var buffer = Buffer(columns: 3, rows: 1)
        buffer[1, 0] = BufferCell(text: "", width: 0)
        let report = try XCTUnwrap(BufferSnapshot.difference(buffer, expected: [""]))
        XCTAssertTrue(report.contains("cell (1, 0) continues no wide character"), report)
    }

    func testStyleMaskDrawsOneLegendCharacterACell() {
        var buffer = Buffer(columns: 6, rows: 2)
        let reverse = Style(attributes: [.reverse]), bold = Style(attributes: [.bold])
        buffer.put("中", width: 2, style: reverse, x: 1, y: 0)
        buffer.put("b", width: 1, style: bold, x: 4, y: 1)
        buffer.put("u", width: 1, style: Style(attributes: [.underline]), x: 5, y: 1)
        XCTAssertEqual(BufferSnapshot.styleMask(buffer, legend: [("R", reverse), ("B", bold)]), [".RR...", "....B."],
                       "a wide character's two cells, and an unlisted style as the fallback")
        assertStyles(buffer, in: Rect(x: 1, y: 0, width: 5, height: 2), legend: [("R", reverse), ("B", bold)],
                     equal: ["RR", "...B"])
    }
}
