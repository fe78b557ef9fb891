import GRDB
import MarsadModel

extension Archive {
    /// The articles whose words hold `query` (as `search` reads it: the
    /// words adjacent and in order, the last one as a prefix), best first
    /// by bm25, without snippets: what the reader's `/` on the article
    /// list asks, to open each hit at its place itself.
    public func articleIDs(matching query: String, limit: Int = 5000) throws -> [ArticleID] {
        guard let match = SearchWords.match(query) else { return [] }
        return try read { db in
            try String.fetchAll(db, sql: """
                SELECT article.doc
                FROM (SELECT rowid, bm25(articleSearch) AS rank FROM articleSearch
                      WHERE articleSearch MATCH ? ORDER BY rank LIMIT ?) AS hits
                JOIN article ON article.id = hits.rowid
                ORDER BY hits.rank
                """, arguments: [match, limit])
        }.map { ArticleID($0) }
    }
}
