import Foundation
import GRDB
import MarsadTestSupport
import XCTest
@testable import MarsadArchive
@testable import MarsadModel

/// The archive as the marsad binary uses it: commands without paths read
/// it, commands with paths keep their analyses in it, imports survive
/// `kill -9`.
final class ArchiveCommandTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var env: [String: String] { ["XDG_DATA_HOME": folder.path + "/data", "XDG_CONFIG_HOME": folder.path + "/config"] }
    private var archivePath: String { folder.path + "/data/marsad/archive.sqlite" }

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    private func analysisRows() throws -> [Row] {
        try DatabaseQueue(path: archivePath).read { db in
            try Row.fetchAll(db, sql: "SELECT key, storedAt FROM analysis ORDER BY key")
        }
    }

    func testWithoutPathsCommandsReadTheArchiveWhichAFirstRunFillsWithTheSeeds() throws {
        let fresh = try MarsadBinary.run(["entities", "--format", "jsonl", "--no-cache", MarsadBinary.seeds])
        let first = try MarsadBinary.run(["entities", "--format", "jsonl"], environment: env)
        XCTAssertEqual(first.status, 0, first.err)
        XCTAssertTrue(first.err.contains("was empty: imported the 5 seed articles"), first.err)
        XCTAssertEqual(first.out, fresh.out, "the archive's seeds give what the seed folder gives")

        let stats = try MarsadBinary.run(["archive", "--format", "jsonl"], environment: env)
        let object = try JSONSerialization.jsonObject(with: Data(stats.out.utf8)) as! [String: Any]
        XCTAssertEqual(object["articles"] as? Int, 5)
        XCTAssertEqual(object["analysed"] as? Int, 5)
        XCTAssertEqual(object["pending"] as? Int, 0)

        let rows = try analysisRows()
        let second = try MarsadBinary.run(["timeline", "--format", "jsonl"], environment: env)
        XCTAssertEqual(second.status, 0, second.err)
        XCTAssertFalse(second.err.contains("imported"), "seeds are imported once")
        XCTAssertEqual(second.out, try MarsadBinary.run(["timeline", "--format", "jsonl", "--no-cache", MarsadBinary.seeds]).out)
        XCTAssertEqual(try analysisRows(), rows, "nothing analysed or stored again")
    }

    func testNoCacheLeavesTheArchiveAloneAndABadArchiveIsNamedWhileTheCommandGoesOn() throws {
        let fresh = try MarsadBinary.run(["entities", "--format", "jsonl", "--no-cache", MarsadBinary.seeds], environment: env)
        XCTAssertEqual(fresh.status, 0, fresh.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: archivePath), "--no-cache made no archive")

        let bad = try folder.write("not-an-archive.sqlite", "مرصد: هذا ليس أرشيفا\n" + String(repeating: "x", count: 4096))
        let run = try MarsadBinary.run(["entities", "--format", "jsonl", "--archive", bad, MarsadBinary.seeds], environment: env)
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertTrue(run.err.contains("\(bad): not a valid archive"), run.err)
        XCTAssertTrue(run.err.contains("going on without it"), run.err)
        XCTAssertEqual(run.out, fresh.out, "every mention still listed")
        XCTAssertTrue(try String(contentsOfFile: bad, encoding: .utf8).hasPrefix("مرصد: هذا ليس أرشيفا"), "the file is left as it was")
    }

    func testAFolderReadTwiceIsAnalysedOnce() throws {
        let first = try MarsadBinary.run(["actors", "--format", "jsonl", MarsadBinary.seeds], environment: env)
        XCTAssertEqual(first.status, 0, first.err)
        let rows = try analysisRows()
        XCTAssertEqual(rows.count, 5)
        let second = try MarsadBinary.run(["entities", "--format", "jsonl", MarsadBinary.seeds], environment: env)
        XCTAssertEqual(second.status, 0, second.err)
        XCTAssertEqual(try analysisRows(), rows, "the second command took every analysis from the archive")
        // The folder was only analysed, not imported.
        XCTAssertEqual(try Archive(path: archivePath, readOnly: true).stats().articles, 0)
    }

    func testAddReportsDuplicatesAndAnalysesWhatItImported() throws {
        let add = try MarsadBinary.run(["add", MarsadBinary.seeds], environment: env)
        XCTAssertEqual(add.status, 0, add.err)
        XCTAssertTrue(add.out.contains("added 5 articles, 0 duplicates skipped"), add.out)
        XCTAssertTrue(add.out.contains("analysed 5 articles, 0 already analysed"), add.out)
        let again = try MarsadBinary.run(["add", MarsadBinary.seeds], environment: env)
        XCTAssertTrue(again.out.contains("added 0 articles, 5 duplicates skipped"), again.out)
        XCTAssertTrue(again.out.contains("analysed 0 articles, 5 already analysed"), again.out)
        XCTAssertTrue(again.err.contains("skipped, the same text as"), again.err)
    }

    func testYourOwnActorFileIsANewAnalyserVersionAndPruneDropsTheOldOnes() throws {
        XCTAssertEqual(try MarsadBinary.run(["entities", MarsadBinary.seeds], environment: env).status, 0)
        try folder.write("config/marsad/actors.tsv",
                         "id\ttype\tenglish\tarabic\taliases\nRUBEN_VARDANYAN\tPER\tRuben Vardanyan\tروبن فاردانيان\tفاردانيان\n")
        let withFile = try MarsadBinary.run(["entities", "--format", "jsonl", MarsadBinary.seeds], environment: env)
        XCTAssertEqual(withFile.status, 0, withFile.err)
        XCTAssertEqual(try analysisRows().count, 10, "the seeds analysed again for the new catalog")
        let prune = try MarsadBinary.run(["archive", "--prune", "--format", "jsonl"], environment: env)
        XCTAssertEqual(prune.status, 0, prune.err)
        XCTAssertTrue(prune.err.contains("dropped 5 analyses of other versions"), prune.err)
        XCTAssertEqual(try analysisRows().count, 5)
    }

    /// A folder of `count` real articles: the seeds' paragraphs, each file
    /// with a line of its own so no two are duplicates.
    private func bigFolder(_ count: Int) throws -> String {
        let paragraphs = SeedCorpus.paragraphs
        for i in 0..<count {
            let body = (0..<8).map { paragraphs[(i * 7 + $0 * 13) % paragraphs.count] }.joined(separator: "\n")
            try folder.write("news/\(String(format: "%05d", i)).txt", "تقرير رقم \(i) من المرصد\n" + body + "\n")
        }
        return folder.path + "/news"
    }

    func testKillNineDuringAnImportKeepsEveryCommittedArticleAndAValidArchive() throws {
        let news = try bigFolder(1500)
        let process = Process()
        process.executableURL = MarsadBinary.url
        process.arguments = ["add", "--no-analysis", news]
        process.environment = ProcessInfo.processInfo.environment.merging(env) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until some articles are committed, then kill it mid-import.
        var committed = 0
        let deadline = Date().addingTimeInterval(120)
        while committed < 20, Date() < deadline, process.isRunning {
            usleep(20_000)
            committed = (try? DatabaseQueue(path: archivePath, configuration: {
                var c = Configuration()
                c.readonly = true
                return c
            }()).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 }) ?? 0
        }
        XCTAssertTrue(process.isRunning, "the import ended before it could be killed (\(committed) committed)")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)

        let archive = try Archive(path: archivePath)
        let check = try archive.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        XCTAssertEqual(check, ["ok"])
        let corpus = try archive.corpus()
        XCTAssertGreaterThanOrEqual(corpus.articles.count, committed)
        XCTAssertLessThan(corpus.articles.count, 1500)
        // Every article that is there is whole, with its search row.
        for article in corpus.articles {
            let source = try String(contentsOfFile: news + "/" + article.id.rawValue, encoding: .utf8)
            XCTAssertEqual(article.text, source, "\(article.id)")
        }
        let searchRows = try archive.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM articleSearch") }
        XCTAssertEqual(searchRows, corpus.articles.count)
        // The import goes on where it stopped: the rest are added, none twice.
        let resumed = try MarsadBinary.run(["add", "--no-analysis", news], environment: env)
        XCTAssertEqual(resumed.status, 0, resumed.err)
        XCTAssertEqual(try archive.stats().articles, 1500)
    }
}
