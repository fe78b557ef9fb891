import TerminalText
import XCTest

/// Unicode 15.0's own conformance suites for UAX #9, run through the bidi
/// core that `TextLayout` uses (ICU's levels, this module's L1 and L2).
final class BidiConformanceTests: XCTestCase {
    /// A representative code point of each Bidi_Class (BidiTest.txt gives classes, not characters).
    private static let representative: [String: UInt32] = [
        "L": 0x61, "R": 0x05D0, "AL": 0x0627, "EN": 0x30, "ES": 0x2B, "ET": 0x23, "AN": 0x0660,
        "CS": 0x2C, "NSM": 0x0300, "BN": 0xAD, "B": 0x2029, "S": 0x09, "WS": 0x20, "ON": 0x21,
        "LRE": 0x202A, "LRO": 0x202D, "RLE": 0x202B, "RLO": 0x202E, "PDF": 0x202C,
        "LRI": 0x2066, "RLI": 0x2067, "FSI": 0x2068, "PDI": 0x2069,
    ]

    func testBidiTestTxtEveryCasePasses() throws {
        let bytes = try Fixtures.bytes("BidiTest.txt")
        var levels: [Int?] = []
        var order: [Int] = []
        var cases = 0
        var failures: [String] = []
        var failed = 0
        for line in Self.lines(bytes) where line.first != nil && line.first != UInt8(ascii: "#") {
            let text = String(decoding: line, as: UTF8.self)
            if text.hasPrefix("@Levels:") {
                levels = Self.words(text.dropFirst(8)).map { Int($0) }
                continue
            }
            if text.hasPrefix("@Reorder:") {
                order = Self.words(text.dropFirst(9)).compactMap { Int($0) }
                continue
            }
            if text.hasPrefix("@") { continue }
            let parts = text.split(separator: ";")
            guard parts.count == 2, let bits = Int(parts[1].trimmingCharacters(in: .whitespaces), radix: 16) else { continue }
            let codePoints = Self.words(parts[0]).map { Self.representative[String($0)]! }
            for (bit, direction) in [(1, ParagraphDirection.auto), (2, .leftToRight), (4, .rightToLeft)] where bits & bit != 0 {
                cases += 1
                let result = BidiConformance.resolve(codePoints: codePoints, direction: direction)
                guard result?.levels != levels || result?.visualOrder != order else { continue }
                failed += 1
                if failures.count < 20 {
                    failures.append("\(parts[0]) [\(direction)]: expected \(levels.map { $0.map(String.init) ?? "x" }) \(order) got \(result?.levels.map { $0.map(String.init) ?? "x" } ?? []) order \(result?.visualOrder ?? [])")
                }
            }
        }
        print("BidiTest.txt: \(cases - failed)/\(cases) cases pass")
        XCTAssertGreaterThan(cases, 700_000, "the whole file was read")
        XCTAssertEqual(failures, [])
    }

    func testBidiCharacterTestTxtEveryCasePasses() throws {
        let bytes = try Fixtures.bytes("BidiCharacterTest.txt")
        var cases = 0
        var failures: [String] = []
        var failed = 0
        for line in Self.lines(bytes) where line.first != nil && line.first != UInt8(ascii: "#") {
            let fields = String(decoding: line, as: UTF8.self).split(separator: ";", omittingEmptySubsequences: false)
            guard fields.count >= 5 else { continue }
            let codePoints = Self.words(fields[0]).compactMap { UInt32($0, radix: 16) }
            let direction: ParagraphDirection = fields[1] == "0" ? .leftToRight : fields[1] == "1" ? .rightToLeft : .auto
            let paragraphLevel = Int(fields[2])
            let levels = Self.words(fields[3]).map { Int($0) }
            let order = Self.words(fields[4]).compactMap { Int($0) }
            cases += 1
            let result = BidiConformance.resolve(codePoints: codePoints, direction: direction)
            guard result?.paragraphLevel != paragraphLevel || result?.levels != levels || result?.visualOrder != order
            else { continue }
            failed += 1
            if failures.count < 20 {
                failures.append("\(fields[0]) dir \(fields[1]): expected \(fields[2]);\(fields[3]);\(fields[4]) got \(result?.paragraphLevel ?? -1);\(result?.levels.map { $0.map(String.init) ?? "x" }.joined(separator: " ") ?? "");\(result?.visualOrder.map(String.init).joined(separator: " ") ?? "")")
            }
        }
        print("BidiCharacterTest.txt: \(cases - failed)/\(cases) cases pass")
        XCTAssertGreaterThan(cases, 90_000, "the whole file was read")
        XCTAssertEqual(failures, [])
    }

    // MARK: Parsing helpers (byte-level: the files have half a million lines)

    private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        }
    }

    private static func words<S: StringProtocol>(_ text: S) -> [S.SubSequence] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" })
    }
}
