import Foundation
import MarsadTestSupport
import XCTest
@testable import MarsadModel

/// Time expressions on real seed text and on realistic Arabic news lines,
/// one test per construction.
final class TimeTaggerTests: XCTestCase {
    /// (text, type, value) of every expression in `text`, published on `date`.
    private func times(_ text: String, published date: String?) -> [String] {
        let meta = ArticleMetadata(date: date.flatMap(CalendarDate.init(iso:)))
        let article = CorpusLoader().load(text: text, id: "t", metadata: meta)
        return TimeTagger().tag(article).map { "\($0.text)|\($0.type.rawValue)|\($0.value)" }
    }

    private var repository: URL { SeedCorpus.repositoryRoot }

    // MARK: - The seeds

    func testEverySeedExpressionResolvesAsAnnotated() throws {
        let file = try TimeAnnotationFile(path: repository.appendingPathComponent("eval/times/seeds.tsv").path)
        let corpus = SeedCorpus.corpus
        var predictions: [ArticleID: [TimeExpression]] = [:]
        for article in corpus.articles { predictions[article.id] = TimeTagger().tag(article) }
        let result = TimeEvaluation.evaluate(file, corpus: corpus, predictions: predictions)
        XCTAssertEqual(result.counts.gold, 55)
        XCTAssertEqual(result.counts.strict, 55, result.issues.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(result.counts.valueCorrect, 55, result.issues.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(result.counts.predicted, 55, result.issues.map(\.description).joined(separator: "\n"))
    }

    func testSeedTrapsResolveAgainstPublication() {
        let t004 = TimeTagger().tag(SeedCorpus.article("004"))
        XCTAssertEqual(t004.first { $0.text == "أمس الأربعاء" }?.value, "2022-09-14")
        XCTAssertEqual(t004.first { $0.text == "أول من أمس الثلاثاء" }?.value, "2022-09-13")
        XCTAssertEqual(t004.first { $0.text == "ليل 14 أيلول" }?.value, "2022-09-14TNI")
        let t000 = TimeTagger().tag(SeedCorpus.article("000"))
        let clock = t000.first { $0.text == "الساعة 06,00 ت غ" }
        XCTAssertEqual(clock?.value, "2022-09-13T06:00")
        XCTAssertEqual(clock?.type, .time)
        XCTAssertEqual(clock?.timeZone, "GMT")
    }

    func testVideoDatesInBoilerplateAreMarked() {
        let t002 = TimeTagger().tag(SeedCorpus.article("002"))
        let videos = t002.filter { $0.value.hasPrefix("2024") }
        XCTAssertEqual(videos.count, 3)
        XCTAssertTrue(videos.allSatisfy(\.inBoilerplate))
        XCTAssertEqual(videos.map(\.value), ["2024-01-26", "2024-06-26", "2024-01-26"])
        XCTAssertFalse(t002.filter { !$0.inBoilerplate }.contains { $0.value.hasPrefix("2024") })
    }

    // MARK: - Explicit dates

    func testMonthNamesOfBothSystemsAndTheirSpellings() {
        let found = times("""
            اندلعت الاشتباكات في 12 سبتمبر/أيلول 2022. وعقد الاجتماع في ١٤ سبتمبر ٢٠٢٢.
            وتنتهي المهلة في 3 إبريل 2023، بعد جولة في 9 ابريل 2022 وأخرى في 20 أبريل 2021.
            وكانت الحكومة قد تشكلت في 5 كانون الثاني 2020 وانتخب البرلمان في 4 أيار 2019 وفي 7 فيفري 2018.
            """, published: "2023-01-10")
        XCTAssertEqual(found, [
            "12 سبتمبر/أيلول 2022|DATE|2022-09-12", "١٤ سبتمبر ٢٠٢٢|DATE|2022-09-14",
            "3 إبريل 2023|DATE|2023-04-03", "9 ابريل 2022|DATE|2022-04-09", "20 أبريل 2021|DATE|2021-04-20",
            "5 كانون الثاني 2020|DATE|2020-01-05", "4 أيار 2019|DATE|2019-05-04", "7 فيفري 2018|DATE|2018-02-07",
        ])
    }

    func testDayAndMonthWithoutYearTakeTheNearestYear() {
        XCTAssertEqual(times("وقعت الحادثة في 28 ديسمبر.", published: "2023-01-05"), ["28 ديسمبر|DATE|2022-12-28"])
        XCTAssertEqual(times("تعقد القمة في 2 فبراير.", published: "2023-01-05"), ["2 فبراير|DATE|2023-02-02"])
        XCTAssertEqual(times("قتل جندي في الثاني من أبريل.", published: "2022-04-10"), ["الثاني من أبريل|DATE|2022-04-02"])
        XCTAssertEqual(times("جرى التصويت في 12 ديسمبر الماضي.", published: "2023-01-05"), ["12 ديسمبر الماضي|DATE|2022-12-12"])
    }

    func testNumericDates() {
        XCTAssertEqual(times("صدر القرار بتاريخ 14/09/2022 ونشر في 2022-09-15 وعدل في 16.09.2022.", published: nil), [
            "14/09/2022|DATE|2022-09-14", "2022-09-15|DATE|2022-09-15", "16.09.2022|DATE|2022-09-16",
        ])
    }

    func testHijriDatesAreConvertedWithTheIslamicCalendar() {
        // Umm al-Qura: 1 Ramadan 1444 = 23 March 2023.
        XCTAssertEqual(times("بدأ الصيام يوم 5 رمضان 1444 هـ في بعض القرى.", published: nil), ["يوم 5 رمضان 1444 هـ|DATE|2023-03-27"])
        XCTAssertEqual(times("أعلنت الوزارة الأربعاء 21 رمضان 1444هـ الموافق 12 أبريل 2023م النتائج.", published: nil),
                       ["الأربعاء 21 رمضان 1444هـ|DATE|2023-04-12", "12 أبريل 2023م|DATE|2023-04-12"])
        // Ramadan 1444 runs from March to April 2023: only its year is certain.
        XCTAssertEqual(times("ارتفعت الأسعار خلال شهر رمضان 1444.", published: nil), ["شهر رمضان 1444|DATE|2023"])
        // "رمضان" alone is also a name: no date.
        XCTAssertEqual(times("قال رمضان إن الوضع هادئ.", published: "2023-01-05"), [])
    }

    // MARK: - Years and spans

    func testYearsAndSpans() {
        XCTAssertEqual(times("""
            اندلعت الحرب في 2020 وكانت الأعنف منذ عام 1994. واستمرت حرب 2020 مدة 44 يوماً.
            وسيطرت القوات على الإقليم منذ 30 عاماً، وخاض البلدان حربين خلال العقود الثلاثة الماضية.
            """, published: "2022-09-13"), [
            "2020|DATE|2020", "عام 1994|DATE|1994", "2020|DATE|2020", "44 يوماً|DURATION|P44D", "30 عاماً|DURATION|P30Y",
            "العقود الثلاثة الماضية|DURATION|P3DE",
        ])
    }

    func testCountsThatLookLikeYearsAreNotYears() {
        XCTAssertEqual(times("أجلت القوات أكثر من 1900 شخص ونحو 2000 جندي من المنطقة.", published: "2022-09-13"), [])
    }

    func testDecadesAndCenturies() {
        XCTAssertEqual(times("شهدت الجزائر في التسعينيات حربا أهلية، وتعود الأزمة إلى ثمانينيات القرن الماضي.",
                             published: "2019-11-20"), ["التسعينيات|DATE|199", "ثمانينيات القرن الماضي|DATE|198"])
    }

    // MARK: - Weekdays and relative days

    func testWeekdaysAndRelativeDaysResolveAgainstPublication() {
        // Published Thursday 15 September 2022.
        XCTAssertEqual(times("""
            قالت الوزارة الثلاثاء إن القصف توقف، واتهمت أرمينيا أمس الأربعاء أذربيجان بخرق الهدنة.
            وكانت الاشتباكات قد اندلعت أول من أمس. وأعلن الكرملين اليوم أن بوتين سيتصل بالطرفين غدا.
            """, published: "2022-09-15"), [
            "الثلاثاء|DATE|2022-09-13", "أمس الأربعاء|DATE|2022-09-14", "أول من أمس|DATE|2022-09-13",
            "اليوم|DATE|2022-09-15", "غدا|DATE|2022-09-16",
        ])
    }

    func testNextAndLastWeekdaysAndTheFutureTense() {
        XCTAssertEqual(times("تعقد القمة يوم الأحد المقبل بعد لقاء الأحد الماضي.", published: "2022-09-15"),
                       ["يوم الأحد المقبل|DATE|2022-09-18", "الأحد الماضي|DATE|2022-09-11"])
        XCTAssertEqual(times("وسيجتمع وزراء الخارجية الأحد في موسكو.", published: "2022-09-15"), ["الأحد|DATE|2022-09-18"])
        XCTAssertEqual(times("واجتمع وزراء الخارجية الأحد في موسكو.", published: "2022-09-15"), ["الأحد|DATE|2022-09-11"])
    }

    func testTodayInsideAQuotedNameIsNotToday() {
        XCTAssertEqual(times("ونقل موقع «روسيا اليوم» عن الدبلوماسي قوله.", published: "2022-09-15"), [])
        XCTAssertEqual(times("وفي اليوم الخامس من المعارك تراجعت القوات.", published: "2022-09-15"), [])
    }

    func testTheDayAfterTakesTheDayTheSentenceNamed() {
        XCTAssertEqual(times("اندلعت اشتباكات جديدة صباح أمس الأربعاء، غداة مقتل العشرات.", published: "2022-09-15"),
                       ["صباح أمس الأربعاء|TIME|2022-09-14TMO", "غداة|DATE|2022-09-14"])
    }

    func testRelativeWeeksMonthsAndYears() {
        XCTAssertEqual(times("""
            حذر الوزير الأسبوع الماضي من انهيار الهدنة، وتعقد جولة جديدة الشهر المقبل.
            وكانت الأزمة بدأت العام الماضي، وتتوقع الحكومة انتخابات هذا العام، وقبل 5 أيام أعلنت خطة.
            """, published: "2022-09-15"), [
            "الأسبوع الماضي|DATE|2022-W36", "الشهر المقبل|DATE|2022-10", "العام الماضي|DATE|2021", "هذا العام|DATE|2022",
            "قبل 5 أيام|DATE|2022-09-10",
        ])
    }

    func testBareMonthsAreInThePastUnlessTheVerbLooksAhead() {
        XCTAssertEqual(times("استقال الرئيس في أفريل بعد احتجاجات.", published: "2019-11-20"), ["أفريل|DATE|2019-04"])
        XCTAssertEqual(times("ودخلت الهدنة حيز التنفيذ في 2 أبريل 2022 وانتهت في أكتوبر من العام نفسه.",
                             published: "2023-04-12"), ["2 أبريل 2022|DATE|2022-04-02", "أكتوبر من العام نفسه|DATE|2022-10"])
        XCTAssertEqual(times("ومن المقرر أن تجرى الانتخابات في يناير.", published: "2022-09-15"), ["يناير|DATE|2023-01"])
    }

    // MARK: - Parts of the day and clock times

    func testPartsOfTheDayAloneAndWithADay() {
        XCTAssertEqual(times("""
            أعلن الوزير صباحا مقتل جنديين، وعصرا أعلنت الوزارة الحصيلة. واتهمت أذربيجان أرمينيا بعد الظهر بخرق الهدنة.
            واجتمع المجلس مساء الثلاثاء. وقصفت المدفعية البلدة فجر اليوم. وتحدث الرئيس ظهرا.
            """, published: "2022-09-13"), [
            "صباحا|TIME|2022-09-13TMO", "عصرا|TIME|2022-09-13TAF", "بعد الظهر|TIME|2022-09-13TAF",
            "مساء الثلاثاء|TIME|2022-09-13TEV", "فجر اليوم|TIME|2022-09-13TMO", "ظهرا|TIME|2022-09-13TMI",
        ])
    }

    func testAnEveningAfterADayInTheSameSentenceIsThatDaysEvening() {
        XCTAssertEqual(times("وقالت الوزارة إن الاشتباكات وقعت مساء الإثنين، 12 سبتمبر/أيلول، وبدأت في ساعات المساء.",
                             published: "2022-09-14"),
                       ["مساء الإثنين، 12 سبتمبر/أيلول|TIME|2022-09-12TEV", "ساعات المساء|TIME|2022-09-12TEV"])
    }

    func testAPartOfTheDayTakesTheDayItsParagraphNamed() {
        XCTAssertEqual(times("وكان الجيش قد شن هجوما الأحد. واستمر القصف حتى المساء.", published: "2023-10-10"),
                       ["الأحد|DATE|2023-10-08", "المساء|TIME|2023-10-08TEV"])
        XCTAssertEqual(times("شن الجيش هجوما الأحد.\n\nواستمر القصف حتى المساء.", published: "2023-10-10").last,
                       "المساء|TIME|2023-10-10TEV", "another paragraph: the publication day")
    }

    func testABareNightInADaysReportIsTheNightBefore() {
        XCTAssertEqual(times("المعارك الجديدة التي اندلعت ليلا تظهر مدى توتر الوضع.", published: "2022-09-13"),
                       ["ليلا|TIME|2022-09-12TNI"])
        XCTAssertEqual(times("وتعقد الحكومة جلستها الليلة.", published: "2022-09-13"), ["الليلة|TIME|2022-09-13TNI"])
    }

    func testClockTimesWithTheirZones() {
        let article = CorpusLoader().load(text: """
            يطبق وقف إطلاق النار منذ الساعة 06,00 ت غ. وتبدأ الجلسة الساعة 3 بعد الظهر بتوقيت موسكو.
            وانطلقت الرحلة الساعة الثامنة مساء، ووصلت عند 18:30 بتوقيت غرينتش.
            """, id: "t", metadata: ArticleMetadata(date: CalendarDate(iso: "2022-09-13")))
        let found = TimeTagger().tag(article)
        XCTAssertEqual(found.map(\.value), ["2022-09-13T06:00", "2022-09-13T15:00", "2022-09-13T20:00", "2022-09-13T18:30"])
        XCTAssertEqual(found.map(\.timeZone), ["GMT", "موسكو", nil, "GMT"])
        XCTAssertTrue(found.allSatisfy { $0.type == .time })
    }

    // MARK: - Durations, sets, references

    func testDurations() {
        XCTAssertEqual(times("""
            استمرت الحرب 44 يوماً، ويواصل الجيش هجماته منذ 5 أيام، على أن تنتهي المفاوضات خلال أسبوعين.
            وتستمر الجولة ثلاثة أشهر بعد عدة أيام من التوتر، وقتل 20 شخصا خلال الـ24 ساعة الماضية.
            """, published: "2022-09-13"), [
            "44 يوماً|DURATION|P44D", "5 أيام|DURATION|P5D", "أسبوعين|DURATION|P2W", "ثلاثة أشهر|DURATION|P3M",
            "عدة أيام|DURATION|PXD", "الـ24 ساعة الماضية|DURATION|PT24H",
        ])
    }

    func testSetsAndVagueReferences() {
        XCTAssertEqual(times("""
            نعمل كل يوم على التهدئة. وتصدر الوزارة بيانا يوميا، وتعقد اللجنة اجتماعا كل يوم جمعة.
            وتشهد المنطقة حاليا هدوءا حذرا بعد أن تصاعد التوتر مؤخرا، كما أعلن في وقت سابق.
            """, published: "2022-09-13"), [
            "كل يوم|SET|P1D", "يوميا|SET|P1D", "كل يوم جمعة|SET|XXXX-WXX-5", "حاليا|DATE|PRESENT_REF",
            "مؤخرا|DATE|PAST_REF", "وقت سابق|DATE|PAST_REF",
        ])
    }

    // MARK: - Undated articles

    func testAnUndatedArticleKeepsRelativeValues() {
        let text = """
            اتهمت أرمينيا الثلاثاء أذربيجان بقصف مواقعها، وقال مسؤول أمس إن القتال تجدد في 12 سبتمبر.
            وحذر الوزير الأسبوع الماضي من التصعيد. واندلعت حرب في 2020.
            """
        XCTAssertEqual(times(text, published: nil), [
            "الثلاثاء|DATE|XXXX-WXX-2", "أمس|DATE|PUB-1D", "12 سبتمبر|DATE|XXXX-09-12", "الأسبوع الماضي|DATE|PUB-1W",
            "2020|DATE|2020",
        ])
        let article = CorpusLoader().load(text: text, id: "t")
        let tuesday = TimeTagger().tag(article).first!
        XCTAssertEqual(tuesday.readableValue, "Tuesday, publication unknown")
        XCTAssertNil(tuesday.timex.dayRange, "never silently dated")
    }

    func testAnUndatedArticleThatNamesTodaysWeekdayGivesWeekdays() {
        XCTAssertEqual(times("قتل خمسة مدنيين فجر اليوم الإثنين، وقال مصدر إن الغارات بدأت مساء أمس.", published: nil),
                       ["فجر اليوم الإثنين|TIME|XXXX-WXX-1TMO", "مساء أمس|TIME|XXXX-WXX-7TEV"])
    }

    func testSeedTextsWithoutMetadataStayRelative() {
        let text = try! String(contentsOfFile: SeedCorpus.folder + "/000_cf7b6ba5e297149c.txt", encoding: .utf8)
        let article = CorpusLoader().load(text: text, id: "000")
        XCTAssertNil(article.metadata.date)
        let found = TimeTagger().tag(article)
        XCTAssertEqual(found.first { $0.text == "الثلاثاء" }?.value, "XXXX-WXX-2")
        XCTAssertEqual(found.first { $0.text == "الساعة 06,00 ت غ" }?.value, "PUBT06:00")
        XCTAssertEqual(found.first { $0.text == "عام 2020" }?.value, "2020", "a stated year stays a year")
        for t in found where t.type == .date || t.type == .time {
            let v = t.timex
            XCTAssertTrue(v.kind != .calendar || v.granularity! <= .year, "\(t.text) got a day without a date: \(t.value)")
        }
    }

    // MARK: - Robustness

    func testGarbageAndHugeLinesDoNotCrash() {
        var garbage = String(repeating: "الساعة 99:99 ت غ 31/31/31 ٣٢ سبتمبر -- كل الـ منذ ", count: 200)
        garbage += "\u{0}\u{1B}[31m" + String(repeating: "أ", count: 50_000) + " 2022-13-45 ٠٠٠٠"
        let article = CorpusLoader().load(text: garbage, id: "g", metadata: ArticleMetadata(date: CalendarDate(iso: "2022-09-13")))
        let found = TimeTagger().tag(article)
        XCTAssertFalse(found.contains { $0.value.contains("-13-") || $0.value.contains("T99") })
        XCTAssertTrue(TimeTagger().tag(CorpusLoader().load(text: "", id: "empty")).isEmpty)
    }
}
