import Foundation

/// Finds the events that report the same fact in different articles
/// ("قتل 49 جنديا أرمينيا" in an AFP report, "اشتباكات حدودية قتلت 49
/// جندياً أرمينياً" in another outlet the next day).
///
/// Two events of different articles are linked when their dates are
/// compatible and
///
///     similarity = weighted dice(content words) + 0.5 × quantity + 0.2 × jaccard(actors)
///
/// reaches `threshold`. Content words are the sentence's words without
/// clitics or function words, compared by consonant skeleton so spellings
/// meet (أرمينياً / ارمنيا), each weighted by its inverse document
/// frequency over the corpus's event sentences, so the names every report
/// of a conflict repeats weigh little and the rarer words of a fact weigh
/// much; a *quantity* is a number with its
/// counted noun and the nisba after it ("49 جنديا ارمنيا"): 1 when both
/// sentences count the same thing with the same number (an approximate
/// one, "نحو 50", within 10 %), and two sentences that count the same thing
/// with numbers that disagree are never linked. Dates are compatible when
/// they fall on the same day, when one contains the other (2022-09 and
/// 2022-09-13), or, when one was only inherited from the publication date,
/// when they are at most a day apart (a report the morning after).
/// Linked events are grouped transitively.
///
/// The threshold, 0.5, was set on the seeds: the three reports of the 49
/// Armenian soldiers killed link at 0.65 and 0.72, while the closest pair
/// of different facts ("أعلنت روسيا وقفا لإطلاق النار" / "تسعى روسيا الى
/// وقف القتال") scores 0.43. Facts told without a shared number (the CSTO
/// meeting of 13 September in 000 and 004, 0.29) stay apart: grouping
/// rests mostly on counted facts.
struct EventGrouper {
    var threshold = 0.5
    /// Inverse document frequency of each content word, set by `groups`.
    var idf: [String: Double] = [:]
    /// Compare every pair of events of a day, as before candidates were
    /// filtered (for tests: it must find the same groups).
    var comparesEveryPair = false
    /// Pairs `groups` compared, for tests and benchmarks.
    private(set) var comparedPairs = 0

    struct Features {
        var article: Int
        var words: Set<String>
        var quantities: [Quantity]
        var actors: Set<ActorID>
        var date: TimexValue
        var origin: EventDateOrigin
    }

    struct Quantity: Hashable {
        var number: Int
        var approximate: Bool
        var noun: String
        var nisba: String?
    }

    /// Function and reporting words (`timeline.tsv`, class stopword).
    static let stopwords: Set<String> = WordLists.timeline.set("stopword")

    /// The content words and counted quantities of an event's sentence;
    /// a quantity's nisba mention is an index into `mentions` (the
    /// sentence's), `times` the sentence's time expressions.
    static func content(_ words: SentenceWords, mentions: [Mention], times: [TimeExpression])
        -> (words: Set<String>, quantities: [ArticleEvents.Quantity]) {
        var content: Set<String> = []
        var quantities: [ArticleEvents.Quantity] = []
        let timeRanges = times.map(\.range)
        for i in 0..<words.count {
            let t = words.tokens[i]
            if t.kind == .arabicWord || t.kind == .latinWord {
                let stem = words.stem(i)
                guard !Self.stopwords.contains(stem), !Self.stopwords.contains(t.normalized) else { continue }
                let key = SentenceWords.skeleton(stem)
                if key.unicodeScalars.count >= 2 { content.insert(key) }
            } else if t.kind == .number, let n = Int(t.normalized), n >= 2,
                      !timeRanges.contains(where: { $0.overlaps(t.range) }) {
                content.insert("#\(n)")
                guard i + 1 < words.count, words.tokens[i + 1].kind == .arabicWord else { continue }
                let noun = SentenceWords.skeleton(words.stem(i + 1))
                var nisba: ArticleEvents.Nisba?
                if i + 2 < words.count {
                    let next = words.tokens[i + 2]
                    if let m = mentions.firstIndex(where: { $0.range.overlaps(next.range) }) {
                        nisba = .mention(m)
                    } else if next.kind == .arabicWord, next.normalized.hasSuffix("ي") || next.normalized.hasSuffix("يا")
                                || next.normalized.hasSuffix("يه") || next.normalized.hasSuffix("يين") {
                        nisba = .word(SentenceWords.skeleton(words.stem(i + 2)))
                    }
                }
                let approximate = (max(0, i - 4)..<i).contains { words.has($0, TimeLexicon.approximators) }
                quantities.append(ArticleEvents.Quantity(number: n, approximate: approximate, noun: noun, nisba: nisba))
            }
        }
        return (content, quantities)
    }

    /// What grouping compares of one event of article number `article`,
    /// its mentions' actors taken from `mentions` (the article's).
    static func features(_ event: ArticleEvents.Event, article: Int, mentions: [Mention], date: TimexValue) -> Features {
        let quantities = event.quantities.map { q -> Quantity in
            let nisba: String?
            switch q.nisba {
            case nil: nisba = nil
            case .mention(let k): nisba = mentions[k].actorID.rawValue
            case .word(let s): nisba = s
            }
            return Quantity(number: q.number, approximate: q.approximate, noun: q.noun, nisba: nisba)
        }
        return Features(article: article, words: Set(event.words), quantities: quantities,
                        actors: Set(event.mentions.map { mentions[$0].actorID }), date: date, origin: event.origin)
    }

    /// How alike two events are, 0 when they cannot be the same fact.
    /// `wordsA`, `wordsB`: the events' content words as sorted ids, with
    /// their summed weights.
    func similarity(_ a: Features, _ b: Features, wordsA: [Int], wordsB: [Int], totalA: Double, totalB: Double,
                    weights: [Double]) -> Double {
        similarity(a, b, wordsA: wordsA, wordsB: wordsB, totalA: totalA, totalB: totalB, weights: weights,
                   actorsA: Self.actorNumbers(a.actors), actorsB: Self.actorNumbers(b.actors))
    }

    /// Actor ids as sorted numbers (any numbering: only equality counts).
    static func actorNumbers(_ actors: Set<ActorID>, _ numbers: inout [ActorID: Int32]) -> [Int32] {
        actors.map { id in
            if let n = numbers[id] { return n }
            let n = Int32(numbers.count)
            numbers[id] = n
            return n
        }.sorted()
    }

    private static func actorNumbers(_ actors: Set<ActorID>) -> [Int32] {
        var numbers: [ActorID: Int32] = [:]
        return actorNumbers(actors, &numbers)
    }

    /// The same, with each event's actors as sorted numbers
    /// (`actorNumbers`), which `groups` makes once per event: a pair's
    /// shared actors are counted by one merge, not by set algebra.
    func similarity(_ a: Features, _ b: Features, wordsA: [Int], wordsB: [Int], totalA: Double, totalB: Double,
                    weights: [Double], actorsA: [Int32], actorsB: [Int32]) -> Double {
        guard a.article != b.article, Self.compatible(a, b) else { return 0 }
        var quantity = 0.0
        for qa in a.quantities {
            for qb in b.quantities where qa.noun == qb.noun {
                let sameNisba = qa.nisba == nil || qb.nisba == nil || qa.nisba == qb.nisba
                guard sameNisba else { continue }
                let close = qa.number == qb.number
                    || (qa.approximate || qb.approximate) && abs(qa.number - qb.number) * 10 <= max(qa.number, qb.number)
                if close, qa.nisba != nil && qb.nisba != nil || qa.number == qb.number {
                    quantity = 1
                } else if !close, qa.nisba != nil, qb.nisba != nil {
                    return 0  // the same thing counted differently: another fact
                }
            }
        }
        var shared = 0.0
        Self.forEachShared(wordsA, wordsB) { shared += weights[$0] }
        let dice = totalA + totalB == 0 ? 0 : 2 * shared / (totalA + totalB)
        var sharedActors = 0
        Self.forEachShared(actorsA, actorsB) { _ in sharedActors += 1 }
        let union = actorsA.count + actorsB.count - sharedActors
        let actors = union == 0 ? 0 : Double(sharedActors) / Double(union)
        return dice + 0.5 * quantity + 0.2 * actors
    }

    /// Calls `body` with each value two sorted lists share (one merge).
    @inline(__always)
    static func forEachShared<T: Comparable>(_ a: [T], _ b: [T], _ body: (T) -> Void) {
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                body(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
    }

    static func compatible(_ a: Features, _ b: Features) -> Bool {
        guard let ra = a.date.dayRange, let rb = b.date.dayRange else { return false }
        if a.date.isInside(b.date) || b.date.isInside(a.date) { return true }
        if a.origin == .publication || b.origin == .publication || a.origin == .inherited || b.origin == .inherited,
           let da = a.date.day ?? (ra.lowerBound == ra.upperBound ? ra.lowerBound : nil),
           let db = b.date.day ?? (rb.lowerBound == rb.upperBound ? rb.lowerBound : nil) {
            return abs(da.days(to: db)) <= 1
        }
        return false
    }

    /// For each event, the words of `lists` (ids) that candidate pairs must
    /// share one of: its rarest words, heaviest first, until the weight left
    /// is below half the Dice share `needDice` of its total. Any pair with a
    /// weighted Dice of `needDice` or more shares a word in both events'
    /// prefixes (the first shared word in this order). The cut is made a
    /// little late, never early, so rounding cannot drop a pair.
    static func prefixTokens(_ lists: [[Int]], weights: [Double], totals: [Double], needDice: Double) -> [[Int]] {
        lists.enumerated().map { i, list in
            let ordered = list.sorted { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : $0 < $1 }
            let bound = needDice * totals[i] / 2 * (1 - 1e-9) - 1e-12
            var left = totals[i]
            var prefix: [Int] = []
            for w in ordered {
                if left < bound { break }
                prefix.append(w)
                left -= weights[w]
            }
            return prefix
        }
    }

    /// Group index of each event: events linked across articles share one.
    mutating func groups(_ features: [Features]) -> [Int] {
        // Words as ids, weighted by inverse document frequency.
        var ids: [String: Int] = [:]
        var lists: [[Int]] = []
        lists.reserveCapacity(features.count)
        for f in features {
            var list: [Int] = []
            for w in f.words {
                if let id = ids[w] { list.append(id) } else { ids[w] = ids.count; list.append(ids.count - 1) }
            }
            lists.append(list.sorted())
        }
        var df = Array(repeating: 0, count: ids.count)
        for list in lists { for id in list { df[id] += 1 } }
        let n = Double(max(1, features.count))
        let weights = df.map { log(1 + n / Double(max(1, $0))) }
        idf = Dictionary(uniqueKeysWithValues: ids.map { ($0.key, weights[$0.value]) })
        let totals = lists.map { $0.reduce(0) { $0 + weights[$1] } }
        var parent = Array(features.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        // Compare only events whose days are close: bucket by day (as day
        // numbers), each event in the days of its range and the day on
        // either side.
        var byDay: [Int: [Int]] = [:]
        // The first bucket of each event, for the pair's one comparison.
        var firstBucket = [Int](repeating: 0, count: features.count)
        for (i, f) in features.enumerated() {
            guard let r = f.date.dayRange else { continue }
            let lo = r.lowerBound.adding(days: -1), hi = r.upperBound.adding(days: 1)
            guard r.lowerBound.days(to: r.upperBound) <= 31 else { continue }
            let first = CalendarDate(year: 1970, month: 1, day: 1)!.days(to: lo)
            firstBucket[i] = first
            for d in first...(first + lo.days(to: hi)) { byDay[d, default: []].append(i) }
        }
        var actorNumbering: [ActorID: Int32] = [:]
        let actorLists = features.map { Self.actorNumbers($0.actors, &actorNumbering) }
        // Which pairs to compare. Actors add at most 0.2 and a shared
        // quantity 0.5, so a pair that shares no quantity noun needs a
        // weighted Dice of `threshold - 0.2` on its content words: it then
        // shares at least half that share of either event's weight, and so
        // (prefix filtering) a word among the rarest words of both that
        // carry more than what is left. Pairs that share no such word or
        // quantity noun cannot reach the threshold and are never compared:
        // the same pairs link as when every pair of a day was compared, in
        // time near-linear in the events instead of quadratic in a busy day.
        let needDice = threshold - 0.2
        // (With a threshold of 0.2 or less, actors alone may link a pair:
        // one word, -1, that every event shares, compares them all.)
        let candidates = needDice > 0 && !comparesEveryPair
            ? Self.prefixTokens(lists, weights: weights, totals: totals, needDice: needDice)
            : lists.map { _ in [-1] }
        var nounIDs: [String: Int] = [:]
        let nouns: [[Int]] = features.map { f in
            Array(Set(f.quantities.map { q in
                if let id = nounIDs[q.noun] { return id }
                nounIDs[q.noun] = nounIDs.count
                return nounIDs.count - 1
            })).sorted()
        }
        // A pair shares the buckets from the later of its first buckets on;
        // it is compared in that one bucket only, and there once however
        // many words and nouns it shares (`seen` marks, per event, the
        // events it was compared with there).
        var seen = [Int](repeating: -1, count: features.count)
        var wordPostings: [Int: [Int]] = [:]
        var nounPostings: [Int: [Int]] = [:]
        for (day, members) in byDay {
            guard members.count > 1 else { continue }
            wordPostings.removeAll(keepingCapacity: true)
            nounPostings.removeAll(keepingCapacity: true)
            for m in members {
                for w in candidates[m] { wordPostings[w, default: []].append(m) }
                for q in nouns[m] { nounPostings[q, default: []].append(m) }
            }
            // Members are in event order, so every posting list is too.
            for i in members {
                for (keys, postings) in [(candidates[i], wordPostings), (nouns[i], nounPostings)] {
                    for key in keys {
                        guard let list = postings[key], list.count > 1, list.last! > i else { continue }
                        // The list is in event order: start after i.
                        var lo = 0, hi = list.count
                        while lo < hi {
                            let mid = (lo + hi) / 2
                            if list[mid] <= i { lo = mid + 1 } else { hi = mid }
                        }
                        for j in list[lo...] where max(firstBucket[i], firstBucket[j]) == day && seen[j] != i {
                            seen[j] = i
                            guard features[i].article != features[j].article else { continue }
                            comparedPairs += 1
                            if similarity(features[i], features[j], wordsA: lists[i], wordsB: lists[j],
                                          totalA: totals[i], totalB: totals[j], weights: weights,
                                          actorsA: actorLists[i], actorsB: actorLists[j]) >= threshold {
                                parent[find(i)] = find(j)
                            }
                        }
                    }
                }
            }
        }
        return features.indices.map(find)
    }
}
