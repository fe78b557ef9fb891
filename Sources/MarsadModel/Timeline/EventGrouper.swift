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

    /// What `groups` compares of each event, in flat arrays (no reference
    /// to retain per comparison): article, date span as day numbers, the
    /// day used when an inherited or publication date may be a day off,
    /// and counted quantities with their nouns and nisbas as ids.
    private struct Compact {
        var article: [Int32] = []
        var loose: [Bool] = []
        var lo: [Int32] = []
        var hi: [Int32] = []
        /// The event's day (`Int32.min`: none): its day, or its span's one day.
        var day: [Int32] = []
        var quantityStart: [Int] = [0]
        var noun: [Int32] = []
        var number: [Int] = []
        var approximate: [Bool] = []
        /// -1: no nisba.
        var nisba: [Int32] = []

        init(_ features: [Features]) {
            let epoch = CalendarDate(year: 1970, month: 1, day: 1)!
            var nounIDs: [String: Int32] = [:], nisbaIDs: [String: Int32] = [:]
            for f in features {
                article.append(Int32(f.article))
                loose.append(f.origin == .publication || f.origin == .inherited)
                if let r = f.date.dayRange {
                    let a = Int32(epoch.days(to: r.lowerBound)), b = Int32(epoch.days(to: r.upperBound))
                    lo.append(a)
                    hi.append(b)
                    day.append(f.date.day != nil || a == b ? a : .min)
                } else {
                    lo.append(0)
                    hi.append(-1)
                    day.append(.min)
                }
                for q in f.quantities {
                    if let id = nounIDs[q.noun] { noun.append(id) } else {
                        let id = Int32(nounIDs.count)
                        nounIDs[q.noun] = id
                        noun.append(id)
                    }
                    number.append(q.number)
                    approximate.append(q.approximate)
                    if let n = q.nisba {
                        if let id = nisbaIDs[n] { nisba.append(id) } else {
                            let id = Int32(nisbaIDs.count)
                            nisbaIDs[n] = id
                            nisba.append(id)
                        }
                    } else {
                        nisba.append(-1)
                    }
                }
                quantityStart.append(noun.count)
            }
        }

        /// Dates are compatible when one span holds the other, or, when
        /// either was inherited or is the publication date, when their
        /// days are at most one apart.
        func compatible(_ a: Int, _ b: Int) -> Bool {
            guard lo[a] <= hi[a], lo[b] <= hi[b] else { return false }
            if lo[a] >= lo[b] && hi[a] <= hi[b] || lo[b] >= lo[a] && hi[b] <= hi[a] { return true }
            if loose[a] || loose[b], day[a] != .min, day[b] != .min { return abs(day[a] - day[b]) <= 1 }
            return false
        }
    }

    /// How alike events `a` and `b` are, 0 when they cannot be the same
    /// fact: `words`, their content words as sorted ids with their summed
    /// weights `totals`; `actors`, their actors as sorted numbers.
    private func similarity(_ a: Int, _ b: Int, _ c: Compact, words: [[Int]], totals: [Double], weights: [Double],
                            actors: [[Int32]]) -> Double {
        guard c.article[a] != c.article[b], c.compatible(a, b) else { return 0 }
        var quantity = 0.0
        for qa in c.quantityStart[a]..<c.quantityStart[a + 1] {
            for qb in c.quantityStart[b]..<c.quantityStart[b + 1] where c.noun[qa] == c.noun[qb] {
                let na = c.nisba[qa], nb = c.nisba[qb]
                guard na < 0 || nb < 0 || na == nb else { continue }
                let x = c.number[qa], y = c.number[qb]
                let close = x == y || (c.approximate[qa] || c.approximate[qb]) && abs(x - y) * 10 <= max(x, y)
                if close, na >= 0 && nb >= 0 || x == y {
                    quantity = 1
                } else if !close, na >= 0, nb >= 0 {
                    return 0  // the same thing counted differently: another fact
                }
            }
        }
        var shared = 0.0
        Self.forEachShared(words[a], words[b]) { shared += weights[$0] }
        let dice = totals[a] + totals[b] == 0 ? 0 : 2 * shared / (totals[a] + totals[b])
        var sharedActors = 0
        Self.forEachShared(actors[a], actors[b]) { _ in sharedActors += 1 }
        let union = actors[a].count + actors[b].count - sharedActors
        let actorShare = union == 0 ? 0 : Double(sharedActors) / Double(union)
        return dice + 0.5 * quantity + 0.2 * actorShare
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

    /// What an incremental grouping keeps of the last one
    /// (`StoredGrouping.Plan.incremental`).
    struct Kept {
        /// Each event's group root, -1 for an event added since.
        var roots: [Int]
        /// Whether each event's words set the weights.
        var base: [Bool]
    }

    /// Group index of each event: events linked across articles share one.
    ///
    /// With `kept`, the events with a root keep it and their links: only
    /// the pairs with a new event are compared, in the day buckets that
    /// hold a new event, with the words weighted over the base events
    /// alone (so an old pair would score as it did).
    mutating func groups(_ features: [Features], kept: Kept? = nil) -> [Int] {
        let isNew: [Bool] = kept.map { $0.roots.map { $0 < 0 } } ?? []
        let incremental = kept != nil
        // Words as ids, weighted by inverse document frequency over the base.
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
        var baseCount = 0
        for (i, list) in lists.enumerated() where kept?.base[i] ?? true {
            baseCount += 1
            for id in list { df[id] += 1 }
        }
        let n = Double(max(1, baseCount))
        let weights = df.map { log(1 + n / Double(max(1, $0))) }
        let totals = lists.map { $0.reduce(0) { $0 + weights[$1] } }
        let compact = Compact(features)
        // Compare only events whose days are close: bucket by day (as day
        // numbers), each event in the days of its range and the day on
        // either side.
        var byDay: [Int: [Int]] = [:]
        // The first bucket of each event: a pair is compared in the first
        // bucket both are in, the first bucket of the later one.
        var firstBucket = [Int](repeating: 0, count: features.count)
        for i in features.indices where compact.lo[i] <= compact.hi[i] {
            let first = Int(compact.lo[i]) - 1, last = Int(compact.hi[i]) + 1
            guard last - first <= 33 else { continue }  // a span of more than 31 days
            firstBucket[i] = first
            for d in first...last { byDay[d, default: []].append(i) }
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
        // the same pairs link as when every pair of a day was compared.
        let needDice = threshold - 0.2
        // (With a threshold of 0.2 or less, actors alone may link a pair:
        // one word, -1, that every event shares, compares them all.)
        let candidates = needDice > 0 && !comparesEveryPair
            ? Self.prefixTokens(lists, weights: weights, totals: totals, needDice: needDice)
            : lists.map { _ in [-1] }
        let nouns: [[Int]] = features.indices.map { i in
            Array(Set(compact.noun[compact.quantityStart[i]..<compact.quantityStart[i + 1]].map(Int.init))).sorted()
        }
        // Where each candidate word stands in its event's words, rarest
        // first (one order for all events), and the weight of the words
        // from each position on: a pair can share no more than what it
        // shared up to its last shared candidate word plus the smaller of
        // the two weights left after it (positional filtering, exact).
        let filtering = needDice > 0 && !comparesEveryPair
        let restFrom: [[Double]] = filtering ? lists.map { list in
            let ordered = list.sorted { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : $0 < $1 }
            var rest = [Double](repeating: 0, count: ordered.count + 1)
            for p in stride(from: ordered.count - 1, through: 0, by: -1) { rest[p] = rest[p + 1] + weights[ordered[p]] }
            return rest
        } : []
        // Each bucket on its own (over all cores): the events that start
        // there are compared with the events of the bucket that may reach
        // the threshold with them: sharing a quantity noun, or candidate
        // words enough. Linked pairs are joined afterwards, in order.
        let buckets = byDay.filter { $0.value.count > 1 && (!incremental || $0.value.contains { isNew[$0] }) }
            .sorted { $0.key < $1.key }
        let threshold = self.threshold
        let workers = max(1, min(CorpusAnalysis.defaultWorkers, buckets.count))
        final class Scratch: @unchecked Sendable {
            var seen: [Int], stamp: [Int], shared: [Double], lastI: [Int], lastJ: [Int]
            init(_ n: Int) {
                seen = [Int](repeating: -1, count: n)
                stamp = seen
                shared = [Double](repeating: 0, count: n)
                lastI = [Int](repeating: 0, count: n)
                lastJ = lastI
            }
        }
        let scratches = (0..<workers).map { _ in Scratch(features.count) }
        let found: [(links: [(Int, Int)], compared: Int)] = concurrentMap(buckets.count, workers: workers) { w, b in
            let (day, members) = buckets[b]
            var links: [(Int, Int)] = []
            var compared = 0
            guard members.contains(where: { firstBucket[$0] == day }) else { return (links, 0) }
            let scratch = scratches[w]
            // Postings: the members holding a candidate word (and where it
            // stands in their order), or a quantity noun.
            // (Incrementally, an old event is compared with new ones only:
            // the postings of the new members.)
            var wordPostings: [Int: [(event: Int, position: Int)]] = [:], nounPostings: [Int: [Int]] = [:]
            var newWordPostings: [Int: [(event: Int, position: Int)]] = [:], newNounPostings: [Int: [Int]] = [:]
            for m in members {
                for (p, key) in candidates[m].enumerated() { wordPostings[key, default: []].append((m, p)) }
                for key in nouns[m] { nounPostings[key, default: []].append(m) }
                guard incremental, isNew[m] else { continue }
                for (p, key) in candidates[m].enumerated() { newWordPostings[key, default: []].append((m, p)) }
                for key in nouns[m] { newNounPostings[key, default: []].append(m) }
            }
            func compare(_ i: Int, _ j: Int) {
                scratch.seen[j] = i
                compared += 1
                if similarity(i, j, compact, words: lists, totals: totals, weights: weights,
                              actors: actorLists) >= threshold {
                    links.append((i, j))
                }
            }
            /// Whether `j` is compared from `i` here: another article, and
            /// of two events that both start here, only from the later one.
            func pairs(_ i: Int, _ j: Int) -> Bool {
                j != i && !(firstBucket[j] == day && j > i) && compact.article[i] != compact.article[j]
            }
            var touched: [Int] = []
            for i in members where firstBucket[i] == day {
                touched.removeAll(keepingCapacity: true)
                let onlyNew = incremental && !isNew[i]
                for (p, key) in candidates[i].enumerated() {
                    guard let list = onlyNew ? newWordPostings[key] : wordPostings[key] else { continue }
                    let weight = filtering ? weights[key] : 0
                    for (j, q) in list where pairs(i, j) {
                        if scratch.stamp[j] != i {
                            scratch.stamp[j] = i
                            scratch.shared[j] = 0
                            touched.append(j)
                        }
                        scratch.shared[j] += weight
                        scratch.lastI[j] = p
                        scratch.lastJ[j] = q
                    }
                }
                for j in touched where scratch.seen[j] != i {
                    if filtering {
                        let most = scratch.shared[j]
                            + min(restFrom[i][scratch.lastI[j] + 1], restFrom[j][scratch.lastJ[j] + 1])
                        // (A little generous, so rounding cannot drop a pair.)
                        guard 2 * most >= needDice * (totals[i] + totals[j]) * (1 - 1e-9) - 1e-12 else { continue }
                    }
                    compare(i, j)
                }
                for key in nouns[i] {
                    guard let list = onlyNew ? newNounPostings[key] : nounPostings[key] else { continue }
                    for j in list where pairs(i, j) && scratch.seen[j] != i { compare(i, j) }
                }
            }
            return (links, compared)
        }
        var parent = Array(features.indices)
        if let kept { for i in features.indices where kept.roots[i] >= 0 { parent[i] = kept.roots[i] } }
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for bucket in found {
            comparedPairs += bucket.compared
            for (i, j) in bucket.links { parent[find(i)] = find(j) }
        }
        return features.indices.map(find)
    }
}
