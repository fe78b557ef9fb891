import ArabicText
import XCTest

final class ArabicNormalizerTests: XCTestCase {
    func testFoldsAlefYaaTaaMarbutaAndDropsHarakatAndTatweel() {
        XCTAssertEqual(ArabicNormalizer.normalize("أذربيجان"), "اذربيجان")
        XCTAssertEqual(ArabicNormalizer.normalize("إيمانويل ماكرون"), "ايمانويل ماكرون")
        XCTAssertEqual(ArabicNormalizer.normalize("آب"), "اب")
        XCTAssertEqual(ArabicNormalizer.normalize("ٱلله"), "الله")
        XCTAssertEqual(ArabicNormalizer.normalize("إلى"), "الي")
        XCTAssertEqual(ArabicNormalizer.normalize("الأذربيجانية"), "الاذربيجانيه")
        XCTAssertEqual(ArabicNormalizer.normalize("شنّت قصفاً"), "شنت قصفا")
        XCTAssertEqual(ArabicNormalizer.normalize("وزيرَي الدفاع"), "وزيري الدفاع")
        XCTAssertEqual(ArabicNormalizer.normalize("لـ\"عربي21\""), "ل\"عربي21\"")
    }

    func testDigitsBecomeASCII() {
        XCTAssertEqual(ArabicNormalizer.normalize("١٤ سبتمبر ٢٠٢٢"), "14 سبتمبر 2022")
        XCTAssertEqual(ArabicNormalizer.normalize("۱۴۰۱"), "1401")
    }

    func testPresentationFormsGoBackToBaseLetters() {
        XCTAssertEqual(ArabicNormalizer.normalize("\u{FE91}\u{FEEE}\u{FE98}\u{FEF4}\u{FEE6}"), "بوتين")
        XCTAssertEqual(ArabicNormalizer.normalize("\u{FEFB}"), "لا")
        XCTAssertEqual(ArabicNormalizer.normalize("\u{FEF7}"), "لا", "lam with alef-hamza folds like the letters")
    }

    func testLatinLowercasedForCaseInsensitiveMatching() {
        XCTAssertEqual(ArabicNormalizer.normalize("Putin CSTO"), "putin csto")
    }

    func testMapPointsBackToOriginalOffsets() {
        let scalars = Array("شنّت".unicodeScalars)
        let (folded, map) = ArabicNormalizer.normalizeWithMap(scalars, range: 0..<scalars.count)
        XCTAssertEqual(String(String.UnicodeScalarView(folded)), "شنت")
        XCTAssertEqual(map, [0, 1, 3])
    }
}

final class TokenizerTests: XCTestCase {
    func testWordsNumbersAndPunctuationWithOffsets() {
        let tokens = Tokenizer.tokenize("قتل 49 جنديا، منذ الساعة 06,00 (CSTO).")
        XCTAssertEqual(tokens.map(\.text), ["قتل", "49", "جنديا", "،", "منذ", "الساعة", "06,00", "(", "CSTO", ")", "."])
        XCTAssertEqual(tokens.map(\.kind), [.arabicWord, .number, .arabicWord, .punctuation, .arabicWord, .arabicWord,
                                            .number, .punctuation, .latinWord, .punctuation, .punctuation])
        XCTAssertEqual(tokens[2].range, ScalarRange(start: 7, end: 12))
    }

    func testHarakatTatweelAndEasternDigitsStayInTheirToken() {
        let tokens = Tokenizer.tokenize("شنّت لـ\"عربي21\" ١٤ سبتمبر")
        XCTAssertEqual(tokens.map(\.text), ["شنّت", "لـ", "\"", "عربي", "21", "\"", "١٤", "سبتمبر"])
        XCTAssertEqual(tokens[6].normalized, "14")
    }
}

final class CliticSplitterTests: XCTestCase {
    let splitter = CliticSplitter()

    private func split(_ word: String) -> [String] {
        let a = splitter.split(word)
        return a.proclitics + [a.stem]
    }

    func testProcliticsAndArticleAreSplit() {
        XCTAssertEqual(split("وبالأمس"), ["و", "ب", "ال", "امس"])
        XCTAssertEqual(split("للرئيس"), ["ل", "ال", "رئيس"])
        XCTAssertEqual(split("والولايات"), ["و", "ال", "ولايات"])
        XCTAssertEqual(split("لأذربيجان"), ["ل", "اذربيجان"])
        XCTAssertEqual(split("وبأذربيجان"), ["و", "ب", "اذربيجان"])
        XCTAssertEqual(split("وأرمينيا"), ["و", "ارمينيا"])
        XCTAssertEqual(split("الأذربيجانية"), ["ال", "اذربيجانيه"])
        XCTAssertEqual(split("وقال"), ["و", "قال"])
        XCTAssertEqual(split("فالحكومة"), ["ف", "ال", "حكومه"])
    }

    func testWordsThatOnlyStartWithClitigLettersStayWhole() {
        for word in ["باكو", "لبنان", "فرنسا", "كلبجار", "وزير", "وزارة", "كانت", "بوتين", "لافروف", "وكالة", "فلاديمير", "بين", "الذي"] {
            XCTAssertEqual(split(word), [ArabicNormalizer.normalize(word)], word)
        }
    }

    func testStrippedTokenKeepsTheStemsOffsets() {
        let token = Tokenizer.tokenize("قال وأرمينيا")[1]
        let (proclitics, stem) = token.stripped(using: splitter)
        XCTAssertEqual(proclitics, ["و"])
        XCTAssertEqual(stem.text, "أرمينيا")
        XCTAssertEqual(stem.range, ScalarRange(start: 5, end: 12))
    }

    /// The lexicon ships as ArabicText's resource; without it every
    /// single-letter split would need a hamza.
    func testShippedLexiconIsLoaded() {
        XCTAssertGreaterThan(Lexicon.standard.size, 10_000)
        XCTAssertEqual(Lexicon.standard.count("في"), 3913)
    }

    func testAnalysesOfferEveryReadingForDictionaryLookup() {
        let stems = splitter.analyses("لباشينيان").map(\.stem)
        XCTAssertTrue(stems.contains("باشينيان"))
        XCTAssertEqual(stems.last, "لباشينيان")
    }
}

final class RecordLinesTests: XCTestCase {
    func testLFAndCRLFFilesSplitAlike() {
        XCTAssertEqual(RecordLines.split("قال بوتين\r\nوأعلن ماكرون\n"), ["قال بوتين", "وأعلن ماكرون", ""])
        XCTAssertEqual(RecordLines.split("قال بوتين\nوأعلن ماكرون"), ["قال بوتين", "وأعلن ماكرون"])
    }
}

final class TerminalSafeTests: XCTestCase {
    func testControlsBecomeVisibleAndBidiOverridesAreDropped() {
        XCTAssertEqual("عنوان \u{1B}[2J الخبر".terminalSafe, "عنوان ␛[2J الخبر")
        XCTAssertEqual("قال\tبوتين\u{7F}".terminalSafe, "قال␉بوتين␡")
        XCTAssertEqual("\u{202E}بوتين\u{202C}".terminalSafe, "بوتين")
        XCTAssertEqual("قال بوتين".terminalSafe, "قال بوتين")
    }
}

final class ScalarRangeStringTests: XCTestCase {
    func testTheTextOfARangeIsItsScalarsWhateverTheirWidthInUTF8() {
        // One, two, three and four UTF-8 bytes: Latin, Arabic, the ornate
        // parenthesis and a presentation form, an emoji; a range inside.
        let text = "قال A \u{FD3E}بوتين\u{FD3F} \u{FEFB} 😀 2022!"
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual([Unicode.Scalar](scalarsOf: text), scalars)
        XCTAssertEqual([Unicode.Scalar](scalarsOf: ""), [])
        let every = (1...0x10FFFF).lazy.filter { $0 % 5 == 0 || (0x600...0x6FF).contains($0) }.compactMap(Unicode.Scalar.init)
        let wide = String(String.UnicodeScalarView(every))
        XCTAssertEqual([Unicode.Scalar](scalarsOf: wide), Array(wide.unicodeScalars))
        XCTAssertEqual(scalars.string(in: ScalarRange(start: 0, end: scalars.count)), text)
        for start in 0..<scalars.count {
            for end in start...scalars.count {
                XCTAssertEqual(scalars.string(in: ScalarRange(start: start, end: end)),
                               String(String.UnicodeScalarView(scalars[start..<end])))
            }
        }
    }
}
