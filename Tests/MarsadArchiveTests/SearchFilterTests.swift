import Foundation
import GRDB
import MarsadTestSupport
import XCTest
@testable import MarsadArchive
@testable import MarsadModel

/// `Archive.search` with `--actor`, `--from` and `--to`, through the API
/// and through the binary, on the seeds: all five name Azerbaijan
/// (اذربيجان); Putin is named in 000, 001, 002 and 004, Macron in 000 and
/// 001, the unknown Artyom Torasyan (أرتوم توراسيان) only in 004. Their
/// dates: 000 2022-09-13, 001 2020-10-01, 002 2022-09-14, 003 2023-09-20,
/// 004 2022-09-15.
final class SearchFilterTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var path: String { folder.path + "/archive.sqlite" }
    private let all = ["000_cf7b6ba5e297149c.txt", "001_43d4576363d43b19.txt", "002_6b939b76667bada4.txt",
                       "003_b8023ad682ae37fc.txt", "004_d0bff4b9121d95b6.txt"]

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    private func docs(_ prefixes: [String]) -> Set<ArticleID> {
        Set(all.filter { name in prefixes.contains { name.hasPrefix($0) } }.map { ArticleID($0) })
    }

    /// An archive of the seeds, analysed as `marsad add` analyses them
    /// (unless `analysed` is false: then nothing is kept but the articles).
    private func seedArchive(analysed: Bool = true) throws -> Archive {
        let archive = try Archive(path: path)
        try archive.add(CorpusLoader().load(paths: [SeedCorpus.folder]))
        if analysed {
            _ = CorpusAnalysis.analyze(try archive.corpus(), catalog: .standard, parts: [.entities, .times], cache: archive)
        }
        return archive
    }

    private func analysisCount(_ archive: Archive) throws -> Int {
        try archive.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM analysis") ?? 0 }
    }

    func testTheActorFilterKeepsTheArticlesNamingTheActorInArabicOrEnglish() throws {
        let archive = try seedArchive()
        XCTAssertEqual(Set(try archive.search("اذربيجان").map(\.doc)), docs(["0"]))
        let putin = docs(["000", "001", "002", "004"])
        XCTAssertEqual(Set(try archive.search("اذربيجان", actor: SearchActor("Putin")).map(\.doc)), putin)
        XCTAssertEqual(Set(try archive.search("اذربيجان", actor: SearchActor("بوتين")).map(\.doc)), putin)
        XCTAssertEqual(Set(try archive.search("اذربيجان", actor: SearchActor("PUTIN")).map(\.doc)), putin)
        XCTAssertEqual(Set(try archive.search("أذربيجان", actor: SearchActor("ماكرون")).map(\.doc)), docs(["000", "001"]))
        // As `marsad articles --actor` counts it, over the whole corpus.
        let analysis = CorpusAnalysis.analyze(try archive.corpus(), catalog: .standard, parts: .entities, cache: archive)
        let macron = CorpusQuery(actors: try ActorQuery(resolving: ["Macron"], in: analysis)).articles(in: analysis)
        XCTAssertEqual(Set(macron.map(\.id)), docs(["000", "001"]))
        // The rank order of the words alone, the others left out.
        let ranked = try archive.search("اذربيجان").map(\.doc).filter(putin.contains)
        XCTAssertEqual(try archive.search("اذربيجان", actor: SearchActor("Putin")).map(\.doc), ranked)
        XCTAssertEqual(try archive.search("اذربيجان", limit: 2, actor: SearchActor("Putin")).map(\.doc),
                       Array(ranked.prefix(2)))
        // A phrase keeps working with the filter.
        let ministry = try archive.search("وزارة الدفاع", actor: SearchActor("Putin"))
        XCTAssertFalse(ministry.isEmpty)
        for hit in ministry {
            XCTAssertTrue(putin.contains(hit.doc))
            XCTAssertTrue(ArabicNormalizer.normalize(Array(hit.snippet.unicodeScalars).string(in: hit.highlights[0]))
                .hasSuffix("وزاره الدفاع"))
        }
    }

    func testANameTheCatalogDoesNotKnowIsMatchedByItsSpellingInTheText() throws {
        let archive = try seedArchive()
        XCTAssertEqual(Set(try archive.search("اذربيجان", actor: SearchActor("أرتوم توراسيان")).map(\.doc)), docs(["004"]))
        XCTAssertEqual(Set(try archive.search("اذربيجان", actor: SearchActor("ارتوم توراسيان")).map(\.doc)), docs(["004"]))
        // Nobody of that name, in the catalog or in the articles found.
        XCTAssertThrowsError(try archive.search("اذربيجان", actor: SearchActor("زززز زززز"))) { error in
            XCTAssertEqual(error as? ActorQuery.ResolutionError, .notFound(name: "زززز زززز"))
        }
        // Torasyan is named in 004 only: words that 004 lacks find no one.
        XCTAssertThrowsError(try archive.search("ماكرون", actor: SearchActor("أرتوم توراسيان")))
    }

    func testAnActorFilterReadsOnlyTheArticlesTheWordsFind() throws {
        // Nothing analysed yet: the filter analyses what it reads, and
        // answers as the kept analyses do.
        let archive = try seedArchive(analysed: false)
        XCTAssertEqual(try analysisCount(archive), 0)
        // "مدني" (civilian) begins words of 001, 003 and 004; Putin is in 001 and 004.
        let found = Set(try archive.search("مدني").map(\.doc))
        XCTAssertEqual(found, docs(["001", "003", "004"]))
        XCTAssertEqual(Set(try archive.search("مدني", actor: SearchActor("Putin")).map(\.doc)), docs(["001", "004"]))
        XCTAssertEqual(try analysisCount(archive), 3, "only the three articles found were analysed")
        // The whole corpus's analysis reuses them, and gives the same articles.
        let analysis = CorpusAnalysis.analyze(try archive.corpus(), catalog: .standard, parts: .entities, cache: archive)
        XCTAssertEqual(analysis.counts.reused, 3)
        let putin = CorpusQuery(actors: try ActorQuery(resolving: ["Putin"], in: analysis)).articles(in: analysis)
        XCTAssertEqual(Set(putin.map(\.id)).intersection(found), docs(["001", "004"]))
    }

    func testDatesKeepTheArticlesOfTheRangeAndLeaveUndatedOnesOut() throws {
        let archive = try seedArchive()
        let undated = CorpusLoader().load(text: "أذربيجان وأرمينيا\nقال بوتين إن أذربيجان وأرمينيا ستتفاوضان.", id: "undated.txt")
        try archive.add(Corpus(articles: [undated]))
        func search(_ from: String?, _ to: String?, actor: String? = nil) throws -> Set<ArticleID> {
            Set(try archive.search("اذربيجان", dates: try DateRange(from: from, to: to), actor: actor.map { SearchActor($0) })
                .map(\.doc))
        }
        XCTAssertEqual(try search(nil, nil), docs(["0"]).union(["undated.txt"]))
        XCTAssertEqual(try search("2022-09-14", "2022-09-15"), docs(["002", "004"]))
        XCTAssertEqual(try search("2022-09-13", "2022-09-13"), docs(["000"]))
        XCTAssertEqual(try search("2022-09-14", nil), docs(["002", "003", "004"]))
        XCTAssertEqual(try search(nil, "2022-09-13"), docs(["000", "001"]))
        XCTAssertEqual(try search("2022", "2022"), docs(["000", "002", "004"]))
        XCTAssertEqual(try search("2021", "2021"), [])
        XCTAssertEqual(try search("2022", nil, actor: "Macron"), docs(["000"]))
        XCTAssertEqual(try search("2022-09-14", "2023", actor: "بوتين"), docs(["002", "004"]))
    }

    // MARK: - The index query

    /// The last word is a prefix from two letters on; one letter (بـ, د)
    /// starts nearly every word, and is a word of its own.
    func testALastWordOfOneLetterIsAWordAndNotAPrefix() throws {
        XCTAssertEqual(SearchWords.match("أرمين"), "\"ارمين\"*")
        XCTAssertEqual(SearchWords.match("وزارة الدفاع"), "\"وزاره\" + \"دفاع\"*")
        XCTAssertEqual(SearchWords.match("بـ"), "\"ب\"")
        XCTAssertEqual(SearchWords.match("عبد الله د"), "\"عبد\" + \"الله\" + \"د\"")
        let archive = try seedArchive(analysed: false)
        XCTAssertEqual(try archive.search("د"), [])
        XCTAssertEqual(Set(try archive.search("يري").map(\.doc)), docs(["000", "002", "004"]))  // يريفان
    }

    /// An archive of the index before its prefixes (v3) is upgraded with
    /// every search row, and finds what it found.
    func testAnIndexWithoutPrefixesIsRebuiltWithEveryRow() throws {
        let seeds = CorpusLoader().load(paths: [SeedCorpus.folder])
        var before: [[ArticleID]] = []
        let queries = ["اذربيجان", "وزارة الدفاع", "أن", "من", "أرمين", "مدني"]
        do {
            let pool = try DatabasePool(path: path)
            try Archive.migrator.migrate(pool, upTo: "v3: events cache")
            try pool.write { db in
                for (i, article) in seeds.articles.enumerated() {
                    try db.execute(sql: """
                        INSERT INTO article (doc, sourcePath, contentHash, text, title, bytes, addedAt)
                        VALUES (?, ?, ?, ?, ?, ?, 0)
                        """, arguments: [article.id.rawValue, article.sourcePath, "h\(i)", article.text, article.title, 1])
                    try db.execute(sql: "INSERT INTO articleSearch (rowid, words) VALUES (?, ?)",
                                   arguments: [db.lastInsertedRowID, SearchWords.indexForm(of: article)])
                }
                for q in queries {
                    before.append(try String.fetchAll(db, sql: """
                        SELECT article.doc FROM articleSearch JOIN article ON article.id = articleSearch.rowid
                        WHERE articleSearch MATCH ? ORDER BY bm25(articleSearch)
                        """, arguments: [SearchWords.match(q)!]).map { ArticleID($0) })
                }
            }
        }
        let archive = try Archive(path: path)
        XCTAssertEqual(try archive.stats().schemaVersion, "v4: search prefixes")
        let sql = try archive.read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'articleSearch'")
        }
        XCTAssertTrue(sql?.contains("prefix") == true, sql ?? "no index")
        let rows = try archive.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articleSearch") }
        XCTAssertEqual(rows, seeds.articles.count)
        XCTAssertEqual(try queries.map { try archive.search($0, limit: 100).map(\.doc) }, before)
        XCTAssertFalse(before.contains { $0.isEmpty })
        // New articles go to the new index.
        let note = CorpusLoader().load(text: "مذكرة\nقال المتحدث إن الرسالة وصلت إلى يريفان.", id: "note.txt")
        try archive.add(Corpus(articles: [note]))
        XCTAssertTrue(try archive.search("يريفان").map(\.doc).contains("note.txt"))
    }

    // MARK: - The snippet

    /// The snippet read around the first term's letters is the one the
    /// whole text's words give, for phrases of the seeds' own words (every
    /// 13th word on, one to three words), in their article and the next.
    func testTheSnippetFromAWindowIsTheSnippetOfTheWholeText() throws {
        let articles = SeedCorpus.corpus.articles
        var compared = 0, found = 0
        for (a, article) in articles.enumerated() {
            let words = SearchWords.words(in: article.scalars, range: 0..<article.scalars.count)
            for i in stride(from: 0, to: words.count, by: 13) {
                for n in 1...3 where i + n <= words.count {
                    var terms = words[i..<i + n].map(\.form)
                    guard !terms.contains("") else { continue }
                    // The last word as a prefix, as a query typed in part.
                    if n == 2, terms[1].unicodeScalars.count > 3 { terms[1] = String(terms[1].prefix(3)) }
                    for other in [article, articles[(a + 1) % articles.count]] {
                        let window = Archive.snippet(other.text, terms: terms)
                        let whole = Archive.fullSnippet(other.scalars, terms: terms)
                        XCTAssertTrue(window == whole, "\(terms) in \(other.id): \(window) ≠ \(whole)")
                        compared += 1
                        if !whole.0.isEmpty { found += 1 }
                    }
                }
            }
        }
        XCTAssertGreaterThan(compared, 500)
        XCTAssertGreaterThan(found, 250)
    }

    // MARK: - The binary

    func testSearchWithActorAndDatesThroughTheBinary() throws {
        let env = ["XDG_DATA_HOME": folder.path + "/data", "XDG_CONFIG_HOME": folder.path + "/config"]
        let added = try MarsadBinary.run(["add", MarsadBinary.seeds], environment: env)
        XCTAssertEqual(added.status, 0, added.err)
        func search(_ arguments: [String]) throws -> Set<String> {
            let run = try MarsadBinary.run(["search", "--format", "jsonl"] + arguments, environment: env)
            XCTAssertEqual(run.status, 0, run.err)
            return Set(run.out.split(separator: "\n").compactMap { line in
                (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["doc"] as? String
            })
        }
        func names(_ prefixes: [String]) -> Set<String> { Set(docs(prefixes).map(\.rawValue)) }
        XCTAssertEqual(try search(["اذربيجان"]), names(["0"]))
        XCTAssertEqual(try search(["اذربيجان", "--actor", "Putin"]), names(["000", "001", "002", "004"]))
        XCTAssertEqual(try search(["--actor", "بوتين", "اذربيجان"]), names(["000", "001", "002", "004"]))
        XCTAssertEqual(try search(["اذربيجان", "--actor", "Macron", "--from", "2022-09-01", "--to", "2022-09-30"]),
                       names(["000"]))
        XCTAssertEqual(try search(["اذربيجان", "--from", "2022-09-14", "--to", "2022-09-15"]), names(["002", "004"]))
        XCTAssertEqual(try search(["وزارة", "الدفاع", "--actor", "Putin", "--to", "2022-09-13"]), names(["000", "001"]))
        XCTAssertEqual(try search(["وزارة", "الدفاع", "--actor", "Putin", "--from", "2022", "--to", "2022-09-13"]),
                       names(["000"]))
        XCTAssertEqual(try search(["اذربيجان", "--actor", "توراسيان"]), names(["004"]))

        let unknown = try MarsadBinary.run(["search", "اذربيجان", "--actor", "زززز"], environment: env)
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.err.contains("no actor matches --actor 'زززز'"), unknown.err)
        let ambiguous = try MarsadBinary.run(["search", "اذربيجان", "--actor", "Dmitry"], environment: env)
        XCTAssertEqual(ambiguous.status, 2)
        XCTAssertTrue(ambiguous.err.contains("--actor 'Dmitry' could be: MEDVEDEV"), ambiguous.err)
        XCTAssertTrue(ambiguous.err.hasSuffix("; give an id\n"), ambiguous.err)
        let badDate = try MarsadBinary.run(["search", "اذربيجان", "--from", "2022-13-01"], environment: env)
        XCTAssertNotEqual(badDate.status, 0)
        XCTAssertTrue(badDate.err.contains("--from takes a date such as"), badDate.err)
    }
}
