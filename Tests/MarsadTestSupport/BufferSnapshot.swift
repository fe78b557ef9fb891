import Foundation
import MarsadTUI
import XCTest

/// A whole `Buffer` written out as text, for screen tests that compare
/// every row with literal expected lines (ratatui's `Buffer::with_lines`):
///
/// ```swift
/// var buffer = Buffer(columns: 12, rows: 2)
/// buffer.drawText("Reader", x: 1, y: 0, width: 11)
/// buffer.drawText("قال بوتين", x: 0, y: 1, width: 12)
/// assertBuffer(buffer, equals: [
///     " Reader",
///     "   ﻦﻴﺗﻮﺑ ﻝﺎﻗ",
/// ])
/// ```
///
/// A row is its cells' text left to right, as the terminal draws them:
/// Arabic in visual order and in its presentation forms (an editor that
/// reorders right-to-left text shows such a literal reversed: count on the
/// test's output, which prints each row between bars). A wide character's
/// second cell adds nothing (it shows once but covers two columns), a
/// combining mark stays in its letter's cell, and blanks at the end of a
/// row are dropped on both sides, so literals need no trailing spaces.
/// The buffer must hold exactly as many rows as there are lines.
public enum BufferSnapshot {
    /// The rows of `buffer` as text, trailing blanks dropped.
    public static func lines(_ buffer: Buffer) -> [String] {
        (0..<buffer.rows).map { trimmed(buffer.line($0)) }
    }

    /// Why `buffer` is not the screen `expected` describes, or nil when it is.
    /// The report numbers rows by `y` (from 0), shows each differing
    /// row expected and actual between bars, and ends with the whole actual
    /// screen as Swift string literals ready to paste.
    public static func difference(_ buffer: Buffer, expected: [String]) -> String? {
        difference(actual: lines(buffer), expected: expected.map(trimmed),
                   what: "buffer \(buffer.columns)×\(buffer.rows)", gridProblems: gridProblems(buffer))
    }

    /// Compares two lists of lines (screens, style masks) the same way.
    /// `firstRow` is the `y` of the first line, for the report's row numbers.
    static func difference(actual: [String], expected: [String], what: String, firstRow: Int = 0,
                           gridProblems: [String] = []) -> String? {
        let differing = (0..<max(actual.count, expected.count)).filter { y in
            y >= actual.count || y >= expected.count || actual[y] != expected[y]
        }
        guard !differing.isEmpty || !gridProblems.isEmpty else { return nil }
        var report = ""
        if actual.count != expected.count {
            report += "\(what): \(expected.count) rows expected, \(actual.count) there\n"
        }
        if !differing.isEmpty {
            report += "\(what): \(differing.count) of \(max(actual.count, expected.count)) rows differ "
                + "(numbered by y; text between the bars):\n"
        }
        let numberWidth = String(firstRow + max(actual.count, expected.count)).count
        for y in differing {
            let number = String(repeating: " ", count: numberWidth - String(firstRow + y).count) + String(firstRow + y)
            let blank = String(repeating: " ", count: numberWidth)
            report += "  \(number) expected |\(y < expected.count ? visible(expected[y]) : "(no row)")|\n"
            report += "  \(blank)   actual |\(y < actual.count ? visible(actual[y]) : "(no row)")|\n"
        }
        for problem in gridProblems { report += "  \(problem)\n" }
        report += "actual, to paste as the expected lines:\n"
        for line in actual { report += "    \(literal(line)),\n" }
        return report
    }

    /// A line as a Swift string literal: quotes and backslashes escaped,
    /// invisible scalars (controls, bidi marks, U+FEFF and other format
    /// characters) as `\u{…}`.
    public static func literal(_ line: String) -> String {
        var out = "\""
        for scalar in line.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if isInvisible(scalar) {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// One character a cell of `rect` (default: the whole buffer), the
    /// first legend key whose style the cell has, else `otherwise`: a
    /// picture of where styles fall, aligned cell for cell with the screen.
    ///
    /// ```swift
    /// styleMask(buffer, in: readerArea, legend: [("R", theme.eventSentence)])
    /// // ["  RRRRRRRRRR", "RRRRRRRR    "]
    /// ```
    public static func styleMask(_ buffer: Buffer, in rect: Rect? = nil, legend: [(Character, Style)],
                                 otherwise: Character = ".") -> [String] {
        let area = (rect ?? buffer.area).clipped(to: buffer.area)
        return (area.y..<area.maxY).map { y in
            String((area.x..<area.maxX).map { x in
                let style = buffer[x, y].style
                return legend.first { $0.1 == style }?.0 ?? otherwise
            })
        }
    }

    /// Where a failure's report is kept whole: `swift test` (SwiftPM 6.3 on
    /// Linux) was seen to cut long output with Arabic in it short, as in
    /// swift-package-manager#7250, so the failure names this file first.
    public static let reportFolder = SeedCorpus.repositoryRoot.appendingPathComponent(".build/snapshot-failures")

    static func fail(_ report: String, file: StaticString, line: UInt) {
        let name = URL(fileURLWithPath: "\(file)").deletingPathExtension().lastPathComponent + "-\(line).txt"
        let url = reportFolder.appendingPathComponent(name)
        var saved = ""
        if (try? FileManager.default.createDirectory(at: reportFolder, withIntermediateDirectories: true)) != nil,
           (try? report.write(to: url, atomically: true, encoding: .utf8)) != nil {
            saved = "(the whole report: \(url.path))\n"
        }
        XCTFail(saved + report, file: file, line: line)
    }

    /// Cells that break the grid's rule: a wide character's second cell
    /// follows it, and nothing else is a continuation.
    static func gridProblems(_ buffer: Buffer) -> [String] {
        var problems: [String] = []
        for y in 0..<buffer.rows {
            for x in 0..<buffer.columns {
                let cell = buffer[x, y]
                if cell.isContinuation, x == 0 || buffer[x - 1, y].width != 2 {
                    problems.append("cell (\(x), \(y)) continues no wide character")
                }
                if cell.width == 2, x + 1 >= buffer.columns || !buffer[x + 1, y].isContinuation {
                    problems.append("wide cell (\(x), \(y)) \(literal(cell.text)) has no continuation cell")
                }
            }
        }
        return problems
    }

    static func trimmed(_ line: String) -> String {
        var s = Substring(line)
        while s.last == " " { s.removeLast() }
        return String(s)
    }

    /// The report's form of a line: invisible scalars spelled out.
    static func visible(_ line: String) -> String {
        var out = ""
        for scalar in line.unicodeScalars {
            if isInvisible(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned: return true
        default: return false
        }
    }
}

/// Fails unless `buffer` shows exactly the screen `expected` describes,
/// row for row (see `BufferSnapshot`); the failure lists the differing rows
/// and prints the actual screen as literals to paste.
public func assertBuffer(_ buffer: Buffer, equals expected: [String], _ message: @autoclosure () -> String = "",
                         file: StaticString = #filePath, line: UInt = #line) {
    if let report = BufferSnapshot.difference(buffer, expected: expected) {
        let note = message()
        BufferSnapshot.fail((note.isEmpty ? "" : note + "\n") + report, file: file, line: line)
    }
}

/// Fails unless the styles of the cells of `rect` fall as `expected`
/// draws them with `legend`'s characters (see `BufferSnapshot.styleMask`);
/// `otherwise` cells at the end of a row may be left out.
public func assertStyles(_ buffer: Buffer, in rect: Rect? = nil, legend: [(Character, Style)], otherwise: Character = ".",
                         equal expected: [String], file: StaticString = #filePath, line: UInt = #line) {
    // Trailing `otherwise` cells are dropped on both sides, as blanks are from screens.
    func trimmed(_ row: String) -> String {
        var s = Substring(row)
        while s.last == otherwise { s.removeLast() }
        return String(s)
    }
    let mask = BufferSnapshot.styleMask(buffer, in: rect, legend: legend, otherwise: otherwise).map(trimmed)
    let area = (rect ?? buffer.area).clipped(to: buffer.area)
    if let report = BufferSnapshot.difference(actual: mask, expected: expected.map(trimmed),
                                              what: "styles of \(area.width)×\(area.height) cells at (\(area.x), \(area.y))",
                                              firstRow: area.y) {
        BufferSnapshot.fail(report, file: file, line: line)
    }
}
