import FuzzSupport
import MarsadModel

/// libFuzzer target: bytes as one article's text (UTF-8, repaired), the
/// whole analysis: entities and actors, time expressions, the inferred
/// date, the timeline. Every mention, time and event must lie in the
/// text. Built and run by `scripts/fuzz analysis`.
@_cdecl("fuzz_analysis_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { start, count in fuzz(start, count) }
}

func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let article = CorpusLoader().load(text: text, id: "fuzz.txt")
    let analysis = CorpusAnalysis.analyze(Corpus(articles: [article]))
    let limit = article.scalars.count
    for m in analysis.mentionsByArticle[article.id] ?? [] { precondition(m.range.end <= limit && m.range.start <= m.range.end) }
    for t in analysis.timesByArticle[article.id] ?? [] { precondition(t.range.end <= limit && t.range.start <= t.range.end) }
    for e in analysis.timeline { precondition(e.sentenceRange.end <= limit) }
    return 0
}
