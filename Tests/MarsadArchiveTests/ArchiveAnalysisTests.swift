import Foundation
import GRDB
import MarsadTestSupport
import XCTest
@testable import MarsadArchive
@testable import MarsadModel

/// The archive as the analysis cache: an article is analysed once,
/// whether it is read from the archive or from its folder.
final class ArchiveAnalysisTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var path: String { folder.path + "/archive.sqlite" }

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    private func seeds() -> Corpus { CorpusLoader().load(paths: [SeedCorpus.folder]) }

    func testAnArticleIsAnalysedOnceFromTheArchiveOrFromItsFolder() throws {
        let archive = try Archive(path: path)
        try archive.add(seeds())
        let version = AnalysisVersion.current(catalog: .standard)
        XCTAssertEqual(try archive.stats(version: version).pending, 5)

        let stored = try archive.corpus()
        let first = CorpusAnalysis.analyze(stored, cache: archive)
        XCTAssertEqual(first.counts, .init(analyzed: 5, reused: 0))
        XCTAssertEqual(try archive.stats(version: version).pending, 0)

        // Another process opening the same file: nothing is analysed again,
        // from the archive's copy or from the seed folder.
        let reopened = try Archive(path: path)
        let fromArchive = CorpusAnalysis.analyze(try reopened.corpus(), cache: reopened)
        let fromFolder = CorpusAnalysis.analyze(seeds(), cache: reopened)
        XCTAssertEqual(fromArchive.counts, .init(analyzed: 0, reused: 5))
        XCTAssertEqual(fromFolder.counts, .init(analyzed: 0, reused: 5))

        let plain = CorpusAnalysis.analyze(seeds())
        for analysis in [first, fromArchive, fromFolder] {
            XCTAssertEqual(analysis.mentionsByArticle, plain.mentionsByArticle)
            XCTAssertEqual(analysis.timesByArticle, plain.timesByArticle)
            XCTAssertEqual(analysis.timeline, plain.timeline)
        }
        XCTAssertNil(reopened.cacheFailure)
        // The timeline's groups were made once, then read back.
        XCTAssertFalse(first.reusedTimelineGroups)
        XCTAssertTrue(fromArchive.reusedTimelineGroups)
        XCTAssertTrue(fromFolder.reusedTimelineGroups)
        // Groups that do not fit are found again, not trusted.
        try reopened.write { db in try db.execute(sql: "UPDATE timelineGroups SET data = x'00000000'") }
        let regrouped = CorpusAnalysis.analyze(seeds(), cache: reopened)
        XCTAssertEqual(regrouped.timelineGrouping, .full)
        XCTAssertEqual(regrouped.timeline, plain.timeline)
    }

    /// The groups of a dated event, as sets of (article, sentence).
    private func groups(_ analysis: CorpusAnalysis) -> Set<Set<String>> {
        Set(Dictionary(grouping: analysis.timeline, by: \.groupID).values.map { Set($0.map { "\($0.articleID) \($0.sentenceIndex)" }) })
    }

    func testAnAddedArticleIsGroupedAgainstTheKeptGroupsWithoutRegroupingTheRest() throws {
        let archive = try Archive(path: path)
        let first = CorpusAnalysis.analyze(seeds(), cache: archive)
        XCTAssertEqual(first.timelineGrouping, .full)
        // Another outlet's report of the 49 soldiers killed (told in
        // 000 and 002), and of nothing else the seeds report.
        var metadata = ArticleMetadata()
        metadata.date = CalendarDate(iso: "2022-09-13")
        let report = CorpusLoader().load(text: """
            أرمينيا تعلن مقتل 49 من جنودها

            أعلن رئيس الوزراء الأرميني نيكول باشينيان، الثلاثاء، مقتل 49 جنديا أرمنيا في الاشتباكات الحدودية مع أذربيجان.

            وقال سكان في بلدة جيرموك إنهم سمعوا دوي انفجارات طوال الليل.
            """, id: "later.txt", metadata: metadata)
        var more = seeds()
        more.articles.append(report)
        let grown = CorpusAnalysis.analyze(more, cache: archive)
        guard case .incremental(let newEvents) = grown.timelineGrouping else {
            return XCTFail("grouped \(grown.timelineGrouping), not incrementally")
        }
        XCTAssertEqual(newEvents, grown.timeline.filter { $0.articleID == "later.txt" }.count)
        XCTAssertGreaterThan(newEvents, 0)
        // Only pairs with the new article's events were compared: far fewer
        // than grouping everything again.
        let scratch = CorpusAnalysis.analyze(more)
        XCTAssertEqual(scratch.timelineGrouping, .full)
        XCTAssertLessThan(grown.comparedEventPairs * 2, scratch.comparedEventPairs,
                          "\(grown.comparedEventPairs) pairs of \(scratch.comparedEventPairs)")
        // Every old group is as it was, the new article's events aside.
        let old = groups(first)
        let kept = Set(groups(grown).map { $0.filter { !$0.hasPrefix("later.txt") } }.filter { !$0.isEmpty })
        XCTAssertEqual(kept, old)
        // Its report of the 49 soldiers joined the group of the seeds' reports.
        let soldiers = grown.timeline.first { $0.articleID == "later.txt" && $0.text.contains("49") }
        XCTAssertNotNil(soldiers)
        let group = grown.timeline.filter { $0.groupID == soldiers?.groupID }
        XCTAssertTrue(group.contains { $0.articleID.rawValue.hasPrefix("000") }, "\(group.map(\.articleID))")
        // The same corpus again: the groups as kept, nothing compared.
        let again = CorpusAnalysis.analyze(more, cache: archive)
        XCTAssertEqual(again.timelineGrouping, .reused)
        XCTAssertEqual(again.comparedEventPairs, 0)
        XCTAssertEqual(again.timeline, grown.timeline)
        // Half as many events again as the base: everything is grouped afresh.
        var doubled = more
        for seed in seeds().articles.prefix(3) {
            doubled.articles.append(CorpusLoader().load(text: seed.text + "\n\nنقلا عن وكالة.", id: "copy/\(seed.id)", metadata: seed.metadata))
        }
        let regrouped = CorpusAnalysis.analyze(doubled, cache: archive)
        XCTAssertEqual(regrouped.timelineGrouping, .full)
        XCTAssertEqual(regrouped.timeline, CorpusAnalysis.analyze(doubled).timeline)
    }

    func testANewAnalyserVersionAnalysesAgainAndOldAnalysesCanBeDropped() throws {
        let archive = try Archive(path: path)
        try archive.add(seeds())
        _ = CorpusAnalysis.analyze(try archive.corpus(), cache: archive)
        var catalog = ActorCatalog.standard
        _ = catalog.merge(tsv: "id\ttype\tenglish\tarabic\taliases\nRUBEN_VARDANYAN\tPER\tRuben Vardanyan\tروبن فاردانيان\tفاردانيان\n",
                          path: "user.tsv")
        let newVersion = AnalysisVersion.current(catalog: catalog)
        XCTAssertEqual(try archive.stats(version: newVersion).pending, 5, "the other catalog's analyses do not count")
        let again = CorpusAnalysis.analyze(try archive.corpus(), catalog: catalog, cache: archive)
        XCTAssertEqual(again.counts.analyzed, 5)
        let stats = try archive.stats(version: newVersion)
        XCTAssertEqual(stats.pending, 0)
        XCTAssertEqual(stats.otherVersions, 5)
        XCTAssertEqual(try archive.dropAnalyses(otherThan: newVersion), 5)
        XCTAssertEqual(try archive.stats(version: newVersion).otherVersions, 0)
    }

    func testAReadOnlyArchiveServesItsAnalysesAndSaysItCannotKeepNewOnes() throws {
        let writer = try Archive(path: path)
        try writer.add(seeds())
        _ = CorpusAnalysis.analyze(try writer.corpus(), cache: writer)

        let readOnly = try Archive(path: path, readOnly: true)
        var corpus = try readOnly.corpus()
        XCTAssertEqual(CorpusAnalysis.analyze(corpus, cache: readOnly).counts.reused, 5)
        XCTAssertNil(readOnly.cacheFailure)
        let extra = CorpusLoader().load(text: "أعلنت روسيا وقفا لإطلاق النار في قره باغ.", id: "new.txt")
        corpus.articles.append(extra)
        let analysis = CorpusAnalysis.analyze(corpus, cache: readOnly)
        XCTAssertEqual(analysis.counts, .init(analyzed: 1, reused: 5))
        XCTAssertFalse(analysis.mentionsByArticle["new.txt"]!.isEmpty, "analysed all the same")
        XCTAssertEqual(readOnly.cacheFailure, .readOnly(path))
    }

    func testAFirstVersionArchiveIsUpgradedWithItsArticles() throws {
        do {
            let pool = try DatabasePool(path: path)
            try Archive.migrator.migrate(pool, upTo: "v1: articles and search")
            try pool.write { db in
                try db.execute(sql: """
                    INSERT INTO article (doc, sourcePath, contentHash, text, title, bytes, addedAt)
                    VALUES ('old.txt', 'old.txt', 'h', 'قالت وزارة الخارجية الأرمينية إن المفاوضات مستمرة.', '', 10, 0)
                    """)
            }
        }
        XCTAssertThrowsError(try Archive(path: path, readOnly: true)) { error in
            XCTAssertEqual(error as? ArchiveError, .needsUpgrade(path))
        }
        let archive = try Archive(path: path)
        XCTAssertEqual(try archive.stats().schemaVersion, "v4: search prefixes")
        XCTAssertEqual(try archive.corpus().articles.map(\.id), ["old.txt"])
        XCTAssertEqual(CorpusAnalysis.analyze(try archive.corpus(), cache: archive).counts.analyzed, 1)
    }

    func testASecondOpenReadsTheKeptStructureAndBuildsTheSameArticles() throws {
        let archive = try Archive(path: path)
        try archive.add(seeds())
        let first = try archive.corpus()
        let kept = try archive.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM structure") }
        XCTAssertEqual(kept, 5)
        // Damage one kept structure: that article is made again, not trusted.
        try archive.write { db in try db.execute(sql: "UPDATE structure SET data = x'0102' WHERE id = 2") }
        let second = try Archive(path: path, readOnly: true).corpus()
        let folder = seeds()
        for (a, b) in zip(second.articles, folder.articles) {
            XCTAssertEqual(a.id, b.id)
            XCTAssertEqual(a.paragraphs, b.paragraphs, "\(a.id)")
            XCTAssertEqual(a.sentences, b.sentences, "\(a.id)")
            XCTAssertEqual(a.headlineIndex, b.headlineIndex)
            XCTAssertEqual(a.metadata, b.metadata)
            XCTAssertEqual(a.title, b.title)
        }
        XCTAssertEqual(first.articles.map(\.paragraphs), second.articles.map(\.paragraphs))
        // A new article changes the template lines: the others are made again under them.
        let banner = "اقرأ أيضا: أخبار المرصد اليوم"
        let more = (0..<3).map { i in
            CorpusLoader().load(text: banner + "\nأعلنت وزارة الخارجية الأرمينية اليوم بيانا رقم \(i) حول الحدود.", id: "m\(i).txt")
        }
        try archive.add(Corpus(articles: more))
        let grown = try archive.corpus()
        let fresh = CorpusLoader.applyingTemplateLines(Corpus(articles: folder.articles.map {
            var a = CorpusLoader().load(text: $0.text, id: $0.id.rawValue, metadata: $0.metadata)
            a.sourcePath = $0.sourcePath
            return a
        } + more))
        XCTAssertEqual(grown.articles.map(\.paragraphs), fresh.articles.map(\.paragraphs))
        XCTAssertEqual(try Archive(path: path).corpus().articles.map(\.paragraphs), fresh.articles.map(\.paragraphs))
    }

    func testTwoFoldersWithTheSameFileNameKeepTwoArticles() throws {
        let archive = try Archive(path: path)
        let a = CorpusLoader().load(text: "أعلنت أرمينيا أن الحدود هادئة.", id: "001.txt")
        let b = CorpusLoader().load(text: "أعلنت أذربيجان أن الحدود هادئة.", id: "001.txt")
        XCTAssertEqual(try archive.add(Corpus(articles: [a])).added, ["001.txt"])
        XCTAssertEqual(try archive.add(Corpus(articles: [b])).added, ["001.txt#2"])
        let ids = try archive.corpus().articles.map(\.id)
        XCTAssertEqual(ids, ["001.txt", "001.txt#2"])
        XCTAssertEqual(Set(CorpusAnalysis.analyze(try archive.corpus()).mentionsByArticle.keys), Set(ids))
    }
}
