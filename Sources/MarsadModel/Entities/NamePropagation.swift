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
struct NamePropagator {
    let table: WordTable
    let splitter: CliticSplitter

    /// Name particles that end a name cut short ("نبيل عبد") and are never
    /// a surname on their own.
    static let particles: Set<String> = ["عبد", "ابو", "ابن", "بن", "بنت", "ولد", "ام", "ال", "دي", "فان", "فون"]

    private struct Source {
        var tokens: [String]
        var target: AliasTarget?
        var key: String
        var type: EntityType
        /// Identity for ambiguity checks: catalog id or unknown key.
        var owner: String
    }

    func propagate(_ names: [FoundName], tokens: [TokenSpan], words: [Int32], scalars: [Unicode.Scalar],
                   index: CatalogIndex) -> [FoundName] {
        guard !names.isEmpty, !tokens.isEmpty else { return names }
        let infos = table.infos
        var tokenAtEnd: [Int: Int] = [:]
        for (i, t) in tokens.enumerated() { tokenAtEnd[t.end] = i }

        // 1. Surnames and unknown names of two words or more.
        var byFirst: [String: [Source]] = [:]
        var surnameOwners: [String: Set<String>] = [:]
        var surnameSources: [String: Source] = [:]
        for name in names where !name.isNisba && name.type != .misc {
            let nameTokens = CatalogIndex.tokens(name.text)
            guard !nameTokens.isEmpty else { continue }
            let owner = name.target.map { index.actorID(for: $0) } ?? "?" + name.key
            if name.type == .person, nameTokens.count >= 2, let last = nameTokens.last,
               let i = tokenAtEnd[name.range.end], isSurname(infos[Int(words[i])], normalized: last) {
                surnameOwners[last, default: []].insert(owner)
                surnameSources[last] = Source(tokens: [last], target: name.target, key: name.key, type: .person, owner: owner)
            }
            // The catalog finds its own names everywhere.
            if name.target == nil, nameTokens.count >= 2 {
                add(Source(tokens: nameTokens, target: nil, key: name.key, type: name.type, owner: owner), to: &byFirst)
            }
        }
        for (surname, owners) in surnameOwners where owners.count == 1 {
            add(surnameSources[surname]!, to: &byFirst)
        }

        // 2. One-word unknown names that are a source's word, bare or with
        // proclitics ("ودقلو", which the tagger took whole; "البرهان" alone).
        var result = names
        if !byFirst.isEmpty {
            for n in result.indices where result[n].target == nil && !result[n].isNisba && !result[n].key.contains(" ") {
                guard let (source, skip) = match(word: result[n].text, length: 1, in: byFirst, next: { _ in nil }) else {
                    continue
                }
                let range = ScalarRange(start: result[n].range.start + skip, end: result[n].range.end)
                result[n] = FoundName(range: range, text: scalars.string(in: range), type: source.type,
                                      target: source.target, isNisba: false, key: source.key)
            }
        }
        // Then one-word unknown names the lexicon has never seen.
        for name in result where name.target == nil && !name.isNisba && name.type != .misc && !name.key.contains(" ") {
            guard let i = tokenAtEnd[name.range.end] else { continue }
            let info = infos[Int(words[i])]
            guard info.lexiconCount == 0, info.kind == .arabicWord, info.stem.unicodeScalars.count >= 3,
                  !Self.particles.contains(name.key), !name.key.isEmpty else { continue }
            add(Source(tokens: [name.key], target: nil, key: name.key, type: name.type, owner: "?" + name.key), to: &byFirst)
        }
        guard !byFirst.isEmpty else { return result }
        // Cores of first tokens (article off) for a cheap test before the
        // clitic readings are built.
        let cores = Array(Set(byFirst.keys.map { Self.core($0) }))

        // 3. Words no mention covers.
        var covered = [Bool](repeating: false, count: tokens.count)
        var t = 0
        for name in result.sorted(by: { $0.range.start < $1.range.start }) {
            while t < tokens.count, tokens[t].end <= name.range.start { t += 1 }
            var k = t
            while k < tokens.count, tokens[k].start < name.range.end { covered[k] = true; k += 1 }
        }
        var i = 0
        while i < tokens.count {
            let info = infos[Int(words[i])]
            guard !covered[i], info.kind == .arabicWord, cores.contains(where: { info.normalized.hasSuffix($0) }) else {
                i += 1
                continue
            }
            let text = scalars.string(in: ScalarRange(start: tokens[i].start, end: tokens[i].end))
            let found = match(word: text, length: tokens.count - i, in: byFirst) { k in
                let j = i + k
                return j < tokens.count && !covered[j] ? infos[Int(words[j])].normalized : nil
            }
            guard let (source, skip) = found else {
                i += 1
                continue
            }
            let end = i + source.tokens.count
            let range = ScalarRange(start: tokens[i].start + skip, end: tokens[end - 1].end)
            result.append(FoundName(range: range, text: scalars.string(in: range), type: source.type, target: source.target,
                                    isNisba: false, key: source.key))
            for k in i..<end { covered[k] = true }
            i = end
        }
        return result.sorted { $0.range.start < $1.range.start }
    }

    private func add(_ source: Source, to byFirst: inout [String: [Source]]) {
        var list = byFirst[source.tokens[0], default: []]
        guard !list.contains(where: { $0.tokens == source.tokens }) else { return }
        list.append(source)
        list.sort { $0.tokens.count > $1.tokens.count }
        byFirst[source.tokens[0]] = list
    }

    /// A word that can stand for a person alone: three letters or more, not
    /// a function word, title, given name, particle or catalog name.
    private func isSurname(_ info: WordInfo, normalized: String) -> Bool {
        guard info.kind == .arabicWord, info.procliticScalars == 0 else { return false }
        let core = Self.core(normalized)
        guard core.unicodeScalars.count >= 3, !CliticSplitter.closedClass.contains(normalized),
              !Self.particles.contains(normalized), !info.isGivenName, info.trigger == .none else { return false }
        // A one-word catalog alias or nisba (السوداني) has its own reading.
        return !info.catalogStarts.contains { $0.clitics == 0 && !table.index.trie[Int($0.node)].entries.isEmpty }
    }

    /// The longest source that starts at this word in one of its clitic
    /// readings (the barest first) and whose further words `next(k)` gives,
    /// with the scalars of proclitics to leave out of the span (the article
    /// is part of the name: "وبالبرهان" → "البرهان").
    private func match(word: String, length: Int, in byFirst: [String: [Source]],
                       next: (Int) -> String?) -> (Source, Int)? {
        let original = Array(word.unicodeScalars)
        for reading in splitter.analyses(word).reversed() {  // the bare word first
            let form = reading.hasArticle ? "ال" + reading.stem : reading.stem
            guard let sources = byFirst[form] else { continue }
            for source in sources where source.tokens.count <= length {
                var ok = true
                for k in 1..<max(1, source.tokens.count) where next(k) != source.tokens[k] {
                    ok = false
                    break
                }
                guard ok else { continue }
                let letters = reading.proclitics.filter { $0 != "ال" }.count
                let skip = MentionResolver.scalars(ofLetters: letters, in: original[...])
                return (source, skip)
            }
        }
        return nil
    }

    /// A normalized word without its article.
    static func core(_ word: String) -> String {
        word.hasPrefix("ال") && word.unicodeScalars.count > 4 ? String(word.dropFirst(2)) : word
    }
}
