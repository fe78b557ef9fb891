import XCTest
import MarsadTestSupport
@testable import MarsadModel

/// Grouping compares only the pairs that can reach the threshold, and
/// finds exactly the groups that comparing every pair of a day finds.
final class EventGrouperTests: XCTestCase {
    /// Features of every event of `articles`, as the timeline builder makes them.
    private func features(_ articles: [Article]) -> [EventGrouper.Features] {
        let analysis = CorpusAnalysis.analyze(Corpus(articles: articles))
        let builder = TimelineBuilder()
        var result: [EventGrouper.Features] = []
        for (ai, article) in analysis.corpus.articles.enumerated() {
            let mentions = analysis.mentionsByArticle[article.id] ?? []
            let found = builder.articleEvents(in: AnalyzedArticle(article), times: analysis.timesByArticle[article.id] ?? [],
                                              mentions: mentions)
            for event in found.events {
                result.append(EventGrouper.features(event, article: ai, mentions: mentions, date: TimexValue(event.date)))
            }
        }
        return result
    }

    /// Groups as sets of event indexes, whatever their representatives.
    private func partition(_ groups: [Int]) -> Set<Set<Int>> {
        Set(Dictionary(grouping: groups.indices, by: { groups[$0] }).values.map(Set.init))
    }

    func testABusyDayGroupsAsEveryPairWouldWithAFractionOfTheComparisons() {
        // Three outlets each republish the five seed articles on one day:
        // hundreds of events on the same dates, each fact reported thrice.
        var articles: [Article] = []
        for copy in 0..<3 {
            for seed in SeedCorpus.corpus.articles {
                var metadata = seed.metadata
                metadata.date = CalendarDate(iso: "2022-09-14")
                articles.append(CorpusLoader().load(text: seed.text, id: "\(copy)/\(seed.id)", metadata: metadata))
            }
        }
        let all = features(articles)
        XCTAssertGreaterThan(all.count, 100)
        var filtered = EventGrouper()
        var exhaustive = EventGrouper()
        exhaustive.comparesEveryPair = true
        let a = filtered.groups(all), b = exhaustive.groups(all)
        XCTAssertEqual(partition(a), partition(b))
        // Copies of a day-dated event are one fact (events dated by a whole
        // year are never compared, so not every copy joins its others).
        XCTAssertLessThan(partition(a).count, all.count / 2)
        XCTAssertLessThan(filtered.comparedPairs * 3, exhaustive.comparedPairs,
                          "\(filtered.comparedPairs) of \(exhaustive.comparedPairs) pairs compared")
    }
}
