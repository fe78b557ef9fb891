import MarsadModel
import MarsadTestSupport
import XCTest

/// Which articles, mentions and events a query keeps, on the seeds: what
/// `--actor`, `--from`/`--to` and the reader's filter show.
final class QueryTests: XCTestCase {
    private static let analysis = CorpusAnalysis.analyze(SeedCorpus.corpus)
    private var analysis: CorpusAnalysis { Self.analysis }

    private func actors(_ ids: [ActorID], includeChildren: Bool = false) -> ActorQuery {
        ActorQuery(ids, includeChildren: includeChildren, in: analysis)
    }

    private func seedNumbers(_ articles: [Article]) -> [String] { articles.map { String($0.id.rawValue.prefix(3)) } }

    // MARK: - Actors

    func testTheEventsOfPutinIn2020() throws {
        let query = CorpusQuery(actors: actors(["PUTIN"]), dates: try DateRange(from: "2020", to: "2020"))
        let events = query.events(in: analysis)
        XCTAssertEqual(events.count, 1, "\(events.map(\.text))")
        let call = try XCTUnwrap(events.first)
        XCTAssertTrue(call.text.contains("دعا الرئيس الروسي فلاديمير بوتين، ونظيره الفرنسي إيمانويل ماكرون"), call.text)
        XCTAssertEqual(call.date.raw, "2020-09-30TEV")
        XCTAssertEqual(call.articleID.rawValue.prefix(3), "001")

        // All his events, 2020 then 2022, in time order, each naming him.
        let all = CorpusQuery(actors: actors(["PUTIN"])).events(in: analysis)
        XCTAssertEqual(all.map { String($0.date.raw.prefix(4)) }, ["2020", "2022", "2022", "2022", "2022"])
        XCTAssertTrue(all.allSatisfy { $0.actorIDs.contains("PUTIN") })
        XCTAssertEqual(CorpusQuery(actors: actors(["PUTIN"])).eventIndexes(in: analysis).map { analysis.timeline[$0] }, all)
    }

    func testTheArticlesNamingPashinyan() throws {
        let query = CorpusQuery(actors: actors(["PASHINYAN"]))
        XCTAssertEqual(seedNumbers(query.articles(in: analysis)), ["000", "002"])
        XCTAssertEqual(query.articleIndexes(in: analysis).map { analysis.corpus.articles[$0].id },
                       query.articles(in: analysis).map(\.id))
        let mentions = ["000", "002"].flatMap { query.mentions(of: SeedCorpus.article($0), in: analysis) }
        XCTAssertTrue(mentions.allSatisfy { $0.actorID == "PASHINYAN" && !$0.inBoilerplate })
        XCTAssertTrue(Set(mentions.map(\.text)).isSuperset(of: ["نيكول باشينيان", "باشينيان", "نيكول باشنيان"]),
                      "\(mentions.map(\.text))")
        XCTAssertEqual(query.mentions(of: SeedCorpus.article("001"), in: analysis), [], "001 does not name him")
        // Who those two articles name, and how often.
        let counts = query.mentionCounts(in: analysis)
        XCTAssertEqual(counts["PASHINYAN"], mentions.count)
        XCTAssertGreaterThan(counts["AZ"] ?? 0, 0)
        XCTAssertNil(counts["auto:درونز"], "named only in 001")
    }

    func testAPutinQueryKeepsTheArticlesThatNameHimOutsideBoilerplate() {
        let query = CorpusQuery(actors: actors(["PUTIN"]))
        XCTAssertEqual(seedNumbers(query.articles(in: analysis)), ["000", "001", "002", "004"])
        // 001's photo caption names him too, but is boilerplate: only the
        // whole list (no actors) shows it, marked.
        let caption = { (m: Mention) in m.actorID == "PUTIN" && m.inBoilerplate }
        XCTAssertFalse(query.mentions(of: SeedCorpus.article("001"), in: analysis).contains(where: caption))
        XCTAssertTrue(CorpusQuery().mentions(of: SeedCorpus.article("001"), in: analysis).contains(where: caption))
    }

    func testACountryWithItsPartsAtAnyDepth() {
        let az = actors(["AZ"], includeChildren: true)
        XCTAssertTrue(az.coveredIDs.isSuperset(of: ["AZ", "AZ.defense-ministry", "AZ.army", "BAKU", "ALIYEV", "NK"]),
                      "\(az.coveredIDs)")
        XCTAssertTrue(az.covers("STEPANAKERT"), "grandchildren: Stepanakert is in Karabakh")
        XCTAssertEqual(actors(["AZ"]).coveredIDs, ["AZ"])
        // Events of the defence ministry count for the country only with its parts.
        let ministry = analysis.timeline.filter { $0.actorIDs.contains("AZ.defense-ministry") && !$0.actorIDs.contains("AZ") }
        XCTAssertFalse(ministry.isEmpty)
        XCTAssertTrue(ministry.allSatisfy(az.matches))
        XCTAssertFalse(ministry.contains(where: actors(["AZ"]).matches))
    }

    func testANisbaNamesItsCountry() {
        // Syria is named in 001 by "سوريا" and by "مقاتلين سوريين".
        let mentions = CorpusQuery(actors: actors(["SY"])).mentions(of: SeedCorpus.article("001"), in: analysis)
        XCTAssertTrue(mentions.contains { $0.isNisba })
        XCTAssertTrue(mentions.contains { !$0.isNisba })
    }

    func testSeveralActorsKeepWhatInvolvesAnyOfThem() {
        let either = CorpusQuery(actors: actors(["PASHINYAN", "MACRON"]))
        XCTAssertEqual(seedNumbers(either.articles(in: analysis)), ["000", "001", "002"])
        let pashinyan = CorpusQuery(actors: actors(["PASHINYAN"])).events(in: analysis)
        let macron = CorpusQuery(actors: actors(["MACRON"])).events(in: analysis)
        XCTAssertEqual(Set(either.events(in: analysis).map(\.id)), Set((pashinyan + macron).map(\.id)))
    }

    func testTheQuotedActorCountsForAnEvent() throws {
        var statement = try XCTUnwrap(analysis.timeline.first { $0.speakerID == "KREMLIN" })
        statement.actorIDs = []
        XCTAssertTrue(actors(["KREMLIN"]).matches(statement), "the Kremlin says it")
        XCTAssertFalse(actors(["PUTIN"]).matches(statement))
    }

    func testNoQueryKeepsEverything() {
        let all = CorpusQuery()
        XCTAssertEqual(all.articles(in: analysis).count, SeedCorpus.corpus.articles.count)
        XCTAssertEqual(all.events(in: analysis), analysis.timeline)
        XCTAssertTrue(all.keeps(actorID: "auto:درونز"))
        XCTAssertFalse(CorpusQuery(actors: actors(["PUTIN"])).keeps(actorID: "auto:درونز"))
    }

    // MARK: - Dates

    func testTheEventsOfOneDayIncludeItsHoursAndParts() throws {
        let day = CorpusQuery(dates: try DateRange(from: "2022-09-13", to: "2022-09-13")).events(in: analysis)
        XCTAssertEqual(Set(day.map(\.date.raw)), ["2022-09-13", "2022-09-13TMO", "2022-09-13TAF", "2022-09-13TEV",
                                                  "2022-09-13T06:00"])
        XCTAssertTrue(day.contains { $0.text.contains("وأعلنت روسيا وقفا لإطلاق النار") }, "the ceasefire at 06:00")
        XCTAssertEqual(day.map(\.date.sortKey), day.map(\.date.sortKey).sorted())
    }

    func testOpenRangesAndArticlesByPublicationDate() throws {
        let since2023 = CorpusQuery(dates: try DateRange(from: "2023", to: nil))
        XCTAssertTrue(since2023.events(in: analysis).allSatisfy { $0.date.raw.hasPrefix("2023") })
        XCTAssertFalse(since2023.events(in: analysis).isEmpty)
        XCTAssertEqual(seedNumbers(since2023.articles(in: analysis)), ["003"])
        let until2020 = CorpusQuery(dates: try DateRange(from: nil, to: "2020-10"))
        XCTAssertEqual(seedNumbers(until2020.articles(in: analysis)), ["001"])
        XCTAssertEqual(until2020.events(in: analysis).first?.date.raw, "1992")
        // An article of 2022 reports an event of 2020: events go by their own date.
        let in2020 = CorpusQuery(dates: try DateRange(from: "2020", to: "2020")).events(in: analysis)
        XCTAssertTrue(in2020.contains { $0.articleID.rawValue.hasPrefix("002") && $0.date.raw == "2020" }, "\(in2020.map(\.id))")
    }

    func testDateRangeEnds() throws {
        let range = try DateRange(from: "2022-09", to: "2022")
        XCTAssertEqual(range.firstDay, CalendarDate(iso: "2022-09-01"))
        XCTAssertEqual(range.lastDay, CalendarDate(iso: "2022-12-31"))
        XCTAssertTrue(range.overlaps(TimexValue("2022-09-13TEV")))
        XCTAssertTrue(range.overlaps(TimexValue("2022")), "the year holds the range")
        XCTAssertFalse(range.overlaps(TimexValue("2022-08-31")))
        XCTAssertFalse(range.overlaps(TimexValue("XXXX-WXX-2")), "a Tuesday of an unknown week")
        XCTAssertTrue(try DateRange(from: nil, to: nil).overlaps(TimexValue("XXXX-WXX-2")), "no range keeps everything")
        for bad in ["2022-W37", "2022-09-13T06:00", "PUB", "2022-13", "yesterday", ""] {
            XCTAssertThrowsError(try DateRange(from: nil, to: bad), bad) { error in
                let invalid = error as? DateRange.InvalidDate
                XCTAssertEqual(invalid?.text, bad)
                XCTAssertEqual(invalid?.bound, .to)
            }
        }
        XCTAssertThrowsError(try DateRange(from: "2022-02-30", to: "2023")) { error in
            XCTAssertEqual((error as? DateRange.InvalidDate)?.bound, .from)
        }
    }

    // MARK: - Resolving names

    func testNamesResolveInTheCatalogAndInTheCorpus() {
        XCTAssertEqual(analysis.resolveActor("لبوتين"), .found(analysis.actors["PUTIN"]!))
        // Artyom Turasyan is not in the catalog: the analysis made him from his name.
        let catalogOnly = ActorResolver(catalog: .standard)
        XCTAssertEqual(catalogOnly.resolve("توراسيان"), .notFound)
        guard case .found(let turasyan) = analysis.resolveActor("توراسيان") else {
            return XCTFail("the seeds name توراسيان")
        }
        XCTAssertEqual(turasyan.id, "auto:ارتوم توراسيان")
        // The corpus's actors can tie with the catalog's, so the catalog
        // alone cannot settle a name: it would say the UN General Assembly.
        guard case .found(let unga) = catalogOnly.resolve("General"),
              case .ambiguous(let generals) = analysis.resolveActor("General") else {
            return XCTFail("\(catalogOnly.resolve("General")), \(analysis.resolveActor("General"))")
        }
        XCTAssertEqual(unga.id, "UNGA")
        XCTAssertEqual(generals.map(\.id), ["AZ.prosecutor", "UNGA"])
        XCTAssertEqual(analysis.resolveActor("زززز"), .notFound)
    }

    func testANameResolvesToAQueryOrSaysWhyNot() throws {
        let turasyan = try ActorQuery(resolving: ["أرتوم توراسيان"], in: analysis)
        XCTAssertEqual(turasyan.actorIDs, ["auto:ارتوم توراسيان"])
        let said = CorpusQuery(actors: turasyan).events(in: analysis)
        XCTAssertEqual(said.map(\.date.raw), ["2022-09-14", "2022-09-14TNI"])
        XCTAssertThrowsError(try ActorQuery(resolving: ["Putin", "زززز"], in: analysis)) { error in
            XCTAssertEqual(error as? ActorQuery.ResolutionError, .notFound(name: "زززز"))
            XCTAssertEqual("\(error)", "no actor matches 'زززز'")
        }
        XCTAssertThrowsError(try ActorQuery(resolving: ["Dmitry"], in: analysis)) { error in
            XCTAssertEqual("\(error)", "'Dmitry' could be: MEDVEDEV (دميتري ميدفيديف), PESKOV (ديمتري بيسكوف); give an id")
        }
    }

    func testAnAnalysisResolvesWithItsOwnCatalog() {
        var catalog = ActorCatalog.standard
        catalog.merge(tsv: "id\ttype\tenglish\tarabic\taliases\nTURASYAN\tPER\tArtyom Turasyan\tأرتوم توراسيان\tتوراسيان\n",
                      path: "mine.tsv")
        let mine = CorpusAnalysis.analyze(SeedCorpus.corpus, catalog: catalog, parts: .entities)
        XCTAssertEqual(mine.resolveActor("Turasyan"), .found(catalog.actor(id: "TURASYAN")!))
        // The standard catalog has no Turasyan: the Latin name reaches the
        // corpus's own actor by its consonant skeleton.
        guard case .found(let auto) = analysis.resolveActor("Turasyan") else {
            return XCTFail("\(analysis.resolveActor("Turasyan"))")
        }
        XCTAssertFalse(auto.isFromCatalog)
        XCTAssertEqual(auto.arabicName, "أرتوم توراسيان")
        let query = CorpusQuery(actors: ActorQuery(["TURASYAN"], in: mine))
        XCTAssertEqual(query.mentions(of: SeedCorpus.article("004"), in: mine).map(\.text), ["أرتوم توراسيان", "توراسيان"])
    }
}
