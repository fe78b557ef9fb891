import Foundation
import GRDB
import MarsadModel

/// The words the archive's full-text index holds, and a query's words in
/// the same form: `SearchWords` (MarsadModel), the one search-word rule
/// the reader's `/` uses too, so بوتين finds لبوتين and وبوتين, and الأمس
/// finds وبالأمس.
extension SearchWords {
    /// The article's title and text as index words, one space apart.
    static func indexForm(of article: Article) -> String {
        forms(of: article).joined(separator: " ")
    }

    /// An FTS5 query for `text`: its words in index form, as one phrase
    /// (adjacent words, in order), the last one also as a prefix.
    static func match(_ text: String) -> String? {
        let words = forms(in: text)
        guard !words.isEmpty else { return nil }
        // Inside an FTS5 string, a double quote is written twice.
        let quoted = words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        return quoted.joined(separator: " + ") + "*"
    }
}

/// One article a search found.
public struct SearchHit: Sendable, Equatable {
    public var doc: ArticleID
    public var title: String
    public var date: String?
    public var outlet: String?
    /// bm25 rank: lower is better.
    public var rank: Double
    /// The first sentence (or paragraph) holding the words, and where they
    /// are in it, as scalar ranges of `snippet`.
    public var snippet: String
    public var highlights: [ScalarRange]
    /// Where the snippet starts in the article's text (scalars), to open
    /// the article there.
    public var offset: Int
}

extension Archive {
    /// Articles holding `query` (its words adjacent and in order, the last
    /// one as a prefix), best first by bm25, at most `limit`.
    public func search(_ query: String, limit: Int = 50) throws -> [SearchHit] {
        guard let match = SearchWords.match(query) else { return [] }
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT article.doc, article.title, article.date, article.outlet, article.text, hits.rank
                FROM (SELECT rowid, bm25(articleSearch) AS rank FROM articleSearch
                      WHERE articleSearch MATCH ? ORDER BY rank LIMIT ?) AS hits
                JOIN article ON article.id = hits.rowid
                ORDER BY hits.rank
                """, arguments: [match, limit])
            // (Ranked and cut in the index first: joined on every match, a
            // common word read thousands of article texts to keep twenty.)
        }
        let terms = SearchWords.forms(in: query)
        return rows.map { row in
            let text: String = row["text"]
            let (snippet, highlights, offset) = Self.snippet(text, terms: terms)
            return SearchHit(doc: ArticleID(row["doc"] as String), title: row["title"], date: row["date"], outlet: row["outlet"],
                             rank: row["rank"], snippet: snippet, highlights: highlights, offset: offset)
        }
    }

    /// The first line of `text` where `terms` occur in a row (the last as
    /// a prefix), with their ranges in it.
    static func snippet(_ text: String, terms: [String]) -> (String, [ScalarRange], Int) {
        let scalars = Array(text.unicodeScalars)
        let words = SearchWords.words(in: scalars, range: 0..<scalars.count)
        let tokens = words.map(\.token), forms = words.map(\.form)
        var i = 0
        while i + terms.count <= tokens.count {
            let hit = terms.indices.allSatisfy { k in
                k == terms.count - 1 ? forms[i + k].hasPrefix(terms[k]) : forms[i + k] == terms[k]
            }
            if hit {
                let start = tokens[i].range.start, end = tokens[i + terms.count - 1].range.end
                var lineStart = start, lineEnd = end
                // The hit's line, at most about 200 scalars either side.
                while lineStart > 0, scalars[lineStart - 1] != "\n", start - lineStart < 200 { lineStart -= 1 }
                while lineEnd < scalars.count, scalars[lineEnd] != "\n", scalars[lineEnd] != "\r", lineEnd - end < 200 {
                    lineEnd += 1
                }
                let line = ScalarRange(start: lineStart, end: lineEnd)
                let highlight = ScalarRange(start: start - lineStart, end: end - lineStart)
                return (scalars.string(in: line), [highlight], lineStart)
            }
            i += 1
        }
        return ("", [], 0)
    }
}
