import Foundation
import MarsadTestSupport
import XCTest

/// `marsad times` and `marsad timeline` on the seed corpus, through the real binary.
final class TimeCommandsTests: XCTestCase {
    private func rows(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try MarsadBinary.run(arguments)
        XCTAssertEqual(result.status, 0, result.err)
        return result.out.split(separator: "\n").map {
            try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    func testTimesListsEveryExpressionWithOffsetsIntoTheText() throws {
        let found = try rows(["times", "--format", "jsonl", MarsadBinary.seeds])
        XCTAssertEqual(found.count, 55)
        let videos = found.filter { ($0["value"] as? String)?.hasPrefix("2024") == true }
        XCTAssertEqual(videos.count, 3)
        XCTAssertTrue(videos.allSatisfy { $0["boilerplate"] as? Bool == true })
        let clock = try XCTUnwrap(found.first { $0["text"] as? String == "الساعة 06,00 ت غ" })
        XCTAssertEqual(clock["value"] as? String, "2022-09-13T06:00")
        XCTAssertEqual(clock["type"] as? String, "TIME")
        XCTAssertEqual(clock["zone"] as? String, "GMT")
        // Offsets are Unicode scalars of the file's text.
        let text = try String(contentsOfFile: MarsadBinary.seeds + "/004_d0bff4b9121d95b6.txt", encoding: .utf8)
        let scalars = Array(text.unicodeScalars)
        for row in found where row["doc"] as? String == "004_d0bff4b9121d95b6.txt" {
            let start = row["start"] as! Int, end = row["end"] as! Int
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            XCTAssertEqual(String(view), row["text"] as? String)
        }
    }

    func testAnUndatedArticleGetsRelativeValues() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-times-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("اشتباكات على الحدود\n\nاتهمت أرمينيا أذربيجان الثلاثاء بقصف مواقعها أمس.\n".utf8)
            .write(to: dir.appendingPathComponent("undated.txt"))
        let found = try rows(["times", "--format", "jsonl", dir.path])
        XCTAssertEqual(found.map { $0["value"] as? String }, ["XXXX-WXX-2", "PUB-1D"])
        XCTAssertEqual(found.first?["readable"] as? String, "Tuesday, publication unknown")
    }

    func testTimelineOrdersEventsAndListsSources() throws {
        let events = try rows(["timeline", "--format", "jsonl", MarsadBinary.seeds])
        XCTAssertEqual(events.first?["date"] as? String, "1992")
        let soldiers = try XCTUnwrap(events.first { ($0["text"] as? String)?.contains("مقتل 49 جنديا") == true })
        XCTAssertEqual((soldiers["sources"] as? [String])?.count, 3)
        XCTAssertEqual(soldiers["kind"] as? String, "casualties")
        XCTAssertEqual(soldiers["speaker"] as? String, "PASHINYAN")

        let day = try rows(["timeline", "--format", "jsonl", "--from", "2022-09-13", "--to", "2022-09-13", MarsadBinary.seeds])
        XCTAssertFalse(day.isEmpty)
        XCTAssertTrue(day.allSatisfy { ($0["date"] as? String)?.hasPrefix("2022-09-13") == true })

        let putin = try rows(["timeline", "--format", "jsonl", "--actor", "بوتين", MarsadBinary.seeds])
        XCTAssertFalse(putin.isEmpty)
        XCTAssertTrue(putin.allSatisfy { ($0["actors"] as? [String])?.contains("PUTIN") == true || $0["speaker"] as? String == "PUTIN" })

        // Not in the catalog: an actor the analysis made from his name.
        let turasyan = try rows(["timeline", "--format", "jsonl", "--actor", "توراسيان", MarsadBinary.seeds])
        XCTAssertEqual(turasyan.map { $0["date"] as? String }, ["2022-09-14", "2022-09-14TNI"])
        XCTAssertTrue(turasyan.allSatisfy { ($0["actors"] as? [String])?.contains("auto:ارتوم توراسيان") == true })

        let grouped = try rows(["timeline", "--format", "jsonl", "--grouped", MarsadBinary.seeds])
        XCTAssertEqual(grouped.count, events.count - 2, "the three reports of the 49 soldiers are one entry")
    }

    func testTimelineRejectsABadDate() throws {
        let result = try MarsadBinary.run(["timeline", "--from", "2022-13", MarsadBinary.seeds])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.err.hasPrefix("Error: --from takes a date such as 2022, 2022-09 or 2022-09-13, not '2022-13'\n"),
                      result.err)
        let week = try MarsadBinary.run(["timeline", "--from", "2022", "--to", "2022-W37", MarsadBinary.seeds])
        XCTAssertNotEqual(week.status, 0)
        XCTAssertTrue(week.err.hasPrefix("Error: --to takes a date such as 2022, 2022-09 or 2022-09-13, not '2022-W37'\n"),
                      week.err)
    }
}
