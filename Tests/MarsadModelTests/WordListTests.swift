import Foundation
import XCTest
import MarsadTestSupport
@testable import MarsadModel

/// The word lists of `Resources/words/`: the format, the shipped files, and
/// that the rules read their words from them.
final class WordListTests: XCTestCase {
    private var sources: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/MarsadModel")
    }

    // MARK: - The format

    func testLinesCommentsOrderAndValues() throws {
        let text = "# a comment\r\n\r\nunit\tعام\tY\r\nunit\tسنة\tY\nunit\tعام\tM\nphrase\tاقرأ أيضا\n# end\n"
        let list = try WordList(name: "test", text: text)
        XCTAssertEqual(Set(list.classes.keys), ["unit", "phrase"])
        XCTAssertEqual(list.entries("unit").map(\.line), [3, 4, 5])
        // A later line wins in a table; normalized on request only.
        XCTAssertEqual(list.table("unit") { $0 }, ["عام": "M", "سنة": "Y"])
        XCTAssertEqual(list.table("unit", normalized: true) { $0 }, ["عام": "M", "سنه": "Y"])
        XCTAssertEqual(list.pairs("unit") { $0 }.map(\.1), ["Y", "Y", "M"])
        XCTAssertEqual(list.words("phrase"), ["اقرأ أيضا"])
        XCTAssertEqual(list.set("phrase", normalized: true), ["اقرا ايضا"])
    }

    func testMalformedLinesNameTheirLine() {
        let cases: [(String, Int)] = [
            ("ok\tكلمة\nmissing-word\n", 2),
            ("empty\t\tY\n", 1),
            ("ok\tكلمة\n\nBad_Class\tكلمة\n", 3),
            ("space\tكلمة \n", 1),
        ]
        for (text, line) in cases {
            XCTAssertThrowsError(try WordList(name: "bad", text: text)) { error in
                XCTAssertEqual((error as? WordList.Problem)?.line, line, text)
                XCTAssertTrue("\(error)".hasPrefix("words/bad.tsv:\(line): "), "\(error)")
            }
        }
    }

    /// What a contributor does: one line added to a shipped file, read by
    /// the same loader as the shipped list, is in the class.
    func testAWordAddedToAShippedFileIsRead() throws {
        let url = sources.appendingPathComponent("Resources/words/time.tsv")
        let shipped = try String(contentsOf: url, encoding: .utf8)
        XCTAssertFalse(TimeLexicon.vagueCounts.contains("كام"))
        let edited = try WordList(name: "time", text: shipped + "vague-count\tكام\n")
        XCTAssertEqual(edited.set("vague-count"), TimeLexicon.vagueCounts.union(["كام"]))
        XCTAssertEqual(edited.table("part-of-day-adverb", TimeLexicon.PartOfDay.init(rawValue:)),
                       TimeLexicon.partOfDayAdverbs)
    }

    // MARK: - The shipped files

    /// Every class of every file is named by the code that reads it (a
    /// class misspelled in a file would otherwise be silently unread).
    func testEveryClassOfTheFilesIsReadByTheCode() throws {
        var swift = ""
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
        for case let file as URL in files where file.pathExtension == "swift" {
            swift += try String(contentsOf: file, encoding: .utf8)
        }
        for list in WordLists.all {
            XCTAssertFalse(list.classes.isEmpty, list.name)
            for name in list.classes.keys {
                XCTAssertTrue(swift.contains("\"\(name)\""), "words/\(list.name).tsv: class \(name) is read nowhere")
            }
        }
    }

    /// Lists compared with normalized text hold normalized words: "أ" or
    /// "ة" in them would never match.
    func testWordsComparedNormalizedAreWrittenNormalized() {
        // Normalized on load, or shown as spelled.
        let spelled: Set<String> = [
            "names/person-title", "names/organization-head", "names/place-head", "names/institution-head",
            "names/institution-construct-head", "calendar/gregorian-month", "calendar/hijri-month", "calendar/weekday",
        ]
        // Written with ى, so never matched, as before the lists were data
        // (see the comment in boilerplate.tsv).
        let known: Set<String> = ["boilerplate/call-to-action/اضغط على", "boilerplate/call-to-action/انقر على"]
        for list in WordLists.all {
            for (name, entries) in list.classes where !spelled.contains("\(list.name)/\(name)") {
                for entry in entries where ArabicNormalizer.normalize(entry.word) != entry.word {
                    guard !known.contains("\(list.name)/\(name)/\(entry.word)") else { continue }
                    XCTFail("words/\(list.name).tsv:\(entry.line): \"\(entry.word)\" is not normalized "
                            + "(write \"\(ArabicNormalizer.normalize(entry.word))\")")
                }
            }
        }
    }

    /// A word of each list, read as before the lists were data.
    func testShippedWordsKeepTheirClassesAndValues() {
        // time.tsv, with the forms TimeLexicon derives.
        XCTAssertEqual(TimeLexicon.partOfDayAdverbs["مساء"], .evening)
        XCTAssertEqual(TimeLexicon.dualUnits["الاسبوعين"], .week)
        XCTAssertEqual(TimeLexicon.numberWords["الثلاثه"], 3)
        XCTAssertEqual(TimeLexicon.decades["التسعينات"], 9)
        XCTAssertEqual(TimeLexicon.decades["الثمانينيات"], 8)
        XCTAssertEqual(TimeLexicon.directions["المقبله"], .next)
        XCTAssertEqual(TimeLexicon.twoWordReferences["الاونه الاخيره"], "PAST_REF")
        XCTAssertEqual(TimeLexicon.currentUnits["السنه"], .year)
        // The relative-day class drives the grammar's relative days by offset.
        XCTAssertEqual(TimeLexicon.yesterdayWords, ["امس", "الامس", "البارحه"])
        XCTAssertEqual(TimeLexicon.todayWords, ["اليوم"])
        XCTAssertEqual(TimeLexicon.tomorrowWords, ["غدا", "الغد"])
        XCTAssertTrue(TimeLexicon.starters.contains("ساعات"))
        XCTAssertTrue(TimeLexicon.vocabulary.contains("توقيت"))
        // calendar.tsv, normalized on load, after the locales' names.
        XCTAssertEqual(CalendarNames.gregorianMonths["كانون ثاني"], 1)
        XCTAssertEqual(CalendarNames.gregorianMonths["ديسمبر"], 12)
        XCTAssertEqual(CalendarNames.hijriMonths["جمادي الاولي"], 5)
        XCTAssertEqual(CalendarNames.weekdays["اثنين"], 1)
        // timeline.tsv
        XCTAssertTrue(EventClassifier.casualties.contains("قتلي"))
        XCTAssertTrue(TimeLexicon.attributionVerbs.contains("اعلنت"))
        XCTAssertTrue(TimelineBuilder.nounsBeforeYears.contains("حرب"))
        // names.tsv: normalized on load, institution heads as spelled.
        XCTAssertEqual(NameTriggers.kind(ofStem: "وزاره"), .organizationHead)
        XCTAssertEqual(NameTriggers.kind(ofStem: "رئيسه"), .personTitle)
        XCTAssertEqual(NameTriggers.kind(ofStem: "قري"), .placeHead)
        XCTAssertEqual(InstitutionKind.all.map(\.key).first, "defense-ministry")
        XCTAssertEqual(InstitutionKind.all.first { $0.key == "army" }?.heads.map(\.words), ["الجيش", "القوات المسلحة"])
        XCTAssertEqual(InstitutionKind.all.first { $0.key == "army" }?.heads.map(\.feminine), [false, true])
        XCTAssertEqual(InstitutionKind.all.first { $0.key == "presidency" }?.constructHeads, [])
        XCTAssertTrue(CatalogIndex.alefFunctionWords.contains("ايضا"))
    }

    /// The lists at work on the seeds: a word of each concern in real text.
    func testSeedTextIsReadWithTheShippedWords() {
        let a000 = SeedCorpus.article("000")
        // time.tsv: "الساعة" (hour-noun), "ت غ"; timeline.tsv: the truce.
        XCTAssertEqual(TimeTagger().tag(a000).first { $0.text == "الساعة 06,00 ت غ" }?.value, "2022-09-13T06:00")
        let times004 = TimeTagger().tag(SeedCorpus.article("004"))
        // "ليل" (part-of-day-noun), "أيلول" (a locale month).
        XCTAssertEqual(times004.first { $0.text == "ليل 14 أيلول" }?.value, "2022-09-14TNI")
        // boilerplate.tsv: a credit line is furniture.
        let line = "جنود أرمينيون على الحدود - جيتي"
        let scalars = Array(line.unicodeScalars)
        let facts = BoilerplateRules.facts(scalars, ScalarRange(start: 0, end: scalars.count))
        XCTAssertEqual(BoilerplateRules.classify(facts), .caption)
    }
}

/// The line rules compare plain lines as scalars: the same answers as
/// the strings they stand for.
final class LineFactsComparisonTests: XCTestCase {
    private var lines: [[Unicode.Scalar]] {
        var lines = SeedCorpus.corpus.articles.flatMap { a in a.paragraphs.map { Array(a.scalars[$0.range.start..<$0.range.end]) } }
        lines += ["اقرأ أيضا: الحرب", "Read more", "© جميع الحقوق محفوظة 2022", "صورة: الحدود - جيتي",
                  "جنود (Getty Images)", "cafe\u{301} www.site.com", "ﻻ إله", "e\u{301} - afp", "عاجل", "خبر عاجل",
                  "جميع الحقوق محفوظة\u{0301}", "  - جيتي  ", "x - جيتي", "هنا (ا ف ب)"].map { Array($0.unicodeScalars) }
        return lines
    }

    private let phrases = ["اقرا ايضا", "read more", "©", "جميع الحقوق محفوظه", "- جيتي", "(getty images)", ")",
                           "www.", ".com", " - ", " – ", "عاجل", "خبر عاجل", "e", "é", "e\u{301}", "ا", " ", "ف ب)"]

    func testScalarComparisonsAreTheStringComparisons() {
        var plainLines = 0
        for line in lines where !line.isEmpty {
            let f = BoilerplateRules.facts(line, ScalarRange(start: 0, end: line.count))
            if f.isPlain { plainLines += 1 }
            let n = f.normalized
            for p in phrases.map(BoilerplateRules.Phrase.init) {
                XCTAssertEqual(f.contains(p), n.contains(p.text), "\(n) contains \(p.text)")
                XCTAssertEqual(f.hasPrefix(p), n.hasPrefix(p.text), "\(n) hasPrefix \(p.text)")
                XCTAssertEqual(f.hasSuffix(p), n.hasSuffix(p.text), "\(n) hasSuffix \(p.text)")
                XCTAssertEqual(f.equals(p), n == p.text, "\(n) == \(p.text)")
            }
            if f.isPlain {
                XCTAssertEqual(String(String.UnicodeScalarView(BoilerplateRules.strip(f.normalizedScalars))),
                               BoilerplateRules.strip(n), n)
                XCTAssertEqual(f.hasWordStartingWithNumber, f.words.contains { $0.first?.isNumber == true }, n)
            }
        }
        XCTAssertGreaterThan(plainLines, 100)
    }
}
