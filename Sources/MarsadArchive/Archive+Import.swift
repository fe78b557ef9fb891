import Crypto
import Foundation
import GRDB
import MarsadModel

/// What `Archive.add` did.
public struct ImportReport: Sendable, Equatable {
    /// Documents added, in the order given.
    public var added: [ArticleID] = []
    /// Documents skipped because the archive holds the same text (or the
    /// same URL) already: the document and the one it repeats.
    public var duplicates: [Duplicate] = []

    public struct Duplicate: Sendable, Equatable {
        public var doc: ArticleID
        public var existing: ArticleID
        public var sameURL: Bool
    }
}

extension Archive {
    /// SHA-256 of an article's text as read, in hex: the archive's key for
    /// duplicates and, later, for its analysis.
    public static func contentHash(_ text: String) -> String {
        hex(SHA256.hash(data: Data(text.utf8)))
    }

    /// Adds the articles of `corpus`, each in its own transaction with its
    /// search row, so an interrupted import keeps every article it
    /// committed. Articles whose text, or whose URL, the archive already
    /// holds are skipped and reported. A document name the archive holds
    /// already (another folder's "001.txt") gets "#2", "#3"… as the loader
    /// does within one load. `added(n)` is called after each.
    @discardableResult
    public func add(_ corpus: Corpus, added: ((Int) -> Void)? = nil) throws -> ImportReport {
        var report = ImportReport()
        var renamed: [(ArticleID, ArticleID)] = []
        // Each article's hash and index words are made on all cores, a batch
        // at a time; the batch is then written one article a transaction.
        let articles = corpus.articles
        let batch = 256
        var made: [(hash: String, words: String)] = []
        for (i, article) in articles.enumerated() {
            if i % batch == 0 {
                let start = i, end = min(i + batch, articles.count)
                made = concurrentMap(end - start) { k in
                    (Self.contentHash(articles[start + k].text), SearchWords.indexForm(of: articles[start + k]))
                }
            }
            let (hash, words) = made[i % batch]
            let duplicate: ImportReport.Duplicate? = try write { db in
                if let existing = try String.fetchOne(db, sql: "SELECT doc FROM article WHERE contentHash = ?",
                                                      arguments: [hash]) {
                    return .init(doc: article.id, existing: ArticleID(existing), sameURL: false)
                }
                if let url = article.metadata.url, !url.isEmpty,
                   let existing = try String.fetchOne(db, sql: "SELECT doc FROM article WHERE url = ?", arguments: [url]) {
                    return .init(doc: article.id, existing: ArticleID(existing), sameURL: true)
                }
                let m = article.metadata
                var doc = article.id.rawValue
                var n = 1
                while try Bool.fetchOne(db, sql: "SELECT 1 FROM article WHERE doc = ?", arguments: [doc]) != nil {
                    n += 1
                    doc = "\(article.id.rawValue)#\(n)"
                }
                try db.execute(sql: """
                    INSERT INTO article (doc, sourcePath, contentHash, text, title, metadataTitle, date, dateSource,
                                         dateConfidence, outlet, url, bytes, addedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [doc, article.sourcePath, hash, article.text, article.title, m.title,
                                     m.date?.iso, m.dateSource?.rawValue, m.dateConfidence, m.outlet, m.url,
                                     article.text.utf8.count, Date()])
                try db.execute(sql: "INSERT INTO articleSearch (rowid, words) VALUES (?, ?)",
                               arguments: [db.lastInsertedRowID, words])
                if doc != article.id.rawValue { renamed.append((article.id, ArticleID(doc))) }
                return nil
            }
            if let duplicate {
                report.duplicates.append(duplicate)
            } else {
                report.added.append(renamed.last?.0 == article.id ? renamed.removeLast().1 : article.id)
            }
            added?(report.added.count + report.duplicates.count)
        }
        return report
    }

    /// Every article in the archive, in the order they were added, made
    /// as `CorpusLoader` makes a folder's: template lines counted across
    /// all of them. Each article's structure is kept, so the next open
    /// reads it instead of deriving it again; only articles whose text's
    /// template lines changed (or all, after a new structure rule) are
    /// made again. A read-only archive derives what it lacks and keeps
    /// nothing.
    public func corpus() throws -> Corpus {
        struct Record {
            var id: Int64, text: String, doc: String, sourcePath: String, metadata: ArticleMetadata
            var keys: [UInt8]?, templates: String?, data: [UInt8]?
        }
        let version = Article.structureVersion
        // Read through a cursor by column number (no row is copied), in
        // ranges of ids on all cores: a pool's readers run side by side.
        let (low, high) = try read { db in
            (try Int64.fetchOne(db, sql: "SELECT MIN(id) FROM article") ?? 0,
             try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM article") ?? -1)
        }
        let span = high - low + 1
        let parts = span <= 0 ? 0 : Int(min(Int64(ProcessInfo.processInfo.activeProcessorCount), max(1, span / 1000)))
        let chunks: [Result<[Record], Error>] = concurrentMap(parts) { part in
            let from = low + span * Int64(part) / Int64(parts), to = low + span * Int64(part + 1) / Int64(parts) - 1
            return Result {
                try read { db in
                    var records: [Record] = []
                    let rows = try Row.fetchCursor(db, sql: """
                        SELECT article.id, article.text, article.doc, article.sourcePath, article.metadataTitle,
                               article.date, article.dateSource, article.dateConfidence, article.outlet, article.url,
                               structure.version, structure.keys, structure.templates, structure.data
                        FROM article LEFT JOIN structure ON structure.id = article.id
                        WHERE article.id BETWEEN ? AND ? ORDER BY article.id
                        """, arguments: [from, to])
                    while let row = try rows.next() {
                        var metadata = ArticleMetadata()
                        metadata.title = row[4]
                        metadata.date = (row[5] as String?).flatMap(CalendarDate.init(iso:))
                        metadata.dateSource = (row[6] as String?).flatMap(DateSource.init(rawValue:))
                        metadata.dateConfidence = row[7]
                        metadata.outlet = row[8]
                        metadata.url = row[9]
                        let current = (row[10] as String?) == version
                        records.append(Record(id: row[0], text: row[1], doc: row[2], sourcePath: row[3], metadata: metadata,
                                              keys: current ? (row[11] as Data?).map { [UInt8]($0) } : nil,
                                              templates: current ? row[12] : nil,
                                              data: current ? (row[13] as Data?).map { [UInt8]($0) } : nil))
                    }
                    return records
                }
            }
        }
        var records: [Record] = []
        for chunk in chunks { records += try chunk.get() }
        // Template-line keys: kept, or from a first load of the text.
        let loader = CorpusLoader()
        /// The article loaded alone, before template lines.
        func loadAlone(_ r: Record) -> Article {
            var article = loader.load(text: r.text, id: r.doc, metadata: r.metadata)
            article.sourcePath = r.sourcePath
            return article
        }
        let firstPass: [(keys: [(key: String, words: Int)], article: Article?)] = concurrentMap(records.count) { i in
            if let bytes = records[i].keys, let keys = Article.decodeTemplateKeys(bytes) { return (keys, nil) }
            let article = loadAlone(records[i])
            return (article.templateKeys, article)
        }
        let template = CorpusLoader.templateLines(keys: firstPass.map(\.keys))
        let fingerprint = CorpusLoader.templateFingerprint(template)
        let made: [(article: Article, store: [UInt8]?)] = concurrentMap(records.count) { i in
            let r = records[i]
            if r.templates == fingerprint, let data = r.data,
               let article = Article(text: r.text, id: ArticleID(r.doc), sourcePath: r.sourcePath, structure: data) {
                return (article, nil)
            }
            let article = CorpusLoader.remaking(firstPass[i].article ?? loadAlone(r), templateLines: template)
            return (article, article.structureBytes())
        }
        // Keep what was made now; an archive that cannot be written still opens.
        let toStore = made.indices.filter { made[$0].store != nil }
        if !toStore.isEmpty {
            try? write { db in
                for i in toStore {
                    try db.execute(sql: """
                        INSERT OR REPLACE INTO structure (id, version, keys, templates, data) VALUES (?, ?, ?, ?, ?)
                        """, arguments: [records[i].id, version, Data(Article.encode(templateKeys: firstPass[i].keys)),
                                         fingerprint, Data(made[i].store!)])
                }
            }
        }
        return Corpus(articles: made.map(\.article))
    }
}
