import ArgumentParser
import Foundation
import MarsadModel

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

    /// The articles of the folder `resolve(given)` finds, repeated in
    /// memory until they reach `megabytes` (at least once; a folder that
    /// large is read once). Copy k is published k days after the original,
    /// as a stream of reports would be, and its ids start with "k-".
    static func corpus(_ given: String?, megabytes: Int) throws -> (corpus: Corpus, bytes: Int, copies: Int, folder: String) {
        let folder = try resolve(given)
        let original = CorpusLoader().load(paths: [folder])
        guard !original.articles.isEmpty else { throw ValidationError("no seed articles in \(folder)") }
        var articles: [Article] = []
        var bytes = 0
        var copies = 0
        repeat {
            for a in original.articles {
                var c = a
                c.id = ArticleID("\(copies)-\(a.id)")
                c.metadata.date = a.metadata.date?.adding(days: copies)
                articles.append(c)
                bytes += a.text.utf8.count
            }
            copies += 1
        } while bytes < megabytes * 1_000_000
        return (Corpus(articles: articles), bytes, copies, folder)
    }
}
