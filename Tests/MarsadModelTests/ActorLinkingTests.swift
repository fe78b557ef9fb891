@testable import MarsadModel
import XCTest

/// Names that must not fragment: a name never holds a verb, a weekday, a
/// time word, a plural noun or a trailing adjective, and one person or
/// organization named in several ways across a corpus is one actor.
///
/// The tagger's spans are given (as the mistakes the team saw it make on
/// 2015 news), so each test checks the rules after the tagger, not what a
/// retrained tagger happens to find.
final class ActorLinkingTests: XCTestCase {
    private let index = ActorCatalog.standard.index
    private lazy var table = WordTable(splitter: CliticSplitter(), index: index)
    private lazy var resolver = MentionResolver(index: index, table: table)

    /// The names of `text` when the tagger says `tagged` (whole tokens, as
    /// written, and their type).
    private func names(_ text: String, tagged: [(String, EntityType)] = []) -> [FoundName] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [TokenSpan] = []
        scalars.withUnsafeBufferPointer { Tokenizer.scan($0, range: 0..<$0.count, into: &tokens) }
        let words = scalars.withUnsafeBufferPointer { p in tokens.map { table.id(p, $0.start, $0.end, kind: $0.kind) } }
        let texts = tokens.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        var tags = [Int](repeating: 0, count: tokens.count)
        for (phrase, type) in tagged {
            let wanted = phrase.split(separator: " ").map(String.init)
            // The first occurrence no phrase before took.
            guard let i = texts.indices.first(where: { i in
                Array(texts[i..<min(texts.count, i + wanted.count)]) == wanted && tags[i..<(i + wanted.count)].allSatisfy { $0 == 0 }
            })
            else { XCTFail("'\(phrase)' is not in the sentence"); continue }
            tags[i] = NERTags.begin(type)
            for k in (i + 1)..<(i + wanted.count) { tags[k] = NERTags.begin(type) + 1 }
        }
        return resolver.resolve(tokens: tokens, words: words, matches: index.matches(words, table: table), tags: tags,
                                scalars: scalars)
    }

    /// Every article's names linked over the corpus: mention text → actor.
    private func link(_ articles: [String: [FoundName]]) -> [ArticleID: [Mention]] {
        var found: [ArticleID: [FoundName]] = [:]
        for (id, names) in articles { found[ArticleID(id)] = names }
        return ActorLinker(index: index).link(found).mentionsByArticle
    }

    // MARK: - Fragments that must not happen

    func testAVerbIsNeverGluedToAName() {
        let hadi = names("وقالت مصادر محلية إن القوات الموالية للرئيس هادي تسيطر على معظم أحياء عدن.",
                         tagged: [("هادي تسيطر", .person)])
        XCTAssertFalse(hadi.contains { $0.text.contains("تسيطر") }, "\(hadi.map(\.text))")
        XCTAssertEqual(hadi.first { $0.text == "هادي" }?.target, .actor("HADI"))

        let envoy = names("وفي جنيف يقول ولد الشيخ أحمد إن المشاورات بين الأطراف اليمنية ستستأنف قريبا.",
                          tagged: [("يقول ولد الشيخ أحمد", .person)])
        XCTAssertEqual(envoy.filter { $0.type == .person }.map(\.text), ["ولد الشيخ أحمد"])
        XCTAssertEqual(envoy.first { $0.text == "ولد الشيخ أحمد" }?.target, .actor("OULD-CHEIKH"))

        // A person the catalog does not know: the verb after him goes, the name stays.
        let unknown = names("وكان نبيل الصوفي التقى ممثلي القبائل في مأرب.", tagged: [("نبيل الصوفي التقى", .person)])
        XCTAssertEqual(unknown.filter { $0.type == .person }.map(\.text), ["نبيل الصوفي"])
        XCTAssertEqual(unknown.first { $0.type == .person }?.key, "نبيل الصوفي")
    }

    func testAVerbTheLexiconInflectsIsNoNameWordEither() {
        // "تشهد" is on no list: the lexicon knows شهد, يشهد and شهدت.
        let found = names("وقال المحافظ إن تعز تشهد منذ أسابيع اشتباكات عنيفة.", tagged: [("تعز تشهد", .location)])
        XCTAssertEqual(found.filter { $0.type == .location }.map(\.text), ["تعز"])
    }

    func testWeekdaysTimeWordsAndPluralNounsAreNotPeople() {
        let weekday = names("ووصل المبعوث الأممي إلى عدن الاحد قادما من الرياض.", tagged: [("عدن الاحد", .location)])
        XCTAssertTrue(weekday.contains { $0.text == "عدن" })
        XCTAssertFalse(weekday.contains { $0.text.contains("الاحد") }, "\(weekday.map(\.text))")

        let alone = names("وأعلن التحالف أمس أن طائراته قصفت مواقع للمتمردين.", tagged: [("أمس", .person)])
        XCTAssertFalse(alone.contains { $0.text == "أمس" }, "a mention that is only a time word is dropped")

        let plural = names("وقال مراسلون في المدينة إن الاشتباكات توقفت.", tagged: [("مراسلون", .person)])
        XCTAssertFalse(plural.contains { $0.text == "مراسلون" }, "\(plural.map(\.text))")

        // A weekday after a name particle is part of the name.
        let particle = names("وقال عبد الأحد جمال الدين إن الوفد غادر.", tagged: [("عبد الأحد جمال الدين", .person)])
        XCTAssertEqual(particle.filter { $0.type == .person }.map(\.text), ["عبد الأحد جمال الدين"])
    }

    func testAnOrganizationDoesNotSwallowTheAdjectiveAfterIt() {
        let pkk = names("وطالب زعيم حزب العمال الكردستاني المسجون عبد الله أوجلان بوقف القتال.",
                        tagged: [("حزب العمال الكردستاني المسجون", .organization)])
        XCTAssertEqual(pkk.first { $0.type == .organization }?.text, "حزب العمال الكردستاني")
        XCTAssertEqual(pkk.first { $0.type == .organization }?.target, .actor("PKK"))
        XCTAssertFalse(pkk.contains { $0.text.contains("المسجون") })

        // Unknown to the catalog: the participle is cut all the same.
        let other = names("وأصدرت حركة التحرير الجنوبية المحظورة بيانا اليوم.",
                          tagged: [("حركة التحرير الجنوبية المحظورة", .organization)])
        XCTAssertEqual(other.filter { $0.type == .organization }.map(\.text), ["حركة التحرير الجنوبية"])
    }

    func testAWeakSurnameInsideAnotherPersonsNameIsThatPerson() {
        // "هادي" names President Hadi only with support; "هادي العامري" is someone else.
        let found = names("وقال القيادي هادي العامري إن قواته تتقدم نحو الفلوجة.", tagged: [("هادي العامري", .person)])
        let person = found.first { $0.type == .person }
        XCTAssertEqual(person?.text, "هادي العامري")
        XCTAssertNil(person?.target)
    }

    // MARK: - Variants that must merge

    func testHadiNamedFourWaysIsOneActor() {
        let mentions = link([
            "a": names("وأصدر الرئيس اليمني عبد ربه منصور هادي قرارا بتعيين محافظ جديد لعدن.",
                       tagged: [("عبد ربه منصور هادي", .person)]),
            "b": names("وعاد الرئيس هادي إلى عدن بعد تحريرها.", tagged: [("هادي", .person)]),
            "c": names("وقال مسؤولون إن هادي سيلتقي قادة المقاومة.", tagged: [("هادي", .person)]),
            "d": names("وأكد عبدربه منصور هادي دعمه للجيش الوطني.", tagged: [("عبدربه منصور هادي", .person)]),
        ])
        let ids = Set(mentions.values.flatMap { $0 }.filter { $0.text.contains("هادي") }.map(\.actorID))
        XCTAssertEqual(ids, ["HADI"])
        XCTAssertEqual(mentions.values.flatMap { $0 }.filter { $0.actorID == "HADI" }.count, 4)
    }

    func testAPersonTheCatalogLacksIsOneActorWithAndWithoutFirstNames() {
        let mentions = link([
            "a": names("وقال سلطان عبد الله البركاني إن الحوار مستمر.", tagged: [("سلطان عبد الله البركاني", .person)]),
            "b": names("وأوضح عبدالله البركاني أن الوفد سيغادر.", tagged: [("عبدالله البركاني", .person)]),
            "c": names("ونفى البركاني هذه الأنباء.", tagged: [("البركاني", .person)]),
        ])
        let ids = Set(mentions.values.flatMap { $0 }.filter { $0.text.contains("البركاني") }.map(\.actorID))
        XCTAssertEqual(ids.count, 1, "\(ids)")
        XCTAssertEqual(ids.first.map { $0.rawValue.hasPrefix("auto:") }, true)
    }

    func testTwoPeopleSharingASurnameStayApart() {
        let mentions = link([
            "a": names("وقال نبيل الحكيمي إن اللجنة اجتمعت.", tagged: [("نبيل الحكيمي", .person)]),
            "b": names("وأعلن سالم الحكيمي استقالته من الحزب.", tagged: [("سالم الحكيمي", .person)]),
            "c": names("ورفض الحكيمي التعليق.", tagged: [("الحكيمي", .person)]),
        ])
        let nabil = mentions["a"]!.first { $0.text == "نبيل الحكيمي" }?.actorID
        let salem = mentions["b"]!.first { $0.text == "سالم الحكيمي" }?.actorID
        let bare = mentions["c"]!.first { $0.text == "الحكيمي" }?.actorID
        XCTAssertNotNil(nabil)
        XCTAssertNotEqual(nabil, salem)
        XCTAssertNotNil(bare)
        XCTAssertNotEqual(bare, nabil)
        XCTAssertNotEqual(bare, salem)
    }

    func testThePKKWithAndWithoutItsHeadWordIsOneActor() {
        let text = "وشنت الطائرات التركية غارات على مواقع حزب العمال الكردستاني في شمال العراق. "
            + "وقالت أنقرة إن مقاتلي العمال الكردستاني قتلوا شرطيين، واتهم الكردستاني الحكومة بخرق الهدنة."
        let mentions = link(["a": names(text, tagged: [("حزب العمال الكردستاني", .organization),
                                                        ("العمال الكردستاني", .organization),
                                                        ("الكردستاني", .organization)])])
        let pkk = mentions["a"]!.filter { $0.actorID == "PKK" }.map(\.text)
        XCTAssertEqual(pkk, ["حزب العمال الكردستاني", "العمال الكردستاني", "الكردستاني"])
    }

    func testAnOrganizationTheCatalogLacksJoinsItsHeadedName() {
        let mentions = link([
            "a": names("وأعلنت حركة شباب الثورة السلمية مشاركتها في التظاهرات.",
                       tagged: [("حركة شباب الثورة السلمية", .organization)]),
            "b": names("وقال بيان شباب الثورة السلمية إن المسيرة انطلقت.",
                       tagged: [("شباب الثورة السلمية", .organization)]),
        ])
        let headed = mentions["a"]!.first { $0.type == .organization }?.actorID
        let headless = mentions["b"]!.first { $0.type == .organization }?.actorID
        XCTAssertNotNil(headed)
        XCTAssertEqual(headed, headless)
    }
}
