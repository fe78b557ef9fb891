import Foundation
import MarsadTestSupport
import XCTest

final class ArticlesCommandTests: XCTestCase {
    func testSeedCorpusListsFiveArticlesWithTheirHeadlines() throws {
        let result = try MarsadBinary.run(["articles", "--format", "jsonl", MarsadBinary.seeds])
        XCTAssertEqual(result.status, 0, result.err)
        let rows = result.out.split(separator: "\n").map {
            try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        XCTAssertEqual(rows.count, 5)
        XCTAssertEqual(rows[2]["title"] as? String, "مساعي لتطويق المواجهة العسكرية بين اذربيجان وارمينيا")
        XCTAssertEqual(rows[2]["date"] as? String, "2022-09-14")
        XCTAssertEqual(rows[1]["date"] as? String, "2020-10-01")
        XCTAssertEqual(rows[1]["date_source"] as? String, "metadataFile")
    }

    func testBadInputNamesTheFileAndTheRestStillLoads() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("قال الرئيس الروسي فلاديمير بوتين إنه يسعى إلى إنهاء القتال.\n".utf8)
            .write(to: dir.appendingPathComponent("a.txt"))
        var bad = Data("عنوان الخبر\n".utf8)
        bad.append(contentsOf: [0xD8, 0x20, 0x41])
        try bad.write(to: dir.appendingPathComponent("b.txt"))
        let result = try MarsadBinary.run(["articles", dir.path])
        XCTAssertEqual(result.status, 1, "some input failed, so the exit status says so")
        XCTAssertTrue(result.err.contains("b.txt"), result.err)
        XCTAssertTrue(result.err.contains("invalid UTF-8"), result.err)
        XCTAssertTrue(result.err.contains("byte 22"), result.err)
        XCTAssertTrue(result.out.contains("a.txt"))
        XCTAssertTrue(result.out.contains("b.txt"), "the readable part of b.txt still loads")
    }

    func testAnUndatedArticleShowsAnInferredDateAndHowSureItIs() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("اشتباكات على الحدود\nقالت وزارة الدفاع إن الاشتباكات اندلعت مساء الإثنين 12 سبتمبر، في أعنف مواجهة منذ حرب 2020.\n".utf8)
            .write(to: dir.appendingPathComponent("undated.txt"))
        try Data("خبر بلا تاريخ\nدعت الأمم المتحدة إلى وقف القتال.\n".utf8).write(to: dir.appendingPathComponent("nodate.txt"))
        let result = try MarsadBinary.run(["articles", "--format", "jsonl", dir.path])
        XCTAssertEqual(result.status, 0, result.err)
        let rows = result.out.split(separator: "\n").map {
            try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        let undated = rows.first { $0["doc"] as? String == "undated.txt" }!
        XCTAssertEqual(undated["date"] as? String, "2022-09-12", "the first Monday 12 September after 2020")
        XCTAssertEqual(undated["date_source"] as? String, "inferred")
        XCTAssertLessThan(undated["date_confidence"] as! Double, 1)
        let nodate = rows.first { $0["doc"] as? String == "nodate.txt" }!
        XCTAssertNil(nodate["date"], "never silently dated")
    }
}
