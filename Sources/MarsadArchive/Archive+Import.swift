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
        for article in corpus.articles {
            let hash = Self.contentHash(article.text)
            var words: String?
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
                if words == nil { words = SearchWords.indexForm(of: article) }
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

    /// Every article in the archive, in the order they were added, loaded
    /// as `CorpusLoader` loads a text with its metadata.
    public func corpus() throws -> Corpus {
        let loader = CorpusLoader()
        let rows = try read { db in try Row.fetchAll(db, sql: "SELECT * FROM article ORDER BY id") }
        var records: [(text: String, doc: String, sourcePath: String, metadata: ArticleMetadata)] = []
        records.reserveCapacity(rows.count)
        for row in rows {
            var metadata = ArticleMetadata()
            metadata.title = row["metadataTitle"]
            metadata.date = (row["date"] as String?).flatMap(CalendarDate.init(iso:))
            metadata.dateSource = (row["dateSource"] as String?).flatMap(DateSource.init(rawValue:))
            metadata.dateConfidence = row["dateConfidence"]
            metadata.outlet = row["outlet"]
            metadata.url = row["url"]
            records.append((row["text"], row["doc"], row["sourcePath"], metadata))
        }
        // Articles are made on every core.
        let articles = concurrentMap(records.count) { i in
            var article = loader.load(text: records[i].text, id: records[i].doc, metadata: records[i].metadata)
            article.sourcePath = records[i].sourcePath
            return article
        }
        // Template lines as a folder load finds them, so an article's
        // boilerplate (and its analysis key) is the same either way.
        return CorpusLoader.applyingTemplateLines(Corpus(articles: articles))
    }
}
