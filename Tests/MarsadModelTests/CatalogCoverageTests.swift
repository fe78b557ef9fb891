import MarsadModel
import XCTest

/// The catalog names actors of conflicts beyond the Caucasus (Sudan, Yemen,
/// Gaza, Syria, Libya, Ukraine) in their usual spellings, with clitics.
final class CatalogCoverageTests: XCTestCase {
    private func mentions(_ text: String) -> [Mention] {
        let corpus = Corpus(articles: [CorpusLoader().load(text: text, id: "n.txt")])
        return EntityAnalyzer(catalog: .standard).analyze(corpus).mentionsByArticle["n.txt"]!
    }

    private func actor(of piece: String, in found: [Mention]) -> ActorID? {
        found.first { $0.text == piece && !$0.isNisba }?.actorID
    }

    func testSudanYemenAndGazaNamesWithClitics() {
        let found = mentions("""
            وقالت مصادر محلية إن الجيش السوداني وقوات الدعم السريع تبادلا القصف في أم درمان والفاشر، فيما نزح آلاف إلى بورتسودان.
            وأعلنت منظمة الصحة العالمية أن المستشفيات في دارفور خرجت عن الخدمة، ودعت اليونيسف إلى هدنة إنسانية.
            وفي اليمن، قال متحدث عسكري إن مقاتلات أمريكية قصفت مواقع للحوثيين في الحديدة وصنعاء.
            ونفذ جيش الاحتلال غارات جديدة بغزة وخانيونس، وقالت الأونروا إن مدارسها في رفح مكتظة بالنازحين.
            """)
        XCTAssertEqual(actor(of: "قوات الدعم السريع", in: found), "RSF", "وقوات الدعم السريع without و")
        XCTAssertEqual(actor(of: "الجيش السوداني", in: found), "SD.army")
        XCTAssertEqual(actor(of: "أم درمان", in: found), "OMDURMAN")
        XCTAssertEqual(actor(of: "الفاشر", in: found), "EL-FASHER")
        XCTAssertEqual(actor(of: "بورتسودان", in: found), "PORT-SUDAN")
        XCTAssertEqual(actor(of: "منظمة الصحة العالمية", in: found), "WHO")
        XCTAssertEqual(actor(of: "دارفور", in: found), "DARFUR")
        XCTAssertEqual(actor(of: "اليونيسف", in: found), "UNICEF")
        XCTAssertEqual(found.first { $0.text.hasSuffix("حوثيين") }?.actorID, "HOUTHIS", "للحوثيين")
        XCTAssertEqual(actor(of: "الحديدة", in: found), "HODEIDAH")
        XCTAssertEqual(actor(of: "صنعاء", in: found), "SANAA")
        XCTAssertEqual(actor(of: "جيش الاحتلال", in: found), "IL.army")
        XCTAssertEqual(actor(of: "غزة", in: found), "GAZA", "بغزة without ب")
        XCTAssertEqual(actor(of: "خانيونس", in: found), "KHAN-YOUNIS")
        XCTAssertEqual(actor(of: "الأونروا", in: found), "UNRWA")
        XCTAssertEqual(actor(of: "رفح", in: found), "RAFAH")
    }

    func testSpellingVariantsOfOneActorAreOneActor() {
        let found = mentions("""
            وقال حميدتي إن قواته مستعدة للتفاوض، بينما اتهم الجيش الإسرائيلي حركة الجهاد الإسلامي بإطلاق الصواريخ.
            وكان محمد حمدان دقلو قد زار كمبالا، وأكد جيش الدفاع الإسرائيلي أن عملياته مستمرة في جنين ونابلس.
            وقالت منظمة هيومن رايتس ووتش ومنظمة العفو الدولية إن الهجمات على زابوريجيا وخاركيف قد ترقى إلى جرائم حرب.
            """)
        XCTAssertEqual(Set(found.filter { $0.actorID == "HEMEDTI" }.map(\.text)), ["حميدتي", "محمد حمدان دقلو"])
        XCTAssertEqual(Set(found.filter { $0.actorID == "IL.army" }.map(\.text)), ["الجيش الإسرائيلي", "جيش الدفاع الإسرائيلي"])
        XCTAssertEqual(actor(of: "حركة الجهاد الإسلامي", in: found), "PIJ")
        XCTAssertEqual(actor(of: "جنين", in: found), "JENIN")
        XCTAssertEqual(actor(of: "نابلس", in: found), "NABLUS")
        XCTAssertNotNil(found.first { $0.actorID == "HRW" })
        XCTAssertNotNil(found.first { $0.actorID == "AMNESTY" })
        XCTAssertEqual(actor(of: "زابوريجيا", in: found), "ZAPORIZHZHIA")
        XCTAssertEqual(actor(of: "خاركيف", in: found), "KHARKIV")
    }

    func testParentsPlaceTheNewActorsInTheirCountries() {
        let catalog = ActorCatalog.standard
        XCTAssertEqual(catalog.actor(id: "RSF")?.parentID, "SD")
        XCTAssertEqual(catalog.actor(id: "HEMEDTI")?.parentID, "RSF")
        XCTAssertEqual(catalog.actor(id: "EL-FASHER")?.parentID, "DARFUR")
        XCTAssertEqual(catalog.actor(id: "QASSAM")?.parentID, "HAMAS")
        XCTAssertEqual(catalog.actor(id: "KHAN-YOUNIS")?.parentID, "GAZA")
        XCTAssertEqual(catalog.actor(id: "HAFTAR")?.parentID, "LNA")
        XCTAssertNil(catalog.actor(id: "TRIPOLI")?.parentID, "طرابلس alone may be Libya's or Lebanon's")
        XCTAssertEqual(catalog.actor(id: "TRIPOLI-LB")?.parentID, "LB")
    }

    func testResolverFindsNewActorsByEnglishAndArabicNames() {
        let resolver = ActorResolver()
        func id(_ q: String) -> ActorID? {
            if case .found(let a) = resolver.resolve(q) { return a.id }
            return nil
        }
        XCTAssertEqual(id("Hemedti"), "HEMEDTI")
        XCTAssertEqual(id("حميدتي"), "HEMEDTI")
        XCTAssertEqual(id("لحميدتي"), "HEMEDTI", "with a proclitic")
        XCTAssertEqual(id("RSF"), "RSF")
        XCTAssertEqual(id("rsf"), "RSF")
        XCTAssertEqual(id("الدعم السريع"), "RSF")
        XCTAssertEqual(id("Rapid Support Forces"), "RSF")
        XCTAssertEqual(id("Burhan"), "BURHAN")
        XCTAssertEqual(id("Houthis"), "HOUTHIS")
        XCTAssertEqual(id("الحوثيين"), "HOUTHIS")
        XCTAssertEqual(id("Haftar"), "HAFTAR")
        XCTAssertEqual(id("اربيل"), "ERBIL", "without hamza")
        XCTAssertEqual(id("World Health Organization"), "WHO")
    }
}
