@testable import MarsadModel
import MarsadTestSupport
import XCTest

/// English and Latin look-ups (`--actor`, the picker): countries under
/// every common English name, acronyms, Latin spellings of names the
/// catalog does not know, through the actor index.
final class ActorLookupTests: XCTestCase {
    private let catalogOnly = ActorResolver()
    private var analysis: CorpusAnalysis { YemenTurkeySample.analysis }

    private func found(_ resolution: ActorResolution) -> Actor? {
        if case .found(let actor) = resolution { return actor }
        return nil
    }

    /// True when one of the actor's Arabic spellings is `arabic` (normalized).
    private func isNamed(_ actor: Actor?, _ arabic: String) -> Bool {
        guard let actor else { return false }
        let key = ArabicNormalizer.normalize(arabic)
        return ([actor.arabicName] + actor.aliases).contains { ArabicNormalizer.normalize($0).split(separator: " ").contains(Substring(key)) }
    }

    func testCountriesAnswerToEveryCommonEnglishName() {
        let expected: [(String, ActorID)] = [
            ("Turkey", "TR"), ("Türkiye", "TR"), ("turkiye", "TR"), ("TURKEY", "TR"),
            ("Ivory Coast", "CI"), ("Côte d’Ivoire", "CI"), ("cote d'ivoire", "CI"),
            ("Czech Republic", "CZ"), ("Czechia", "CZ"), ("Burma", "MM"), ("Myanmar", "MM"),
            ("UK", "GB"), ("United Kingdom", "GB"), ("Swaziland", "SZ"), ("Eswatini", "SZ"),
        ]
        for (query, id) in expected {
            XCTAssertEqual(found(catalogOnly.resolve(query))?.id, id, query)
        }
        // The same names in a corpus's analysis.
        XCTAssertEqual(found(analysis.resolveActor("Turkey"))?.id, "TR")
    }

    func testAcronymsTheCatalogKnows() {
        let expected: [(String, ActorID)] = [
            ("ISIL", "ISIS"), ("isis", "ISIS"), ("Daesh", "ISIS"), ("UN", "UN"), ("NATO", "NATO"), ("EU", "EU"),
            ("UNHCR", "UNHCR"), ("WHO", "WHO"), ("RSF", "RSF"), ("OSCE", "OSCE"), ("CSTO", "CSTO"), ("GCC", "GCC"),
        ]
        for (query, id) in expected {
            XCTAssertEqual(found(catalogOnly.resolve(query))?.id, id, query)
        }
    }

    func testLatinSpellingsReachActorsNamedOnlyInArabic() {
        for (query, arabic) in [("Hadi", "هادي"), ("Saleh", "صالح"), ("Ocalan", "أوجلان"), ("Öcalan", "أوجلان"),
                                ("Abdullah Ocalan", "أوجلان")] {
            let actor = found(analysis.resolveActor(query))
            XCTAssertTrue(isNamed(actor, arabic), "\(query): \(analysis.resolveActor(query))")
        }
        // (The catalog now has all three; a name only the corpus knows is
        // reached by its skeleton too: QueryTests, Turasyan.)
    }

    func testExactNamesWinOverSkeletons() {
        // عدن's skeleton is also "dn", but Aden is an English name.
        XCTAssertEqual(found(analysis.resolveActor("Aden"))?.id, "ADEN")
        XCTAssertEqual(found(analysis.resolveActor("Riyadh"))?.id, "RIYADH")
    }

    func testAnUnrelatedLatinQueryFindsNothing() {
        XCTAssertEqual(analysis.resolveActor("Merkel"), .notFound)
        // The picker may offer near skeletons while one types, never a name match.
        XCTAssertTrue(analysis.actorIndex.ranked(matching: "Merkel").allSatisfy { $0.tier > .wordPrefix })
    }

    func testAnAmbiguousSkeletonListsTheCandidates() {
        // أحمد داود أوغلو and حامد محمود both have a word of skeleton "hmd".
        guard case .ambiguous(let actors) = analysis.resolveActor("Hamed") else {
            return XCTFail("\(analysis.resolveActor("Hamed"))")
        }
        XCTAssertTrue(actors.contains { isNamed($0, "أحمد") }, "\(actors)")
        XCTAssertTrue(actors.contains { isNamed($0, "حامد") }, "\(actors)")
    }

    func testSkeletonsOfEnglishAndArabicSpellingsMeet() {
        let pairs: [(String, String)] = [
            ("Hadi", "هادي"), ("Saleh", "صالح"), ("Ocalan", "أوجلان"), ("Abdullah", "عبد الله"),
            ("al-Houthi", "الحوثي"), ("Fatima", "فاطمة"), ("Mohammed", "محمد"), ("Othman", "عثمان"),
            ("Abd Rabbuh Mansour Hadi", "عبد ربه منصور هادي"), ("Fatah", "فتح"),
        ]
        for (latin, arabic) in pairs {
            let l = LatinSkeleton.joined(LatinSkeleton.words(latin: latin) ?? [])
            XCTAssertEqual(l, LatinSkeleton.joined(LatinSkeleton.words(arabic: arabic)), "\(latin) / \(arabic)")
        }
        XCTAssertNotEqual(LatinSkeleton.joined(LatinSkeleton.words(latin: "Saleh")!),
                          LatinSkeleton.joined(LatinSkeleton.words(arabic: "سهل")))
        XCTAssertNil(LatinSkeleton.words(latin: "هادي"), "an Arabic query is no Latin query")
    }

    func testTheIndexRanksByTierThenByMentions() {
        let index = analysis.actorIndex
        let counts = Dictionary(uniqueKeysWithValues: zip(index.actors.map(\.id), index.mentionCounts))
        // Every actor for the empty query, most mentioned first.
        let all = index.candidates(matching: "")
        XCTAssertEqual(all.count, index.actors.count)
        XCTAssertEqual(all.map { counts[$0]! }, all.map { counts[$0]! }.sorted(by: >))
        // A prefix: the actors a name of which starts with it, by mentions in each tier.
        let ranked = index.ranked(matching: "عد")
        XCTAssertTrue(ranked.contains { index.actors[Int($0.rank)].id == "ADEN" }, "عدن starts with عد")
        for (a, b) in zip(ranked, ranked.dropFirst()) {
            XCTAssertTrue(a.tier < b.tier || (a.tier == b.tier && a.rank < b.rank), "\(a), \(b)")
        }
        // A word of a name: هادي in عبد ربه منصور هادي.
        let words = index.ranked(matching: "منصور ها")
        XCTAssertTrue(words.contains { $0.tier <= .wordPrefix && isNamed(index.actors[Int($0.rank)], "منصور") }, "\(words)")
    }

    func testEveryLookupGoesThroughTheIndex() {
        let index = analysis.actorIndex
        let before = index.lookupCount
        _ = analysis.resolveActor("Ocalan")
        XCTAssertGreaterThan(index.lookupCount, before)
        XCTAssertTrue(analysis.actorIndex === index, "made once per analysis")
    }

    func testCountryNamesComeFromCLDRWithTheirVariants() {
        let xml = """
        <territory type="001">world</territory>
        <territory type="CI">Côte d’Ivoire</territory>
        <territory type="CI" alt="variant">Ivory Coast</territory>
        <territory type="MM">Myanmar (Burma)</territory>
        <territory type="MM" alt="short">Myanmar</territory>
        """
        let names = CountryNames.fromCLDR(xml: xml)
        XCTAssertEqual(names.map(\.code), ["CI", "MM"], "two-letter codes only")
        XCTAssertEqual(names[1].names, ["Myanmar (Burma)", "Myanmar", "Burma"])
        let tsv = CountryNames.tsv(names, source: "test")
        XCTAssertEqual(CountryNames.parse(tsv: tsv)["CI"], ["Côte d’Ivoire", "Ivory Coast"])
        XCTAssertEqual(CountryNames.standard["TR"]?.first, "Turkey", "the shipped resource")
    }
}
