import Foundation
import GRDB
import MarsadModel

/// The archive: every article Marsad has read, kept in one SQLite file so a
/// folder of thousands opens at once and is searched in milliseconds.
///
/// One file (WAL mode, so readers never wait for a writer), a schema made
/// by migrations from the first version on, each article committed in its
/// own transaction with its search index row: a crash or `kill -9` leaves
/// every committed article whole. A second process writing at the same
/// time waits for the lock a while, then gets `ArchiveError.busy`.
///
/// ```swift
/// let archive = try Archive(path: Archive.defaultPath())
/// let report = try archive.add(CorpusLoader().load(paths: ["seeds"]))
/// try archive.search("وزارة الدفاع").first?.doc
/// ```
public final class Archive: @unchecked Sendable {
    public let path: String
    let pool: DatabasePool
    /// Guards `cacheFailureStorage` (the analysis cache may be used from
    /// several threads).
    let lock = NSLock()
    var cacheFailureStorage: ArchiveError?

    /// `$XDG_DATA_HOME/marsad/archive.sqlite`, else
    /// `~/.local/share/marsad/archive.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return base + "/marsad/archive.sqlite"
    }

    /// Opens the archive at `path`, creating it (and its folder) unless
    /// `readOnly`, and brings its schema up to date.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        let fm = FileManager.default
        if readOnly {
            guard fm.fileExists(atPath: path) else { throw ArchiveError.missing(path) }
        } else {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            do {
                try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw ArchiveError.cannotCreate(path, reason: "cannot create the folder \(folder)")
            }
        }
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(5)
        configuration.label = "marsad-archive"
        // In WAL mode NORMAL never corrupts the file and keeps every
        // commit through a crash or kill -9; only a power cut may lose the
        // last commits. It spares a disk flush per article on import.
        configuration.prepareDatabase { db in
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw ArchiveError(error, path: path)
        }
        if readOnly {
            let pending = try read { db in try !Self.migrator.hasCompletedMigrations(db) }
            if pending { throw ArchiveError.needsUpgrade(path) }
        } else {
            do { try Self.migrator.migrate(pool) } catch let error as DatabaseError { throw ArchiveError(error, path: path) }
        }
    }

    // MARK: - Schema

    /// Version 1: articles and their full-text index.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles and search") { db in
            try db.create(table: "article") { t in
                t.autoIncrementedPrimaryKey("id")
                // The document name Marsad shows: file name, or file.jsonl:LINE.
                t.column("doc", .text).notNull()
                t.column("sourcePath", .text).notNull()
                // SHA-256 of the text as read, for duplicates and the analysis cache.
                t.column("contentHash", .text).notNull().unique()
                t.column("text", .text).notNull()
                t.column("title", .text).notNull()
                t.column("metadataTitle", .text)
                t.column("date", .text)
                t.column("dateSource", .text)
                t.column("dateConfidence", .double)
                t.column("outlet", .text)
                t.column("url", .text).indexed()
                t.column("bytes", .integer).notNull()
                t.column("addedAt", .datetime).notNull()
            }
            // Words as the reader's search reads them (normalized, without
            // proclitics), one space apart; rowid is the article's id.
            try db.create(virtualTable: "articleSearch", using: FTS5()) { t in
                t.tokenizer = .unicode61(diacritics: .keep)
                t.column("words")
            }
        }
        migrator.registerMigration("v2: analysis cache") { db in
            // One article's analysis (MarsadModel's ArticleAnalysis, binary)
            // under key "<contentHash>:<SHA-256 of its context>"; the context
            // holds the analyser version, so a new model or rule misses.
            try db.create(table: "analysis") { t in
                t.primaryKey("key", .text)
                t.column("contentHash", .text).notNull().indexed()
                t.column("version", .text).notNull().indexed()
                t.column("data", .blob).notNull()
                t.column("storedAt", .datetime).notNull()
            }
            // Import looks document names up to keep them unique.
            try db.create(index: "article_doc", on: "article", columns: ["doc"])
            // Each article's structure, so opening does not derive it again:
            // its template-line keys and its structure (MarsadModel's
            // StoredStructure), made by rules of `version` under the template
            // lines of fingerprint `templates`.
            try db.create(table: "structure") { t in
                t.primaryKey("id", .integer).references("article", onDelete: .cascade)
                t.column("version", .text).notNull()
                t.column("keys", .blob).notNull()
                t.column("templates", .text).notNull()
                t.column("data", .blob).notNull()
            }
            // The timeline's groups of the last corpus read, under a key
            // over all its articles' analysis keys: an unchanged archive
            // opens without grouping its events again.
            try db.create(table: "timelineGroups") { t in
                t.primaryKey("key", .text)
                t.column("data", .blob).notNull()
                t.column("storedAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v3: events cache") { db in
            // One article's events before linking (MarsadModel's
            // ArticleEvents, binary) under "<analysis key>:<fingerprint of
            // where its mentions stand>", so a second launch does not read
            // every sentence again; `version` as in `analysis`.
            try db.create(table: "events") { t in
                t.primaryKey("key", .text)
                t.column("contentHash", .text).notNull().indexed()
                t.column("version", .text).notNull().indexed()
                t.column("data", .blob).notNull()
                t.column("storedAt", .datetime).notNull()
            }
        }
        return migrator
    }

    // MARK: - Access

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch let error as DatabaseError { throw ArchiveError(error, path: path) }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.write(body) } catch let error as DatabaseError { throw ArchiveError(error, path: path) }
    }
}

/// What can go wrong with an archive, in words a user can act on.
public enum ArchiveError: Error, CustomStringConvertible, Equatable {
    case missing(String)
    case cannotCreate(String, reason: String)
    case readOnly(String)
    case busy(String)
    case full(String)
    case corrupt(String, reason: String)
    case needsUpgrade(String)
    case other(String, reason: String)

    init(_ error: DatabaseError, path: String) {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy(path)
        case .SQLITE_READONLY, .SQLITE_PERM: self = .readOnly(path)
        case .SQLITE_FULL: self = .full(path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .corrupt(path, reason: error.message ?? "\(error.resultCode)")
        case .SQLITE_CANTOPEN: self = .cannotCreate(path, reason: error.message ?? "cannot open")
        default: self = .other(path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    public var description: String {
        switch self {
        case .missing(let p): return "\(p): no archive there (marsad add PATH… makes one)"
        case .cannotCreate(let p, let reason): return "\(p): cannot open or create the archive: \(reason)"
        case .readOnly(let p): return "\(p): the archive is read-only; nothing was written"
        case .busy(let p): return "\(p): the archive is busy (another marsad is writing to it); try again"
        case .full(let p): return "\(p): the disk is full; what was committed before is kept"
        case .corrupt(let p, let reason): return "\(p): not a valid archive (\(reason))"
        case .needsUpgrade(let p): return "\(p): the archive is of an older version; open it once for writing to upgrade"
        case .other(let p, let reason): return "\(p): \(reason)"
        }
    }
}
