import MarsadModel
import XCTest

final class ActorResolverTests: XCTestCase {
    let resolver = ActorResolver()

    private func id(_ query: String) -> ActorID? {
        if case .found(let actor) = resolver.resolve(query) { return actor.id }
        return nil
    }

    func testIdsEnglishNamesAndArabicSpellings() {
        XCTAssertEqual(id("PUTIN"), "PUTIN")
        XCTAssertEqual(id("putin"), "PUTIN")
        XCTAssertEqual(id("Putin"), "PUTIN", "an English surname")
        XCTAssertEqual(id("Vladimir Putin"), "PUTIN")
        XCTAssertEqual(id("بوتين"), "PUTIN")
        XCTAssertEqual(id("لبوتين"), "PUTIN", "with a proclitic")
        XCTAssertEqual(id("فلاديمير بوتين"), "PUTIN")
        XCTAssertEqual(id("azerbaijan"), "AZ")
        XCTAssertEqual(id("AZ"), "AZ")
        XCTAssertEqual(id("اذربيجان"), "AZ", "without hamza")
        XCTAssertEqual(id("وبأذربيجان"), "AZ")
        XCTAssertEqual(id("الأذربيجانية"), "AZ", "a nisba names its country")
        XCTAssertEqual(id("باكو"), "BAKU", "Baku is not ب + اكو")
        XCTAssertEqual(id("قرة باغ"), "NK")
        XCTAssertEqual(id("كاراباخ"), "NK")
        XCTAssertEqual(id("باشنيان"), "PASHINYAN")
        XCTAssertEqual(id("وزارة الدفاع الأذربيجانية"), "AZ.defense-ministry")
        XCTAssertEqual(id("Aliyev"), "ALIYEV")
    }

    func testAmbiguityIsReportedNotGuessed() {
        guard case .ambiguous(let actors) = resolver.resolve("Dmitry") else {
            return XCTFail("two Dmitrys in the catalog: \(resolver.resolve("Dmitry"))")
        }
        XCTAssertEqual(Set(actors.map(\.id)), ["MEDVEDEV", "PESKOV"])
        XCTAssertEqual(resolver.resolve("زززز"), .notFound)
        XCTAssertEqual(resolver.resolve("   "), .notFound)
    }

    func testCorpusActorsResolveToo() {
        let turasyan = Actor(id: "auto:ارتوم توراسيان", englishName: "", arabicName: "أرتوم توراسيان",
                             aliases: ["أرتوم توراسيان", "توراسيان"], type: .person, isFromCatalog: false)
        let resolver = ActorResolver(corpusActors: [turasyan.id: turasyan])
        XCTAssertEqual(resolver.resolve("توراسيان"), .found(turasyan))
        XCTAssertEqual(resolver.resolve("auto:ارتوم توراسيان"), .found(turasyan))
    }
}
