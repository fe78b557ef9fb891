/// One article's dated events as the timeline finds them in the article
/// alone: each event's sentence, date, kind, and what grouping compares
/// (content words, counted quantities), with the article's mentions named
/// by their index in its mention list instead of by actor.
///
/// Actors come from linking across the whole corpus, which changes when
/// articles are added; everything else here depends only on the article,
/// its time expressions and where its mentions stand. So the archive keeps
/// this per article (`AnalysisCache.cachedEvents`), under a key that holds
/// the mentions' places (`key(analysisKey:mentions:publication:)`), and a
/// second launch reads it back instead of reading every sentence again;
/// `TimelineBuilder` gives the events their actors from the mentions of
/// the analysis at hand.
///
/// ```swift
/// let found = TimelineBuilder().articleEvents(in: document, times: times, mentions: mentions)
/// ArticleEvents(decoding: found.encoded(), for: article, mentionCount: mentions.count) == found   // true
/// ```
struct ArticleEvents: Equatable, Sendable {
    struct Event: Equatable, Sendable {
        /// Index into `Article.sentences`.
        var sentence: Int
        /// The event's date as TIMEX3 ("2022-09-13", "PUB").
        var date: String
        var origin: EventDateOrigin
        var kind: EventKind
        /// The speaker's mention (index into the article's mentions).
        var speaker: Int?
        /// The sentence's mentions outside boilerplate, in text order.
        var mentions: [Int]
        /// Content words (consonant skeletons, "#49" for numbers), sorted.
        var words: [String]
        var quantities: [Quantity]
    }

    /// A counted thing ("49 جنديا أرمينيا"): its nisba is a mention (an
    /// actor, after linking) or a word's skeleton.
    struct Quantity: Equatable, Sendable {
        var number: Int
        var approximate: Bool
        var noun: String
        var nisba: Nisba?
    }

    enum Nisba: Equatable, Sendable {
        case mention(Int)
        case word(String)
    }

    var events: [Event]

    /// Bumped whenever what the timeline finds in one article changes
    /// (dating, kinds, speakers, grouping features): part of every key.
    static let codeVersion = 1

    /// The cache key of an article's events: its analysis key, then a
    /// fingerprint of this code's version, the publication date the events
    /// fall back on and where each mention stands (linking may cut a
    /// proclitic off a name, which moves it).
    static func key(analysisKey: String, mentions: [Mention], publication: String?) -> String {
        var hash = FNV64()
        hash.add("events-\(codeVersion)")
        hash.add(publication ?? "-")
        var w = ByteWriter()
        w.bytes.reserveCapacity(mentions.count * 6)
        for m in mentions {
            w.uint(m.range.start)
            w.uint(m.range.end)
            w.byte((m.isNisba ? 1 : 0) | (m.inBoilerplate ? 2 : 0))
        }
        hash.add(bytes: w.bytes)
        return analysisKey + ":" + hash.hex
    }
}

// MARK: - Binary form

extension ArticleEvents {
    static let formatVersion: UInt8 = 1

    func encoded() -> [UInt8] {
        var w = ByteWriter()
        w.byte(Self.formatVersion)
        w.uint(events.count)
        for e in events {
            w.uint(e.sentence)
            w.string(e.date)
            w.string(e.origin.rawValue)
            w.string(e.kind.rawValue)
            w.uint(e.speaker.map { $0 + 1 } ?? 0)
            w.uint(e.mentions.count)
            for m in e.mentions { w.uint(m) }
            w.uint(e.words.count)
            for word in e.words { w.string(word) }
            w.uint(e.quantities.count)
            for q in e.quantities {
                w.uint(q.number)
                w.byte(q.approximate ? 1 : 0)
                w.string(q.noun)
                switch q.nisba {
                case nil: w.byte(0)
                case .mention(let k): w.byte(1); w.uint(k)
                case .word(let s): w.byte(2); w.string(s)
                }
            }
        }
        return w.bytes
    }

    /// Reads `encoded()` back for `article` with `mentionCount` mentions;
    /// nil when the bytes are damaged or name a sentence or mention the
    /// article does not have.
    init?(decoding bytes: [UInt8], for article: Article, mentionCount: Int) {
        var r = ByteReader(bytes)
        guard r.byte() == Self.formatVersion, let count = r.uint(), count <= bytes.count else { return nil }
        func mention() -> Int? {
            guard let k = r.uint(), k < mentionCount else { return nil }
            return k
        }
        var events: [Event] = []
        events.reserveCapacity(count)
        for _ in 0..<count {
            guard let sentence = r.uint(), sentence < article.sentences.count, let date = r.string(),
                  let origin = r.string().flatMap(EventDateOrigin.init(rawValue:)),
                  let kind = r.string().flatMap(EventKind.init(rawValue:)), let speaker = r.uint(),
                  speaker <= mentionCount, let mentionTotal = r.uint(), mentionTotal <= mentionCount else { return nil }
            var mentions: [Int] = []
            mentions.reserveCapacity(mentionTotal)
            for _ in 0..<mentionTotal {
                guard let k = mention() else { return nil }
                mentions.append(k)
            }
            guard let wordCount = r.uint(), wordCount <= bytes.count else { return nil }
            var words: [String] = []
            words.reserveCapacity(wordCount)
            for _ in 0..<wordCount {
                guard let word = r.string() else { return nil }
                words.append(word)
            }
            guard let quantityCount = r.uint(), quantityCount <= bytes.count else { return nil }
            var quantities: [Quantity] = []
            for _ in 0..<quantityCount {
                guard let number = r.uint(), let approximate = r.byte(), let noun = r.string(), let tag = r.byte()
                else { return nil }
                let nisba: Nisba?
                switch tag {
                case 0: nisba = nil
                case 1: guard let k = mention() else { return nil }; nisba = .mention(k)
                case 2: guard let s = r.string() else { return nil }; nisba = .word(s)
                default: return nil
                }
                quantities.append(Quantity(number: number, approximate: approximate == 1, noun: noun, nisba: nisba))
            }
            events.append(Event(sentence: sentence, date: date, origin: origin, kind: kind,
                                speaker: speaker == 0 ? nil : speaker - 1, mentions: mentions, words: words,
                                quantities: quantities))
        }
        guard r.atEnd else { return nil }
        self.events = events
    }
}
