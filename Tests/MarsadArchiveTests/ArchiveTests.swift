import Foundation
import GRDB
import MarsadTestSupport
import XCTest
@testable import MarsadArchive
@testable import MarsadModel

/// Errors collected from concurrent work.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ s: String) { lock.lock(); list.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return list }
}

final class ArchiveTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var path: String { folder.path + "/archive.sqlite" }

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    private func seeds() -> Corpus { CorpusLoader().load(paths: [SeedCorpus.folder]) }

    // MARK: - Schema

    func testANewArchiveHasTheFirstSchemaAndOpensAgain() throws {
        let archive = try Archive(path: path)
        XCTAssertEqual(try archive.stats().schemaVersion, "v3: events cache")
        XCTAssertEqual(try archive.stats().articles, 0)
        // WAL: readers never wait for a writer.
        let mode = try archive.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        XCTAssertEqual(mode, "wal")
        _ = try Archive(path: path)
        XCTAssertEqual(try Archive(path: path, readOnly: true).stats().articles, 0)
    }

    func testAMissingArchiveOpenedToReadIsNamedAndNotCreated() {
        XCTAssertThrowsError(try Archive(path: path, readOnly: true)) { error in
            XCTAssertEqual(error as? ArchiveError, .missing(path))
            XCTAssertTrue("\(error)".contains("archive.sqlite: no archive there"))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testAReadOnlyArchiveRefusesToWriteAndKeepsItsArticles() throws {
        try Archive(path: path).add(seeds())
        let readOnly = try Archive(path: path, readOnly: true)
        let extra = CorpusLoader().load(text: "أعلنت روسيا وقفا لإطلاق النار في قره باغ.", id: "new.txt")
        XCTAssertThrowsError(try readOnly.add(Corpus(articles: [extra]))) { error in
            XCTAssertEqual(error as? ArchiveError, .readOnly(path))
        }
        XCTAssertEqual(try readOnly.stats().articles, 5)
    }

    func testAFileThatIsNoArchiveIsReportedAsSuch() throws {
        try folder.write("archive.sqlite", "مرصد: هذا ليس أرشيفا\n" + String(repeating: "x", count: 4096))
        XCTAssertThrowsError(try Archive(path: path)) { error in
            guard case .corrupt = error as? ArchiveError else { return XCTFail("\(error)") }
        }
    }

    // MARK: - Import

    func testImportKeepsEachArticleWithItsMetadataAndSkipsDuplicates() throws {
        let archive = try Archive(path: path)
        let first = try archive.add(seeds())
        XCTAssertEqual(first.added.count, 5)
        XCTAssertEqual(first.duplicates, [])
        let again = try archive.add(seeds())
        XCTAssertEqual(again.added, [])
        XCTAssertEqual(again.duplicates.map(\.doc), seeds().articles.map(\.id))
        XCTAssertTrue(again.duplicates.allSatisfy { !$0.sameURL && $0.doc == $0.existing })

        let stored = try archive.corpus()
        XCTAssertEqual(stored.articles.map(\.id), seeds().articles.map(\.id))
        XCTAssertEqual(stored.articles.map(\.text), seeds().articles.map(\.text))
        XCTAssertEqual(stored.articles.map(\.title), seeds().articles.map(\.title))
        XCTAssertEqual(stored.articles.map { $0.metadata.date?.iso }, seeds().articles.map { $0.metadata.date?.iso })
        XCTAssertEqual(stored.articles[1].metadata.outlet, "عربي21 (Arabi21)")
        let stats = try archive.stats()
        XCTAssertEqual(stats.firstDate, "2020-10-01")
        XCTAssertEqual(stats.lastDate, "2023-09-20")
        XCTAssertEqual(stats.textBytes, seeds().articles.map(\.text.utf8.count).reduce(0, +))
    }

    func testTheSameURLWithOtherTextIsADuplicateToo() throws {
        let archive = try Archive(path: path)
        let url = "https://example.org/news/1"
        let a = CorpusLoader().load(text: "قتل 49 جنديا أرمينيا في اشتباكات حدودية.", id: "a.txt",
                                    metadata: ArticleMetadata(url: url))
        let b = CorpusLoader().load(text: "قتل 49 جنديا أرمينيا في اشتباكات حدودية مع أذربيجان.", id: "b.txt",
                                    metadata: ArticleMetadata(url: url))
        let report = try archive.add(Corpus(articles: [a, b]))
        XCTAssertEqual(report.added, ["a.txt"])
        XCTAssertEqual(report.duplicates, [.init(doc: "b.txt", existing: "a.txt", sameURL: true)])
    }

    func testTwoWritersAtOnceBothCommitEverything() throws {
        let one = try Archive(path: path), two = try Archive(path: path)
        let articles = seeds().articles
        let copies = (0..<40).map { i in
            CorpusLoader().load(text: articles[i % 5].text + "\n(\(i))", id: "copy-\(i).txt")
        }
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            let mine = copies.enumerated().filter { $0.offset % 2 == k }.map(\.element)
            do { try (k == 0 ? one : two).add(Corpus(articles: mine)) } catch { failures.add("\(error)") }
        }
        XCTAssertEqual(failures.all, [])
        XCTAssertEqual(try one.stats().articles, 40)
        let check = try one.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        XCTAssertEqual(check, ["ok"])
    }

    // MARK: - Search

    func testSearchFoldsHamzaAndTaaMarbutaAndIgnoresProclitics() throws {
        let archive = try Archive(path: path)
        try archive.add(seeds())
        let note = CorpusLoader().load(text: """
            رسالة إلى الكرملين
            قال المتحدث إن رسالة وجهت لبوتين، وبالأمس ردّ عليها الكرملين.
            """, id: "note.txt")
        try archive.add(Corpus(articles: [note]))

        // 000 writes "الاسرة" without hamza.
        XCTAssertEqual(try archive.search("الأسرة").map(\.doc), ["000_cf7b6ba5e297149c.txt"])
        let putin = try archive.search("بوتين")
        XCTAssertTrue(putin.map(\.doc).contains("note.txt"))
        let hit = try XCTUnwrap(putin.first { $0.doc == "note.txt" })
        let scalars = Array(hit.snippet.unicodeScalars)
        XCTAssertEqual(hit.highlights.map { scalars.string(in: $0) }, ["لبوتين"])
        // The last word is also a prefix (أمسية, evening, in 003 and 004).
        let yesterday = try XCTUnwrap(try archive.search("الأمس").first { $0.doc == "note.txt" })
        XCTAssertEqual(yesterday.highlights.map { Array(yesterday.snippet.unicodeScalars).string(in: $0) }, ["وبالأمس"])
        XCTAssertEqual(try archive.search("طوكيو"), [])
    }

    func testAPhraseMatchesItsWordsInOrderAndTheLastAsAPrefix() throws {
        let archive = try Archive(path: path)
        try archive.add(seeds())
        let ministry = try archive.search("وزارة الدفاع")
        XCTAssertFalse(ministry.isEmpty)
        for hit in ministry {
            let scalars = Array(hit.snippet.unicodeScalars)
            let words = ArabicNormalizer.normalize(scalars.string(in: hit.highlights[0]))
            XCTAssertTrue(words.hasSuffix("وزاره الدفاع"), words)
        }
        // Reversed, the words are no phrase.
        XCTAssertEqual(try archive.search("الدفاع وزارة"), [])
        // "أرمين" as the start of a word finds أرمينيا.
        XCTAssertEqual(Set(try archive.search("أرمين").map(\.doc)), Set(seeds().articles.map(\.id)))
    }
}
