import ArgumentParser
import Foundation
import MarsadModel
import MarsadTUI

/// `marsad-dev bench-actors`: the actor index and the reader's picker on
/// a real corpus.
///
/// Analyses the first `--limit` articles of a JSON Lines corpus (entities
/// only), then prints the time to build the analysis's `ActorIndex` and its
/// Latin skeletons, and the time of each key typed into the picker (`f`),
/// median and p99, for every prefix of real queries: the Arabic and
/// English names of the most mentioned actors, and Latin spellings of
/// Arabic names. Run it in a release build:
/// `swift run -c release marsad-dev bench-actors --limit 2000`.
struct BenchActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-actors",
        abstract: "Actor index build time and per-keystroke picker time (median, p99) on a real corpus.")

    @Option(help: "A JSON Lines corpus (default: ../shared/data/news/saudinewsnet-2015-07.jsonl beside the repository).")
    var corpus: String?
    @Option(help: "Only the first N articles.") var limit = 2000
    @Option(help: "Names of this many of the most mentioned actors are typed.") var actors = 40
    @Option(help: "Latin queries typed too, comma-separated.")
    var latin = "Hadi,Saleh,Ocalan,Houthi,Turkey,Ivory Coast,PKK,Erdogan,Assad,Yemen"

    func run() throws {
        var input = CorpusLoader().load(paths: [corpus ?? BenchLoadCommand.defaultCorpus])
        input.articles = Array(input.articles.prefix(limit))
        let t0 = now()
        let analysis = CorpusAnalysis.analyze(input, parts: .entities)
        let tAnalysis = now() - t0
        let t1 = now()
        let index = analysis.actorIndex
        let tIndex = now() - t1
        let t2 = now()
        index.prepareSkeletons()
        let tSkeletons = now() - t2
        print("corpus: \(input.articles.count) articles, \(analysis.actors.count) actors in the corpus, "
              + "\(index.actors.count) indexed with the catalog; analysis \(String(format: "%.1f", tAnalysis)) s")
        print(String(format: "index build: %.1f ms; Latin skeletons: %.1f ms", tIndex * 1000, tSkeletons * 1000))

        var state = AppState(corpus: input, corpusName: "bench", size: ScreenSize(columns: 120, rows: 40))
        _ = reduce(&state, .analysisFinished(analysis, seconds: 0))
        let top = state.allActorRows.prefix(actors).compactMap { analysis.actors[$0.id] }
        let queries = top.map(\.arabicName).filter { !$0.isEmpty }
            + top.map(\.englishName).filter { !$0.isEmpty }
            + latin.split(separator: ",").map(String.init)
        var keys: [Double] = []
        var empty = 0
        for query in queries {
            _ = reduce(&state, .openActorPicker)
            for ch in query {
                let t = now()
                _ = reduce(&state, .insertText(String(ch)))
                keys.append(now() - t)
            }
            if case .actorPicker(let picker) = state.overlay, picker.candidates.isEmpty { empty += 1 }
            _ = reduce(&state, .closeOverlay)
        }
        keys.sort()
        func ms(_ q: Double) -> String { String(format: "%.2f ms", keys[min(keys.count - 1, Int(Double(keys.count) * q))] * 1000) }
        print("picker: \(queries.count) queries, \(keys.count) keys: median \(ms(0.5)), p99 \(ms(0.99)), "
              + "max \(ms(1.0)); \(empty) queries found nothing")
        for query in latin.split(separator: ",") {
            let found: String
            switch analysis.resolveActor(String(query)) {
            case .found(let a): found = "\(a.id) (\(a.displayName))"
            case .ambiguous(let list): found = "ambiguous: " + ActorQuery.ResolutionError.list(list)
            case .notFound: found = "not found"
            }
            print("--actor \(query): \(found)")
        }
    }

    private func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}
