import Foundation

/// Files in `Tests/TerminalTextTests/Fixtures` and the repository's seed articles.
enum Fixtures {
    static func url(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(name)))
    }

    static var seedsFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
    }

    static var seedFiles: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seedsFolder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { seedsFolder.appendingPathComponent($0) }
    }

    /// Every non-empty line (paragraph) of the seed articles, in order.
    static var seedParagraphs: [String] {
        seedFiles.flatMap { url -> [String] in
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            return text.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
    }
}
