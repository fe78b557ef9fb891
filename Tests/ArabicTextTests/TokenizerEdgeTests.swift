import ArabicText
import XCTest

final class TokenizerEdgeTests: XCTestCase {
    /// Apostrophes and hyphens inside Latin names, dates, Arabic-Indic
    /// decimals, guillemets, tatweel inside a word, ZWNJ, an emoji and a
    /// lam-alef presentation form, cut as a reader expects.
    func testLatinNamesNumbersAndMarksAreCutAsWords() {
        let tokens = Tokenizer.tokenize("O'Neil TB2-Go 12/9/2022 ٣٫٥ «الأمن» وـبـوتين \u{200C}x\u{1F600}ﻻ e-mail -x a-")
        XCTAssertEqual(tokens.map(\.text), [
            "O'Neil", "TB2", "-", "Go", "12/9/2022", "٣٫٥", "«", "الأمن", "»", "وـبـوتين", "\u{200C}", "x", "\u{1F600}",
            "ﻻ", "e-mail", "-", "x", "a", "-",
        ])
        XCTAssertEqual(tokens.map(\.kind), [
            .latinWord, .latinWord, .punctuation, .latinWord, .number, .number, .punctuation, .arabicWord, .punctuation,
            .arabicWord, .arabicWord, .latinWord, .punctuation, .arabicWord, .latinWord, .punctuation, .latinWord,
            .latinWord, .punctuation,
        ])
        XCTAssertEqual(tokens[9].normalized, "وبوتين")
    }

    /// The table `CharClass.of` reads is the property-based definition.
    func testCharacterClassTableIsTheDefinition() {
        for v in UInt32(0)..<0x10000 {
            guard let s = Unicode.Scalar(v) else { continue }
            XCTAssertEqual(CharClass.of(s), CharClass.classify(s), "U+\(String(v, radix: 16))")
        }
    }
}
