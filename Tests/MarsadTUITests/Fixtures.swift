import Foundation
import MarsadTestSupport
@testable import MarsadModel
@testable import MarsadTUI
import TerminalText

/// The seed corpus and a hand-made analysis of it: real Arabic text, with
/// mentions found by plain string search for a few names and three
/// timeline events made by hand. The UI is tested on these; entity and
/// time analysis are tested where they are built.
enum Fixtures {
    static var corpus: Corpus { SeedCorpus.corpus }

    static let actors: [ActorID: Actor] = [
        "putin": Actor(id: "putin", englishName: "Vladimir Putin", arabicName: "بوتين",
                       aliases: ["بوتين", "فلاديمير بوتين"], type: .person),
        "AM": Actor(id: "AM", englishName: "Armenia", arabicName: "أرمينيا", aliases: ["أرمينيا", "ارمينيا"],
                    nisbas: ["الأرمينية"], type: .location),
        "AZ": Actor(id: "AZ", englishName: "Azerbaijan", arabicName: "أذربيجان", aliases: ["أذربيجان", "اذربيجان"], type: .location),
        "RU": Actor(id: "RU", englishName: "Russia", arabicName: "روسيا", aliases: ["روسيا", "موسكو"], type: .location),
        "AZ-MOD": Actor(id: "AZ-MOD", englishName: "Azerbaijani Defence Ministry", arabicName: "وزارة الدفاع الأذربيجانية",
                        type: .organization, parentID: "AZ"),
    ]

    static let catalog = ActorCatalog(actors: Array(actors.values))

    /// Spellings looked for, and the actor each names.
    static let spellings: [(String, ActorID, EntityType)] = [
        ("بوتين", "putin", .person), ("أرمينيا", "AM", .location), ("ارمينيا", "AM", .location),
        ("أذربيجان", "AZ", .location), ("اذربيجان", "AZ", .location), ("روسيا", "RU", .location),
        ("وزارة الدفاع الاذربيجانية", "AZ-MOD", .organization),
    ]

    /// Every occurrence of `word` in an article (scalar ranges).
    static func occurrences(of word: String, in article: Article) -> [ScalarRange] {
        let needle = Array(word.unicodeScalars)
        let hay = article.scalars
        var result: [ScalarRange] = []
        guard needle.count <= hay.count else { return [] }
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == needle[0], Array(hay[i..<(i + needle.count)]) == needle {
                result.append(ScalarRange(start: i, end: i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return result
    }

    static func article(_ prefix: String) -> Article { corpus.articles.first { $0.id.rawValue.hasPrefix(prefix) }! }

    /// The first body sentence of an article that contains `word`.
    static func sentence(in article: Article, containing word: String) -> Sentence {
        article.bodySentences.first { article.text(in: $0.range).contains(word) }!
    }

    static func event(_ article: Article, containing word: String, date: String, actors: [ActorID], kind: EventKind) -> TimelineEvent {
        let s = sentence(in: article, containing: word)
        return TimelineEvent(articleID: article.id, sentenceIndex: s.index, sentenceRange: s.range, text: article.text(in: s.range),
                             date: TimexValue(date), dateOrigin: .own, actorIDs: actors, speakerID: nil, kind: kind, groupID: 0,
                             sources: [article.id])
    }

    static let analysis: CorpusAnalysis = {
        var mentions: [ArticleID: [Mention]] = [:]
        for article in corpus.articles {
            var list: [Mention] = []
            for (word, id, type) in spellings {
                for r in occurrences(of: word, in: article) {
                    list.append(Mention(articleID: article.id, range: r, text: article.text(in: r), type: type, actorID: id,
                                        inBoilerplate: article.isBoilerplate(r)))
                }
            }
            list.sort { $0.range < $1.range }
            mentions[article.id] = list
        }
        var times: [ArticleID: [TimeExpression]] = [:]
        for article in corpus.articles {
            times[article.id] = occurrences(of: "الثلاثاء", in: article).map {
                TimeExpression(articleID: article.id, range: $0, text: "الثلاثاء", type: .date, value: "2022-09-13",
                               inBoilerplate: article.isBoilerplate($0))
            }
        }
        let timeline = [
            event(article("001"), containing: "بوتين", date: "2020-09-30", actors: ["putin"], kind: .diplomacy),
            event(article("000"), containing: "100", date: "2022-09-13", actors: ["AM", "AZ"], kind: .casualties),
            event(article("004"), containing: "اتهمت", date: "2022-09-14", actors: ["AM", "AZ"], kind: .clash),
        ]
        return CorpusAnalysis(corpus: corpus, catalog: catalog, parts: .all, actors: actors, mentionsByArticle: mentions,
                              timesByArticle: times, timeline: timeline)
    }()

    /// A state on the seeds at a size, with the hand analysis in place.
    static func state(columns: Int = 120, rows: Int = 40, analysed: Bool = true, theme: Theme = .monochrome) -> AppState {
        var state = AppState(corpus: corpus, corpusName: "seeds", size: ScreenSize(columns: columns, rows: rows), theme: theme)
        if analysed { _ = reduce(&state, .analysisFinished(analysis, seconds: 0.5)) }
        return state
    }
}
