import ArgumentParser
import Foundation
import MarsadArchive
import MarsadModel
import MarsadTraining
import MarsadTUI

/// `marsad-dev bench-archive`: the archive's figures on a real corpus.
///
/// In one process, on a fresh archive file:
/// - cold: load the corpus file, import it (`Archive.add`), then analyse
///   every article with the archive as cache (what `marsad add` does);
/// - warm, as a second launch: open the archive again, load its articles
///   and draw the reader's first frame (200×60) — "first screen" — then
///   the whole analysis from the cache and the frame with every pane —
///   "all ready";
/// - search: 100 queries of 1–3 words drawn (fixed seed) from the
///   corpus's own words, median and p99;
/// - the process's peak RSS (getrusage) and the archive's size on disk.
///
/// Run it in a release build:
/// `swift run -c release marsad-dev bench-archive --corpus ../shared/data/news/saudinewsnet-2015-07.jsonl`.
struct BenchArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-archive",
        abstract: "Cold import and analysis, warm open, search latency, RSS and size of an archive of a corpus.")

    @Option(help: "A corpus file or folder (.jsonl, .txt).") var corpus: String
    @Option(help: "Only the first N articles (default: all).") var limit: Int?
    @Option(help: "The archive file to make (default: a temporary file, removed after).") var archive: String?
    @Option(help: "Search queries to time.") var queries = 100
    @Flag(help: "Skip the cold import: time a second launch on --archive, made by an earlier run (the RSS is then the warm reader's alone).")
    var warmOnly = false

    func run() throws {
        let path = archive ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("marsad-bench-\(UUID().uuidString).sqlite").path
        if !warmOnly { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        defer {
            if archive == nil { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        }
        _ = NERModel.standard
        let catalog = ActorCatalog.standard
        if warmOnly {
            guard archive != nil else { throw ValidationError("--warm-only needs --archive FILE from an earlier run") }
        } else {
            try coldRun(path: path, catalog: catalog)
        }
        try warmRun(path: path, catalog: catalog)
    }

    private func coldRun(path: String, catalog: ActorCatalog) throws {
        // Cold: read, import, analyse.
        let t0 = now()
        var input = CorpusLoader().load(paths: [corpus])
        if let limit { input.articles = Array(input.articles.prefix(limit)) }
        let bytes = input.articles.reduce(0) { $0 + $1.text.utf8.count }
        let mb = Double(bytes) / 1_000_000
        let tLoaded = now()
        let store = try Archive(path: path)
        let report = try store.add(input)
        let tImported = now()
        let stored = try store.corpus()
        let tReloaded = now()
        let cold = CorpusAnalysis.analyze(stored, catalog: catalog, cache: store)
        let tAnalysed = now()
        print("corpus: \(corpus): \(input.articles.count) articles, \(String(format: "%.1f", mb)) MB of text; "
              + "\(report.added.count) imported, \(report.duplicates.count) duplicates skipped")
        print(String(format: "cold: load %.1f s, import %.1f s, reload %.1f s, analyse %.1f s (%d analysed): total %.1f s = %.2f MB/s",
                     tLoaded - t0, tImported - tLoaded, tReloaded - tImported, tAnalysed - tReloaded, cold.counts.analyzed,
                     tAnalysed - t0, mb / (tAnalysed - t0)))
    }

    private func warmRun(path: String, catalog: ActorCatalog) throws {
        // Warm: a second launch.
        let w0 = now(), c0 = cpu()
        let reopened = try Archive(path: path)
        let wOpened = now()
        let articles = try reopened.corpus()
        let wArticles = now(), cArticles = cpu()
        var state = AppState(corpus: articles, corpusName: "archive", size: ScreenSize(columns: 200, rows: 60))
        var buffer = Buffer(columns: 200, rows: 60)
        Screen.render(state, into: &buffer)
        let wFirst = now(), cFirst = cpu()
        print(String(format: "first screen: open %.0f ms, articles %.0f ms (%.0f ms CPU), reader state and frame %.0f ms",
                     1000 * (wOpened - w0), 1000 * (wArticles - wOpened), 1000 * (cArticles - c0),
                     1000 * (wFirst - wArticles)))
        let warm = CorpusAnalysis.analyze(articles, catalog: catalog, cache: reopened)
        let wAnalysed = now(), cAnalysed = cpu()
        _ = reduce(&state, .analysisFinished(warm, seconds: 0))
        Screen.render(state, into: &buffer)
        let wReady = now(), cReady = cpu()
        print(String(format: "warm: first screen %.0f ms; all ready %.0f ms (%d reused, %d analysed, %d events, "
                     + "events of %d articles reused); of which analysis from the cache %.0f ms, reader panes %.0f ms",
                     1000 * (wFirst - w0), 1000 * (wReady - w0), warm.counts.reused, warm.counts.analyzed,
                     warm.timeline.count, warm.eventCounts.reused, 1000 * (wAnalysed - wFirst), 1000 * (wReady - wAnalysed)))
        // CPU time (all threads) moves less than wall time when the host is busy.
        print(String(format: "warm CPU time: first screen %.0f ms, analysis %.0f ms, reader panes %.0f ms, all %.0f ms",
                     1000 * (cFirst - c0), 1000 * (cAnalysed - cFirst), 1000 * (cReady - cAnalysed), 1000 * (cReady - c0)))

        // Search: words of the corpus itself, 1–3 adjacent words a query.
        var rng = SplitMix64(seed: 2015)  // fixed seed: the same queries every run
        var samples: [String] = []
        let pool = articles.articles.filter { !$0.sentences.isEmpty }
        while samples.count < queries, !pool.isEmpty {
            let article = pool[Int(rng.next() % UInt64(pool.count))]
            let sentence = article.sentences[Int(rng.next() % UInt64(article.sentences.count))]
            let words = Tokenizer.tokenize(article.scalars, range: sentence.range.start..<sentence.range.end)
                .filter { $0.kind == .arabicWord }.map(\.text)
            guard !words.isEmpty else { continue }
            let n = min(words.count, 1 + Int(rng.next() % 3))
            let start = Int(rng.next() % UInt64(words.count - n + 1))
            samples.append(words[start..<start + n].joined(separator: " "))
        }
        var times: [Double] = []
        var found = 0
        for q in samples {
            let s0 = now()
            found += try reopened.search(q, limit: 20).count
            times.append(1000 * (now() - s0))
        }
        times.sort()
        if !times.isEmpty {
            print(String(format: "search: %d queries of 1-3 words: median %.1f ms, p99 %.1f ms (%d hits in all)",
                         times.count, times[times.count / 2], times[min(times.count - 1, Int(Double(times.count) * 0.99))],
                         found))
        }

        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let stats = try reopened.stats()
        print(String(format: "peak RSS of this process (%@): %.0f MB; archive on disk: %.1f MB",
                     warmOnly ? "warm open only" : "cold and warm together", Double(usage.ru_maxrss) / 1024,
                     Double(stats.fileBytes) / 1_000_000))
    }

    private func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// The process's CPU time so far, all threads, in seconds.
    private func cpu() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
