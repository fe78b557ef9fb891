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
    /// (adjacent words, in order), the last one also as a prefix when it
    /// has two letters or more.
    ///
    /// (A one-letter start, بـ or د, is the start of nearly every article's
    /// words: as a prefix it costs the index a merge of thousands of words'
    /// lists, 50 ms and more at 15,000 articles, to rank almost all of them;
    /// it is matched as a word of its own.)
    static func match(_ text: String) -> String? {
        let words = forms(in: text)
        guard let last = words.last else { return nil }
        // Inside an FTS5 string, a double quote is written twice.
        let quoted = words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        return quoted.joined(separator: " + ") + (isPrefix(last) ? "*" : "")
    }

    /// Whether a query's last word (in index form) is also matched as the
    /// start of a word: when it has two letters or more.
    static func isPrefix(_ form: String) -> Bool { form.unicodeScalars.count >= 2 }
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

/// The actor a search keeps (`marsad search --actor`): an id, an English
/// name or any Arabic spelling, resolved as `marsad articles --actor`
/// resolves it, with the catalog the archive's analyses were made with.
public struct SearchActor: Sendable {
    public var name: String
    /// Also keep the actor's parts (a country's ministries, army, leaders).
    public var includeChildren: Bool
    public var catalog: ActorCatalog

    public init(_ name: String, includeChildren: Bool = false, catalog: ActorCatalog = .standard) {
        self.name = name
        self.includeChildren = includeChildren
        self.catalog = catalog
    }
}

extension Archive {
    /// Articles holding `query` (its words adjacent and in order, the last
    /// one also as a prefix when it has two letters or more), best first
    /// by bm25, at most `limit`; with `dates`, only articles whose date
    /// (the `date` column: the metadata or dateline date found on import)
    /// lies in the range, undated ones left out; with `actor`, only
    /// articles that name the actor outside boilerplate (`CorpusQuery`'s
    /// rule for an article).
    ///
    /// The actor filter never analyses the whole corpus. The name is
    /// resolved against the catalog alone first (`ActorResolver`): catalog
    /// actors have stable ids, which the per-article analysis gives its
    /// names before any cross-article linking. Then the index's matches,
    /// best first, are read in growing batches and analysed as a corpus of
    /// their own (`CorpusAnalysis.analyze` with the archive as cache): an
    /// article analysed before (by `marsad add` or a read) is only decoded
    /// from its kept analysis, one never analysed is analysed now. Whether
    /// an article names a catalog actor hardly depends on the others: a
    /// catalog name has its actor before linking; only a name the catalog
    /// does not know is linked across articles (to a catalog actor by its
    /// consonant skeleton, with the type of its first occurrence, after
    /// losing proclitics another article's spelling lacks), and a batch
    /// sees fewer of those. So a batch answers as the whole corpus does
    /// but in such rare cases. The kept analysis is MarsadModel's binary
    /// `ArticleAnalysis`, whose names this module cannot read, hence the
    /// analysis of the batch rather than a decoding of our own. Reading
    /// stops once `limit` articles are kept.
    ///
    /// Cost: about 0.3 ms of CPU an article read (its kept structure and
    /// analysis decoded, tokenized, linked), spread over the cores; a
    /// common word with an actor few of its articles name reads them all
    /// (some 2,000 articles, 0.4 s of CPU, at 15,000).
    ///
    /// A name the catalog does not know is a name found in text (an
    /// `auto:` actor): it is resolved in each batch among that batch's
    /// names, by its normalized spelling (and consonant skeleton), and
    /// when it reads as several such names, all are kept.
    ///
    /// Throws `ActorQuery.ResolutionError`: `.ambiguous` when the name
    /// fits several catalog actors equally, `.notFound` when it is no
    /// catalog actor and no article found names it.
    public func search(_ query: String, limit: Int = 50, dates: DateRange? = nil,
                       actor: SearchActor? = nil) throws -> [SearchHit] {
        guard limit > 0, let match = SearchWords.match(query) else { return [] }
        let dates = dates.flatMap { $0.isUnbounded ? nil : $0 }
        var ranked: [(id: Int64, rank: Double)]
        if let actor {
            // Settled before the index is read: a wrong name costs nothing.
            let resolver = ActorResolver(catalog: actor.catalog)
            var catalogActor: ActorID?
            switch resolver.resolve(actor.name) {
            case .found(let a): catalogActor = a.id
            case .ambiguous(let candidates):
                throw ActorQuery.ResolutionError.ambiguous(name: actor.name, candidates: candidates)
            case .notFound: catalogActor = nil
            }
            let candidates = try rankedMatches(match, dates: dates, limit: nil)
            var resolved = catalogActor != nil
            ranked = []
            var start = 0, batch = max(32, limit)
            while start < candidates.count, ranked.count < limit {
                let part = Array(candidates[start..<min(start + batch, candidates.count)])
                start += part.count
                batch = min(batch * 2, 1024)
                let (kept, found) = try naming(actor, catalogActor: catalogActor, among: part.map(\.id))
                resolved = resolved || found
                ranked += part.filter { kept.contains($0.id) }
            }
            guard resolved else { throw ActorQuery.ResolutionError.notFound(name: actor.name) }
            ranked = Array(ranked.prefix(limit))
        } else {
            ranked = try rankedMatches(match, dates: dates, limit: limit)
        }
        guard !ranked.isEmpty else { return [] }
        let rows = try read { db in
            let marks = Array(repeating: "?", count: ranked.count).joined(separator: ",")
            return try Row.fetchAll(db, sql: "SELECT id, doc, title, date, outlet, text FROM article WHERE id IN (\(marks))",
                                    arguments: StatementArguments(ranked.map(\.id)))
        }
        var byID: [Int64: Row] = [:]
        for row in rows { byID[row["id"]] = row }
        let terms = SearchWords.forms(in: query)
        return ranked.compactMap { hit in
            guard let row = byID[hit.id] else { return nil }
            let text: String = row["text"]
            let (snippet, highlights, offset) = Self.snippet(text, terms: terms)
            return SearchHit(doc: ArticleID(row["doc"] as String), title: row["title"], date: row["date"],
                             outlet: row["outlet"], rank: hit.rank, snippet: snippet, highlights: highlights, offset: offset)
        }
    }

    /// The ids of the articles the index matches, best first by bm25, in
    /// the date range (when given), at most `limit` (every one when nil).
    func rankedMatches(_ match: String, dates: DateRange?, limit: Int?) throws -> [(id: Int64, rank: Double)] {
        var sql = "SELECT articleSearch.rowid AS id, bm25(articleSearch) AS rank FROM articleSearch"
        var arguments: StatementArguments = []
        var conditions = ["articleSearch MATCH ?"]
        arguments += [match]
        if let dates {
            // The index first, then each match's article by its id.
            sql += " CROSS JOIN article ON article.id = articleSearch.rowid"
            conditions.append("article.date IS NOT NULL")
            if let first = dates.firstDay { conditions.append("article.date >= ?"); arguments += [first.iso] }
            if let last = dates.lastDay { conditions.append("article.date <= ?"); arguments += [last.iso] }
        }
        sql += " WHERE " + conditions.joined(separator: " AND ") + " ORDER BY rank"
        if let limit { sql += " LIMIT ?"; arguments += [limit] }
        return try read { db in
            // (Ranked and cut in the index first: joined on every match, a
            // common word read thousands of article texts to keep twenty.)
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { ($0["id"], $0["rank"]) }
        }
    }

    /// Which of the articles `ids` name the actor outside boilerplate, and
    /// whether the name named anyone among them (always, for a catalog
    /// actor). The articles are read in slices, one a core, each its own
    /// corpus (see `search`: a catalog actor's articles do not depend on
    /// the others).
    private func naming(_ actor: SearchActor, catalogActor: ActorID?, among ids: [Int64]) throws
        -> (kept: Set<Int64>, resolved: Bool) {
        let slices = max(1, min(ProcessInfo.processInfo.activeProcessorCount, ids.count / 16))
        let size = (ids.count + slices - 1) / slices
        let results: [Result<(kept: Set<Int64>, resolved: Bool), Error>] = concurrentMap(slices, workers: slices) { _, s in
            let slice = Array(ids[s * size..<min(ids.count, (s + 1) * size)])
            return Result { try naming(actor, catalogActor: catalogActor, inSlice: slice) }
        }
        var kept: Set<Int64> = [], resolved = false
        for result in results {
            let one = try result.get()
            kept.formUnion(one.kept)
            resolved = resolved || one.resolved
        }
        return (kept, resolved)
    }

    private func naming(_ actor: SearchActor, catalogActor: ActorID?, inSlice ids: [Int64]) throws
        -> (kept: Set<Int64>, resolved: Bool) {
        guard !ids.isEmpty else { return ([], false) }
        let articles = try storedArticles(ids)
        let analysis = CorpusAnalysis.analyze(Corpus(articles: articles.map(\.article)), catalog: actor.catalog,
                                              parts: .entities, cache: self)
        let actorIDs: [ActorID]
        if let catalogActor {
            actorIDs = [catalogActor]
        } else {
            switch analysis.resolveActor(actor.name) {
            case .found(let a): actorIDs = [a.id]
            case .ambiguous(let candidates): actorIDs = candidates.map(\.id)
            case .notFound: return ([], false)
            }
        }
        let query = CorpusQuery(actors: ActorQuery(actorIDs, includeChildren: actor.includeChildren, in: analysis))
        var kept: Set<Int64> = []
        for (i, article) in analysis.corpus.articles.enumerated() where query.matches(article, in: analysis) {
            kept.insert(articles[i].id)
        }
        return (kept, true)
    }

    /// The articles `ids` as `corpus()` made them last (their kept
    /// structure, so their analysis keys are those of the analyses kept),
    /// or loaded alone when they have none yet.
    func storedArticles(_ ids: [Int64]) throws -> [(id: Int64, article: Article)] {
        let rows = try read { db in
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
            return try Row.fetchAll(db, sql: """
                SELECT article.id, article.doc, article.sourcePath, article.text, article.metadataTitle, article.date,
                       article.dateSource, article.dateConfidence, article.outlet, article.url,
                       structure.version AS sVersion, structure.data AS sData
                FROM article LEFT JOIN structure ON structure.id = article.id WHERE article.id IN (\(marks))
                ORDER BY article.id
                """, arguments: StatementArguments(ids))
        }
        let version = Article.structureVersion
        let loader = CorpusLoader()
        return rows.map { row in
            let id: Int64 = row["id"], text: String = row["text"], doc: String = row["doc"]
            let sourcePath: String = row["sourcePath"]
            if (row["sVersion"] as String?) == version, let data = row["sData"] as Data?,
               let article = Article(text: text, id: ArticleID(doc), sourcePath: sourcePath, structure: [UInt8](data)) {
                return (id, article)
            }
            var metadata = ArticleMetadata()
            metadata.title = row["metadataTitle"]
            metadata.date = (row["date"] as String?).flatMap(CalendarDate.init(iso:))
            metadata.dateSource = (row["dateSource"] as String?).flatMap(DateSource.init(rawValue:))
            metadata.dateConfidence = row["dateConfidence"]
            metadata.outlet = row["outlet"]
            metadata.url = row["url"]
            var article = loader.load(text: text, id: doc, metadata: metadata)
            article.sourcePath = sourcePath
            return (id, article)
        }
    }

    /// The first line of `text` where `terms` occur in a row (the last as
    /// a prefix), with their ranges in it, and where the line starts.
    ///
    /// Only windows around the places where one term's letters occur
    /// (normalized, so behind any proclitic) are tokenized, not the whole
    /// article: a word's search form is a piece of its normalized text, so
    /// every hit has its term there. The term is the phrase's longest, the
    /// rarest most likely ("في" of "في كأس العالم" is everywhere); its
    /// places come in text order, so the first hit found is the text's
    /// first. Each window starts after a space, where tokenizing alone
    /// gives the article's own tokens. When no window holds the words (the
    /// hit is only in the metadata title, which the index also holds), the
    /// whole text is read as before.
    static func snippet(_ text: String, terms: [String]) -> (String, [ScalarRange], Int) {
        let scalars = Array(text.unicodeScalars)
        guard !terms.isEmpty, !terms.contains(where: \.isEmpty) else { return ("", [], 0) }
        let anchor = terms.indices.reduce(0) { terms[$1].unicodeScalars.count > terms[$0].unicodeScalars.count ? $1 : $0 }
        let needle = Array(terms[anchor].unicodeScalars)
        let (folded, sources) = ArabicNormalizer.normalizeWithMap(scalars, range: 0..<scalars.count)
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\n" || s == "\r" || s == "\t" }
        // A form is its word without proclitics: it ends where the word
        // ends (unless it is the last term, a prefix), and only proclitic
        // letters come before it. Places that cannot be one are passed
        // over without tokenizing (بـ's letter is in every other word).
        func isWordScalar(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s.properties.numericType != nil }
        let endsWord = !(anchor == terms.count - 1 && SearchWords.isPrefix(terms[anchor]))
        let proclitic: Set<Unicode.Scalar> = ["و", "ف", "ب", "ل", "ك", "ا", "س"]
        func mayBeForm(at i: Int) -> Bool {
            let end = i + needle.count
            if endsWord, end < folded.count, isWordScalar(folded[end]) { return false }
            var b = i
            while b > 0, isWordScalar(folded[b - 1]) {
                b -= 1
                if i - b > 6 || !proclitic.contains(folded[b]) { return false }
            }
            return true
        }
        var from = 0
        while let at = firstIndex(of: needle, in: folded, from: from) {
            from = at + 1
            guard mayBeForm(at: at) else { continue }
            let position = sources[at]
            var back = 64 + 48 * anchor, ahead = 64 + 48 * (terms.count - anchor)
            while true {
                var start = max(0, position - back)
                while start > 0, !isSpace(scalars[start - 1]) { start -= 1 }
                var end = min(scalars.count, position + ahead)
                while end < scalars.count, !isSpace(scalars[end]) { end += 1 }
                let words = SearchWords.words(in: scalars, range: start..<end)
                guard let w = words.firstIndex(where: { $0.token.range.end > position }) else { break }
                // Too few words before or after it in the window: a longer one.
                if w < anchor, start > 0 {
                    back *= 4
                    continue
                }
                if words.count - w < terms.count - anchor, end < scalars.count {
                    ahead *= 4
                    continue
                }
                if w >= anchor, let hit = phrase(words, at: w - anchor, terms: terms, scalars: scalars) { return hit }
                // On past this word.
                let wordEnd = words[w].token.range.end
                while from < folded.count, sources[from] < wordEnd { from += 1 }
                break
            }
        }
        return fullSnippet(scalars, terms: terms)
    }

    /// `snippet` by tokenizing the whole text (what it falls back on).
    static func fullSnippet(_ scalars: [Unicode.Scalar], terms: [String]) -> (String, [ScalarRange], Int) {
        let words = SearchWords.words(in: scalars, range: 0..<scalars.count)
        for i in words.indices {
            if let hit = phrase(words, at: i, terms: terms, scalars: scalars) { return hit }
        }
        return ("", [], 0)
    }

    /// The snippet when `terms` occur in a row from `words[i]` on.
    private static func phrase(_ words: [SearchWord], at i: Int, terms: [String], scalars: [Unicode.Scalar])
        -> (String, [ScalarRange], Int)? {
        guard i + terms.count <= words.count else { return nil }
        for k in terms.indices {
            let form = words[i + k].form
            let asPrefix = k == terms.count - 1 && SearchWords.isPrefix(terms[k])
            guard asPrefix ? form.hasPrefix(terms[k]) : form == terms[k] else { return nil }
        }
        let start = words[i].token.range.start, end = words[i + terms.count - 1].token.range.end
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

    /// Where `needle` first occurs in `haystack` at or after `from`.
    private static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        let first = needle[0]
        var i = from
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
