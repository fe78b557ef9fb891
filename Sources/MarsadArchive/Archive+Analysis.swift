import Crypto
import Foundation
import GRDB
import MarsadModel

/// The archive keeps every article's analysis, so that an article read
/// before, from the archive or from a folder, is never analysed again.
///
/// Keys are `<SHA-256 of the text>:<SHA-256 of the context>`; the first
/// half is the article's `contentHash`, which `stats(version:)` uses to
/// count articles still to analyse. A cache that cannot be written (a
/// read-only file, a full disk) keeps answering what it holds; the first
/// failure is kept in `cacheFailure` for the caller to say once.
extension Archive: AnalysisCache {
    public func key(text: String, context: String) -> String {
        Self.contentHash(text) + ":" + Self.hex(SHA256.hash(data: Data(context.utf8)))
    }

    public func cachedAnalyses(for keys: [String]) -> [String: [UInt8]] {
        blobs(in: "analysis", for: keys)
    }

    public func storeAnalyses(_ entries: [(key: String, bytes: [UInt8])], version: String) {
        storeBlobs(entries, in: "analysis", version: version)
    }

    public func cachedEvents(for keys: [String]) -> [String: [UInt8]] {
        blobs(in: "events", for: keys)
    }

    public func storeEvents(_ entries: [(key: String, bytes: [UInt8])], version: String) {
        storeBlobs(entries, in: "events", version: version)
    }

    /// The rows of `table` (analysis or events) among `keys`, by key.
    private func blobs(in table: String, for keys: [String]) -> [String: [UInt8]] {
        var found: [String: [UInt8]] = [:]
        found.reserveCapacity(keys.count)
        do {
            try read { db in
                // SQLite allows 32,766 parameters; batches stay well under.
                for start in stride(from: 0, to: keys.count, by: 500) {
                    let batch = Array(keys[start..<min(start + 500, keys.count)])
                    let marks = Array(repeating: "?", count: batch.count).joined(separator: ",")
                    let rows = try Row.fetchCursor(db, sql: "SELECT key, data FROM \(table) WHERE key IN (\(marks))",
                                                   arguments: StatementArguments(batch))
                    while let row = try rows.next() {
                        let data: Data = row["data"]
                        found[row["key"]] = [UInt8](data)
                    }
                }
            }
        } catch {
            noteCacheFailure(error)
        }
        return found
    }

    /// Keeps rows of `table` (analysis or events), keyed "<contentHash>:…".
    private func storeBlobs(_ entries: [(key: String, bytes: [UInt8])], in table: String, version: String) {
        guard !entries.isEmpty, cacheFailure == nil else { return }
        do {
            try write { db in
                let now = Date()
                let statement = try db.cachedStatement(sql: """
                    INSERT OR REPLACE INTO \(table) (key, contentHash, version, data, storedAt) VALUES (?, ?, ?, ?, ?)
                    """)
                for entry in entries {
                    let hash = entry.key.prefix { $0 != ":" }
                    try statement.execute(arguments: [entry.key, String(hash), version, Data(entry.bytes), now])
                }
            }
        } catch {
            noteCacheFailure(error)
        }
    }

    /// The row under which the groups of the corpus grouped last are kept.
    static let groupingKey = "grouping"

    public func cachedGrouping() -> StoredGrouping? {
        guard let data = try? read({ db in
            try Data.fetchOne(db, sql: "SELECT data FROM timelineGroups WHERE key = ?", arguments: [Self.groupingKey])
        }) ?? nil else { return nil }
        return StoredGrouping(decoding: [UInt8](data))
    }

    /// Keeps the groups of the corpus read last (only those: a corpus
    /// read from a folder and the archive's own replace each other).
    public func storeGrouping(_ grouping: StoredGrouping) {
        guard cacheFailure == nil else { return }
        do {
            try write { db in
                try db.execute(sql: "DELETE FROM timelineGroups")
                try db.execute(sql: "INSERT INTO timelineGroups (key, data, storedAt) VALUES (?, ?, ?)",
                               arguments: [Self.groupingKey, Data(grouping.encoded()), Date()])
            }
        } catch {
            noteCacheFailure(error)
        }
    }

    /// Analyses of other versions than `version`: what a new model or
    /// catalog left behind. Returns how many were dropped.
    @discardableResult
    public func dropAnalyses(otherThan version: String) throws -> Int {
        try write { db in
            try db.execute(sql: "DELETE FROM analysis WHERE version != ?", arguments: [version])
            let dropped = db.changesCount
            try db.execute(sql: "DELETE FROM events WHERE version != ?", arguments: [version])
            return dropped
        }
    }

    private func noteCacheFailure(_ error: Error) {
        lock.lock()
        defer { lock.unlock() }
        if cacheFailureStorage == nil {
            cacheFailureStorage = (error as? ArchiveError) ?? .other(path, reason: "\(error)")
        }
    }

    /// The first error the cache met, if any: analysis went on without it.
    public var cacheFailure: ArchiveError? {
        lock.lock()
        defer { lock.unlock() }
        return cacheFailureStorage
    }

    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in digest {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
