import Foundation
import MarsadModel

/// Which articles have been read, kept across runs in
/// `$XDG_STATE_HOME/marsad/read.json` (else `~/.local/state/marsad/read.json`).
///
/// An article's key is its document name plus a hash of its text, so the
/// same article read from another folder is still read, and an article
/// whose text changed is new again. Saving writes a temporary file in the
/// same folder, flushes it and renames it over the old one: a crash leaves
/// either the old file or the new one, never half of one. A file that
/// cannot be parsed is treated as empty (and replaced on the next save).
public struct ReadStateStore: Sendable {
    public var fileURL: URL

    public init(fileURL: URL) {
        self.fileURL = fileURL
    }

    /// The store at the XDG location for an environment.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ReadStateStore {
        let base: URL
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = URL(fileURLWithPath: state)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home).appendingPathComponent(".local/state")
        }
        return ReadStateStore(fileURL: base.appendingPathComponent("marsad/read.json"))
    }

    /// The stable key of an article: "name#fnv1a64-of-text".
    public static func key(for article: Article) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var text = article.text
        text.withUTF8 { bytes in
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        let name = (article.id.rawValue as NSString).lastPathComponent
        let hex = String(hash, radix: 16)
        return name + "#" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    private struct File: Codable {
        var version: Int
        var read: [String]
    }

    /// The keys saved, or none when there is no file or it is unreadable.
    public func load() -> Set<String> {
        guard let data = try? Data(contentsOf: fileURL),
              let file = try? JSONDecoder().decode(File.self, from: data)
        else { return [] }
        return Set(file.read)
    }

    /// Saves `keys` together with what another reader may have saved since.
    public func save(_ keys: Set<String>) throws {
        let all = keys.union(load())
        let folder = fileURL.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let data = try encoder.encode(File(version: 1, read: all.sorted()))
        let temp = folder.appendingPathComponent(".read.json.\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temp.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temp.path])
        }
        do {
            let handle = try FileHandle(forWritingTo: temp)
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
            guard rename(temp.path, fileURL.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: fileURL.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw error
        }
    }
}
