import ArgumentParser
import Foundation
import MarsadModel

/// Output format of the listing subcommands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, jsonl
}

/// The corpus a subcommand reads: paths, or the seed corpus.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Files and folders of articles (.txt, .jsonl). Default: the seed corpus.",
              completion: .file())
    var paths: [String] = []

    /// Loads the corpus, printing one line on stderr for each input problem.
    func load() throws -> Corpus {
        let paths = try self.paths.isEmpty ? [SeedCorpus.path()] : self.paths
        let corpus = CorpusLoader().load(paths: paths)
        for issue in corpus.issues {
            FileHandle.standardError.write(Data("marsad: \(issue)\n".utf8))
        }
        return corpus
    }
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
