/// Finds the later, shorter or clitic-bearing mentions of names an
/// article already names: "عبد الفتاح البرهان … مع البرهان ودقلو" →
/// "البرهان" and "دقلو" (without the conjunction) are the full names'
/// actors.
///
/// Sources are the names the first pass found in the article:
/// - the surname (last word) of every person named with two words or more,
///   unless it is a function word, a given name, a name particle (عبد، بن)
///   or a catalog name of its own (السوداني is also the Sudanese nisba).
///   A surname may be a common word (البرهان "the proof"): the full name in
///   the same article is the evidence, so surnames never travel to other
///   articles. A surname two actors of the article share is dropped;
/// - unknown names the tagger found: every name of two words or more, and
///   one-word names the lexicon has never seen.
///
/// Targets are words no mention covers yet, in any clitic reading of their
/// first word (`CliticSplitter.analyses`): "وبالبرهان", "للبرهان" (the
/// proclitics stay out of the span, as everywhere), headline included. A
/// one-word unknown name that is a source's word with proclitics ("ودقلو",
/// which the tagger took whole) is cut and linked the same way.
final class NamePropagator {
    let table: WordTable
    let splitter: CliticSplitter
    /// Interned reading forms, so a word's readings are compared as numbers
    /// (keyed by scalars: no `String` hashing).
    private var formIDs: [FormKey: Int32] = [:]
    /// Each word id's clitic readings, barest first: the form (article
    /// kept) and the letters of the other proclitics. Built once per form.
    private var readingCache: [[(form: Int32, letters: Int)]?] = []
    /// Each word id's last two scalars (0: not computed yet), a cheap test
    /// before its readings are built: every reading keeps the word's end.
    private var tailCache: [UInt64] = []

    init(table: WordTable, splitter: CliticSplitter) {
        self.table = table
        self.splitter = splitter
    }

    /// Name particles that end a name cut short ("نبيل عبد") and are never
    /// a surname on their own.
    static let particles: Set<String> = ["عبد", "ابو", "ابن", "بن", "بنت", "ولد", "ام", "ال", "دي", "فان", "فون"]

    private struct Source {
        var tokens: [String]
        var target: AliasTarget?
        var key: String
        var type: EntityType
    }

    func propagate(_ names: [FoundName], tokens: [TokenSpan], words: [Int32], scalars: [Unicode.Scalar],
                   index: CatalogIndex) -> [FoundName] {
        guard !names.isEmpty, !tokens.isEmpty else { return names }
        let infos = table.infos
        /// The token holding scalar `offset` (tokens are in text order).
        func token(at offset: Int) -> Int? {
            var lo = 0, hi = tokens.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if tokens[mid].end <= offset { lo = mid + 1 } else { hi = mid }
            }
            return lo < tokens.count && tokens[lo].start <= offset ? lo : nil
        }

        // 1. Surnames and unknown names of two words or more.
        var byFirst: [Int32: [Source]] = [:]
        var surnameOwners: [String: Set<String>] = [:]
        var surnameSources: [String: Source] = [:]
        for name in names where !name.isNisba && name.type != .misc {
            guard let first = token(at: name.range.start), let last = token(at: name.range.end - 1), last > first
            else { continue }
            if name.type == .person {
                let surname = infos[Int(words[last])].normalized
                if isSurname(infos[Int(words[last])], normalized: surname) {
                    let owner = name.target.map { index.actorID(for: $0).rawValue } ?? "?" + name.key
                    surnameOwners[surname, default: []].insert(owner)
                    surnameSources[surname] = Source(tokens: [surname], target: name.target, key: name.key, type: .person)
                }
            }
            // The catalog finds its own names everywhere.
            if name.target == nil, FoundName.isMultiword(name.key) {
                let nameTokens = name.key.split(separator: " ").map(String.init)
                if nameTokens.count >= 2 {
                    add(Source(tokens: nameTokens, target: nil, key: name.key, type: name.type), to: &byFirst)
                }
            }
        }
        for (surname, owners) in surnameOwners where owners.count == 1 {
            add(surnameSources[surname]!, to: &byFirst)
        }

        // 2. One-word unknown names that are a source's word, bare or with
        // proclitics ("ودقلو", which the tagger took whole; "البرهان" alone).
        var result = names
        if !byFirst.isEmpty {
            for n in result.indices where result[n].target == nil && !result[n].isNisba && !FoundName.isMultiword(result[n].key) {
                guard let t = token(at: result[n].range.start),
                      let (source, skip) = match(at: t, tokens: tokens, words: words, scalars: scalars, byFirst: byFirst,
                                                 next: { _ in nil })
                else { continue }
                let range = ScalarRange(start: max(result[n].range.start, tokens[t].start + skip), end: result[n].range.end)
                result[n] = Self.found(range, source, cut: range.start > tokens[t].start, scalars: scalars)
            }
        }
        // Then one-word unknown names the lexicon has never seen.
        for name in result where name.target == nil && !name.isNisba && name.type != .misc && !FoundName.isMultiword(name.key) {
            guard !name.key.isEmpty, let t = token(at: name.range.start) else { continue }
            let info = infos[Int(words[t])]
            guard info.lexiconCount == 0, info.kind == .arabicWord, info.stem.unicodeScalars.count >= 3,
                  !Self.particles.contains(name.key) else { continue }
            add(Source(tokens: [name.key], target: nil, key: name.key, type: name.type), to: &byFirst)
        }
        guard !byFirst.isEmpty else { return result }
        let tails = Set(byFirst.values.map { Self.tail($0[0].tokens[0]) })
        // A 256-bit filter over the tails, so most words are passed over
        // without hashing their tail.
        var tailBits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for tail in tails {
            let bit = Self.tailBit(tail)
            switch bit >> 6 {
            case 0: tailBits.0 |= 1 << (bit & 63)
            case 1: tailBits.1 |= 1 << (bit & 63)
            case 2: tailBits.2 |= 1 << (bit & 63)
            default: tailBits.3 |= 1 << (bit & 63)
            }
        }
        func mayBeTail(_ tail: UInt64) -> Bool {
            let bit = Self.tailBit(tail)
            let word: UInt64
            switch bit >> 6 {
            case 0: word = tailBits.0
            case 1: word = tailBits.1
            case 2: word = tailBits.2
            default: word = tailBits.3
            }
            return word & (1 << (bit & 63)) != 0 && tails.contains(tail)
        }

        // 3. Words no mention covers.
        // The tail cache as a local while the loop reads it once a token.
        var tailOf = tailCache
        tailCache = []
        defer { tailCache = tailOf }
        if tailOf.count < infos.count { tailOf += Array(repeating: 0, count: infos.count - tailOf.count) }
        var covered = [Bool](repeating: false, count: tokens.count)
        var t = 0
        for name in result.sorted(by: { $0.range.start < $1.range.start }) {
            while t < tokens.count, tokens[t].end <= name.range.start { t += 1 }
            var k = t
            while k < tokens.count, tokens[k].start < name.range.end { covered[k] = true; k += 1 }
        }
        var i = 0
        while i < tokens.count {
            let w = Int(words[i])
            if !covered[i], tailOf[w] == 0 { tailOf[w] = Self.tail(infos[w].normalized) }
            guard !covered[i], mayBeTail(tailOf[w]), let (source, skip) = match(at: i, tokens: tokens, words: words, scalars: scalars,
                                                          byFirst: byFirst, next: { k in
                let j = i + k
                return j < tokens.count && !covered[j] ? infos[Int(words[j])].normalized : nil
            }) else {
                i += 1
                continue
            }
            let end = i + source.tokens.count
            let range = ScalarRange(start: tokens[i].start + skip, end: tokens[end - 1].end)
            result.append(Self.found(range, source, cut: skip > 0, scalars: scalars))
            for k in i..<end { covered[k] = true }
            i = end
        }
        return result.sorted { $0.range.start < $1.range.start }
    }

    /// The name of `source` at `range` (`cut`: its first word lost proclitics).
    private static func found(_ range: ScalarRange, _ source: Source, cut: Bool, scalars: [Unicode.Scalar]) -> FoundName {
        let text = WordTable.string(scalars[range.start..<range.end])
        var found = FoundName(range: range, text: text, type: source.type, target: source.target, isNisba: false,
                              key: source.key)
        found.restoresArticle = cut && FoundName.restoresArticle(
            text: text, readsArticle: source.tokens.first?.hasPrefix("ال") ?? false, type: source.type,
            words: source.tokens.count)
        return found
    }

    /// A tail's bit in the 256-bit filter.
    @inline(__always)
    private static func tailBit(_ tail: UInt64) -> UInt64 { (tail &* 0x9E37_79B9_7F4A_7C15) >> 56 }

    /// The last two scalars of a word, packed (never 0 for a word).
    static func tail(_ word: String) -> UInt64 {
        var value: UInt64 = 1
        var taken = 0
        for s in word.unicodeScalars.reversed() {
            value = value << 21 | UInt64(s.value)
            taken += 1
            if taken == 2 { break }
        }
        return value
    }

    private func formID(_ form: String) -> Int32 { formID(Array(form.unicodeScalars)) }

    private func formID(_ scalars: [Unicode.Scalar]) -> Int32 {
        let key = FormKey(scalars)
        if let id = formIDs[key] { return id }
        let id = Int32(formIDs.count)
        formIDs[key] = id
        return id
    }

    /// The proclitic prefixes shortest first (the order of
    /// `analyses(…).reversed()`).
    private static let readingPrefixes = Array(WordTable.prefixes.reversed())
    private static let article: [Unicode.Scalar] = Array("ال".unicodeScalars)

    /// The readings of `CliticSplitter.analyses(info.normalized).reversed()`,
    /// built on the normalized scalars (normalizing them again changes
    /// nothing): the bare word, then each proclitic prefix it starts with,
    /// shortest first, leaving a stem of two letters or more.
    private func readings(_ word: Int32) -> [(form: Int32, letters: Int)] {
        let w = Int(word)
        if w >= readingCache.count { readingCache += Array(repeating: nil, count: table.infos.count - readingCache.count) }
        if let known = readingCache[w] { return known }
        let info = table.infos[w]
        var list: [(form: Int32, letters: Int)] = []
        if info.kind == .arabicWord {
            let letters = Array(info.normalized.unicodeScalars)
            list.append((formID(letters), 0))
            for prefix in Self.readingPrefixes {
                let n = prefix.letters.count
                guard letters.count - n >= 2, letters.starts(with: prefix.letters) else { continue }
                let form = prefix.hasArticle ? Self.article + letters[n...] : Array(letters[n...])
                list.append((formID(form), prefix.clitics))
            }
        }
        readingCache[w] = list
        return list
    }

    private func add(_ source: Source, to byFirst: inout [Int32: [Source]]) {
        let first = formID(source.tokens[0])
        var list = byFirst[first, default: []]
        guard !list.contains(where: { $0.tokens == source.tokens }) else { return }
        list.append(source)
        list.sort { $0.tokens.count > $1.tokens.count }
        byFirst[first] = list
    }

    /// A word that can stand for a person alone: three letters or more, not
    /// a function word, title, given name, particle or catalog name.
    private func isSurname(_ info: WordInfo, normalized: String) -> Bool {
        guard info.kind == .arabicWord, info.procliticScalars == 0 else { return false }
        let core = normalized.hasPrefix("ال") ? String(normalized.dropFirst(2)) : normalized
        guard core.unicodeScalars.count >= 3, !CliticSplitter.closedClass.contains(normalized),
              !Self.particles.contains(normalized), !info.isGivenName, info.trigger == .none else { return false }
        // A one-word catalog alias or nisba (السوداني) has its own reading.
        return !info.catalogStarts.contains { $0.clitics == 0 && !table.index.trie[Int($0.node)].entries.isEmpty }
    }

    /// The longest source that starts at token `i` in one of its clitic
    /// readings (the barest first) and whose further words `next(k)` gives,
    /// with the scalars of proclitics to leave out of the span (the article
    /// is part of the name: "وبالبرهان" → "البرهان").
    private func match(at i: Int, tokens: [TokenSpan], words: [Int32], scalars: [Unicode.Scalar],
                       byFirst: [Int32: [Source]], next: (Int) -> String?) -> (Source, Int)? {
        for reading in readings(words[i]) {
            guard let sources = byFirst[reading.form] else { continue }
            for source in sources {
                var ok = true
                for k in 1..<max(1, source.tokens.count) where next(k) != source.tokens[k] {
                    ok = false
                    break
                }
                guard ok else { continue }
                let skip = WordTable.scalarsOf(letters: reading.letters, in: scalars[tokens[i].start..<tokens[i].end])
                return (source, skip)
            }
        }
        return nil
    }
}

/// A normalized form as scalars, hashed once by `ScalarHash` and compared
/// scalar by scalar, so interning it hashes no `String`.
struct FormKey: Hashable {
    let hash: UInt64
    let scalars: [Unicode.Scalar]

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        hash = ScalarHash.of(scalars)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    static func == (a: FormKey, b: FormKey) -> Bool { a.hash == b.hash && a.scalars == b.scalars }
}
