import Foundation
import XCTest
@testable import MarsadModel
@testable import MarsadTraining

/// The place gazetteer: the build's readers of CLDR and GeoNames on small
/// files written here, the file format, and the shipped resource on the
/// provinces and towns of 2015's Yemen, Syria and Turkey news.
final class GazetteerTests: XCTestCase {
    // MARK: - Building from the sources

    private let cldrSample = """
        <?xml version="1.0" encoding="UTF-8" ?>
        <!DOCTYPE ldml SYSTEM "../../common/dtd/ldml.dtd">
        <ldml>
        	<identity><language type="ar"/></identity>
        	<localeDisplayNames>
        		<subdivisions>
        			<subdivision type="yeta" draft="contributed">محافظة تعز</subdivision>
        			<subdivision type="tr47" draft="contributed">ماردين</subdivision>
        			<subdivision type="sydy" draft="contributed">محافظة دير الزور</subdivision>
        			<subdivision type="lkwp" draft="contributed">الغربية (سريلانكا)</subdivision>
        			<subdivision type="xxab">عين &amp; صاد</subdivision>
        		</subdivisions>
        	</localeDisplayNames>
        </ldml>
        """

    private let citiesSample = """
        {"71137": {"geonameid": 71137, "name": "Taiz", "countrycode": "YE", "population": 940600,
                   "alternatenames": ["Ta'izz", "Taiz", "تعز", "تَعِزّ", "تعز شهر", "Таиз"]},
         "79838": {"geonameid": 79838, "name": "Aḑ Ḑāli‘", "countrycode": "YE", "population": 14760,
                   "alternatenames": ["Dhala", "الضالع"]},
         "2988507": {"geonameid": 2988507, "name": "Paris", "countrycode": "FR", "population": 2138551,
                   "alternatenames": ["Paris", "باريس", "پاریس"]},
         "3031582": {"geonameid": 3031582, "name": "Bourges", "countrycode": "FR", "population": 64668,
                   "alternatenames": ["بورج"]}}
        """

    func testCLDRSubdivisionsKeepTheirCountryAndTheBareName() throws {
        let entries = try GazetteerBuilder.subdivisions(cldrXML: Data(cldrSample.utf8))
        let byName = Dictionary(grouping: entries, by: \.name)
        // "محافظة تعز" is kept as "تعز", YE-TA.
        XCTAssertNil(byName["محافظه تعز"])
        XCTAssertEqual(byName["تعز"]?.map(\.code), ["YE-TA"])
        XCTAssertEqual(byName["تعز"]?.first?.country, "YE")
        XCTAssertEqual(byName["ماردين"]?.map(\.code), ["TR-47"])
        XCTAssertEqual(byName["دير الزور"]?.map(\.country), ["SY"])
        // The parenthesis is dropped, and a name that is all name is not cut.
        XCTAssertEqual(byName["الغربيه"]?.map(\.code), ["LK-WP"])
        XCTAssertNil(byName["الغربيه ( سريلانكا )"])
        XCTAssertEqual(byName["عين & صاد"]?.map(\.code), ["XX-AB"], "the XML entity is decoded")
        XCTAssertTrue(entries.allSatisfy { $0.kind == .subdivision && $0.population == nil })
    }

    func testMalformedCLDRFileIsAnError() {
        XCTAssertThrowsError(try GazetteerBuilder.subdivisions(cldrXML: Data("<ldml><subdivisions><subdivision type=\"yeta\">تعز</ldml>".utf8))) { error in
            XCTAssertTrue("\(error)".contains("CLDR"), "\(error)")
        }
    }

    func testGeoNamesCitiesKeepArabicNamesAboveThePopulationCut() throws {
        let cut = GazetteerBuilder.CityCut(minimumPopulation: 100_000, regionMinimumPopulation: 5_000, region: ["YE"])
        let (entries, read) = try GazetteerBuilder.cities(geoNamesJSON: Data(citiesSample.utf8), cut: cut)
        XCTAssertEqual(read, 4)
        let names = Set(entries.map(\.name))
        // Harakat fold into the same name; a small Yemeni town is in (region
        // cut), a small French town is out; the Persian spelling is left out.
        XCTAssertEqual(names, ["تعز", "تعز شهر", "الضالع", "باريس"])
        let taiz = try XCTUnwrap(entries.first { $0.name == "تعز" })
        XCTAssertEqual(taiz.code, "71137")
        XCTAssertEqual(taiz.country, "YE")
        XCTAssertEqual(taiz.population, 940600)
        XCTAssertThrowsError(try GazetteerBuilder.cities(geoNamesJSON: Data("[1, 2]".utf8), cut: cut))
    }

    func testBuiltFileReadsBackAndFindsPlaces() throws {
        let cut = GazetteerBuilder.CityCut(minimumPopulation: 0, regionMinimumPopulation: 0, region: [])
        let subdivisions = try GazetteerBuilder.subdivisions(cldrXML: Data(cldrSample.utf8))
        let cities = try GazetteerBuilder.cities(geoNamesJSON: Data(citiesSample.utf8), cut: cut).entries
        let merged = GazetteerBuilder.merged(subdivisions, cities, cities)
        XCTAssertEqual(merged.count, subdivisions.count + cities.count, "repeats are merged")
        let text = Gazetteer.tsv(merged, comments: ["test"])
        XCTAssertEqual(Gazetteer.tsv(GazetteerBuilder.merged(cities, subdivisions), comments: ["test"]), text,
                       "the file does not depend on the order the sources are read in")
        let gazetteer = try Gazetteer(tsv: text)
        XCTAssertEqual(gazetteer.entries, merged)
        XCTAssertEqual(Set(gazetteer.entries(named: "وتعز").map(\.code)), ["YE-TA", "71137"])
        XCTAssertEqual(gazetteer.entries(named: "لدير الزور").map(\.code), ["SY-DY"])
        XCTAssertEqual(gazetteer.entries(named: "دير").count, 0, "a phrase's first word alone is no place")
    }

    func testMalformedRowsNameTheirLine() {
        let header = Gazetteer.columns.joined(separator: "\t")
        let cases: [(String, Int)] = [
            ("name\tkind\n", 1),
            ("# c\n\(header)\nتعز\tc\tYE\t1\n", 3),
            ("\(header)\nتعز\tcity\tYE\t1\t\n", 2),
            ("\(header)\nتعز\tc\tYE\t1\tmany\n", 2),
        ]
        for (text, line) in cases {
            XCTAssertThrowsError(try Gazetteer(tsv: text)) { error in
                XCTAssertEqual((error as? Gazetteer.FormatError)?.line, line, text)
            }
        }
    }

    // MARK: - The shipped gazetteer

    func testYemeniGovernoratesAndTurkishProvincesFromTheIssue() {
        let g = Gazetteer.shared
        for name in ["تعز", "إب", "الضالع", "لحج"] {
            let subdivisions = g.entries(named: name).filter { $0.kind == .subdivision }
            XCTAssertEqual(Set(subdivisions.map(\.country)), ["YE"], name)
        }
        // The PKK conflict's provinces, and Diyarbakır in both spellings.
        for name in ["ماردين", "حكاري", "شرناق", "دياربكر", "ديار بكر", "وماردين"] {
            XCTAssertTrue(g.entries(named: name).contains { $0.country == "TR" }, name)
        }
        XCTAssertTrue(g.entries(named: "ماردين").contains { $0.kind == .subdivision && $0.code == "TR-47" })
        XCTAssertTrue(g.entries(named: "دير الزور").contains { $0.country == "SY" })
        XCTAssertTrue(g.entries(named: "تعز").contains { $0.code == "YE-TA" })
        // Taiz is both a governorate and its city.
        let tokens = Tokenizer.tokenize("تعز")
        XCTAssertEqual(g.longestMatch(tokens: tokens, at: 0)?.kinds, [.subdivision, .city])
    }

    func testCliticFormsAreFoundWithTheirProcliticsLeftOut() throws {
        let g = Gazetteer.shared
        let tokens = Tokenizer.tokenize("وسيطرت المقاومة على مناطق في وتعز ولحج وبمحافظة الضالع ولدير الزور")
        let taiz = try XCTUnwrap(g.longestMatch(tokens: tokens, at: 5))
        XCTAssertEqual(taiz.length, 1)
        XCTAssertEqual(taiz.skipScalars, 1)
        XCTAssertTrue(g.entries(of: taiz).contains { $0.code == "YE-TA" })
        XCTAssertTrue(g.entries(named: "ولحج").contains { $0.country == "YE" })
        XCTAssertNil(g.longestMatch(tokens: tokens, at: 7), "the head word محافظة is not a place")
        let dhale = try XCTUnwrap(g.longestMatch(tokens: tokens, at: 8))
        XCTAssertTrue(g.entries(of: dhale).contains { $0.code == "YE-DA" })
        let deir = try XCTUnwrap(g.longestMatch(tokens: tokens, at: 9))
        XCTAssertEqual(deir.length, 2, "ولدير الزور is one phrase")
        XCTAssertEqual(deir.skipScalars, 2)
        XCTAssertTrue(g.entries(of: deir).contains { $0.country == "SY" })
        // The same on words as written, as training data holds them.
        let words = tokens.map(\.text)
        XCTAssertEqual(g.longestMatch(words: words, at: 9)?.length, 2)
        XCTAssertEqual(g.longestMatch(words: words, at: 5)?.skipScalars, 1)
        XCTAssertTrue(g.entries(named: "بماردين").contains { $0.country == "TR" })
    }

    func testCommonWordsAreNotPlaces() {
        let g = Gazetteer.shared
        let tokens = Tokenizer.tokenize("وقال المتحدث إن الحكومة عقدت اجتماعا أمس")
        for i in tokens.indices {
            XCTAssertNil(g.longestMatch(tokens: tokens, at: i), tokens[i].text)
        }
        XCTAssertNil(g.longestMatch(tokens: tokens, at: tokens.count))
    }

    func testShippedFileIsSmallAndReadable() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/MarsadModel/Resources/gazetteer.tsv")
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        XCTAssertLessThanOrEqual(size, 300_000)
        let g = try Gazetteer(tsv: String(contentsOf: url, encoding: .utf8))
        XCTAssertEqual(g.entries.count, Gazetteer.shared.entries.count)
        XCTAssertGreaterThan(Set(g.entries.filter { $0.kind == .subdivision }.map(\.country)).count, 100)
    }
}
