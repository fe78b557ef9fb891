import ArgumentParser
import Foundation
import MarsadArchive
import MarsadModel

/// Output format of the listing subcommands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, jsonl
}

/// The corpus a subcommand reads: paths, or the archive; and the archive
/// as the analysis cache.
///
/// With paths, the files are read as given and the archive only keeps
/// their analyses, so a folder read twice is analysed once. Without
/// paths the archive's articles are read (a first run with an empty
/// archive imports the seed corpus into it). `--no-cache` leaves the
/// archive alone: paths, or else the seed folder, analysed afresh.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files and folders of articles (.txt, .jsonl). Default: the archive (the seed corpus on a first run).",
              completion: .file())
    var paths: [String] = []

    @OptionGroup var archive: ArchiveOptions

    @Flag(help: "Neither read nor write the archive: analyse the paths (or the seed folder) afresh.")
    var noCache = false

    /// What `load()` read, and the cache its analysis uses.
    struct Loaded {
        var corpus: Corpus
        /// The archive as analysis cache; nil with --no-cache or when it cannot be opened.
        var cache: Archive?
        /// What the corpus is, in a word or two (the reader's title).
        var name: String
        /// The corpus is the archive's (no paths given), so its search index covers it.
        var fromArchive = false
    }

    /// Loads the corpus, printing one line on stderr for each input problem
    /// (and for an archive that cannot be used: the command goes on without it).
    func load() throws -> Loaded {
        let prepared = try prepare()
        let (corpus, failure) = prepared.load()
        if let failure {
            warn(failure)
            throw ExitCode(1)
        }
        for issue in corpus.issues { warn("\(issue)") }
        return Loaded(corpus: corpus, cache: prepared.cache, name: prepared.name, fromArchive: prepared.fromArchive)
    }

    /// What `load` does before reading the articles: the archive opened
    /// (filled with the seeds on a first run), what to call the corpus,
    /// and the reading itself, to run later (the reader runs it behind
    /// its first screen). The reading gives the corpus, or an empty one
    /// and the archive's error.
    struct Prepared: Sendable {
        var cache: Archive?
        var name: String
        var fromArchive: Bool
        var load: @Sendable () -> (corpus: Corpus, failure: String?)
    }

    func prepare() throws -> Prepared {
        var cache: Archive?
        if !noCache {
            do {
                cache = try Archive(path: archive.path)
            } catch let error as ArchiveError {
                warn("\(error); going on without it (nothing is cached)")
            }
        }
        if paths.isEmpty, let store = cache {
            if try archiveStep({ try store.stats().articles }) == 0 {
                let seeds = CorpusLoader().load(paths: [try SeedCorpus.path()])
                let report = try archiveStep { try store.add(seeds) }
                warn("the archive \(store.path) was empty: imported the \(report.added.count) seed articles")
            }
            return Prepared(cache: store, name: "archive", fromArchive: true) {
                do {
                    return (try store.corpus(), nil)
                } catch {
                    return (Corpus(articles: []), "\(error)")
                }
            }
        }
        let paths = try self.paths.isEmpty ? [SeedCorpus.path()] : self.paths
        let name: String
        switch self.paths.count {
        case 0: name = "seeds"
        case 1: name = URL(fileURLWithPath: self.paths[0]).lastPathComponent
        default: name = "\(self.paths.count) paths"
        }
        return Prepared(cache: cache, name: name, fromArchive: false) { (CorpusLoader().load(paths: paths), nil) }
    }

    /// Says once on stderr that the cache failed during analysis.
    static func reportCacheFailure(_ cache: Archive?) {
        if let failure = cache?.cacheFailure { warn("\(failure); analyses made now were not kept") }
    }
}

/// One line on stderr, "marsad: " first, made terminal-safe.
func warn(_ message: String) {
    FileHandle.standardError.write(Data(("marsad: " + message.terminalSafe + "\n").utf8))
}

/// Where the seed corpus is: `$MARSAD_SEEDS`, else the repository's
/// `seeds/` (found from this source file at build time), else `./seeds`.
enum SeedCorpus {
    static func path() throws -> String {
        if let env = ProcessInfo.processInfo.environment["MARSAD_SEEDS"], !env.isEmpty { return env }
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds").path
        for candidate in [repo, FileManager.default.currentDirectoryPath + "/seeds"]
        where FileManager.default.fileExists(atPath: candidate) {
            return candidate
        }
        throw ValidationError("the seed corpus was not found; give a path, or set MARSAD_SEEDS")
    }
}

/// Exit status when some input could not be read.
let inputFailedExitCode = ExitCode(1)

/// Prints rows as an aligned table or as JSON Lines.
struct Output {
    var format: OutputFormat

    /// Writes one JSON object a line (keys sorted, UTF-8, controls escaped).
    static func jsonLine(_ object: [String: Any?]) -> String {
        let cleaned = object.compactMapValues { $0 }
        let data = try! JSONSerialization.data(withJSONObject: cleaned, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// An aligned table: columns padded to their widest cell; control
    /// characters in cells made visible.
    static func table(header: [String], rows: [[String]]) -> String {
        let safeRows = rows.map { $0.map { $0.terminalSafe.replacingOccurrences(of: "\u{240A}", with: " ") } }
        var widths = header.map { $0.count }
        for row in safeRows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], min(cell.count, 80)) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                i == cells.count - 1 ? cell : cell.padding(toLength: max(widths[i], cell.count), withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        return ([line(header)] + safeRows.map(line)).joined(separator: "\n")
    }
}

func printOut(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}
