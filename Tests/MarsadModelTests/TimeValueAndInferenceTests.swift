import Foundation
import MarsadTestSupport
import XCTest
@testable import MarsadModel

/// Reading TIMEX3 values back, and dating articles that state no date.
final class TimexValueTests: XCTestCase {
    func testGranularityAndSpan() {
        XCTAssertEqual(TimexValue("2022").granularity, .year)
        XCTAssertEqual(TimexValue("2022-09").dayRange, CalendarDate(iso: "2022-09-01")!...CalendarDate(iso: "2022-09-30")!)
        XCTAssertEqual(TimexValue("2022-W37").dayRange?.lowerBound, CalendarDate(iso: "2022-09-12"))
        XCTAssertEqual(TimexValue("2022-09-13TEV").granularity, .partOfDay)
        XCTAssertEqual(TimexValue("2022-09-13T06:00").granularity, .clock)
        XCTAssertEqual(TimexValue("199").dayRange?.upperBound, CalendarDate(iso: "1999-12-31"))
        XCTAssertEqual(TimexValue("XXXX-WXX-2").kind, .relative)
        XCTAssertEqual(TimexValue("P44D").kind, .duration)
        XCTAssertEqual(TimexValue("PAST_REF").kind, .reference)
        XCTAssertTrue(TimexValue("2022-09-13").isInside(TimexValue("2022-09")))
    }

    func testCoarseDatesSortBeforeFinerOnesInTheirSpan() {
        let values = ["2022-09-13TEV", "2022-09-13", "XXXX-WXX-2", "2022", "2022-09-13T06:00", "2022-09", "2020",
                      "2022-09-12TEV", "2022-09-13TMO", "2023-09-19"]
        let sorted = values.sorted { TimexValue($0).sortKey < TimexValue($1).sortKey }
        XCTAssertEqual(sorted, ["2020", "2022", "2022-09", "2022-09-12TEV", "2022-09-13", "2022-09-13T06:00",
                                "2022-09-13TMO", "2022-09-13TEV", "2023-09-19", "XXXX-WXX-2"])
    }

    func testReadableValues() {
        XCTAssertEqual(TimexValue("2022-09-13TEV").readable, "Tuesday 13 September 2022, evening")
        XCTAssertEqual(TimexValue("XXXX-WXX-2").readable, "Tuesday, publication unknown")
        XCTAssertEqual(TimexValue("XXXX-WXX-2TEV").readable, "Tuesday, evening, publication unknown")
        XCTAssertEqual(TimexValue("PUB-1D").readable, "yesterday, publication unknown")
        XCTAssertEqual(TimexValue("PUB-1W").readable, "last week, publication unknown")
        XCTAssertEqual(TimexValue("PUBTEV").readable, "the day of publication (unknown), evening")
        XCTAssertEqual(TimexValue("XXXX-09-12").readable, "12 September, year unknown")
        XCTAssertEqual(TimexValue("P44D").readable, "44 days")
        XCTAssertEqual(TimexValue("PXDE").readable, "decades")
        XCTAssertEqual(TimexValue("2022-09").readable, "September 2022")
    }
}

final class PublicationDateInferenceTests: XCTestCase {
    private func infer(_ text: String) -> PublicationDateInference.Result? {
        PublicationDateInference().infer(CorpusLoader().load(text: text, id: "t"))
    }

    func testAFullDateTiedToTodayDatesTheArticle() {
        let r = infer("ونقلت وكالة تاس عن الكرملين قوله اليوم الخميس 1 أكتوبر 2020 إن الوضع خطير.")
        XCTAssertEqual(r?.date, CalendarDate(iso: "2020-10-01"))
        XCTAssertEqual(r?.confidence, 0.9)
    }

    func testAWeekdayWithDayAndMonthTakesItsYearFromTheYearsTheTextMentions() {
        // 10 September fell on a Sunday in 2023 (and again in 2028): the
        // text mentions 2022, so 2023; "اليوم الأربعاء" then gives the 13th.
        let r = infer("""
            أعلنت السلطات اليوم الأربعاء ارتفاع الحصيلة.
            وكانت العاصفة قد وصلت مساء الأحد 10 سبتمبر، بعد تحذيرات أطلقها باحثون في 2022.
            """)
        XCTAssertEqual(r?.date, CalendarDate(iso: "2023-09-13"))
        XCTAssertLessThan(r!.confidence, 0.7, "two years fit the weekday within the window: less sure")
        let alone = infer("اندلعت المواجهات مساء الإثنين 12 سبتمبر، في أعنف قتال منذ حرب 2020.")
        XCTAssertEqual(alone?.date, CalendarDate(iso: "2022-09-12"))
        XCTAssertEqual(alone!.confidence, 0.45, accuracy: 0.001)
    }

    func testNoDatedDayMeansNoDate() {
        XCTAssertNil(infer("قتل ما لا يقل عن 100 جندي الثلاثاء في أعنف معارك منذ الحرب في 2020."))
        XCTAssertNil(infer("اندلعت المواجهات الثلاثاء 13 سبتمبر."), "no year in the text bounds the weekday")
        let text = try! String(contentsOfFile: SeedCorpus.folder + "/000_cf7b6ba5e297149c.txt", encoding: .utf8)
        XCTAssertNil(infer(text), "000 names only weekdays and years")
    }

    func testTheSeedWithADatelineIsDatedByItAndOthersByInference() {
        let text002 = try! String(contentsOfFile: SeedCorpus.folder + "/002_6b939b76667bada4.txt", encoding: .utf8)
        let loaded = CorpusLoader().load(text: text002, id: "002")
        XCTAssertEqual(loaded.metadata.date, CalendarDate(iso: "2022-09-14"))
        XCTAssertEqual(loaded.metadata.dateSource, .dateline)

        let undated = CorpusLoader().load(text: "أعلنت السلطات اليوم الأربعاء 13 سبتمبر 2023 ارتفاع الحصيلة.", id: "u")
        let corpus = PublicationDateInference().apply(to: Corpus(articles: [undated, loaded]))
        XCTAssertEqual(corpus.articles[0].metadata.date, CalendarDate(iso: "2023-09-13"))
        XCTAssertEqual(corpus.articles[0].metadata.dateSource, .inferred)
        XCTAssertEqual(corpus.articles[0].metadata.dateConfidence, 0.9)
        XCTAssertEqual(corpus.articles[1].metadata.dateSource, .dateline, "a stated date is left alone")
    }

    func testAnalysisDatesUndatedArticlesAndResolvesTheirTimes() {
        let undated = CorpusLoader().load(text: """
            اتهمت أرمينيا أمس الأربعاء 14 سبتمبر 2022 أذربيجان بقصف مواقعها.
            وقال مسؤول إن القتال تجدد صباحا.
            """, id: "u")
        let analysis = CorpusAnalysis.analyze(Corpus(articles: [undated]))
        XCTAssertEqual(analysis.corpus.articles[0].metadata.date, CalendarDate(iso: "2022-09-15"))
        XCTAssertEqual(analysis.corpus.articles[0].metadata.dateSource, .inferred)
        XCTAssertEqual(analysis.timesByArticle["u"]?.map(\.value), ["2022-09-14", "2022-09-15TMO"])
    }
}
