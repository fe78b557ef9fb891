import MarsadTestSupport
import XCTest
import MarsadModel

final class CorpusAnalysisProgressTests: XCTestCase {
    func testProgressRisesArticleByArticleAndEndsAtOne() {
        final class Log: @unchecked Sendable { var values: [Double] = [] }
        let log = Log()
        let analysis = CorpusAnalysis.analyze(SeedCorpus.corpus) { log.values.append($0) }
        XCTAssertEqual(log.values.last, 1)
        XCTAssertEqual(log.values, log.values.sorted(), "progress never goes back")
        XCTAssertGreaterThanOrEqual(log.values.count, 2 * SeedCorpus.corpus.articles.count, "at least one step per article and stage")
        XCTAssertFalse(analysis.timeline.isEmpty)
    }
}
