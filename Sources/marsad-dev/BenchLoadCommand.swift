import ArgumentParser
import ArabicText
import Foundation
import MarsadModel

/// `marsad-dev bench-load`: the loader's throughput on one core.
///
/// Times, best of `--runs`, on a JSON Lines corpus:
/// - read + decode: the file's bytes to text, its lines, each record's
///   JSON (text, title, date);
/// - structure: each record made an article (paragraphs, sentences,
///   boilerplate, headline, dateline), as the loader makes it;
/// - template lines: the corpus's shared lines found and the articles
///   made again under them (`CorpusLoader.applyingTemplateLines`, what
///   the archive does with articles loaded alone);
/// - total: `CorpusLoader().load(paths:)`, the whole loader (which makes
///   each structure once, so it is not the sum of the phases).
///
/// Each figure is megabytes of article text (UTF-8) a second of the
/// thread's CPU time (wall time is printed too). The loader runs with one
/// worker thread (`MARSAD_WORKERS=1`, unless set otherwise).
/// Run it in a release build:
/// `swift run -c release marsad-dev bench-load --runs 3`.
struct BenchLoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-load",
        abstract: "Loader throughput (read and decode, structure, template lines, total) in MB/s of text on one core.")

    @Option(help: "A JSON Lines corpus (default: ../shared/data/news/saudinewsnet-2015-07.jsonl beside the repository).")
    var corpus: String?
    @Option(help: "Only the first N records (default: all).") var limit: Int?
    @Option(help: "Runs of each phase; the best is reported.") var runs = 3

    func run() throws {
        // Read before anything touches the loader: concurrentMap's worker
        // count is taken once from MARSAD_WORKERS.
        setenv("MARSAD_WORKERS", "1", 0)
        let workers = ProcessInfo.processInfo.environment["MARSAD_WORKERS"] ?? "1"
        let source = corpus ?? Self.defaultCorpus
        var path = source
        var temporary: String?
        if let limit {
            // The first N lines in a file of their own, so `load(paths:)` reads just them.
            let data = try Data(contentsOf: URL(fileURLWithPath: source))
            let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).prefix(limit)
            let t = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-bench-load-\(getpid()).jsonl").path
            var out = Data()
            for line in lines { out.append(line); out.append(UInt8(ascii: "\n")) }
            try out.write(to: URL(fileURLWithPath: t))
            path = t
            temporary = t
        }
        defer { if let temporary { try? FileManager.default.removeItem(atPath: temporary) } }

        let (tRead, records) = try best { try Self.readRecords(path) }
        let bytes = records.reduce(0) { $0 + $1.text.utf8.count }
        let mb = Double(bytes) / 1_000_000
        let (tStructure, articles) = best {
            records.enumerated().map { i, r in
                CorpusLoader.makeArticle(text: r.text, id: "\(i)", path: path, metadata: r.meta).0
            }
        }
        let templateCount = Corpus(articles: articles).templateLines().count
        let (tTemplate, _) = best { CorpusLoader.applyingTemplateLines(Corpus(articles: articles)) }
        let (tTotal, corpus) = best { CorpusLoader().load(paths: [path]) }
        let loaded = corpus.articles.count

        print("corpus: \(source)\(limit.map { " (first \($0))" } ?? ""): \(loaded) articles, "
              + String(format: "%.1f MB of text", mb) + ", \(templateCount) template lines; "
              + "workers: \(workers), best of \(runs)")
        print("phase           wall s   cpu s   MB/s (cpu)")
        func line(_ name: String, _ t: (wall: Double, cpu: Double)) {
            print(name.padding(toLength: 16, withPad: " ", startingAt: 0)
                  + String(format: "%6.2f  %6.2f  %7.1f", t.wall, t.cpu, mb / t.cpu))
        }
        line("read + decode", tRead)
        line("structure", tStructure)
        line("template lines", tTemplate)
        line("total (load)", tTotal)
    }

    static var defaultCorpus: String {
        // The repository is the package's folder, two levels above this file.
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return repo.appendingPathComponent("../shared/data/news/saudinewsnet-2015-07.jsonl").standardized.path
    }

    /// The records of a JSON Lines file as the loader reads them.
    static func readRecords(_ path: String) throws -> [(text: String, meta: ArticleMetadata)] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard case .text(let text) = TextDecoder.decode(data) else {
            throw ValidationError("\(path) is not valid UTF-8 text")
        }
        var records: [(text: String, meta: ArticleMetadata)] = []
        for line in RecordLines.split(text) where !line.allSatisfy({ $0 == " " || $0 == "\t" }) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let body = object["text"] as? String else { continue }
            var meta = ArticleMetadata()
            meta.title = (object["title"] as? String).flatMap { $0.isEmpty ? nil : $0 }
            meta.outlet = (object["source"] as? String) ?? (object["outlet"] as? String)
            meta.url = object["url"] as? String
            if let d = object["date"] as? String, case .success(let date) = MetadataDate.read(d) {
                meta.date = date
                meta.dateSource = .jsonl
                meta.dateConfidence = 1
            }
            records.append((body, meta))
        }
        return records
    }

    /// The best wall and CPU times of `runs` runs, and the last run's
    /// result (freed before the next run starts, outside the timing).
    private func best<T>(_ body: () throws -> T) rethrows -> ((wall: Double, cpu: Double), T) {
        var wall = Double.infinity
        var cpu = Double.infinity
        var result: T?
        for _ in 0..<max(1, runs) {
            result = nil
            let w0 = DispatchTime.now().uptimeNanoseconds
            let c0 = Self.threadCPUTime()
            let r = try body()
            cpu = min(cpu, Self.threadCPUTime() - c0)
            wall = min(wall, Double(DispatchTime.now().uptimeNanoseconds - w0) / 1e9)
            result = r
        }
        return ((wall, cpu), result!)
    }

    /// CPU time of this thread, which runs the loader's one worker: on a
    /// shared machine, what other processes take does not count.
    private static func threadCPUTime() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
