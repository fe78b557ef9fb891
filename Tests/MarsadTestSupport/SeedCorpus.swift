import Foundation
import MarsadModel

/// The repository's five seed articles (`seeds/`), for every test target.
///
/// ```swift
/// let corpus = SeedCorpus.corpus            // loaded once, with metadata.tsv
/// let putin = SeedCorpus.article("001")     // by file-name prefix
/// ```
public enum SeedCorpus {
    /// The repository's root folder (this file is `Tests/MarsadTestSupport/SeedCorpus.swift`).
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The seed folder.
    public static let folderURL: URL = repositoryRoot.appendingPathComponent("seeds")
    /// The seed folder's path.
    public static var folder: String { folderURL.path }

    /// The seed articles' `.txt` files, in name order.
    public static var files: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folderURL.appendingPathComponent($0) }
    }

    /// Every non-blank line (paragraph) of the seed files, in order, as written.
    public static var paragraphs: [String] {
        files.flatMap { url -> [String] in
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
    }

    /// The five seeds, loaded once, with their metadata.tsv.
    public static let corpus: Corpus = CorpusLoader().load(paths: [folder])

    /// The seed whose id starts with `prefix` ("001").
    public static func article(_ prefix: String) -> Article {
        corpus.articles.first { $0.id.rawValue.hasPrefix(prefix) }!
    }
}
