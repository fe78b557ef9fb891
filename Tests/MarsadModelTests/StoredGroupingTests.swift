import XCTest
@testable import MarsadModel

/// How kept timeline groups serve the next corpus: as they are for the
/// same articles, extended for added ones, and never when they no longer fit.
final class StoredGroupingTests: XCTestCase {
    /// Three articles a, b, c with 2, 0 and 3 events; events 0 and 2 one group.
    private let stored = StoredGrouping(articleKeys: ["a", "b", "c"], eventCounts: [2, 0, 3], base: [true, true, true],
                                        roots: [0, 1, 0, 3, 4])

    func testTheSameArticlesReuseTheGroups() {
        XCTAssertEqual(stored.plan(articleKeys: ["a", "b", "c"], eventCounts: [2, 0, 3]),
                       .reuse(roots: [0, 1, 0, 3, 4], base: [true, true, true]))
    }

    func testAnAddedArticleKeepsEveryGroupWhereverItsArticleNowStands() {
        // d (one event) arrives first, and c moves before a.
        let plan = stored.plan(articleKeys: ["d", "c", "a", "b"], eventCounts: [1, 3, 2, 0])
        // Now: d0 | c0 c1 c2 | a0 a1. a0 and c0 were one group (root a0).
        XCTAssertEqual(plan, .incremental(roots: [-1, 4, 2, 3, 4, 5], base: [false, true, true, true]))
    }

    func testAnythingElseIsGroupedAfresh() {
        // An article gone, one changed (other events), a duplicate key,
        // more new events than a quarter of the base, another version.
        XCTAssertEqual(stored.plan(articleKeys: ["a", "c"], eventCounts: [2, 3]), .full)
        XCTAssertEqual(stored.plan(articleKeys: ["a", "b", "c"], eventCounts: [2, 0, 4]), .full)
        XCTAssertEqual(stored.plan(articleKeys: ["a", "b", "c", "a"], eventCounts: [2, 0, 3, 2]), .full)
        XCTAssertEqual(stored.plan(articleKeys: ["a", "b", "c", "d"], eventCounts: [2, 0, 3, 2]), .full)
        var old = stored
        old.version -= 1
        XCTAssertEqual(old.plan(articleKeys: ["a", "b", "c"], eventCounts: [2, 0, 3]), .full)
        // Roots that are not roots are never trusted.
        var broken = stored
        broken.roots[0] = 2
        XCTAssertEqual(broken.plan(articleKeys: ["a", "b", "c"], eventCounts: [2, 0, 3]), .full)
    }

    func testTheRecordSurvivesItsBytesAndRejectsOthers() {
        XCTAssertEqual(StoredGrouping(decoding: stored.encoded()), stored)
        XCTAssertNil(StoredGrouping(decoding: [0, 0, 0, 0]))
        XCTAssertNil(StoredGrouping(decoding: Array(stored.encoded().dropLast())))
        XCTAssertNil(StoredGrouping(decoding: []))
    }
}
