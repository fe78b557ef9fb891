@testable import MarsadModel
import XCTest

/// A name given in full once is found again when the article later uses
/// the surname alone or with proclitics, and only then.
final class NamePropagationTests: XCTestCase {
    /// The shipped catalog plus people it does not list, so the tests do not
    /// depend on what the tagger happens to find (the analyzer runs on the
    /// catalog alone).
    static let catalog: ActorCatalog = {
        var c = ActorCatalog.standard
        c.upsert(Actor(id: "T-ATTA", englishName: "Yasser al-Atta", arabicName: "ياسر العطا", aliases: ["ياسر العطا"],
                       type: .person, parentID: "SD"))
        c.upsert(Actor(id: "T-KHATIB-A", englishName: "Ahmad al-Khatib", arabicName: "أحمد الخطيب",
                       aliases: ["أحمد الخطيب"], type: .person))
        c.upsert(Actor(id: "T-KHATIB-S", englishName: "Sami al-Khatib", arabicName: "سامي الخطيب",
                       aliases: ["سامي الخطيب"], type: .person))
        return c
    }()

    private func analyze(_ texts: [String: String], model: NERModel? = nil,
                         catalog: ActorCatalog = NamePropagationTests.catalog) -> [ArticleID: [Mention]] {
        let loader = CorpusLoader()
        let corpus = Corpus(articles: texts.keys.sorted().map { loader.load(text: texts[$0]!, id: $0) })
        return EntityAnalyzer(catalog: catalog, model: model).analyze(corpus).mentionsByArticle
    }

    func testSurnameAloneAndWithProcliticsLinksToTheFullName() {
        let text = """
            ياسر العطا يتفقد القوات في القضارف
            قال عضو مجلس السيادة الفريق أول ياسر العطا إن الجيش سيستعيد السيطرة على ولاية الجزيرة خلال أسابيع.
            وأضاف العطا في كلمة أمام الجنود أن المعركة لن تتوقف قبل خروج آخر مسلح من المدن.
            وأشاد قادة الوحدات بالعطا، فيما نقلت وكالة الأنباء الرسمية عن مصدر مقرب من العطا أن الزيارة تستمر يومين.
            """
        let mentions = analyze(["a.txt": text])["a.txt"]!.filter { $0.actorID == "T-ATTA" }
        XCTAssertEqual(mentions.map(\.text), ["ياسر العطا", "ياسر العطا", "العطا", "العطا", "العطا"],
                       "headline, full name, bare surname, بالعطا without ب, من العطا")
        let scalars = Array(text.unicodeScalars)
        for m in mentions {
            XCTAssertEqual(scalars.string(in: m.range), m.text)
            XCTAssertEqual(m.type, .person)
        }
        guard mentions.count == 5 else { return }
        let withB = mentions[3]
        XCTAssertEqual(scalars[withB.range.start - 1], "ب", "the span leaves the proclitic out")
    }

    func testBurhanAndDagaloAfterTheirFullNames() {
        // Both people are in the shipped catalog by their full names; the
        // bare "البرهان" (also a common noun) is only theirs after the full name.
        let text = """
            التقى رئيس مجلس السيادة السوداني عبد الفتاح البرهان في جدة المبعوث الأمريكي، بينما أرسل قائد قوات الدعم السريع محمد حمدان دقلو وفدا إلى المدينة.
            وقال دبلوماسيون إن الوسطاء يأملون في لقاء مباشر يجمع البرهان ودقلو قبل نهاية الشهر.
            """
        let mentions = analyze(["s.txt": text], model: .standard, catalog: .standard)["s.txt"]!
        let burhan = mentions.filter { $0.actorID == "BURHAN" }.map(\.text)
        XCTAssertEqual(burhan, ["عبد الفتاح البرهان", "البرهان"])
        let hemedti = mentions.filter { $0.actorID == "HEMEDTI" }
        XCTAssertEqual(hemedti.map(\.text), ["محمد حمدان دقلو", "دقلو"], "ودقلو loses its و")
        XCTAssertFalse(mentions.contains { $0.actorID.rawValue.hasPrefix("auto:") && $0.text.contains("دقلو") })
    }

    func testACommonWordNeverPartOfAFullNameIsNotANameAndSurnamesDoNotTravel() {
        let mentions = analyze([
            "a.txt": "قال الفريق ياسر العطا إن الهجوم صُد. وأكد العطا أن الوضع تحت السيطرة.",
            // Another article: the bare surname alone is not enough evidence.
            "b.txt": "وقال العطا في بيان إن الجيش تقدم في الخرطوم.",
            // "البرهان" as a common noun ("the proof"), no full name anywhere.
            "c.txt": "وقدم المحامي البرهان على براءة موكله أمام المحكمة في الخرطوم.",
        ])
        XCTAssertEqual(mentions["a.txt"]!.filter { $0.actorID == "T-ATTA" }.count, 2)
        XCTAssertFalse(mentions["b.txt"]!.contains { $0.text.contains("العطا") }, "\(mentions["b.txt"]!.map(\.text))")
        XCTAssertFalse(mentions["c.txt"]!.contains { $0.text.contains("البرهان") }, "\(mentions["c.txt"]!.map(\.text))")
    }

    func testASurnameTwoPeopleShareIsNotGuessed() {
        let text = "واجتمع أحمد الخطيب مع سامي الخطيب في بيروت. وقال الخطيب إن الاجتماع كان مثمرا."
        let mentions = analyze(["k.txt": text])["k.txt"]!
        XCTAssertEqual(mentions.filter { $0.actorID.rawValue.hasPrefix("T-KHATIB") }.map(\.text), ["أحمد الخطيب", "سامي الخطيب"])
        XCTAssertFalse(mentions.contains { $0.text == "الخطيب" })
    }

    /// The propagator itself, on names as the tagger would hand them over:
    /// an unknown full name, and the surname the tagger took whole with و.
    func testTaggerNamesWithProcliticsAreCutAndJoinTheFullName() {
        let text = "وقال رئيس حزب المؤتمر السوداني عمر الدقير إن الحزب يدعم الهدنة. والتقى وفد من الحزب والدقير بالوسطاء."
        let scalars = Array(text.unicodeScalars)
        let splitter = CliticSplitter()
        let index = ActorCatalog.standard.index
        let table = WordTable(splitter: splitter, index: index)
        var tokens: [TokenSpan] = []
        scalars.withUnsafeBufferPointer { Tokenizer.scan($0, range: 0..<scalars.count, into: &tokens) }
        let words = scalars.withUnsafeBufferPointer { buffer in tokens.map { table.id(buffer, $0.start, $0.end, kind: $0.kind) } }
        func found(_ piece: String, occurrence: Int = 0) -> FoundName {
            var from = text.startIndex
            var range = text.range(of: piece)!
            for _ in 0..<occurrence {
                from = range.upperBound
                range = text.range(of: piece, range: from..<text.endIndex)!
            }
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            let r = ScalarRange(start: start, end: start + piece.unicodeScalars.count)
            return FoundName(range: r, text: piece, type: .person, target: nil, isNisba: false,
                             key: CatalogIndex.tokens(piece).joined(separator: " "))
        }
        let names = [found("عمر الدقير"), found("والدقير")]
        let out = NamePropagator(table: table, splitter: splitter)
            .propagate(names, tokens: tokens, words: words, scalars: scalars, index: index)
        XCTAssertEqual(out.map(\.text), ["عمر الدقير", "الدقير"])
        guard out.count == 2 else { return }
        XCTAssertEqual(out[1].key, "عمر الدقير", "joins the full name's actor")
        XCTAssertEqual(scalars.string(in: out[1].range), "الدقير")
    }

    /// Across articles, a one-word unknown name with proclitics that is a
    /// name elsewhere in the corpus loses them.
    func testLinkerCutsProcliticsOffANameKnownElsewhereInTheCorpus() {
        func name(_ text: String, at start: Int) -> FoundName {
            FoundName(range: ScalarRange(start: start, end: start + text.unicodeScalars.count), text: text, type: .person,
                      target: nil, isNisba: false, key: CatalogIndex.tokens(text).joined(separator: " "))
        }
        let linked = ActorLinker(index: ActorCatalog.standard.index).link([
            "1.txt": [name("شمس الدين كباشي", at: 30)],
            "2.txt": [name("وكباشي", at: 12)],
        ])
        guard let full = linked.mentionsByArticle["1.txt"]?.first, let bare = linked.mentionsByArticle["2.txt"]?.first else {
            return XCTFail("both names are mentions")
        }
        XCTAssertEqual(bare.text, "كباشي")
        XCTAssertEqual(bare.range, ScalarRange(start: 13, end: 18))
        XCTAssertEqual(bare.actorID, full.actorID)
    }

    /// A misspelt name joins the catalog actor with its consonant skeleton
    /// (باشنيان → Pashinyan), but the article is no consonant: "السد" (a
    /// club, a dam) is not "السويد" (Sweden), whose skeleton is also "السد".
    func testSkeletonMatchesDoNotCountTheArticle() {
        func name(_ text: String, _ type: EntityType) -> FoundName {
            FoundName(range: ScalarRange(start: 0, end: text.unicodeScalars.count), text: text, type: type,
                      target: nil, isNisba: false, key: CatalogIndex.tokens(text).joined(separator: " "))
        }
        let linked = ActorLinker(index: ActorCatalog.standard.index).link([
            "1.txt": [name("السد", .location)],
            "2.txt": [name("باشنيان", .person)],
        ])
        XCTAssertEqual(linked.mentionsByArticle["1.txt"]?.first?.actorID, "auto:السد")
        XCTAssertEqual(linked.mentionsByArticle["2.txt"]?.first?.actorID, "PASHINYAN")
    }
}
