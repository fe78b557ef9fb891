import Foundation
import MarsadModel
import XCTest

/// ActorID and ArticleID sort, print and encode exactly as their strings,
/// so typed ids leave every order and every output as it was.
final class IdentifiersTests: XCTestCase {
    func testIdsSortAsTheirStrings() {
        let actors = ["auto:جده", "PUTIN", "AZ.defense-ministry", "AZ", "tz:Asia/Baku", "150", "auto:بوتين", "putin"]
        XCTAssertEqual(actors.map(ActorID.init(rawValue:)).sorted().map(\.rawValue), actors.sorted())
        let articles = ["feed.jsonl:10", "feed.jsonl:3", "000_cf7b6ba5e297149c.txt", "a/b.txt", "feed.jsonl:3#2", "Z.txt"]
        XCTAssertEqual(articles.map(ArticleID.init(rawValue:)).sorted().map(\.rawValue), articles.sorted())
        XCTAssertLessThan(ActorID("AZ"), "AZ.defense-ministry")
        XCTAssertFalse(ArticleID("feed.jsonl:3") < "feed.jsonl:10", "by the string, not by the number")
    }

    func testIdsPrintAndEncodeAsTheirStrings() throws {
        let actor: ActorID = "auto:جده"
        let article: ArticleID = "feed.jsonl:3"
        XCTAssertEqual(actor.description, "auto:جده")
        XCTAssertEqual("\(article)#4", "feed.jsonl:3#4")

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        XCTAssertEqual(String(decoding: try encoder.encode([actor, "PUTIN"]), as: UTF8.self),
                       String(decoding: try encoder.encode(["auto:جده", "PUTIN"]), as: UTF8.self))
        XCTAssertEqual(String(decoding: try encoder.encode(article), as: UTF8.self), "\"feed.jsonl:3\"")
        XCTAssertEqual(try JSONDecoder().decode([ArticleID].self, from: Data(#"["a/b.txt","feed.jsonl:3"]"#.utf8)),
                       ["a/b.txt", "feed.jsonl:3"])
        XCTAssertEqual(try JSONDecoder().decode(ActorID.self, from: Data(#""PUTIN""#.utf8)), "PUTIN")
        // A dictionary keyed by ids encodes as Codable writes any non-string
        // key: an array of key, value pairs (not a JSON object).
        XCTAssertEqual(String(decoding: try encoder.encode([actor: 2]), as: UTF8.self), #"["auto:جده",2]"#)
    }

    /// Both ids are one generic shape with a kind each: two types.
    func testActorAndArticleIdsAreTwoTypesOfOneShape() {
        XCTAssertFalse(ActorID.self == ArticleID.self)
        XCTAssertTrue(ActorID.self == Identifier<ActorKind>.self)
        XCTAssertEqual(ArticleID(rawValue: "a.txt"), ArticleID("a.txt"))
        XCTAssertEqual(ActorID("PUTIN").hashValue, ActorID(stringLiteral: "PUTIN").hashValue)
    }

    func testIdsAreEqualAndHashAsTheirBytes() {
        let putin = ActorID("auto:" + "بوتين")
        var counts: [ActorID: Int] = [putin: 1, "PUTIN": 2, "auto:بوتن": 3]
        counts[ActorID("auto:" + String("بوتين".unicodeScalars.map(Character.init)))]! += 10
        XCTAssertEqual(counts[putin], 11, "the same Arabic id, made another way, finds its entry")
        XCTAssertEqual(counts.count, 3)
        XCTAssertNotEqual(putin, ActorID("auto:بوتن"))
        XCTAssertNotEqual(ActorID("a"), ActorID("ab"))
        XCTAssertEqual(ArticleID(""), ArticleID(""))
        // Two spellings of é are two file names on Linux, and two ids.
        XCTAssertNotEqual(ArticleID("caf\u{E9}.txt"), ArticleID("cafe\u{301}.txt"))
        XCTAssertEqual(Set([ArticleID("caf\u{E9}.txt"), ArticleID("cafe\u{301}.txt")]).count, 2)
    }
}
