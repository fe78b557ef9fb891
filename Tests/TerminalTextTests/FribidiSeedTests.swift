import Foundation
import MarsadTestSupport
import TerminalText
import XCTest

/// Every paragraph of the five seed articles, reordered without wrapping,
/// against GNU FriBidi's output recorded in `Fixtures/fribidi/` (see the
/// README there for the command).
final class FribidiSeedTests: XCTestCase {
    func testEveryParagraphMatchesFribidi() throws {
        var compared = 0
        var differences: [String] = []
        for seed in SeedCorpus.files {
            let ours = try String(contentsOf: seed, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            let theirs = try String(contentsOf: Fixtures.url("fribidi/" + seed.lastPathComponent), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(ours.count, theirs.count, seed.lastPathComponent)
            for (paragraph, expected) in zip(ours, theirs) where !paragraph.allSatisfy(\.isWhitespace) {
                let lines = TextLayout.layout(String(paragraph), options: LayoutOptions(width: 100_000))
                XCTAssertEqual(lines.count, 1)
                let visual = Self.comparable(lines.map(\.text).joined())
                let fribidi = Self.comparable(String(expected))
                compared += 1
                if visual != fribidi { differences.append("\(seed.lastPathComponent): \(paragraph)\n ours:    \(visual)\n fribidi: \(fribidi)") }
            }
        }
        print("fribidi --nobreak: \(compared - differences.count)/\(compared) seed paragraphs identical")
        XCTAssertGreaterThan(compared, 100)
        XCTAssertEqual(differences, [], differences.joined(separator: "\n"))
    }

    /// FriBidi leaves a U+FEFF filler after each lam-alef ligature; whitespace
    /// at the paragraph's ends is drawn by neither (Marsad hangs it, L1).
    private static func comparable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{FEFF}" }))
            .trimmingCharacters(in: .whitespaces)
    }
}
