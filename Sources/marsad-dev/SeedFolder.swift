import ArgumentParser
import Foundation

/// Where the benchmarks find the seed articles: the folder given, else
/// `$MARSAD_SEEDS`, else the repository's `seeds/` (found from this source
/// file at build time).
enum SeedFolder {
    static func resolve(_ given: String?) throws -> String {
        if let given, !given.isEmpty { return given }
        if let env = ProcessInfo.processInfo.environment["MARSAD_SEEDS"], !env.isEmpty { return env }
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds").path
        guard FileManager.default.fileExists(atPath: repo) else {
            throw ValidationError("seed articles not found; pass --seeds or set MARSAD_SEEDS")
        }
        return repo
    }
}
