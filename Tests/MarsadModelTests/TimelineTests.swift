import Foundation
import MarsadTestSupport
import XCTest
@testable import MarsadModel

/// The seed timeline (order, groups, no boilerplate) and the rules of
/// events on made-up but realistic reports.
final class TimelineTests: XCTestCase {
    private static let analysis = CorpusAnalysis.analyze(SeedCorpus.corpus)
    private var timeline: [TimelineEvent] { Self.analysis.timeline }

    private func event(_ doc: String, containing text: String) -> TimelineEvent? {
        timeline.first { $0.articleID.rawValue.hasPrefix(doc) && $0.text.contains(text) }
    }

    private func position(_ e: TimelineEvent?) -> Int {
        guard let e else { return -1 }
        return timeline.firstIndex(of: e) ?? -1
    }

    // MARK: - The seeds

    func testTheSeedTimelineRunsFromThe2020WarToThe2023Offensive() throws {
        let war2020 = try XCTUnwrap(event("000", containing: "كان آخرها في عام 2020"))
        let warDay2020 = try XCTUnwrap(event("001", containing: "وأعلنت وزارة الدفاع الأذربيجانية، الخميس"))
        let clashes12 = try XCTUnwrap(event("002", containing: "الاشتباكات التي وقعت مساء الإثنين"))
        let clashes13 = try XCTUnwrap(event("000", containing: "قتل ما لا يقل عن 100 جندي"))
        let ceasefire = try XCTUnwrap(event("000", containing: "وأعلنت روسيا وقفا لإطلاق النار"))
        let renewed14 = try XCTUnwrap(event("004", containing: "اشتباكات جديدة اندلعت"))
        let offensive = try XCTUnwrap(event("003", containing: "أجلت، أمس الثلاثاء"))
        XCTAssertEqual(war2020.date.raw, "2020")
        XCTAssertEqual(warDay2020.date.raw, "2020-10-01")
        XCTAssertEqual(clashes12.date.raw, "2022-09-12TEV")
        XCTAssertEqual(clashes13.date.raw, "2022-09-13")
        XCTAssertEqual(ceasefire.date.raw, "2022-09-13T06:00")
        XCTAssertEqual(ceasefire.kind, .ceasefire)
        XCTAssertEqual(renewed14.date.raw, "2022-09-14TMO")
        XCTAssertEqual(offensive.date.raw, "2023-09-19")
        let order = [war2020, warDay2020, clashes12, clashes13, ceasefire, renewed14, offensive].map(position)
        XCTAssertEqual(order, order.sorted(), "events out of time order: \(order)")
        XCTAssertFalse(order.contains(-1))
    }

    func testEventsAreInDateOrderWithCoarseDatesFirst() {
        let keys = timeline.map(\.dateSortKey)
        XCTAssertEqual(keys, keys.sorted())
        XCTAssertEqual(timeline.first?.date.raw, "1992")
        // The year 2020 comes before the days of 2020 it contains.
        let lastYear2020 = timeline.lastIndex { $0.date.raw == "2020" }!
        let firstDay2020 = timeline.firstIndex { $0.date.raw.hasPrefix("2020-") }!
        XCTAssertLessThan(lastYear2020, firstDay2020)
    }

    func testThe49ArmenianSoldiersAreOneFactWithThreeSources() throws {
        let afp = try XCTUnwrap(event("000", containing: "مقتل 49 جنديا ارمنيا"))
        let seeds: [ArticleID] = ["000_cf7b6ba5e297149c.txt", "002_6b939b76667bada4.txt", "004_d0bff4b9121d95b6.txt"]
        XCTAssertEqual(afp.sources, seeds)
        let group = timeline.filter { $0.groupID == afp.groupID }
        XCTAssertEqual(group.map(\.articleID), seeds)
        XCTAssertTrue(group.contains { $0.text.contains("قتلت 49 جندياً أرمينياً") })
        XCTAssertTrue(group.contains { $0.text.contains("نحو 50 جندياً أرمينياً") })
        // The 50 Azerbaijani soldiers of the same evening are another fact.
        let azerbaijani = try XCTUnwrap(event("000", containing: "50 جنديا اذربيجانيا"))
        XCTAssertNotEqual(azerbaijani.groupID, afp.groupID)
        let entry = try XCTUnwrap(TimelineBuilder.entries(timeline).first { $0.groupID == afp.groupID })
        XCTAssertEqual(entry.sources, seeds)
        XCTAssertEqual(entry.date.raw, "2022-09-13TMO", "the group is dated by its finest own date")
    }

    func testBoilerplateNeverFeedsTheTimeline() {
        for e in timeline {
            let article = SeedCorpus.article(String(e.articleID.rawValue.prefix(3)))
            let paragraph = article.paragraphs[article.sentences[e.sentenceIndex].paragraphIndex]
            XCTAssertEqual(paragraph.role, .body, e.text)
            XCTAssertFalse(e.date.raw.hasPrefix("2024"), e.text)
        }
        XCTAssertFalse(timeline.contains { $0.text.contains("مشاهدة") })
    }

    func testEventsCarryHowTheirDateWasFoundTheirActorsAndSpeaker() throws {
        let ceasefire = try XCTUnwrap(event("000", containing: "وأعلنت روسيا وقفا لإطلاق النار"))
        XCTAssertEqual(ceasefire.dateOrigin, .own)
        XCTAssertEqual(ceasefire.speakerID, "RU")
        XCTAssertEqual(Set(ceasefire.actorIDs), ["RU", "AZ", "AM"])
        XCTAssertEqual(ceasefire.granularity, .clock)

        let lead = try XCTUnwrap(event("002", containing: "قال الرئيس الروسي فلاديمير بوتين"))
        XCTAssertEqual(lead.dateOrigin, .publication)
        XCTAssertEqual(lead.date.raw, "2022-09-14")
        XCTAssertEqual(lead.speakerID, "PUTIN")

        let inherited = try XCTUnwrap(event("002", containing: "مجموعات تخريبية"))
        XCTAssertEqual(inherited.dateOrigin, .inherited)
        XCTAssertEqual(inherited.date.raw, "2022-09-12TEV")

        let reported = try XCTUnwrap(event("001", containing: "ونقلت وكالة تاس للأنباء عن الكرملين"))
        XCTAssertEqual(reported.speakerID, "KREMLIN", "نقل … عن: the source speaks")
        XCTAssertEqual(event("000", containing: "ومساء اعلنت وزارة الدفاع")?.speakerID, "AZ.defense-ministry")
    }

    func testKindsOfTheSeedEvents() {
        XCTAssertEqual(event("000", containing: "مقتل 49 جنديا")?.kind, .casualties)
        XCTAssertEqual(event("001", containing: "ومساء الأربعاء، دعا الرئيس الروسي")?.kind, .diplomacy)
        XCTAssertEqual(event("003", containing: "أجلت، أمس الثلاثاء")?.kind, .evacuation)
        XCTAssertEqual(event("004", containing: "اتهمت أرمينيا أمس الأربعاء")?.kind, .statement)
        XCTAssertEqual(event("002", containing: "الاشتباكات التي وقعت مساء الإثنين")?.kind, .clash)
    }

    func testBackgroundYearsDoNotDateAnEvent() {
        // "بعد حرب 2020" names a war; the sentence is about 2022 and has no date of its own.
        XCTAssertNil(event("000", containing: "بعد حرب 2020"))
        // "الأعنف منذ … 2020": the clashes of the 13th, not of 2020.
        XCTAssertEqual(event("000", containing: "اعنف معارك منذ الحرب")?.date.raw, "2022-09-13")
    }

    // MARK: - Rules on made-up reports

    /// An article with a headline (its first line) unless `text` has one.
    private func article(_ id: String, _ text: String, date: String?, headline: String = "تطورات ميدانية وسياسية") -> Article {
        let full = text.contains("\n\n") || text.isEmpty ? text : headline + "\n\n" + text
        return CorpusLoader().load(text: full, id: id, metadata: ArticleMetadata(date: date.flatMap(CalendarDate.init(iso:))))
    }

    /// Mentions of `names` (text → actor id) wherever they occur.
    private func mentions(_ a: Article, _ names: [String: String]) -> [Mention] {
        var result: [Mention] = []
        for (name, id) in names {
            let needle = Array(name.unicodeScalars)
            var i = 0
            while i + needle.count <= a.scalars.count {
                if Array(a.scalars[i..<(i + needle.count)]) == needle {
                    result.append(Mention(articleID: a.id, range: ScalarRange(start: i, end: i + needle.count), text: name,
                                          type: .organization, actorID: ActorID(id), inBoilerplate: a.isBoilerplate(ScalarRange(start: i, end: i + 1))))
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return result.sorted { $0.range < $1.range }
    }

    private func build(_ articles: [Article], names: [String: String] = [:]) -> [TimelineEvent] {
        let corpus = Corpus(articles: articles)
        var times: [ArticleID: [TimeExpression]] = [:]
        var found: [ArticleID: [Mention]] = [:]
        for a in articles {
            times[a.id] = TimeTagger().tag(a)
            found[a.id] = mentions(a, names)
        }
        return TimelineBuilder().build(corpus: corpus, times: times, mentions: found)
    }

    func testDatesComeFromTheSentenceThePreviousSentenceOrTheLead() {
        let a = article("a", """
            غارات على ريف إدلب

            قتل خمسة مدنيين في غارات جوية على ريف إدلب. وقال الدفاع المدني إن فرقه انتشلت الجثث.

            وكان الجيش قد شن هجوما الأحد. واستمر القصف بعنف.

            ويعيش في المنطقة أكثر من ثلاثة ملايين شخص.
            """, date: "2023-10-10")
        let events = build([a])
        // Sunday before Tuesday 10 October 2023 is the 8th.
        XCTAssertEqual(events.map(\.date.raw), ["2023-10-08", "2023-10-08", "2023-10-10", "2023-10-10"])
        XCTAssertEqual(events.map(\.dateOrigin), [.own, .inherited, .publication, .inherited])
        XCTAssertFalse(events.contains { $0.text.contains("ثلاثة ملايين") }, "no date, not in the lead: no event")
        XCTAssertFalse(events.contains { $0.text == "غارات على ريف إدلب" }, "the headline is no event")
    }

    func testAnUndatedArticleKeepsItsEventsRelativeAndLast() {
        let dated = article("a", "اندلعت اشتباكات عنيفة على الحدود الثلاثاء 13 سبتمبر 2022.", date: nil)
        let undated = article("b", "قصفت المدفعية مواقع للجيش الثلاثاء. وقال مسؤول إن الوضع هادئ.", date: nil)
        let events = build([undated, dated])
        XCTAssertEqual(events.map(\.date.raw), ["2022-09-13", "XXXX-WXX-2", "XXXX-WXX-2"])
        XCTAssertEqual(events[1].readableDate, "Tuesday, publication unknown")
    }

    func testSpeakersOfAttributedClaims() {
        let a = article("a", """
            قالت وزارة الدفاع الأذربيجانية إن أرمينيا قصفت مواقعها الثلاثاء.
            ونقلت وكالة تاس عن الكرملين قوله الثلاثاء إن موسكو قلقة.
            وأعلنت الأمم المتحدة الثلاثاء إرسال مساعدات، بحسب المتحدث باسمها.
            """, date: "2022-09-14")
        let events = build([a], names: [
            "وزارة الدفاع الأذربيجانية": "AZ.defense-ministry", "أرمينيا": "AM", "وكالة تاس": "TASS",
            "الكرملين": "KREMLIN", "موسكو": "MOSCOW", "الأمم المتحدة": "UN",
        ])
        XCTAssertEqual(events.map(\.speakerID), ["AZ.defense-ministry", "KREMLIN", "UN"])
        XCTAssertEqual(events[0].actorIDs, ["AZ.defense-ministry", "AM"])
    }

    func testKindsFromLexicalCues() {
        let a = article("a", """
            قتل 12 مدنيا في قصف على البلدة الإثنين.
            وتبادل الجيشان إطلاق النار واندلعت اشتباكات عنيفة على الحدود الإثنين.
            ودخل وقف إطلاق النار حيز التنفيذ الإثنين.
            ودعا الأمين العام الطرفين الإثنين إلى وقف فوري لإطلاق النار خلال اتصال هاتفي.
            واتهمت الحكومة المعارضة الإثنين بعرقلة الاتفاق.
            وأجلت السلطات الإثنين ألف شخص من القرى الحدودية.
            وافتتح الوزير الإثنين معرضا للكتاب.
            """, date: "2023-05-10")
        XCTAssertEqual(build([a]).map(\.kind), [.casualties, .clash, .ceasefire, .diplomacy, .statement, .evacuation, .other])
    }

    func testTheSameCountedFactIsGroupedAcrossArticlesButDifferentCountsAreNot() {
        let a = article("a", "قتل 12 مدنيا سوريا في غارة جوية على مخيم للنازحين في ريف إدلب الإثنين.", date: "2023-10-10")
        let b = article("b", "أسفرت غارة استهدفت مخيما للنازحين في إدلب أمس الإثنين عن مقتل 12 مدنيا سوريا.", date: "2023-10-10")
        let c = article("c", "قتل 30 مدنيا سوريا في غارة جوية على مخيم للنازحين في ريف إدلب الإثنين.", date: "2023-10-10")
        let d = article("d", "افتتح وزير التربية الإثنين مدرسة جديدة في حلب.", date: "2023-10-10")
        let events = build([a, b, c, d], names: ["إدلب": "IDLIB", "حلب": "ALEPPO"])
        let ea = events.first { $0.articleID == "a" }!, eb = events.first { $0.articleID == "b" }!
        let ec = events.first { $0.articleID == "c" }!, ed = events.first { $0.articleID == "d" }!
        XCTAssertEqual(ea.groupID, eb.groupID)
        XCTAssertEqual(ea.sources, ["a", "b"])
        XCTAssertNotEqual(ea.groupID, ec.groupID, "12 and 30 killed are different facts")
        XCTAssertNotEqual(ea.groupID, ed.groupID)
        XCTAssertEqual(TimelineBuilder.entries(events).count, 3)
    }

    func testNothingOnAnEmptyOrBoilerplateOnlyCorpus() {
        XCTAssertTrue(build([]).isEmpty)
        XCTAssertTrue(build([article("e", "", date: "2023-01-01")]).isEmpty)
    }
}
