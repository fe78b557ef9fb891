import MarsadModel
import MarsadTestSupport
import XCTest

final class ActorCatalogTests: XCTestCase {
    func testCountriesComeFromTheLocaleWithNisbas() {
        let catalog = ActorCatalog.standard
        XCTAssertEqual(catalog.actor(id: "AZ")?.arabicName, "أذربيجان")
        XCTAssertEqual(catalog.actor(id: "AM")?.arabicName, "أرمينيا")
        XCTAssertEqual(catalog.actor(id: "AZ")?.englishName, "Azerbaijan")
        XCTAssertEqual(catalog.actor(id: "EG")?.nisbas, ["مصري"], "nisba derived from the locale's name")
        XCTAssertTrue(catalog.actor(id: "AZ")!.nisbas.contains("أذري"), "actors.tsv adds nisbas")
        XCTAssertEqual(catalog.actor(id: "UN")?.type, .organization)
        XCTAssertEqual(catalog.actor(id: "PUTIN")?.parentID, "RU")
        XCTAssertEqual(catalog.actor(id: "150")?.arabicName, "أوروبا", "world regions too")
        XCTAssertTrue(catalog.children(of: "AZ").contains { $0.id == "BAKU" })
    }

    func testUserFileAddsAndOverridesAndRejectsBadRowsWithFileAndLine() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("actors.tsv", """
            # my actors
            id\ttype\tenglish\tarabic\tparent\taliases\tnisbas
            KOCHARYAN-A\tPER\tArtur Kocharyan\tأرتور كوتشاريان\tAM\tكوتشاريان الابن
            PUTIN\t\tV. V. Putin\t\t\tالرئيس بوتين|فلاديمير فلاديميروفيتش
            \tPER\tNobody\tلا أحد\t\t\t
            BAD\tPERSON?\tX\tس\t\t\t
            ORPHAN\tORG\tOrphan\tيتيم\tNOWHERE\t\t
            KOCHARYAN-A\tPER\tTwice\tمرتين\t\t\t
            TOO\tORG\tMany\tكثير\t\t\t\textra
            NONAME\tLOC\t\t\t\t\t
            """)
        let (catalog, issues) = ActorCatalog.withUserFile(path)
        XCTAssertEqual(catalog.actor(id: "KOCHARYAN-A")?.parentID, "AM")
        XCTAssertEqual(catalog.actor(id: "PUTIN")?.englishName, "V. V. Putin")
        XCTAssertTrue(catalog.actor(id: "PUTIN")!.aliases.contains("فلاديمير فلاديميروفيتش"))
        XCTAssertTrue(catalog.actor(id: "PUTIN")!.aliases.contains("بوتين"), "overriding keeps the shipped aliases")
        XCTAssertNil(catalog.actor(id: "BAD"))
        XCTAssertEqual(Set(issues.compactMap(\.line)), [5, 6, 7, 8, 9, 10])
        XCTAssertTrue(issues.allSatisfy { $0.path == path })
        XCTAssertTrue(issues.contains { $0.line == 6 && $0.message.contains("PERSON?") })
        XCTAssertTrue(issues.contains { $0.line == 7 && $0.message.contains("NOWHERE") })
        XCTAssertTrue(issues.contains { $0.line == 8 && $0.message.contains("line 3") })
        XCTAssertTrue(issues[0].description.hasPrefix(path + ":"), issues[0].description)

        // The user's actor is found in text, clitics and all.
        let corpus = Corpus(articles: [CorpusLoader().load(text: "وقال لكوتشاريان الابن إن فلاديمير فلاديميروفيتش اتصل.", id: "k.txt")])
        let mentions = EntityAnalyzer(catalog: catalog).analyze(corpus).mentionsByArticle["k.txt"]!
        XCTAssertTrue(mentions.contains { $0.actorID == "KOCHARYAN-A" && $0.text == "كوتشاريان الابن" }, "\(mentions)")
        XCTAssertTrue(mentions.contains { $0.actorID == "PUTIN" && $0.text == "فلاديمير فلاديميروفيتش" }, "\(mentions)")
    }

    func testMissingFilesAndHeaderlessFiles() throws {
        let (_, none) = ActorCatalog.withUserFile(nil)
        XCTAssertTrue(none.isEmpty || none.allSatisfy { $0.path == ActorCatalog.defaultUserFilePath })
        let (_, missing) = ActorCatalog.withUserFile("/nonexistent/actors.tsv")
        XCTAssertEqual(missing.count, 1)
        let folder = try TemporaryFolder()
        let path = try folder.write("a.tsv", "PUTIN\tPER\n")
        let (_, headerless) = ActorCatalog.withUserFile(path)
        XCTAssertEqual(headerless.first?.line, 1)
        let binary = try folder.write("b.tsv", Data([0xFF, 0xFE, 0x00, 0x41]))
        XCTAssertEqual(ActorCatalog.withUserFile(binary).issues.count, 1)
    }

    func testDefaultUserFileFollowsXDG() {
        XCTAssertTrue(ActorCatalog.defaultUserFilePath.hasSuffix("/marsad/actors.tsv"))
    }
}
