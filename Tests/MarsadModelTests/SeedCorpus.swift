import Foundation
import MarsadModel

/// The repository's seed corpus, for tests.
enum SeedCorpus {
    static let folder: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds").path

    /// The five seeds, loaded once, with their metadata.tsv.
    static let corpus: Corpus = CorpusLoader().load(paths: [folder])

    static func article(_ prefix: String) -> Article {
        corpus.articles.first { $0.id.hasPrefix(prefix) }!
    }
}

/// A scratch folder removed at the end of a test.
final class TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }
}
