import MarsadTestSupport
import XCTest
@testable import MarsadModel

/// Headlines and boilerplate on the five seed articles, and the rules on
/// furniture of other sites.
final class ArticleStructureTests: XCTestCase {
    private func roles(_ article: Article) -> [(String, ParagraphRole, BoilerplateReason?)] {
        article.paragraphs.map { (article.text(in: $0.range), $0.role, $0.boilerplateReason) }
    }

    private func role(of prefix: String, in article: Article) -> (ParagraphRole, BoilerplateReason?)? {
        roles(article).first { $0.0.hasPrefix(prefix) }.map { ($0.1, $0.2) }
    }

    func testSeedHeadlinesAreTheRealHeadlinesNotBannersOrSectionLabels() {
        XCTAssertEqual(SeedCorpus.corpus.articles.map(\.title), [
            "مواجهات بين أرمينيا واذربيجان تخلف قتلى وجرحى",
            "فشل للوساطات والجيش الأذري يكثف استخدام \"درونز انتحارية\"",
            "مساعي لتطويق المواجهة العسكرية بين اذربيجان وارمينيا",
            "قرة باغ: عشرات القتلى ومئات الجرحى ودعوات لوقف التصعيد",
            "موسكو تعمل على إحلال الاستقرار و«الأمن الجماعي» تشكل مجموعة عمل للمراقبة … تجدد الاشتباكات بين أرمينيا وأذربيجان.. يريفان: قد تتحول إلى حرب",
        ])
    }

    func testSeed000HasNoBoilerplateAndKeepsItsSubheading() {
        let a = SeedCorpus.article("000")
        XCTAssertFalse(a.paragraphs.contains { $0.isBoilerplate })
        XCTAssertEqual(role(of: "دعوات لضبط النفس", in: a)?.0, .subheading)
        XCTAssertEqual(a.paragraphs.filter { $0.role == .body }.count, 17)
    }

    func testSeed001SectionLabelCaptionsReadAlsoAndCountersAreBoilerplate() {
        let a = SeedCorpus.article("001")
        XCTAssertEqual(role(of: "سياسة دولية", in: a)?.1, .sectionLabel)
        let captions = a.paragraphs.filter { a.text(in: $0.range).hasPrefix("دعا بوتين وماكرون إلى وقف فوري") }
        XCTAssertEqual(captions.count, 2)
        XCTAssertTrue(captions.allSatisfy(\.isBoilerplate), "the photo caption and its repetition")
        XCTAssertEqual(role(of: "اقرأ أيضا", in: a)?.1, .readAlso)
        XCTAssertEqual(role(of: "التعليقات (0)", in: a)?.1, .commentCounter)
        XCTAssertEqual(role(of: "خبر عاجل", in: a)?.1, .breakingBanner)
        XCTAssertEqual(role(of: "ومساء الأربعاء، دعا الرئيس الروسي", in: a)?.0, .body)
        XCTAssertEqual(role(of: "مقاتلين سوريين", in: a)?.0, .subheading)
    }

    func testSeed002BannerCallToActionDatelineAndVideoListAreMarked() {
        let a = SeedCorpus.article("002")
        XCTAssertEqual(role(of: "Lebanon News", in: a)?.1, .siteBanner)
        XCTAssertEqual(role(of: "الأربعاء ١٤ سبتمبر ٢٠٢٢", in: a)?.0, .dateline)
        XCTAssertEqual(role(of: "اخبار ليبانون تابلويد الآن عبر خدمة", in: a)?.1, .callToAction)
        XCTAssertEqual(role(of: "اضغط هنا", in: a)?.1, .callToAction)
        XCTAssertEqual(role(of: "أحدث مقاطع الفيديو", in: a)?.1, .relatedList)
        let counters = a.paragraphs.filter { a.text(in: $0.range).hasPrefix("مشاهدة") }
        XCTAssertEqual(counters.count, 3)
        XCTAssertTrue(counters.allSatisfy(\.isBoilerplate), "video dates of 2024 must never reach the timeline")
        XCTAssertEqual(role(of: "معرض الصور", in: a)?.0, .boilerplate)
        XCTAssertEqual(role(of: "قال الرئيس الروسي فلاديمير بوتين", in: a)?.0, .body)
    }

    func testSeed003RepeatedHeadlineAndCaptionAreBoilerplate() {
        let a = SeedCorpus.article("003")
        let headlines = a.paragraphs.filter { a.text(in: $0.range) == a.title }
        XCTAssertEqual(headlines.map(\.role), [.headline, .boilerplate])
        XCTAssertEqual(role(of: "دعوات لوقف إطلاق النار (Getty Images)", in: a)?.1, .caption)
        XCTAssertEqual(role(of: "التعليقات", in: a)?.1, .commentCounter)
        XCTAssertEqual(a.paragraphs.filter { $0.role == .body }.count, 17)
    }

    func testSeed004BylineIsBoilerplateAndEveryOtherLineIsBody() {
        let a = SeedCorpus.article("004")
        XCTAssertEqual(role(of: "| وكالات", in: a)?.1, .byline)
        XCTAssertEqual(a.paragraphs.filter { $0.role == .body }.count, 17)
    }

    func testFurnitureOfOtherSitesIsRecognizedByShapeNotBySite() {
        let text = """
            الرئيسية
            العالم العربي
            هجوم بطائرات مسيرة على ميناء الحديدة
            08:45 ص - 3 مارس 2024
            قال متحدث عسكري إن الهجوم استهدف منشآت الميناء صباح اليوم.
            وأضاف أن الدفاعات الجوية اعترضت عددا من الطائرات.
            اقرأ المزيد: الحوثيون يعلنون استهداف سفينة في البحر الأحمر
            صورة أرشيفية لميناء الحديدة - رويترز
            شارك
            الأكثر قراءة
            مقتل ثلاثة في غارة على صنعاء
            ارتفاع أسعار الوقود في عدن
            © 2024 جميع الحقوق محفوظة
            """
        let a = CorpusLoader().load(text: text, id: "other-site")
        func reason(_ prefix: String) -> BoilerplateReason? {
            a.paragraphs.first { a.text(in: $0.range).hasPrefix(prefix) }?.boilerplateReason
        }
        XCTAssertEqual(a.title, "هجوم بطائرات مسيرة على ميناء الحديدة")
        XCTAssertEqual(reason("الرئيسية"), .sectionLabel)
        XCTAssertEqual(reason("العالم العربي"), .sectionLabel)
        XCTAssertEqual(a.metadata.date?.iso, "2024-03-03")
        XCTAssertEqual(a.metadata.dateSource, .dateline)
        XCTAssertEqual(reason("اقرأ المزيد"), .readAlso)
        XCTAssertEqual(reason("صورة أرشيفية"), .caption)
        XCTAssertEqual(reason("الأكثر قراءة"), .relatedList)
        XCTAssertEqual(reason("مقتل ثلاثة في غارة"), .relatedList)
        XCTAssertEqual(reason("©"), .copyright)
        XCTAssertEqual(a.bodySentences.count, 2)
    }

    func testLinesRepeatedAcrossArticlesOfOneSiteAreBoilerplate() throws {
        let folder = try TemporaryFolder()
        for (name, headline) in [("1.txt", "انفجار قرب مطار بغداد الدولي"), ("2.txt", "البرلمان العراقي يقر الموازنة"),
                                 ("3.txt", "ارتفاع منسوب نهر دجلة")] {
            try folder.write(name, "شبكة الأخبار العراقية\n\(headline)\nذكر مصدر أمني أن الحادث وقع فجر اليوم.\nتابعوا آخر التطورات على قناتنا\nمواضيع شائعة\n")
        }
        let corpus = CorpusLoader().load(paths: [folder.path])
        for a in corpus.articles {
            let site = a.paragraphs.first { a.text(in: $0.range) == "شبكة الأخبار العراقية" }!
            XCTAssertTrue(site.isBoilerplate)
            XCTAssertNotEqual(a.title, "شبكة الأخبار العراقية")
            XCTAssertEqual(a.bodySentences.count, 1)
        }
    }

    func testBoilerplateQueryFollowsParagraphs() {
        let a = SeedCorpus.article("002")
        let banner = a.paragraphs[0].range
        XCTAssertTrue(a.isBoilerplate(ScalarRange(start: banner.start, end: banner.start + 6)))
        let body = a.paragraphs.first { $0.role == .body }!.range
        XCTAssertFalse(a.isBoilerplate(ScalarRange(start: body.start, end: body.start + 3)))
    }

    func testSeedSentenceOffsetsPointAtTheirText() {
        for article in SeedCorpus.corpus.articles {
            for s in article.sentences {
                let text = article.text(in: s.range)
                XCTAssertFalse(text.isEmpty)
                XCTAssertFalse(text.first!.isWhitespace || text.last!.isWhitespace, "\(article.id): '\(text)'")
                XCTAssertTrue(article.paragraphs[s.paragraphIndex].range.contains(s.range))
            }
        }
        let a = SeedCorpus.article("000")
        let quote = a.sentences.first { a.text(in: $0.range).hasPrefix("قالت وزارة الدفاع الأذربيجانية") }!
        XCTAssertTrue(a.text(in: quote.range).contains("(…) فتحت وحدات من القوات المسلحة الأرمنية (…) نيران"),
                      "(…) inside a quotation does not cut it")
    }
}
