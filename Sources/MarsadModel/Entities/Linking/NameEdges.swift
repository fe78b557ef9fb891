/// Words a name never holds, whatever the tagger says: a verb ("هادي
/// تسيطر", "يقول ولد الشيخ أحمد"), a weekday or time word ("الاحد",
/// "أمس"), a plural common noun ("مراسلون"), a title at a person's name's
/// end, or a describing adjective at any name's end ("حزب العمال
/// الكردستاني المسجون").
///
/// Words are classed once per word id, from data and word shape:
/// - *verbs*: the attribution verbs of `timeline.tsv` and the verbs of
///   `names.tsv` (class `name-verb`), on the word without proclitics; or a
///   word without the article whose stem the lexicon also knows in two
///   other verb forms (تسيطر beside سيطر and يسيطر: the perfect, the
///   perfect with ت or وا, the imperfect with ي، ت or ن);
/// - *time words*: weekdays (`CalendarNames`), relative days, the part-of-day
///   adverbs without the article and the point references of `time.tsv`;
/// - *plural nouns*: a word in ون or ين whose singular the lexicon knows
///   well (مراسلون beside مراسل);
/// - *trailing adjectives*: a word with the article in the pattern of a
///   passive participle (المسجون، المعزول، المخلوع: ال + م + two letters +
///   و + a letter, with ة/ين/ون after) or in `names.tsv` (class
///   `name-trailing-adjective`: الحاكم، السابق…).
///
/// Given names and words a catalog alias starts with are never verbs,
/// time words or plurals (تدمر the city, خميس the name), and a word right
/// after a name particle or an organization's head noun belongs to the name
/// ("عبد الأحد", "ولد الشيخ", "حزب الغد").
final class NameEdges {
    /// What a word is, as bits.
    struct Role: OptionSet {
        let rawValue: UInt8
        static let verb = Role(rawValue: 1)
        static let time = Role(rawValue: 2)
        static let plural = Role(rawValue: 4)
        static let title = Role(rawValue: 8)
        static let adjective = Role(rawValue: 16)
        /// Computed (so an empty role is not computed again).
        static let known = Role(rawValue: 128)

        /// Never part of a name, at either edge or inside.
        static let breaking: Role = [.verb, .time, .plural]
    }

    let table: WordTable
    private var roles: [Role] = []

    init(table: WordTable) {
        self.table = table
    }

    /// Verbs news puts next to names, normalized.
    static let verbs: Set<String> = WordLists.names.set("name-verb").union(TimeLexicon.attributionVerbs)

    /// Adjectives that follow a name without being part of it, normalized.
    static let trailingAdjectives: Set<String> = WordLists.names.set("name-trailing-adjective")

    /// Weekdays, relative days, part-of-day adverbs without the article and
    /// point references, normalized.
    static let timeWords: Set<String> = {
        var set = Set(CalendarNames.weekdays.keys)
        set.formUnion(TimeLexicon.relativeDays.keys)
        set.formUnion(TimeLexicon.partOfDayAdverbs.keys.filter { !$0.hasPrefix("ال") })
        set.formUnion(TimeLexicon.pointReferences.keys)
        return set
    }()

    /// The role of a word id.
    func role(_ word: Int32) -> Role {
        let w = Int(word)
        if w >= roles.count { roles += Array(repeating: [], count: table.infos.count - roles.count) }
        if roles[w].contains(.known) { return roles[w] }
        let role = classify(table.infos[w]).union(.known)
        roles[w] = role
        return role
    }

    /// The spans cut to their names: breaking words off both ends, titles
    /// off a person's name's end, a trailing adjective off any name's end;
    /// a span with a breaking word inside becomes the names on either side
    /// of it. A span with nothing left is dropped.
    func clean(_ spans: [(start: Int, end: Int, type: EntityType)], words: [Int32])
        -> [(start: Int, end: Int, type: EntityType)] {
        var result: [(start: Int, end: Int, type: EntityType)] = []
        result.reserveCapacity(spans.count)
        for span in spans {
            var start = span.start
            // A break inside the span ends the name before it.
            for i in span.start..<span.end where breaks(at: i, from: span.start, words: words) {
                if i > start { result.append(trimmedEnd(start, i, span.type, words: words)) }
                start = i + 1
            }
            if start < span.end { result.append(trimmedEnd(start, span.end, span.type, words: words)) }
        }
        return result.filter { $0.start < $0.end }
    }

    /// Whether the word at `i` breaks a name that starts at `start`: a
    /// breaking word, unless a particle or an organization head before it
    /// (inside the name) makes it part of the name.
    private func breaks(at i: Int, from start: Int, words: [Int32]) -> Bool {
        guard !role(words[i]).isDisjoint(with: .breaking) else { return false }
        return !(i > start && bindsNext(words[i - 1]))
    }

    /// The span less a title (a person's) or an adjective at its end, and
    /// less a nisba at a person's name's start (the end of a title:
    /// "رئيس مجلس السيادة السوداني عبد الفتاح البرهان").
    private func trimmedEnd(_ start: Int, _ end: Int, _ type: EntityType, words: [Int32])
        -> (start: Int, end: Int, type: EntityType) {
        var start = start, end = end
        if type == .person, end - start >= 2, Self.isLeadingNisba(table.infos[Int(words[start])]) { start += 1 }
        while end - start >= 2, !bindsNext(words[end - 2]) {
            let r = role(words[end - 1])
            guard r.contains(.adjective) || (type == .person && r.contains(.title)) else { break }
            end -= 1
        }
        // A one-word name that is only an adjective or a person's title is none.
        if end - start == 1 {
            let r = role(words[start])
            if r.contains(.adjective) || (type == .person && r.contains(.title)) { end = start }
        }
        return (start, end, type)
    }

    /// A word that ends a title rather than starts a name: an adjective of
    /// origin with the article (السوداني، الأمريكية), never a given name.
    static func isLeadingNisba(_ info: WordInfo) -> Bool {
        let w = info.normalized
        return info.kind == .arabicWord && !info.isGivenName && w.hasPrefix("ال") && w.unicodeScalars.count >= 5
            && (w.hasSuffix("ي") || w.hasSuffix("يه"))
    }

    /// A name particle (عبد، أبو، ولد…) or an organization's head noun: the
    /// word after it belongs to the name.
    private func bindsNext(_ word: Int32) -> Bool {
        let info = table.infos[Int(word)]
        return NamePropagator.particles.contains(info.normalized) || info.trigger == .organizationHead
    }

    private func classify(_ info: WordInfo) -> Role {
        guard info.kind == .arabicWord else { return [] }
        var role: Role = []
        if info.trigger == .personTitle && !info.isGivenName { role.insert(.title) }
        // The word less its proclitics, the article kept.
        let bare = info.readsArticle ? "ال" + info.stem : info.stem
        if bare.hasPrefix("ال") && Self.isTrailingAdjective(bare) { role.insert(.adjective) }
        // Names the catalog or the given-name list knows are names.
        guard !info.isGivenName, info.catalogStarts.isEmpty else { return role }
        if Self.timeWords.contains(bare) || Self.timeWords.contains(info.normalized) { role.insert(.time) }
        // A verb never takes the article, but a listed one may read as if it
        // did (التقى).
        if Self.verbs.contains(bare) || Self.verbs.contains(info.normalized)
            || (!bare.hasPrefix("ال") && isVerbByLexicon(bare)) { role.insert(.verb) }
        if isPluralOfKnownNoun(bare) { role.insert(.plural) }
        return role
    }

    /// ال + م + two letters + و + a letter, then nothing, ة, ين or ون
    /// (المسجون، المعزولة), or a listed trailing adjective.
    static func isTrailingAdjective(_ word: String) -> Bool {
        if trailingAdjectives.contains(word) { return true }
        var letters = Array(word.unicodeScalars.dropFirst(2))
        for ending in [["ه"], ["ي", "ن"], ["و", "ن"]] as [[Unicode.Scalar]] where letters.count == 5 + ending.count {
            if Array(letters.suffix(ending.count)) == ending { letters.removeLast(ending.count) }
        }
        return letters.count == 5 && letters[0] == "م" && letters[3] == "و"
            && !"اويء".unicodeScalars.contains(letters[1]) && !"اويء".unicodeScalars.contains(letters[2])
    }

    /// The lexicon knows the word's stem in two verb forms other than the
    /// word itself (the stem is the word less an imperfect prefix ي، ت, ن
    /// or a perfect ending ت، وا; three letters or more).
    private func isVerbByLexicon(_ word: String) -> Bool {
        let letters = Array(word.unicodeScalars)
        guard letters.count >= 3 else { return false }
        var stems: [String] = [word]
        if letters.count >= 4, "يتن".unicodeScalars.contains(letters[0]) { stems.append(String(String.UnicodeScalarView(letters.dropFirst()))) }
        if letters.count >= 4, letters.last == "ت" { stems.append(String(String.UnicodeScalarView(letters.dropLast()))) }
        if letters.count >= 5, word.hasSuffix("وا") { stems.append(String(String.UnicodeScalarView(letters.dropLast(2)))) }
        let lexicon = table.splitter.lexicon
        for stem in stems where stem.unicodeScalars.count >= 3 {
            let forms = [stem, stem + "ت", stem + "وا", "ي" + stem, "ت" + stem, "ن" + stem]
            let known = forms.filter { $0 != word && lexicon.count($0) > 0 }.count
            if known >= 2 { return true }
        }
        return false
    }

    /// A word without the article in ون or ين whose singular (three letters
    /// or more) the lexicon has seen three times or more: a common noun's
    /// plural (مراسلون، مسلحين). With the article it may be part of a name
    /// ("جماعة الإخوان المسلمين").
    private func isPluralOfKnownNoun(_ word: String) -> Bool {
        guard !word.hasPrefix("ال"), word.hasSuffix("ون") || word.hasSuffix("ين") else { return false }
        let singular = String(String.UnicodeScalarView(word.unicodeScalars.dropLast(2)))
        guard singular.unicodeScalars.count >= 3 else { return false }
        return table.splitter.lexicon.count(singular) >= 3
    }

    /// An unknown word shaped like an imperfect verb: ي، ت or ن, then three
    /// letters or more, no article, not a given name ("تحرر", "يقول").
    func looksImperfect(_ word: Int32) -> Bool {
        let info = table.infos[Int(word)]
        guard info.kind == .arabicWord, !info.isGivenName, !info.readsArticle, info.catalogStarts.isEmpty,
              let first = info.stem.unicodeScalars.first else { return false }
        return "يتن".unicodeScalars.contains(first) && info.stem.unicodeScalars.count >= 4
    }
}
