import Foundation
import MarsadTestSupport
import XCTest

/// `marsad render`: seed Arabic laid out as a reader would see it on a plain terminal.
final class RenderCommandTests: XCTestCase {
    func testArabicParagraphIsShapedReorderedWrappedAndRightAligned() throws {
        let text = "قتل ما لا يقل عن 100 جندي أرميني واذربيجاني الثلاثاء في اعنف معارك منذ الحرب بين البلدين في 2020.\n"
        let result = try MarsadBinary.run(["render", "--width", "30", "-"], stdin: text)
        XCTAssertEqual(result.status, 0, result.err)
        let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertGreaterThan(lines.count, 2)
        for line in lines {
            XCTAssertLessThanOrEqual(line.count, 30)
            XCTAssertEqual(line.last.map(String.init).flatMap { $0.unicodeScalars.first }.map { $0.value >= 0xFE70 || $0 == "." }, true,
                           "right-aligned: each line ends at column 30 with a shaped letter: \(line)")
        }
        XCTAssertTrue(lines[0].hasSuffix("ﻞﺘﻗ"), "first words on the first line, at the right: \(lines[0])")
        XCTAssertTrue(result.out.contains("100") && result.out.contains("2020"), "numbers keep their digit order")
        XCTAssertFalse(result.out.contains("\u{FEFF}"), "no fillers after lam-alef, unlike fribidi")
        // Wrapping at words: every word of the input is whole on some line (shaping aside, count words).
        XCTAssertEqual(lines.flatMap { $0.split(separator: " ") }.count, text.split(separator: " ").count)
    }

    func testSeedArticleRendersFromAFileAndLatinStaysLeftAligned() throws {
        let seed = MarsadBinary.seeds + "/000_cf7b6ba5e297149c.txt"
        let result = try MarsadBinary.run(["render", "--width", "60", seed])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.split(separator: "\n").allSatisfy { $0.count <= 60 })
        XCTAssertTrue(result.out.contains("CSTO"), "Latin inside Arabic reads left to right")
        XCTAssertFalse(result.out.contains("OTSC"))
        let latin = try MarsadBinary.run(["render", "--width", "20", "-"], stdin: "Armenia and Azerbaijan agreed to a ceasefire\n")
        XCTAssertEqual(latin.out, "Armenia and\nAzerbaijan agreed to\na ceasefire\n")
    }

    func testTerminalBidiModeKeepsLogicalOrder() throws {
        let result = try MarsadBinary.run(["render", "--bidi", "terminal", "--width", "80", "-"], stdin: "قتل 49 جنديا\n")
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.out, "قتل 49 جنديا\n", "mlterm/Konsole reorder and shape themselves")
        let bad = try MarsadBinary.run(["render", "--bidi", "sideways", "-"], stdin: "x\n")
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.err.contains("--bidi"), bad.err)
    }

    func testControlCharactersNeverReachTheTerminal() throws {
        let hostile = "عنوان\u{1B}]0;owned\u{07}\u{1B}[2J\u{9B}31m نص\u{202E}مقلوب\u{7F}\n"
        let result = try MarsadBinary.run(["render", "--width", "40", "-"], stdin: hostile)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertFalse(result.out.unicodeScalars.contains { s in
            (s.value < 0x20 && s != "\n") || (0x7F...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value)
        }, "raw controls in \(result.out.debugDescription)")
        XCTAssertTrue(result.out.contains("␛"), "a visible stand-in shows where ESC was")
    }

    func testInvalidUTF8IsReportedWithTheFileNameAndTheRestRenders() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var bytes = Data("عنوان الخبر\n".utf8)
        bytes.append(contentsOf: [0xD8, 0x20, 0x41, 0x0A])
        let file = dir.appendingPathComponent("broken.txt")
        try bytes.write(to: file)
        let result = try MarsadBinary.run(["render", "--width", "20", file.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("broken.txt") && result.err.contains("invalid UTF-8 at byte 22"), result.err)
        XCTAssertTrue(result.out.contains("ﺮﺒﺨﻟﺍ"), "the readable part is still rendered: \(result.out)")
        let missing = try MarsadBinary.run(["render", dir.appendingPathComponent("nope.txt").path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.err.contains("nope.txt"), missing.err)
    }

    func testHugeLineWithoutSpacesFinishes() throws {
        let line = String(repeating: "ب", count: 200_000) + "\n"
        let result = try MarsadBinary.run(["render", "--width", "100", "-"], stdin: line)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.out.split(separator: "\n").count, 2_000)
    }
}
