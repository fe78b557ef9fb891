import Foundation
import MarsadTestSupport
import XCTest

/// `marsad entities`, `marsad actors` and `--actor` filters, run as a user would.
final class EntitiesCommandTests: XCTestCase {
    private func jsonRows(_ out: String) -> [[String: Any]] {
        out.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
    }

    func testEntitiesListsMentionsWithScalarOffsetsIntoTheFile() throws {
        let result = try MarsadBinary.run(["entities", "--format", "jsonl", MarsadBinary.seeds])
        XCTAssertEqual(result.status, 0, result.err)
        let rows = jsonRows(result.out)
        XCTAssertGreaterThan(rows.count, 300)
        for key in ["doc", "start", "end", "text", "type", "actor_id", "actor_name", "boilerplate", "nisba"] {
            XCTAssertNotNil(rows[0][key], "key \(key)")
        }
        var texts: [String: [Unicode.Scalar]] = [:]
        for row in rows {
            let doc = row["doc"] as! String
            if texts[doc] == nil {
                let text = try String(contentsOfFile: MarsadBinary.seeds + "/" + doc, encoding: .utf8)
                texts[doc] = Array(text.unicodeScalars)
            }
            let start = row["start"] as! Int, end = row["end"] as! Int
            var view = String.UnicodeScalarView()
            view.append(contentsOf: texts[doc]![start..<end])
            XCTAssertEqual(String(view), row["text"] as? String)
        }
        XCTAssertTrue(rows.contains { $0["actor_id"] as? String == "PUTIN" && $0["text"] as? String == "فلاديمير بوتين" })
        XCTAssertTrue(rows.contains { $0["boilerplate"] as? Bool == true }, "boilerplate mentions are listed, marked")
    }

    func testActorFilterTakesAnySpelling() throws {
        for query in ["Putin", "بوتين", "لبوتين", "PUTIN"] {
            let result = try MarsadBinary.run(["entities", "--format", "jsonl", "--actor", query, MarsadBinary.seeds])
            XCTAssertEqual(result.status, 0, result.err)
            let rows = jsonRows(result.out)
            XCTAssertGreaterThan(rows.count, 5, query)
            XCTAssertTrue(rows.allSatisfy { $0["actor_id"] as? String == "PUTIN" && $0["boilerplate"] as? Bool == false }, query)
        }
        let articles = try MarsadBinary.run(["articles", "--format", "jsonl", "--actor", "باشينيان", MarsadBinary.seeds])
        XCTAssertEqual(articles.status, 0, articles.err)
        XCTAssertEqual(jsonRows(articles.out).map { ($0["doc"] as! String).prefix(3) }, ["000", "002"])
    }

    func testIncludeChildrenTakesAMinistryWithItsCountry() throws {
        let alone = try MarsadBinary.run(["entities", "--format", "jsonl", "--actor", "اذربيجان", MarsadBinary.seeds])
        let family = try MarsadBinary.run(["entities", "--format", "jsonl", "--actor", "اذربيجان", "--include-children",
                                           MarsadBinary.seeds])
        let ids = Set(jsonRows(family.out).map { $0["actor_id"] as! String })
        XCTAssertEqual(Set(jsonRows(alone.out).map { $0["actor_id"] as! String }), ["AZ"])
        XCTAssertTrue(ids.isSuperset(of: ["AZ", "AZ.defense-ministry", "AZ.army", "BAKU", "ALIYEV"]), "\(ids)")
    }

    func testActorsCountsMentionsAndSpellings() throws {
        let result = try MarsadBinary.run(["actors", "--format", "jsonl", MarsadBinary.seeds])
        XCTAssertEqual(result.status, 0, result.err)
        let rows = jsonRows(result.out)
        let pashinyan = try XCTUnwrap(rows.first { $0["id"] as? String == "PASHINYAN" })
        XCTAssertEqual(pashinyan["articles"] as? Int, 2)
        XCTAssertEqual(pashinyan["parent"] as? String, "AM")
        let spellings = Set(pashinyan["spellings"] as! [String])
        XCTAssertTrue(spellings.isSuperset(of: ["نيكول باشينيان", "باشينيان", "نيكول باشنيان"]), "\(spellings)")
        let table = try MarsadBinary.run(["actors", MarsadBinary.seeds])
        XCTAssertTrue(table.out.hasPrefix("id"), table.out)
    }

    func testBadActorFileRowsAreReportedWithFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-actors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("actors.tsv")
        try Data("id\ttype\tenglish\tarabic\taliases\nTURASYAN\tPER\tArtyom Turasyan\tأرتوم توراسيان\tتوراسيان\nX\tBOGUS\tx\tس\t\n".utf8)
            .write(to: file)
        let result = try MarsadBinary.run(["entities", "--format", "jsonl", "--actors", file.path, "--actor", "Turasyan",
                                           MarsadBinary.seeds])
        XCTAssertEqual(result.status, 1, "a bad row is an input problem")
        XCTAssertTrue(result.err.contains(file.path + ":3"), result.err)
        let rows = jsonRows(result.out)
        XCTAssertEqual(rows.count, 2, "أرتوم توراسيان, then توراسيان, in 004")
        XCTAssertTrue(rows.allSatisfy { $0["actor_id"] as? String == "TURASYAN" })
    }

    func testUnknownAndAmbiguousActorsAreUsageErrors() throws {
        let unknown = try MarsadBinary.run(["entities", "--actor", "زززز", MarsadBinary.seeds])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertEqual(unknown.out, "")
        XCTAssertEqual(unknown.err, "marsad: no actor matches --actor 'زززز'\n")
        let ambiguous = try MarsadBinary.run(["entities", "--actor", "Dmitry", MarsadBinary.seeds])
        XCTAssertEqual(ambiguous.status, 2)
        XCTAssertEqual(ambiguous.err,
                       "marsad: --actor 'Dmitry' could be: MEDVEDEV (دميتري ميدفيديف), PESKOV (ديمتري بيسكوف); give an id\n")
        // Controls in the query are shown, not sent to the terminal; each
        // message stays one line.
        let escape = try MarsadBinary.run(["timeline", "--actor", "a\u{1B}[2Jb", MarsadBinary.seeds])
        XCTAssertEqual(escape.status, 2)
        XCTAssertEqual(escape.err, "marsad: no actor matches --actor 'a\u{241B}[2Jb'\n")
    }
}
