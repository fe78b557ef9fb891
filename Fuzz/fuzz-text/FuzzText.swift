import FuzzSupport
import MarsadModel

/// libFuzzer target: bytes as UTF-8 (invalid sequences repaired) through
/// the text layer: normalizer, tokenizer, clitic splitter, sentence
/// splitter and the search-word rule. Built and run by `scripts/fuzz text`.
let splitter = CliticSplitter()

@_cdecl("fuzz_text_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { start, count in fuzz(start, count) }
}

func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let scalars = Array(text.unicodeScalars)
    precondition([Unicode.Scalar](scalarsOf: text) == scalars)
    _ = ArabicNormalizer.normalize(text)
    let tokens = Tokenizer.tokenize(scalars, range: 0..<scalars.count)
    for token in tokens.prefix(200) {
        precondition(token.range.end <= scalars.count)
        _ = splitter.analyses(token.text)
    }
    for sentence in SentenceSplitter.split(scalars, range: ScalarRange(start: 0, end: scalars.count)) {
        precondition(sentence.start <= sentence.end && sentence.end <= scalars.count)
        _ = scalars.string(in: sentence)
    }
    _ = SearchWords.forms(in: text)
    return 0
}
