import Foundation
import GRDB

/// What an archive holds, for `marsad archive`.
public struct ArchiveStats: Sendable, Equatable {
    public var articles: Int
    /// Articles per outlet, most first ("" for no outlet).
    public var outlets: [(name: String, articles: Int)]
    /// First and last publication date (ISO), when any article is dated.
    public var firstDate: String?
    public var lastDate: String?
    public var undated: Int
    /// Bytes of article text, and of the archive's files on disk.
    public var textBytes: Int
    public var fileBytes: Int
    public var schemaVersion: String
    /// The analyser version asked about, and how many articles have an
    /// analysis of that version (the rest are analysed on next read).
    public var analysisVersion: String?
    public var analysed: Int = 0
    /// Analyses kept for other versions (another model or catalog).
    public var otherVersions: Int = 0

    /// Articles still to analyse with `analysisVersion`.
    public var pending: Int { articles - analysed }

    public static func == (a: ArchiveStats, b: ArchiveStats) -> Bool {
        a.articles == b.articles && a.outlets.map(\.name) == b.outlets.map(\.name)
            && a.outlets.map(\.articles) == b.outlets.map(\.articles) && a.firstDate == b.firstDate
            && a.lastDate == b.lastDate && a.undated == b.undated && a.textBytes == b.textBytes
    }
}

extension Archive {
    /// What the archive holds; with `version`, how many of its articles
    /// have an analysis of that version.
    public func stats(version: String? = nil) throws -> ArchiveStats {
        try read { db in
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0
            let outlets = try Row.fetchAll(db, sql: """
                SELECT COALESCE(outlet, '') AS name, COUNT(*) AS n FROM article GROUP BY name ORDER BY n DESC, name
                """).map { (name: $0["name"] as String, articles: $0["n"] as Int) }
            let span = try Row.fetchOne(db, sql: "SELECT MIN(date) AS a, MAX(date) AS b FROM article")
            let undated = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article WHERE date IS NULL") ?? 0
            let bytes = try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(bytes), 0) FROM article") ?? 0
            let schema = try Self.migrator.appliedIdentifiers(db).sorted().last ?? "none"
            let files = [path, path + "-wal", path + "-shm"].compactMap {
                (try? FileManager.default.attributesOfItem(atPath: $0))?[.size] as? Int
            }.reduce(0, +)
            var stats = ArchiveStats(articles: count, outlets: outlets, firstDate: span?["a"], lastDate: span?["b"],
                                     undated: undated, textBytes: bytes, fileBytes: files, schemaVersion: schema)
            if let analysisVersion = version {
                stats.analysisVersion = analysisVersion
                stats.analysed = try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM article WHERE EXISTS
                      (SELECT 1 FROM analysis WHERE analysis.contentHash = article.contentHash AND analysis.version = ?)
                    """, arguments: [analysisVersion]) ?? 0
                stats.otherVersions = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM analysis WHERE version != ?",
                                                       arguments: [analysisVersion]) ?? 0
            }
            return stats
        }
    }
}
