import Foundation
import GRDB
import MarsadTestSupport
import XCTest
@testable import MarsadArchive
@testable import MarsadModel

/// Nothing is ever lost: a full disk stops an import with a clear message
/// and keeps what was committed, and a second process reading while
/// another imports sees committed articles only (or is told the archive
/// is busy), never a damaged file.
final class ArchiveSafetyTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var path: String { folder.path + "/archive.sqlite" }

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    /// `count` real articles: the seeds' paragraphs, each with a line of
    /// its own so no two are duplicates.
    private func articles(_ count: Int) -> [Article] {
        let paragraphs = SeedCorpus.paragraphs
        return (0..<count).map { i in
            let body = (0..<8).map { paragraphs[(i * 7 + $0 * 13) % paragraphs.count] }.joined(separator: "\n")
            return CorpusLoader().load(text: "تقرير رقم \(i) من المرصد\n" + body + "\n", id: String(format: "%05d.txt", i))
        }
    }

    private func readOnly(_ path: String) throws -> DatabaseQueue {
        var c = Configuration()
        c.readonly = true
        return try DatabaseQueue(path: path, configuration: c)
    }

    // MARK: - A full disk

    func testAFullDiskStopsTheImportWithAClearMessageAndKeepsWhatWasCommitted() throws {
        let archive = try Archive(path: path)
        let seeds = CorpusLoader().load(paths: [SeedCorpus.folder])
        try archive.add(seeds)
        // The disk as good as full: a few pages more than the file has.
        // (`max_page_count` is the writer connection's own; a pool has one.)
        try archive.pool.write { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages + 8)")
        }
        let many = articles(400)
        var committed = 0
        XCTAssertThrowsError(try archive.add(Corpus(articles: many)) { committed = $0 }) { error in
            XCTAssertEqual(error as? ArchiveError, .full(path))
            XCTAssertEqual("\(error)", "\(path): the disk is full; what was committed before is kept")
        }
        XCTAssertLessThan(committed, many.count)
        // The analysis goes on without its cache, and says why once.
        let analysis = CorpusAnalysis.analyze(try archive.corpus(), catalog: .standard, parts: .entities, cache: archive)
        XCTAssertEqual(analysis.counts.analyzed, analysis.corpus.articles.count)
        XCTAssertEqual(archive.cacheFailure, .full(path))

        // Opened again (the limit went with the connection): whole.
        let again = try Archive(path: path, readOnly: true)
        let check = try again.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        XCTAssertEqual(check, ["ok"])
        let kept = try again.corpus()
        XCTAssertEqual(Array(kept.articles.prefix(5).map(\.text)), seeds.articles.map(\.text))
        // Each article committed before is there with its search row; the
        // one the disk refused is not there at all.
        XCTAssertEqual(kept.articles.count, 5 + committed)
        for (article, source) in zip(kept.articles.dropFirst(5), many) {
            XCTAssertEqual(article.id, source.id)
            XCTAssertEqual(article.text, source.text)
        }
        let searchRows = try again.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articleSearch") }
        XCTAssertEqual(searchRows, kept.articles.count)
        XCTAssertEqual(Set(try again.search("اذربيجان", limit: 1000).map(\.doc)).isSuperset(of: seeds.articles.map(\.id)),
                       true)
        // With room again, the import goes on where it stopped.
        let writable = try Archive(path: path)
        let report = try writable.add(Corpus(articles: many))
        XCTAssertEqual(report.added.count, many.count - committed)
        XCTAssertEqual(try writable.stats().articles, 5 + many.count)
    }

    // MARK: - A reader while another process imports

    func testASecondProcessReadingDuringAnImportSeesCommittedArticlesOnly() throws {
        let total = 1200
        for article in articles(total) { _ = try folder.write("news/" + article.id.rawValue, article.text) }
        let env = ["XDG_DATA_HOME": folder.path + "/data", "XDG_CONFIG_HOME": folder.path + "/config"]
        let archivePath = folder.path + "/data/marsad/archive.sqlite"
        let writer = Process()
        writer.executableURL = MarsadBinary.url
        writer.arguments = ["add", "--no-analysis", folder.path + "/news"]
        writer.environment = ProcessInfo.processInfo.environment.merging(env) { _, new in new }
        writer.standardOutput = FileHandle.nullDevice
        writer.standardError = FileHandle.nullDevice
        try writer.run()
        defer { if writer.isRunning { kill(writer.processIdentifier, SIGKILL); writer.waitUntilExit() } }

        // Wait for the first commits, then read with other marsad processes
        // until the import ends.
        let deadline = Date().addingTimeInterval(180)
        func committed() -> Int {
            (try? readOnly(archivePath).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 }) ?? 0
        }
        while Date() < deadline, writer.isRunning, committed() < 5 { usleep(20_000) }
        var counts: [Int] = [], hitCounts: [Int] = [], busy = 0, duringImport = 0
        var round = 0
        while writer.isRunning, Date() < deadline {
            round += 1
            let stats = try MarsadBinary.run(["archive", "--format", "jsonl"], environment: env)
            let running = writer.isRunning
            if stats.status != 0 {
                XCTAssertTrue(stats.err.contains("is busy"), stats.err)
                busy += 1
            } else {
                let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(stats.out.utf8)) as? [String: Any])
                let n = try XCTUnwrap(object["articles"] as? Int)
                // Counted in one read: every article has its row, none half.
                XCTAssertEqual(object["pending"] as? Int, n)
                counts.append(n)
                if running && n < total { duringImport += 1 }
            }
            // Every article of the report (line 1) the search finds is
            // whole: its line, its words highlighted.
            let search = try MarsadBinary.run(["search", "تقرير", "رقم", "--limit", "5000", "--format", "jsonl"],
                                              environment: env)
            if search.status != 0 {
                XCTAssertTrue(search.err.contains("is busy"), search.err)
                busy += 1
                continue
            }
            let hits = search.out.split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
            XCTAssertEqual(hits.count, search.out.split(separator: "\n").count, "every line is JSON")
            let docs = hits.compactMap { $0["doc"] as? String }
            XCTAssertEqual(Set(docs).count, docs.count, "no article twice")
            for hit in hits {
                let doc = hit["doc"] as? String ?? "?"
                XCTAssertTrue((hit["snippet"] as? String ?? "").hasPrefix("تقرير رقم "), doc)
            }
            hitCounts.append(docs.count)
            // Checked by this process too, between the writer's commits.
            if round % 3 == 0 {
                let check = try readOnly(archivePath).read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
                XCTAssertEqual(check, ["ok"])
            }
        }
        writer.waitUntilExit()
        XCTAssertEqual(writer.terminationStatus, 0)
        XCTAssertGreaterThan(duringImport, 0, "no read happened during the import (counts \(counts))")
        // Commits only add: each read saw at least what the one before saw.
        XCTAssertEqual(counts, counts.sorted(), "\(counts)")
        XCTAssertEqual(hitCounts, hitCounts.sorted(), "\(hitCounts)")
        XCTAssertTrue(counts.allSatisfy { $0 >= 5 && $0 <= total }, "\(counts)")
        XCTAssertLessThanOrEqual(busy, round, "busy reads: \(busy)")

        let check = try readOnly(archivePath).read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        XCTAssertEqual(check, ["ok"])
        let final = try MarsadBinary.run(["search", "تقرير", "رقم", "--limit", "5000", "--format", "jsonl"], environment: env)
        XCTAssertEqual(final.status, 0, final.err)
        XCTAssertEqual(final.out.split(separator: "\n").count, total)
    }
}
