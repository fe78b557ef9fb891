import MarsadTestSupport
import XCTest
@testable import MarsadArchive
@testable import MarsadModel

/// What the reader's `/` on the article list asks the archive.
final class ArchiveArticleSearchTests: XCTestCase {
    func testArticleIdsAreTheSearchHitsInRankOrderWithoutSnippets() throws {
        let folder = try TemporaryFolder()
        let archive = try Archive(path: folder.path + "/archive.sqlite")
        _ = try archive.add(CorpusLoader().load(paths: [SeedCorpus.folder]))
        for query in ["لبوتين", "وزارة الدفاع", "الدرونز", "اذربيجان"] {
            let ids = try archive.articleIDs(matching: query)
            XCTAssertFalse(ids.isEmpty, query)
            XCTAssertEqual(ids, try archive.search(query, limit: 100).map(\.doc), query)
        }
        XCTAssertEqual(try archive.articleIDs(matching: "زيمبابوي"), [])
        XCTAssertEqual(try archive.articleIDs(matching: " ،. "), [])
        XCTAssertEqual(try archive.articleIDs(matching: "اذربيجان", limit: 2).count, 2)
    }
}
