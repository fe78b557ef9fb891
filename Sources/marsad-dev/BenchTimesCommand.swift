import ArgumentParser
import Foundation
import MarsadModel

/// `marsad-dev bench-times`: time-expression tagging throughput and the
/// cost of building the timeline, on one core.
///
/// The corpus is the seed articles repeated in memory to the asked size;
/// each copy is published one day later than the one before (a stream of
/// reports, so relative dates spread over the calendar as in a real
/// archive; the stated dates — 2020, 12 September 2022 — stay where they
/// are and pile up, a worst case for grouping). Entities are found once,
/// untimed; loading and structuring are not timed. Run it in a release
/// build: `swift run -c release marsad-dev bench-times`.
struct BenchTimesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-times",
        abstract: "Time tagging throughput (MB/s) and timeline build time on repeated seed articles (one core)."
    )

    @Option(help: "Corpus size in MB (seed articles repeated).") var megabytes: Int = 10
    @Option(help: "Timed runs; the best is reported.") var runs: Int = 3
    @Option(help: "Folder of seed articles (default: $MARSAD_SEEDS, else the repository's seeds/).")
    var seeds: String?

    func run() throws {
        let (corpus, bytes, _, _) = try SeedFolder.corpus(seeds, megabytes: megabytes)
        let mb = Double(bytes) / 1_000_000

        let tagger = TimeTagger()
        var times: [ArticleID: [TimeExpression]] = [:]
        let tagging = best {
            times = [:]
            for a in corpus.articles { times[a.id] = tagger.tag(a) }
        }
        let count = times.values.reduce(0) { $0 + $1.count }
        print(String(format: "tagging: %.1f MB, %d articles, %d expressions: best of %d runs %.2f s = %.1f MB/s",
                     mb, corpus.articles.count, count, runs, tagging, mb / tagging))

        let mentions = EntityAnalyzer(catalog: .standard).analyze(corpus).mentionsByArticle
        var events: [TimelineEvent] = []
        let building = best { events = TimelineBuilder().build(corpus: corpus, times: times, mentions: mentions) }
        let groups = Set(events.map(\.groupID)).count
        print(String(format: "timeline: %d events, %d groups: best of %d runs %.2f s", events.count, groups, runs, building))

        let inference = best {
            var undated = corpus
            for i in undated.articles.indices { undated.articles[i].metadata.date = nil }
            _ = PublicationDateInference().apply(to: undated)
        }
        print(String(format: "publication-date inference on every article: best of %d runs %.2f s", runs, inference))
    }

    /// The best wall time of `runs` runs of `body`, in seconds.
    private func best(_ body: () -> Void) -> Double {
        var result = Double.infinity
        for _ in 0..<max(1, runs) {
            let t0 = DispatchTime.now().uptimeNanoseconds
            body()
            result = min(result, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
        }
        return result
    }
}
