import Foundation
@testable import MarsadModel
import MarsadTestSupport
import XCTest

final class NERTests: XCTestCase {
    func testShippedModelLoadsAndTagsUnseenNames() throws {
        let model = try XCTUnwrap(NERModel.standard, "Resources/ner-model.bin loads")
        XCTAssertGreaterThan(model.featureCount, 10_000)
        let tagger = NERTagger(model: model)
        let tags = tagger.tag(["وقال", "رئيس", "الوزراء", "الماليزي", "أنور", "إبراهيم", "في", "كوالالمبور", "إن", "بلاده",
                               "ترفض", "ذلك", "."])
        XCTAssertEqual(Array(tags[4...5]), ["B-PER", "I-PER"], "\(tags)")
        XCTAssertEqual(tags[3], "O", "a nisba after a title is not a name")
        XCTAssertTrue(tags.allSatisfy { NERTags.names.contains($0) })
    }

    /// A feminine adjective ("انتحارية", from "انتحاري") describes; it is
    /// never part of a person's name, even in quotes after an unknown
    /// loanword, where the training text had many foreign names.
    func testFeminineAdjectivesAreNotNames() throws {
        let tagger = NERTagger(model: try XCTUnwrap(NERModel.standard))
        let sentence = ["واتهمت", "كييف", "موسكو", "بتكثيف", "استخدام", "\"", "درونز", "انتحارية", "\"", "إيرانية",
                        "الصنع", "."]
        let tags = tagger.tag(sentence)
        XCTAssertFalse(tags[7].hasSuffix("PER"), "\(tags)")
        let table = tagger.table
        for (word, adjective) in [("انتحارية", true), ("الانتحارية", true), ("والانتحارية", true), ("انتحاري", false),
                                  ("نادية", false), ("أندريه", false), ("هنية", false), ("درونز", false)] {
            let id = table.id(word, kind: .arabicWord)
            XCTAssertEqual(table.infos[Int(id)].isFeminineAdjective, adjective, word)
        }
        // A woman's given name in "…ية" is still a name.
        let named = tagger.tag(["وقالت", "الوزيرة", "نادية", "فتاح", "إن", "الحكومة", "سترد", "."])
        XCTAssertEqual(Array(named[2...3]), ["B-PER", "I-PER"], "\(named)")
    }

    /// A common word carrying an attached pronoun ("باحتلاله", by its
    /// occupation) is in no name (seed 004 is checked in EntityAnalyzerTests);
    /// names ending in heh are not such words.
    func testWordsWithAttachedPronounsAreNotNames() throws {
        let table = NERTagger(model: try XCTUnwrap(NERModel.standard)).table
        for (word, suffixed) in [("باحتلاله", true), ("لاحتلالها", true), ("وقواتهم", true), ("احتلال", false),
                                 ("الله", false), ("عبدالله", false), ("أندريه", false), ("شاه", false), ("طه", false), ("عبده", false)] {
            let id = table.id(word, kind: .arabicWord)
            XCTAssertEqual(table.infos[Int(id)].hasPronounSuffix, suffixed, word)
        }
    }

    /// The tagger reads half a token's features from a small table indexed
    /// by their values (`NERSmallTemplates`) instead of by key: on every
    /// sentence of the seeds, and on one that puts trigger words, catalog
    /// names and given names at both edges, the tags are those of the
    /// key look-ups.
    func testSmallTemplateTableTagsAsTheKeysDo() throws {
        let model = try XCTUnwrap(NERModel.standard)
        var documents: [[[String]]] = SeedCorpus.corpus.articles.map { article in
            article.sentences.map { sentence in
                Tokenizer.tokenize(article.scalars, range: sentence.range.start..<sentence.range.end).map(\.text)
            }
        }
        documents.append([["الرئيس", "محمد", "بن", "سلمان", "في", "مدينة", "باكو", "مع", "وزير", "الخارجية", "الأذربيجاني"],
                          ["أرمينيا"], ["قال", "الرئيس"]])
        var tokens = 0
        for document in documents {
            let byIndex = NERTagger(model: model)
            let byKey = NERTagger(model: model)
            byKey.usesSmallTemplates = false
            XCTAssertEqual(byIndex.tagDocument(document), byKey.tagDocument(document))
            tokens += document.joined().count
        }
        XCTAssertGreaterThan(tokens, 2_000)
        XCTAssertEqual(NERSmallTemplates.keys().count, NERSmallTemplates.count)
    }

    func testDecodingRespectsBIO() throws {
        let tagger = NERTagger(model: try XCTUnwrap(NERModel.standard))
        let sentences = [["ال", "الـ", "و", "(", "»", "في", "في", "في"], ["محمد"], [], ["I-PER"]]
        for s in sentences {
            let tags = tagger.tag(s).map { NERTags.index($0) }
            for i in tags.indices where tags[i] != 0 && NERTags.names[tags[i]].hasPrefix("I-") {
                XCTAssertTrue(i > 0 && NERTags.type(tags[i - 1]) == NERTags.type(tags[i]), "\(s) → \(tags)")
            }
        }
    }
}

final class WordTableTests: XCTestCase {
    /// The word table analyses words on hashed scalars; it must read them
    /// exactly as the string-based splitter and normalizer do, or the
    /// tagger and the catalog would see other words than the rest of the
    /// library.
    func testWordTableReadsWordsAsTheSplitterDoes() {
        let splitter = CliticSplitter()
        let catalog = ActorCatalog.standard
        let table = WordTable(splitter: splitter, index: catalog.index)
        var words = Set(SeedCorpus.corpus.articles.flatMap { Tokenizer.tokenize($0.text) }.map { ($0.text, $0.kind) }
            .map { "\($0.1 == .arabicWord ? "a" : "x")\($0.0)" })
        // Harakat, tatweel, presentation forms, ل + article, closed-class
        // words, and hamza after clitics.
        for w in ["وَبِالأَمْسِ", "للأمم", "وـبـوتين", "ﻻجئ", "لدى", "وفي", "فالحكومة", "لأذربيجان", "بأن", "الله", "ولكن",
                  "وإيمانويل", "كالعادة", "وللرئيس", "فبالتالي", "بالكرملين", "صاروخاً"] {
            words.insert("a" + w)
        }
        var checked = 0
        for tagged in words {
            let word = String(tagged.dropFirst())
            let kind: TokenKind = tagged.hasPrefix("a") ? .arabicWord : NERTagger.kind(of: word)
            let id = table.id(word, kind: kind)  // before reading `infos`, which it grows
            let info = table.infos[Int(id)]
            XCTAssertEqual(info.normalized, ArabicNormalizer.normalize(word), word)
            guard kind == .arabicWord else { continue }
            let readings = splitter.analyses(word)
            let split = splitter.split(word, analyses: readings)
            XCTAssertEqual(info.stem, split.stem, word)
            let scalars = Array(word.unicodeScalars)
            let clitics = split.proclitics.filter { $0 != "ال" }.count
            let expectedSkip = scalars.withUnsafeBufferPointer { WordTable.scalarsOf(letters: clitics, in: $0) }
            XCTAssertEqual(info.procliticScalars, expectedSkip, word)
            XCTAssertEqual(info.hasOnlyConjunction && !split.proclitics.isEmpty, split.proclitics == ["و"], word)
            // Catalog starts as the string-keyed trie gives them.
            var expected: [Int32] = []
            var keys: Set<String> = []
            for analysis in readings.reversed() {
                let key = analysis.hasArticle ? "ال" + analysis.stem : analysis.stem
                guard keys.insert(key).inserted, let node = catalog.index.trie[0].children[key] else { continue }
                expected.append(node)
            }
            XCTAssertEqual(info.catalogStarts.map(\.node), expected, word)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 1000)
    }
}
