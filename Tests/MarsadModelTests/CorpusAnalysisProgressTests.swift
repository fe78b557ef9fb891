import MarsadTestSupport
import XCTest
import MarsadModel

final class CorpusAnalysisProgressTests: XCTestCase {
    final class Log: @unchecked Sendable { var values: [Double] = [] }

    func testProgressRisesArticleByArticleAndEndsAtOne() {
        let log = Log()
        let analysis = CorpusAnalysis.analyze(SeedCorpus.corpus) { log.values.append($0) }
        XCTAssertEqual(log.values.last, 1)
        XCTAssertEqual(log.values, log.values.sorted(), "progress never goes back")
        XCTAssertGreaterThanOrEqual(log.values.count, SeedCorpus.corpus.articles.count, "at least one step per article")
        XCTAssertFalse(analysis.timeline.isEmpty)
    }

    func testAnEntityAnalysisGrowsIntoTheWholeOne() {
        let whole = CorpusAnalysis.analyze(SeedCorpus.corpus)
        let entities = CorpusAnalysis.analyze(SeedCorpus.corpus, parts: .entities)
        XCTAssertEqual(entities.parts, .entities)
        XCTAssertTrue(entities.timesByArticle.isEmpty && entities.timeline.isEmpty, "no time analysis was paid for")
        XCTAssertEqual(entities.mentionsByArticle, whole.mentionsByArticle)
        XCTAssertEqual(entities.actors, whole.actors)

        let log = Log()
        let grown = entities.adding(.timeline) { log.values.append($0) }
        XCTAssertEqual(grown.parts, .all)
        XCTAssertEqual(grown.mentionsByArticle, whole.mentionsByArticle)
        XCTAssertEqual(grown.timesByArticle, whole.timesByArticle)
        XCTAssertEqual(grown.timeline, whole.timeline)
        XCTAssertEqual(grown.corpus.articles.map(\.metadata), whole.corpus.articles.map(\.metadata), "dates inferred as in one go")
        XCTAssertEqual(log.values.last, 1)
        XCTAssertEqual(log.values, log.values.sorted())
        XCTAssertEqual(grown.adding(.entities).timeline, grown.timeline, "nothing to add: the same analysis")
    }
}
