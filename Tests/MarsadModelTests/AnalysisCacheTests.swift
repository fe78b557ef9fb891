@testable import MarsadModel
import MarsadTestSupport
import XCTest

/// An in-memory cache that counts what it is asked and given.
final class MemoryCache: AnalysisCache {
    var entries: [String: [UInt8]] = [:]
    var versions: Set<String> = []
    var stores = 0

    func key(text: String, context: String) -> String { text + "\u{0}" + context }

    func cachedAnalyses(for keys: [String]) -> [String: [UInt8]] {
        var found: [String: [UInt8]] = [:]
        for key in keys { found[key] = entries[key] }
        return found
    }

    func storeAnalyses(_ new: [(key: String, bytes: [UInt8])], version: String) {
        for entry in new { entries[entry.key] = entry.bytes }
        versions.insert(version)
        stores += new.count
    }

    var events: [String: [UInt8]] = [:]

    func cachedEvents(for keys: [String]) -> [String: [UInt8]] {
        var found: [String: [UInt8]] = [:]
        for key in keys { found[key] = events[key] }
        return found
    }

    func storeEvents(_ new: [(key: String, bytes: [UInt8])], version: String) {
        for entry in new { events[entry.key] = entry.bytes }
    }
}

final class AnalysisCacheTests: XCTestCase {
    /// The seeds, plus an undated article whose date is inferred from its text.
    var corpus: Corpus {
        let undated = CorpusLoader().load(
            text: "قصف على الحدود\nقالت وزارة الدفاع الأرمينية اليوم الخميس 1 أكتوبر 2020 إن القوات الأذربيجانية قصفت مدينة ستيباناكيرت، وإن الرئيس إلهام علييف رفض الهدنة.",
            id: "undated.txt", metadata: ArticleMetadata())
        return Corpus(articles: SeedCorpus.corpus.articles + [undated])
    }

    func testASecondAnalysisReadsEveryArticleFromTheCacheAndFindsTheSame() {
        let corpus = self.corpus
        let cache = MemoryCache()
        let plain = CorpusAnalysis.analyze(corpus)
        let first = CorpusAnalysis.analyze(corpus, cache: cache)
        XCTAssertEqual(first.counts, .init(analyzed: corpus.articles.count, reused: 0))
        XCTAssertEqual(cache.stores, corpus.articles.count)

        let second = CorpusAnalysis.analyze(corpus, cache: cache)
        XCTAssertEqual(second.counts, .init(analyzed: 0, reused: corpus.articles.count), "nothing analysed twice")
        XCTAssertEqual(cache.stores, corpus.articles.count, "nothing stored again")
        XCTAssertEqual(first.eventCounts, .init(analyzed: corpus.articles.count, reused: 0))
        XCTAssertEqual(second.eventCounts, .init(analyzed: 0, reused: corpus.articles.count),
                       "no sentence read again for the timeline")
        for analysis in [first, second] {
            XCTAssertEqual(analysis.mentionsByArticle, plain.mentionsByArticle)
            XCTAssertEqual(analysis.actors, plain.actors)
            XCTAssertEqual(analysis.timesByArticle, plain.timesByArticle)
            XCTAssertEqual(analysis.timeline, plain.timeline)
            XCTAssertEqual(analysis.corpus.articles.map(\.metadata), plain.corpus.articles.map(\.metadata))
        }
        // The undated article's date came back from the cache too.
        let undated = second.corpus.articles.last!.metadata
        XCTAssertEqual(undated.date?.iso, "2020-10-01")
        XCTAssertEqual(undated.dateSource, .inferred)
        XCTAssertTrue(second.mentionsByArticle["undated.txt"]!.contains { $0.actorID == "ALIYEV" })
    }

    func testAnEntitiesOnlyAnalysisFillsTheCacheForTheWholeOne() {
        let cache = MemoryCache()
        let entities = CorpusAnalysis.analyze(corpus, parts: .entities, cache: cache)
        XCTAssertEqual(entities.mentionsByArticle, CorpusAnalysis.analyze(corpus, parts: .entities).mentionsByArticle)
        let whole = CorpusAnalysis.analyze(corpus, cache: cache)
        XCTAssertEqual(whole.counts.analyzed, 0)
        XCTAssertEqual(whole.timeline, CorpusAnalysis.analyze(corpus).timeline)
    }

    func testAChangedArticleIsAnalysedAgainAndTheOthersAreNot() {
        let cache = MemoryCache()
        _ = CorpusAnalysis.analyze(corpus, cache: cache)
        var articles = corpus.articles
        let edited = articles[1]
        articles[1] = CorpusLoader().load(text: edited.text + "\nوأعلن الكرملين أن الرئيس فلاديمير بوتين سيزور باكو.",
                                          id: edited.id.rawValue, metadata: edited.metadata)
        let again = CorpusAnalysis.analyze(Corpus(articles: articles), cache: cache)
        XCTAssertEqual(again.counts, .init(analyzed: 1, reused: articles.count - 1))
        XCTAssertEqual(again.eventCounts, .init(analyzed: 1, reused: articles.count - 1), "only its events are read again")
        XCTAssertEqual(again.timeline, CorpusAnalysis.analyze(Corpus(articles: articles)).timeline)
        XCTAssertTrue(again.mentionsByArticle[edited.id]!.contains { $0.actorID == "PUTIN" }, "the new sentence was read")

        // Same text, another publication date: relative days resolve otherwise.
        var redated = corpus.articles
        redated[0].metadata.date = CalendarDate(iso: "2021-01-01")
        XCTAssertEqual(CorpusAnalysis.analyze(Corpus(articles: redated), cache: cache).counts.analyzed, 1)
    }

    func testAnotherCatalogIsAnotherVersionAndAnalysesEverythingAgain() {
        let cache = MemoryCache()
        _ = CorpusAnalysis.analyze(corpus, cache: cache)
        var catalog = ActorCatalog.standard
        let issues = catalog.merge(tsv: "id\ttype\tenglish\tarabic\taliases\nRUBEN_VARDANYAN\tPER\tRuben Vardanyan\tروبن فاردانيان\tفاردانيان\n",
                                   path: "user.tsv")
        XCTAssertEqual(issues, [])
        XCTAssertNotEqual(AnalysisVersion.current(catalog: catalog), AnalysisVersion.current(catalog: .standard))
        let again = CorpusAnalysis.analyze(corpus, catalog: catalog, cache: cache)
        XCTAssertEqual(again.counts.reused, 0)
        XCTAssertEqual(cache.versions.count, 2)
        XCTAssertEqual(again.mentionsByArticle, CorpusAnalysis.analyze(corpus, catalog: catalog).mentionsByArticle)
    }

    func testDamagedCacheEntriesAreAnalysedAgainNotTrusted() {
        let cache = MemoryCache()
        _ = CorpusAnalysis.analyze(corpus, cache: cache)
        let keys = cache.entries.keys.sorted()
        cache.entries[keys[0]] = Array(cache.entries[keys[0]]!.dropLast(3))   // cut short
        cache.entries[keys[1]] = [1, 200, 200, 200, 200, 200, 200, 200, 200, 200, 1]  // a huge count
        cache.entries[keys[2]] = [9] + cache.entries[keys[2]]!.dropFirst()   // another format
        let again = CorpusAnalysis.analyze(corpus, cache: cache)
        XCTAssertEqual(again.counts, .init(analyzed: 3, reused: corpus.articles.count - 3))
        XCTAssertEqual(again.mentionsByArticle, CorpusAnalysis.analyze(corpus).mentionsByArticle)
    }

    func testDamagedEventEntriesAreFoundAgainNotTrusted() {
        let cache = MemoryCache()
        let plain = CorpusAnalysis.analyze(corpus)
        _ = CorpusAnalysis.analyze(corpus, cache: cache)
        let keys = cache.events.keys.sorted()
        XCTAssertEqual(keys.count, corpus.articles.count)
        cache.events[keys[0]] = Array(cache.events[keys[0]]!.dropLast(2))       // cut short
        cache.events[keys[1]] = [1, 1, 250, 1]                                  // a sentence it does not have
        cache.events[keys[2]] = [7] + cache.events[keys[2]]!.dropFirst()        // another format
        let again = CorpusAnalysis.analyze(corpus, cache: cache)
        XCTAssertEqual(again.eventCounts, .init(analyzed: 3, reused: corpus.articles.count - 3))
        XCTAssertEqual(again.timeline, plain.timeline)
    }

    func testAnArticlesEventsReadBackAsTheyWereAndTheirKeyFollowsWhereItsMentionsStand() throws {
        let analysis = CorpusAnalysis.analyze(SeedCorpus.corpus)
        let builder = TimelineBuilder()
        var total = 0
        for article in analysis.corpus.articles {
            let mentions = analysis.mentionsByArticle[article.id] ?? []
            let found = builder.articleEvents(in: AnalyzedArticle(article), times: analysis.timesByArticle[article.id] ?? [],
                                              mentions: mentions)
            total += found.events.count
            XCTAssertEqual(ArticleEvents(decoding: found.encoded(), for: article, mentionCount: mentions.count), found)
            if let used = found.events.flatMap(\.mentions).max() {
                XCTAssertNil(ArticleEvents(decoding: found.encoded(), for: article, mentionCount: used),
                             "names a mention the article no longer has")
            }
            let key = ArticleEvents.key(analysisKey: "k", mentions: mentions, publication: article.metadata.date?.iso)
            XCTAssertEqual(key, ArticleEvents.key(analysisKey: "k", mentions: mentions, publication: article.metadata.date?.iso))
            guard var moved = mentions.first else { continue }
            moved.range = ScalarRange(start: moved.range.start + 1, end: moved.range.end)   // a proclitic cut off
            XCTAssertNotEqual(key, ArticleEvents.key(analysisKey: "k", mentions: [moved] + mentions.dropFirst(),
                                                     publication: article.metadata.date?.iso))
            XCTAssertNotEqual(key, ArticleEvents.key(analysisKey: "k", mentions: mentions, publication: "1999-01-01"))
        }
        XCTAssertEqual(total, analysis.timeline.count)
    }
}
