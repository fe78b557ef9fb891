/// A name found in one sentence, before corpus-wide linking.
struct FoundName: Equatable, Sendable {
    var range: ScalarRange
    var text: String
    var type: EntityType
    /// The catalog entry that names it, or nil for a name only the tagger saw.
    var target: AliasTarget?
    var isNisba: Bool
    /// Normalized tokens of an unknown name ("" for catalog names).
    var key: String
    var inBoilerplate = false
    /// The cut proclitics took the article's alef with them: ل + ال is
    /// written لل, so "للأمم المتحدة" less its ل reads "لأمم المتحدة".
    var restoresArticle = false

    /// The name as a word: `text`, with the article's alef put back
    /// where `restoresArticle` ("الأمم المتحدة").
    var spelling: String { restoresArticle ? "ا" + text : text }

    /// Whether a name read with the article ("ال" begins the reading of
    /// its first word) but written without it after its proclitics were
    /// cut lost the alef to لل: its text begins with ل and not with ال
    /// ("لأمم" yes; "لاجئين", from للاجئين, is left alone). A person's
    /// given name takes no article: "للوسي يعقوب" is لـ + لوسي.
    static func restoresArticle(text: String, readsArticle: Bool, type: EntityType, words: Int) -> Bool {
        guard readsArticle, !(type == .person && words >= 2) else { return false }
        let letters = Array(text.unicodeScalars.lazy.filter { !ArabicNormalizer.isIgnorable($0) }.prefix(2))
        return letters.count == 2 && letters[0] == "ل" && letters[1] != "ا"
    }
}

/// Reconciles the catalog's aliases with the tagger's spans in one
/// sentence and cuts mentions to the name itself.
///
/// - An alias the tagger agrees with, or says nothing about, is a mention
///   (a weak alias only with the tagger's or a head word's support).
/// - Where the tagger's span strictly contains an alias: a person keeps the
///   tagger's span and the alias's actor ("نيكول باشينيان" with the alias
///   "باشينيان"); an organization or place of the same type keeps the
///   alias ("وكالة إنترفاكس الروسية" → Interfax, and the nisba stays a
///   nisba); a different type keeps the tagger's span as a new name
///   ("جامعة موسكو").
/// - Otherwise an alias wins over the spans it overlaps.
/// - Person spans lose leading titles and nisbas ("الرئيس الروسي فلاديمير
///   بوتين" → "فلاديمير بوتين"); every mention loses the proclitics of its
///   first word ("وأرمينيا" → "أرمينيا").
/// - A nisba outside every name is a nisba mention.
struct MentionResolver {
    let index: CatalogIndex
    let table: WordTable
    /// The words no name holds (verbs, time words, trailing adjectives…).
    let edges: NameEdges

    init(index: CatalogIndex, table: WordTable) {
        self.index = index
        self.table = table
        edges = NameEdges(table: table)
    }

    func resolve(tokens: [TokenSpan], words: [Int32], matches: [CatalogMatch], tags: [Int],
                 scalars: [Unicode.Scalar]) -> [FoundName] {
        var steps = 0
        return resolve(tokens: tokens, words: words, matches: matches, tags: tags, scalars: scalars, steps: &steps)
    }

    /// The same, adding to `steps` the tokens, spans and aliases visited
    /// where names are compared with one another: a count of the work that
    /// grows with the sentence's length, never with its square, so a test
    /// can tell (a sentence may be a whole file with no full stop).
    func resolve(tokens: [TokenSpan], words: [Int32], matches: [CatalogMatch], tags: [Int],
                 scalars: [Unicode.Scalar], steps: inout Int) -> [FoundName] {
        let infos = table.infos
        var spans: [(start: Int, end: Int, type: EntityType)] = NERTags.spans(tags).filter { $0.type != .misc }
        // Titles and nisbas in front of a person's name are not the name.
        let nisbaTokens = Set(matches.filter { index.entries[Int($0.entry)].target.isNisba }.flatMap { $0.start..<$0.end })
        for s in spans.indices where spans[s].type == .person {
            while spans[s].start < spans[s].end {
                let i = spans[s].start
                let info = infos[Int(words[i])]
                guard info.trigger == .personTitle || nisbaTokens.contains(i) || info.kind == .punctuation else { break }
                spans[s].start += 1
            }
        }
        spans.removeAll { $0.start >= $0.end }
        // Verbs, time words, plural nouns, trailing titles and adjectives
        // are no part of a name ("هادي تسيطر", "الاحد", "… المسجون").
        spans = edges.clean(spans, words: words)
        // Two names of one type back to back are one name the tagger cut
        // in two ("أم" + "درمان").
        // Not across a conjunction ("بوتين وماكرون") or a catalog name.
        let matchedTokens = Set(matches.flatMap { $0.start..<$0.end })
        var merged: [(start: Int, end: Int, type: EntityType)] = []
        // Whether the last merged span holds a catalog token, kept as the
        // span grows (a run of names is read once, not once a name).
        var lastHasMatch = false
        for span in spans {
            let first = infos[Int(words[span.start])]
            steps += span.end - span.start
            let hasMatch = (span.start..<span.end).contains(where: { matchedTokens.contains($0) })
            if let last = merged.last, last.end == span.start, last.type == span.type, span.type != .organization,
               first.procliticScalars == 0, !first.hasOnlyConjunction, !lastHasMatch, !hasMatch {
                merged[merged.count - 1].end = span.end
            } else {
                merged.append(span)
                lastHasMatch = hasMatch
            }
        }
        spans = merged
        // The spans are in order and apart: no span starts twice, and the
        // ends rise with the starts (as they still do once a name runs on
        // below, onto a word no span starts at).
        let spanStarts = Set(spans.map(\.start))
        // A person's name runs on over one more word never seen in the
        // training text ("محمد حمدان" + "دقلو"), when a clause boundary or
        // the end follows.
        // A person's name never ends on a particle ("نبيل عبد" + "الله",
        // "أحمد أبو" + "الغيط"): the next word belongs to it.
        for s in spans.indices where spans[s].type == .person {
            let next = spans[s].end
            guard next < words.count, NamePropagator.particles.contains(infos[Int(words[next - 1])].normalized),
                  infos[Int(words[next])].kind == .arabicWord, !matchedTokens.contains(next),
                  !spanStarts.contains(next) else { continue }
            spans[s].end = next + 1
        }
        for s in spans.indices where spans[s].type == .person && spans[s].end - spans[s].start >= 2 {
            let next = spans[s].end
            guard next < words.count, !matchedTokens.contains(next),
                  !spanStarts.contains(next) else { continue }
            let info = infos[Int(words[next])]
            guard info.kind == .arabicWord, info.lexiconCount == 0, info.procliticScalars == 0, info.trigger == .none,
                  !info.hasOnlyConjunction, info.stem.unicodeScalars.count >= 3,
                  edges.role(words[next]) == .known, !edges.looksImperfect(words[next]),
                  !["ها", "هم", "هما", "كم", "نا", "هن"].contains(where: { info.normalized.hasSuffix($0) }),
                  // A feminine noun with "his" ("استقالته") or another
                  // common word with a pronoun is no name.
                  !info.normalized.hasSuffix("ته"), !info.hasPronounSuffix
            else { continue }
            spans[s].end = next + 1
        }

        var result: [(start: Int, end: Int, name: FoundName)] = []
        // The tokens some name of `result` covers: two names overlap when
        // they share a token, answered in the length of one name, not the
        // number of names.
        var covered = [Bool](repeating: false, count: words.count)
        func add(_ r: (start: Int, end: Int, name: FoundName)) {
            steps += r.end - r.start
            result.append(r)
            for k in r.start..<r.end { covered[k] = true }
        }
        func overlapsResult(_ start: Int, _ end: Int) -> Bool {
            steps += end - start
            return (start..<end).contains { covered[$0] }
        }
        var usedSpan = [Bool](repeating: false, count: spans.count)
        var nisbas: [CatalogMatch] = []
        let neighbours = MatchNeighbours(matches)
        for m in matches {
            let entry = index.entries[Int(m.entry)]
            if entry.target.isNisba {
                nisbas.append(m)
                continue
            }
            guard let actorType = index.entryTypes[Int(m.entry)] else { continue }
            // The spans overlapping the alias, in order: from the first
            // that ends after its start, while they start before its end.
            var overlapping: [Int] = []
            var lo = 0, hi = spans.count
            while lo < hi {
                steps += 1
                let mid = (lo + hi) / 2
                if spans[mid].end > m.start { hi = mid } else { lo = mid + 1 }
            }
            while lo < spans.count, spans[lo].start < m.end {
                steps += 1
                if m.start < spans[lo].end { overlapping.append(lo) }
                lo += 1
            }
            // A state institution right after a title is part of the title
            // ("وزيرة الخارجية الفرنسية كاترين كولونا"): keep only its nisba.
            if case .institution(_, let country) = entry.target, m.start > 0,
               infos[Int(words[m.start - 1])].trigger == .personTitle {
                if let last = index.nisbaMatch(words[m.end - 1], country: country, table: table) {
                    nisbas.append(CatalogMatch(start: m.end - 1, end: m.end, entry: last, skipScalars: 0))
                }
                continue
            }
            if overlapping.isEmpty {
                if entry.weak && !headWordSupports(actorType, before: m.start, words: words)
                    && !isQuoted(m, tokens: tokens, scalars: scalars)
                    && !isCoordinated(m, with: neighbours, tokens: tokens, scalars: scalars, steps: &steps) {
                    continue
                }
                add((m.start, m.end, name(tokens, words, m.start, m.end, skip: m.skipScalars, type: actorType,
                                                    target: entry.target, readsArticle: Self.readsArticle(entry),
                                                    scalars: scalars)))
                continue
            }
            if let s = overlapping.first(where: { spans[$0].start <= m.start && spans[$0].end >= m.end
                                                  && spans[$0].end - spans[$0].start > m.end - m.start }) {
                let span = spans[s]
                // A weak one-word alias inside a longer person's name is a
                // word of another person's name ("هادي العامري" is not
                // Hadi): the tagger's name stands.
                if entry.weak, m.end - m.start == 1, span.type == .person { continue }
                if span.type == actorType && actorType == .person {
                    // Given names before the alias belong to the name; words
                    // after it were the tagger running on.
                    usedSpan[s] = true
                    add((span.start, m.end, name(tokens, words, span.start, m.end,
                                                              skip: infos[Int(words[span.start])].procliticScalars,
                                                              type: .person, target: entry.target,
                                                              readsArticle: infos[Int(words[span.start])].readsArticle,
                                                              scalars: scalars)))
                    continue
                }
                if span.type != actorType { continue }  // the tagger's longer name stands
            }
            for s in overlapping { usedSpan[s] = true }
            add((m.start, m.end, name(tokens, words, m.start, m.end, skip: m.skipScalars, type: actorType,
                                                target: entry.target, readsArticle: Self.readsArticle(entry),
                                                scalars: scalars)))
        }
        for (s, span) in spans.enumerated() where !usedSpan[s] {
            if overlapsResult(span.start, span.end) { continue }
            add((span.start, span.end, name(tokens, words, span.start, span.end,
                                                      skip: infos[Int(words[span.start])].procliticScalars,
                                                      type: span.type, target: nil,
                                                      readsArticle: infos[Int(words[span.start])].readsArticle,
                                                      scalars: scalars)))
        }
        let places = coordinatedPlaces(after: result.filter { $0.name.type == .location }.map(\.end), tokens: tokens,
                                       words: words, taken: overlapsResult, scalars: scalars)
        for place in places { add(place) }
        for m in nisbas where !overlapsResult(m.start, m.end) {
            let entry = index.entries[Int(m.entry)]
            guard let actorType = index.entryTypes[Int(m.entry)] else { continue }
            var found = name(tokens, words, m.start, m.end, skip: m.skipScalars, type: actorType, target: entry.target,
                             readsArticle: Self.readsArticle(entry), scalars: scalars)
            found.isNisba = true
            add((m.start, m.end, found))
        }
        return result.sorted { $0.start < $1.start }.map(\.name)
    }

    /// Unknown names joined by و to a place, at the end of a clause: more
    /// places ("في اتجاه جيرموك وفيرين شورزا."). Words the lexicon has
    /// seen, words with the article or a pronoun suffix are not names.
    private func coordinatedPlaces(after ends: [Int], tokens: [TokenSpan], words: [Int32], taken: (Int, Int) -> Bool,
                                   scalars: [Unicode.Scalar]) -> [(start: Int, end: Int, name: FoundName)] {
        let infos = table.infos
        func unknownName(_ i: Int) -> Bool {
            let info = infos[Int(words[i])]
            guard info.kind == .arabicWord, info.lexiconCount == 0, info.stem.unicodeScalars.count >= 3,
                  info.catalogStarts.isEmpty, info.trigger == .none, !info.stem.hasPrefix("ال") else { return false }
            return !["ها", "هم", "هما", "كم", "نا", "هن"].contains { info.stem.hasSuffix($0) }
        }
        var found: [(start: Int, end: Int, name: FoundName)] = []
        for end in ends where end < tokens.count {
            guard infos[Int(words[end])].hasOnlyConjunction, unknownName(end) else { continue }
            var stop = end + 1
            while stop < tokens.count, stop < end + 3, !infos[Int(words[stop])].hasOnlyConjunction, unknownName(stop) {
                stop += 1
            }
            let closes = stop == tokens.count || tokens[stop].kind == .punctuation || infos[Int(words[stop])].hasOnlyConjunction
            guard closes, !taken(end, stop) else { continue }
            let skip = WordTable.scalarsOf(letters: 1, in: scalars[tokens[end].start..<tokens[end].end])
            found.append((end, stop, name(tokens, words, end, stop, skip: skip,
                                           type: .location, target: nil, readsArticle: false, scalars: scalars)))
        }
        return found
    }

    /// True when the alias is all there is between quotes («الأمن الجماعي»).
    private func isQuoted(_ m: CatalogMatch, tokens: [TokenSpan], scalars: [Unicode.Scalar]) -> Bool {
        guard m.start > 0, m.end < tokens.count, tokens[m.start - 1].kind == .punctuation,
              tokens[m.end].kind == .punctuation else { return false }
        let open = scalars[tokens[m.start - 1].start], close = scalars[tokens[m.end].start]
        return (open == "«" && close == "»") || (open == "\"" && close == "\"") || (open == "“" && close == "”")
    }

    /// True when a strong place alias stands next to this one, joined by a
    /// hyphen or و ("جبرائيل-فضولي", "غوريس وسوتك").
    private func isCoordinated(_ m: CatalogMatch, with neighbours: MatchNeighbours, tokens: [TokenSpan],
                               scalars: [Unicode.Scalar], steps: inout Int) -> Bool {
        guard let type = index.entryTypes[Int(m.entry)], type == .location else { return false }
        // Only an alias ending at or just before this one's start, or
        // starting at or just after its end, can be the other.
        let near = neighbours.near(m)
        steps += near.count
        return near.contains { other in
            let e = index.entries[Int(other.entry)]
            guard !e.target.isNisba, index.entryTypes[Int(other.entry)] == .location else { return false }
            if other.end == m.start - 1 || other.start == m.end + 1 {
                let joiner = tokens[other.end == m.start - 1 ? other.end : m.end]
                return joiner.kind == .punctuation && (scalars[joiner.start] == "-" || scalars[joiner.start] == "–")
            }
            // "X وY": the next alias starts with the conjunction.
            return !e.weak && other.end == m.start && m.skipScalars > 0 || m.end == other.start && other.skipScalars > 0
        }
    }

    /// The sentence's aliases by where they start and end, so an alias's
    /// neighbours are found without reading every other alias.
    struct MatchNeighbours {
        let matches: [CatalogMatch]
        var byStart: [Int: [Int]] = [:]
        var byEnd: [Int: [Int]] = [:]

        init(_ matches: [CatalogMatch]) {
            self.matches = matches
            for (i, m) in matches.enumerated() {
                byStart[m.start, default: []].append(i)
                byEnd[m.end, default: []].append(i)
            }
        }

        /// Every alias that ends at `m.start - 1` or `m.start`, or starts
        /// at `m.end` or `m.end + 1` (one alias may be listed twice).
        func near(_ m: CatalogMatch) -> [CatalogMatch] {
            var indexes: [Int] = []
            for k in [m.start - 1, m.start] { indexes += byEnd[k] ?? [] }
            for k in [m.end, m.end + 1] { indexes += byStart[k] ?? [] }
            return indexes.map { matches[$0] }
        }
    }

    /// True when the word before `start` is a head noun of that type
    /// ("منطقة جبرائيل", "مدينة غوريس").
    private func headWordSupports(_ type: EntityType, before start: Int, words: [Int32]) -> Bool {
        guard start > 0 else { return false }
        let trigger = table.infos[Int(words[start - 1])].trigger
        switch type {
        case .location: return trigger == .placeHead
        case .organization: return trigger == .organizationHead
        case .person: return trigger == .personTitle
        case .misc: return false
        }
    }

    /// `readsArticle`: the reading of the first word that found the name
    /// has the article (an alias beginning with ال, or the word table's
    /// split).
    private func name(_ tokens: [TokenSpan], _ words: [Int32], _ start: Int, _ end: Int, skip: Int, type: EntityType,
                      target: AliasTarget?, readsArticle: Bool, scalars: [Unicode.Scalar]) -> FoundName {
        let first = tokens[start]
        let from = min(first.start + skip, first.end - 1)
        let range = ScalarRange(start: from, end: tokens[end - 1].end)
        let text = WordTable.string(scalars[range.start..<range.end])
        let restores = from > first.start
            && FoundName.restoresArticle(text: text, readsArticle: readsArticle, type: type, words: end - start)
        // Unknown names are grouped by their normalized tokens ("للبنك
        // التجاري" by البنك التجاري, as "البنك التجاري" is).
        var key = target == nil ? self.key(tokens, words, start, end, from: from, scalars: scalars) : ""
        if restores && !key.isEmpty { key = "ا" + key }
        var found = FoundName(range: range, text: text, type: type, target: target, isNisba: false, key: key)
        found.restoresArticle = restores
        return found
    }

    /// The alias's first word begins with the article.
    private static func readsArticle(_ entry: AliasEntry) -> Bool {
        entry.tokens.first?.hasPrefix("ال") ?? false
    }

    /// `CatalogIndex.tokens(text).joined(separator: " ")` for the text from
    /// scalar `from` (inside token `start`) to the end of token `end - 1`,
    /// read from the word table: the tokenizer cuts that text where the
    /// sentence's scan did (a cut word's rest is one token), so only a word
    /// that lost its proclitics is normalized again.
    private func key(_ tokens: [TokenSpan], _ words: [Int32], _ start: Int, _ end: Int, from: Int,
                     scalars: [Unicode.Scalar]) -> String {
        let infos = table.infos
        var key: String
        if from == tokens[start].start {
            key = infos[Int(words[start])].normalized
        } else {
            var view = String.UnicodeScalarView()
            for i in from..<tokens[start].end { ArabicNormalizer.fold(scalars[i], into: &view) }
            key = String(view)
        }
        for k in (start + 1)..<end {
            key += " "
            key += infos[Int(words[k])].normalized
        }
        return key
    }
}

extension AliasTarget {
    var isNisba: Bool {
        if case .nisba = self { return true }
        return false
    }
}

extension FoundName {
    /// `key.contains(" ")`, answered from the UTF-8 bytes: no space byte
    /// (most keys are one word), or a space between ASCII characters or
    /// plain Arabic letters, which is a character of its own. Anything else
    /// (a space a mark leans on) asks `contains`, which reads characters.
    static func isMultiword(_ key: String) -> Bool {
        let sure = key.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            var spaces = false
            for i in b.indices where b[i] == 0x20 {
                spaces = true
                let before = i == 0 || b[i - 1] < 0x80 || (i >= 2 && isPlainArabicLetter(b[i - 2], b[i - 1]))
                let after = i + 1 == b.count || b[i + 1] < 0x80 || (i + 2 < b.count && isPlainArabicLetter(b[i + 1], b[i + 2]))
                if before && after { return true }
            }
            return spaces ? nil : false
        }
        if let sure, let answer = sure { return answer }
        return key.contains(" ")
    }

    /// A two-byte UTF-8 sequence encoding U+0621–U+064A (hamza to yeh).
    @inline(__always)
    private static func isPlainArabicLetter(_ lead: UInt8, _ next: UInt8) -> Bool {
        guard lead == 0xD8 || lead == 0xD9, next & 0xC0 == 0x80 else { return false }
        let value = UInt32(lead & 0x1F) << 6 | UInt32(next & 0x3F)
        return value >= 0x0621 && value <= 0x064A
    }
}
