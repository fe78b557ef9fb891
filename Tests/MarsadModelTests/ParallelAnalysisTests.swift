import MarsadTestSupport
import XCTest
@testable import MarsadModel

/// Articles analysed on several threads give what one thread gives.
final class ParallelAnalysisTests: XCTestCase {
    func testThreeThreadsFindWhatOneFinds() {
        // The seeds three times over (other ids), so each thread gets several.
        var articles: [Article] = []
        for copy in 0..<3 {
            for a in SeedCorpus.corpus.articles {
                articles.append(CorpusLoader().load(text: a.text, id: "\(copy)-\(a.id)", metadata: a.metadata))
            }
        }
        let corpus = Corpus(articles: articles)
        let empty = CorpusAnalysis(corpus: corpus, catalog: .standard, parts: [])
        let one = empty.adding(.all, cache: nil, workers: 1, progress: nil)
        final class Log: @unchecked Sendable { var values: [Double] = [] }
        let log = Log()
        let cache = MemoryCache()
        let three = empty.adding(.all, cache: cache, workers: 3) { log.values.append($0) }
        XCTAssertEqual(three.mentionsByArticle, one.mentionsByArticle)
        XCTAssertEqual(three.actors, one.actors)
        XCTAssertEqual(three.timesByArticle, one.timesByArticle)
        XCTAssertEqual(three.timeline, one.timeline)
        XCTAssertEqual(three.counts.analyzed, articles.count)
        XCTAssertEqual(cache.stores, articles.count, "every article stored once")
        XCTAssertEqual(log.values, log.values.sorted(), "progress never goes back across threads")
        XCTAssertGreaterThanOrEqual(log.values.count, articles.count)
        XCTAssertEqual(log.values.last, 1)
    }
}
