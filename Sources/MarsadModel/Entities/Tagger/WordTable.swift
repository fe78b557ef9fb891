import Foundation

/// What the tagger and the catalog matcher need to know about one word
/// form, computed once per distinct form and reused for every occurrence
/// (news repeats its words, so the clitic analysis and the hashing run a
/// few thousand times, not once per token).
struct WordInfo {
    var normalized: String
    var kind: TokenKind
    /// Normalized stem with proclitics and the article cut off.
    var stem: String
    var trigger: NameTriggers.Kind
    /// Scalars of the original word taken by its proclitics other than the
    /// article (وبالكرملين → 2), for the splitter's preferred reading.
    var procliticScalars: Int
    /// Feature value hashes.
    var hNorm: UInt64, hStem: UInt64, hProc: UInt64
    var hPre2: UInt64, hPre3: UInt64
    var hSuf1: UInt64, hSuf2: UInt64, hSuf3: UInt64
    var hShape: UInt64
    /// How common the word and its stem are in the lexicon (0: rare or
    /// unseen, up to 4), so a word never seen in training reads like the
    /// rare words that were.
    var frequency: UInt8, stemFrequency: UInt8
    var hWordPre2: UInt64
    /// The stem is a common given name (محمد، فلاديمير).
    var isGivenName: Bool
    /// The only proclitic is the conjunction و ("وفيرين").
    var hasOnlyConjunction: Bool
    /// Lexicon counts of the whole word plus its stem (0: never seen).
    var lexiconCount: Int
    /// Catalog trie nodes that one reading of this word starts, with the
    /// scalars of proclitics to leave out of the mention (barest first).
    var catalogStarts: [(node: Int32, skipScalars: Int, clitics: Int)]
    /// The word carries tanween fath ("أرمينياً"): an adjective or an
    /// accusative noun, never a diptote country name.
    var hasTanweenFath: Bool
    /// Ends in alef like an indefinite accusative noun ("صاروخا"), not a
    /// pronoun suffix ("جارتها"), a verb's plural ("قالوا") or an adverb.
    var isAccusativeNoun: Bool
    var hStemSuf2: UInt64 = 0, hStemSuf3: UInt64 = 0, hStemPre4: UInt64 = 0, hSuf4: UInt64 = 0
    var stemLength: UInt8 = 0, articleFrequency: UInt8 = 0, bareFrequency: UInt8 = 0, inflectedFrequency: UInt8 = 0
    /// The feminine of an adjective the lexicon knows in the masculine
    /// ("انتحارية", "الانتحارية" from "انتحاري"), and not a given name: a
    /// word that describes, never a word of a person's name.
    var isFeminineAdjective = false
    /// A common word with an attached pronoun ("باحتلاله": احتلال + ه):
    /// never a one-word person, organization or place.
    var hasPronounSuffix = false
    /// The chosen reading's proclitics end in the article ("بالكرملين",
    /// "للجيش").
    var readsArticle = false
    /// The stem's word cluster (`WordClusters` code; the whole word's when
    /// the stem has none; 0: neither has one).
    var cluster: UInt16 = 0
}

/// The numbers the tagger reads for a word, kept apart from its strings
/// so the feature loop copies plain values only.
package struct HotWord {
    var hNorm: UInt64, hStem: UInt64, hProc: UInt64, hPre2: UInt64, hPre3: UInt64
    var hSuf1: UInt64, hSuf2: UInt64, hSuf3: UInt64, hShape: UInt64, hWordPre2: UInt64
    var trigger: UInt8, frequency: UInt8, stemFrequency: UInt8
    var isGivenName: Bool, hasCatalogStarts: Bool
    var hStemSuf2: UInt64, hStemSuf3: UInt64, hStemPre4: UInt64, hSuf4: UInt64
    var stemLength: UInt8, articleFrequency: UInt8, bareFrequency: UInt8, inflectedFrequency: UInt8
    /// An Arabic or Latin word (not a number or punctuation).
    var isWord: Bool
    /// `WordInfo.isFeminineAdjective`: the tagger never puts it in a person's name.
    var isFeminineAdjective: Bool
    /// `WordInfo.hasPronounSuffix`: the tagger drops it as a one-word name.
    var hasPronounSuffix: Bool
    /// `WordInfo.cluster`.
    var cluster: UInt16
}

/// Interns word forms: token text → index into `infos` (and `hot`).
///
/// Text is looked up either as a `String` (training data) or straight from
/// the article's scalars by a 64-bit hash checked against the stored
/// scalars, so a word seen before costs no allocation. A new word is
/// analysed on its scalars: every dictionary it is looked up in (the
/// lexicon, the catalog's first tokens, titles, given names) is keyed by
/// `ScalarHash`, so the analysis builds two strings (the normalized word and
/// its stem) and hashes no `String`.
package final class WordTable {
    private(set) var infos: [WordInfo] = []
    package private(set) var hot: [HotWord] = []
    private var ids: [String: Int32] = [:]
    /// Open addressing on scalar hashes: a slot holds the hash, the word id
    /// + 1 (0 = empty) and where the word's scalars start in
    /// `scalarStore`, so a look-up reads one slot and the scalars.
    private struct Slot {
        var hash: UInt64 = 0
        var id: Int32 = 0
        var start: Int32 = 0
    }
    private var slots: [Slot] = []
    private var slotMask = 0
    /// The scalars of every word, each followed by U+0000 (which no token
    /// holds), for checking hash hits.
    private var scalarStore: [Unicode.Scalar] = []
    let splitter: CliticSplitter
    let index: CatalogIndex
    /// The splitter's lexicon, the catalog trie's first tokens and the word
    /// lists (titles, given names…), by hash.
    private let facts: FormTable
    // Scratch buffers of `analyse`.
    private var letters: [Unicode.Scalar] = []
    private var letterSource: [Int] = []
    private var readings: [Reading] = []

    package init(splitter: CliticSplitter, index: CatalogIndex, clusters: WordClusters = .standard) {
        self.splitter = splitter
        self.index = index
        // Each lexicon form counts for itself, and for its rest after an
        // article ("الكرملين" for كرملين) or before an inflection suffix
        // ("قالوا"… "صواريخه" for صواريخ): a stem's look-up then tells how
        // often the lexicon saw it with the article or inflected.
        var rests: [UInt64: (article: Int, inflected: Int)] = [:]
        for (form, count) in splitter.lexicon.forms {
            let scalars = Array(form.unicodeScalars)
            for prefix in WordTable.articlePrefixes where scalars.starts(with: prefix) {
                rests[ScalarHash.of(scalars[prefix.count...]), default: (0, 0)].article += count
            }
            for suffix in WordTable.inflectionSuffixes where scalars.count >= suffix.count
                && scalars[(scalars.count - suffix.count)...].elementsEqual(suffix) {
                rests[ScalarHash.of(scalars[..<(scalars.count - suffix.count)]), default: (0, 0)].inflected += count
            }
        }
        var facts = FormTable(capacity: splitter.lexicon.size + rests.count + index.trie[0].children.count
                                  + clusters.count + 2048)
        for (form, count) in splitter.lexicon.forms {
            facts.update(ScalarHash.of(form.unicodeScalars)) { $0.count = $0.count &+ Int32(clamping: count) }
        }
        for (hash, counts) in rests {
            facts.update(hash) {
                $0.withArticle = UInt8(clamping: counts.article)
                $0.inflected = UInt8(clamping: counts.inflected)
            }
        }
        for (hash, code) in zip(clusters.stemHashes, clusters.codes) { facts.update(hash) { $0.cluster = code } }
        for (token, node) in index.trie[0].children {
            facts.update(ScalarHash.of(token.unicodeScalars)) { $0.catalogNode = node }
        }
        for (words, flag) in [(CliticSplitter.closedClass, FormFacts.closedClass), (GivenNames.all, FormFacts.givenName),
                              (CatalogIndex.alefFunctionWords, FormFacts.alefFunctionWord)] {
            for word in words { facts.update(ScalarHash.of(word.unicodeScalars)) { $0.flags |= flag } }
        }
        // Lowest priority first, so a word in two lists gets the first kind `NameTriggers.kind` checks.
        for (set, kind) in [(NameTriggers.placeHeads, NameTriggers.Kind.placeHead),
                            (NameTriggers.organizationHeads, .organizationHead), (NameTriggers.personTitles, .personTitle)] {
            for word in set { facts.update(ScalarHash.of(word.unicodeScalars)) { $0.trigger = kind.rawValue } }
        }
        self.facts = facts
        ids.reserveCapacity(1 << 12)
        resizeSlots(1 << 14)
    }

    /// The normalized stem of word `id` (proclitics and article cut off).
    package func stem(of id: Int32) -> String { infos[Int(id)].stem }

    /// The id of a word form, analysing it on first sight.
    @inline(__always)
    package func id(_ text: String, kind: TokenKind) -> Int32 {
        if let id = ids[text] { return id }
        let scalars = Array(text.unicodeScalars)
        let id = scalars.withUnsafeBufferPointer { add($0[...], kind: kind) }
        ids[text] = id
        return id
    }

    /// The id of the word `scalars[start..<end]`.
    @inline(__always)
    func id(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, kind: TokenKind) -> Int32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in start..<end {
            h = (h ^ UInt64(scalars[i].value)) &* 0x0000_0100_0000_01B3
        }
        h ^= UInt64(kind == .arabicWord ? 1 : 2) << 60
        let count = end - start
        var slot = Int(truncatingIfNeeded: h) & slotMask
        let found: Int32? = slots.withUnsafeBufferPointer { slots in
            scalarStore.withUnsafeBufferPointer { store in
                while true {
                    let entry = slots[slot]
                    if entry.id == 0 { return nil }
                    if entry.hash == h {
                        let from = Int(entry.start)
                        var same = from + count < store.count && store[from + count] == "\0"
                        if same {
                            for k in 0..<count where store[from + k] != scalars[start + k] {
                                same = false
                                break
                            }
                        }
                        if same { return entry.id - 1 }
                    }
                    slot = (slot + 1) & slotMask
                }
            }
        }
        if let found { return found }
        let from = Int32(scalarStore.count)
        let id = add(scalars[start..<end], kind: kind)
        slots[slot] = Slot(hash: h, id: id + 1, start: from)
        if infos.count * 2 > slotMask { resizeSlots((slotMask + 1) * 2) }
        return id
    }

    private func add(_ scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>, kind: TokenKind) -> Int32 {
        let id = Int32(infos.count)
        scalarStore.append(contentsOf: scalars)
        scalarStore.append("\0")
        let info = scalarStore.withUnsafeBufferPointer { store in
            analyse(UnsafeBufferPointer(rebasing: store[(store.count - 1 - scalars.count)..<(store.count - 1)]), kind: kind)
        }
        infos.append(info)
        hot.append(HotWord(hNorm: info.hNorm, hStem: info.hStem, hProc: info.hProc, hPre2: info.hPre2, hPre3: info.hPre3,
                           hSuf1: info.hSuf1, hSuf2: info.hSuf2, hSuf3: info.hSuf3, hShape: info.hShape,
                           hWordPre2: info.hWordPre2, trigger: info.trigger.rawValue, frequency: info.frequency,
                           stemFrequency: info.stemFrequency, isGivenName: info.isGivenName,
                           hasCatalogStarts: !info.catalogStarts.isEmpty,
                           hStemSuf2: info.hStemSuf2, hStemSuf3: info.hStemSuf3, hStemPre4: info.hStemPre4, hSuf4: info.hSuf4,
                           stemLength: info.stemLength, articleFrequency: info.articleFrequency,
                           bareFrequency: info.bareFrequency, inflectedFrequency: info.inflectedFrequency,
                           isWord: kind == .arabicWord || kind == .latinWord,
                           isFeminineAdjective: info.isFeminineAdjective, hasPronounSuffix: info.hasPronounSuffix,
                           cluster: info.cluster))
        return id
    }

    private func resizeSlots(_ capacity: Int) {
        let old = slots
        slots = [Slot](repeating: Slot(), count: capacity)
        slotMask = capacity - 1
        for entry in old where entry.id != 0 {
            var slot = Int(truncatingIfNeeded: entry.hash) & slotMask
            while slots[slot].id != 0 { slot = (slot + 1) & slotMask }
            slots[slot] = entry
        }
    }

    /// One clitic reading of the word being analysed: an entry of
    /// `CliticSplitter.prefixes`, the original scalars it takes, and the
    /// hash of the stem's letters.
    private struct Reading {
        var prefix: Int
        var consumed: Int
        var stemHash: UInt64
    }

    @inline(__always)
    private func count(_ hash: UInt64) -> Int { Int(facts[hash].count) }

    /// What the tagger and the matcher need to know about a word: the
    /// readings `CliticSplitter.analyses` lists and the one
    /// `CliticSplitter.split` chooses (the same rule, `isLikely`, on hashed
    /// look-ups), catalog starts, feature hashes and lexicon counts.
    private func analyse(_ original: UnsafeBufferPointer<Unicode.Scalar>, kind: TokenKind) -> WordInfo {
        // The scratch buffers as locals for the call (no exclusivity checks
        // on every access), handed back at the end.
        var letters: [Unicode.Scalar] = [], letterSource: [Int] = [], readings: [Reading] = []
        swap(&letters, &self.letters)
        swap(&letterSource, &self.letterSource)
        swap(&readings, &self.readings)
        defer {
            swap(&letters, &self.letters)
            swap(&letterSource, &self.letterSource)
            swap(&readings, &self.readings)
        }
        let prefixes = WordTable.prefixes
        // Normalized letters, each with the original scalar it came from.
        letters.removeAll(keepingCapacity: true)
        letterSource.removeAll(keepingCapacity: true)
        ArabicNormalizer.fold(original, into: &letters, sources: &letterSource)
        let n = letters.count
        let wholeHash = ScalarHash.of(letters[0..<n])
        let whole = facts[wholeHash]
        let wholeCount = Int(whole.count)
        var chosen: Reading?
        var starts: [(node: Int32, skipScalars: Int, clitics: Int)] = []
        readings.removeAll(keepingCapacity: true)
        if kind == .arabicWord {
            CliticSplitter.forEachReading(letters: letters, sources: letterSource, original: original) { p, consumed in
                let m = prefixes[p].letters.count
                readings.append(Reading(prefix: p, consumed: consumed, stemHash: ScalarHash.of(letters[m..<n])))
            }
            if whole.flags & FormFacts.closedClass == 0 {
                for r in readings {
                    let prefix = prefixes[r.prefix]
                    let stem = facts[r.stemHash]
                    if CliticSplitter.isLikely(endsInArticle: prefix.hasArticle, conjunctionOnly: prefix.conjunctionOnly,
                                               stemLength: n - prefix.letters.count,
                                               stemCount: Int(stem.count), wholeCount: wholeCount,
                                               stemIsClosedClass: stem.flags & FormFacts.closedClass != 0,
                                               nextScalar: r.consumed < original.count ? original[r.consumed].value : nil) {
                        chosen = r
                        break
                    }
                }
            }
            // Catalog starts: the bare reading first, then by fewer clitic letters.
            // (A word has at most 11 readings; keys tried are kept on the stack.)
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: readings.count + 1) { keys in
                var tried = 0
                func tryStart(_ key: UInt64, clitics: Int) {
                    for k in 0..<tried where keys[k] == key { return }
                    keys[tried] = key
                    tried += 1
                    let node = facts[key].catalogNode
                    guard node >= 0 else { return }
                    starts.append((node, WordTable.scalarsOf(letters: clitics, in: original), clitics))
                }
                tryStart(wholeHash, clitics: 0)
                for r in readings.reversed() {
                    let prefix = prefixes[r.prefix]
                    let key = prefix.hasArticle
                        ? ScalarHash.of(letters[prefix.letters.count..<n], from: WordTable.articleState) : r.stemHash
                    tryStart(key, clitics: prefix.clitics)
                }
            }
        } else if kind == .latinWord, whole.catalogNode >= 0 {
            starts.append((whole.catalogNode, 0, 0))
        }
        let chosenPrefix = chosen.map { prefixes[$0.prefix] }
        let stemStart = chosenPrefix?.letters.count ?? 0
        let stemHash = chosen?.stemHash ?? wholeHash
        let stemFacts = chosen == nil ? whole : facts[stemHash]
        let stemCount = Int(stemFacts.count)
        let stemLetters = letters[stemStart..<n]
        func affix(_ s: ArraySlice<Unicode.Scalar>, _ k: Int, prefix: Bool) -> UInt64 {
            guard s.count > k else { return ScalarHash.seed &+ UInt64(k) }
            return prefix ? ScalarHash.of(s.prefix(k)) : ScalarHash.of(s.suffix(k))
        }
        let all = letters[0..<n]
        let normalized = WordTable.string(all)
        let stem = chosen == nil ? normalized : WordTable.string(stemLetters)
        let last = n > 0 ? letters[n - 1] : " ", beforeLast = n > 1 ? letters[n - 2] : " "
        var info = WordInfo(
            normalized: normalized, kind: kind, stem: stem,
            trigger: kind == .arabicWord ? NameTriggers.Kind(rawValue: stemFacts.trigger) ?? .none : .none,
            procliticScalars: WordTable.scalarsOf(
                letters: chosenPrefix?.clitics ?? 0, in: original),
            hNorm: wholeHash, hStem: stemHash, hProc: WordTable.procliticHashes[chosen.map { $0.prefix + 1 } ?? 0],
            hPre2: affix(stemLetters, 2, prefix: true), hPre3: affix(stemLetters, 3, prefix: true),
            hSuf1: affix(all, 1, prefix: false), hSuf2: affix(all, 2, prefix: false),
            hSuf3: affix(all, 3, prefix: false),
            hShape: FeatureHash.string(kind.rawValue) &+ UInt64(min(n, 8)),
            frequency: Self.bucket(wholeCount),
            stemFrequency: Self.bucket(stemCount + (chosen == nil ? 0 : wholeCount)),
            hWordPre2: affix(all, 2, prefix: true),
            isGivenName: (stemFacts.flags | whole.flags) & FormFacts.givenName != 0,
            hasOnlyConjunction: chosenPrefix?.isWaw ?? false
                || (chosen == nil && n >= 5 && letters[0] == "و" && wholeCount == 0 && count(ScalarHash.of(letters[1..<n])) == 0),
            lexiconCount: wholeCount + (chosen == nil ? 0 : stemCount),
            catalogStarts: starts,
            hasTanweenFath: original.contains("\u{064B}"),
            isAccusativeNoun: kind == .arabicWord && n >= 4 && last == "ا" && !"هنمو".unicodeScalars.contains(beforeLast)
                && whole.flags & FormFacts.alefFunctionWord == 0)
        info.readsArticle = chosenPrefix?.hasArticle ?? false
        info.cluster = stemFacts.cluster != 0 ? stemFacts.cluster : whole.cluster
        info.hStemSuf2 = affix(stemLetters, 2, prefix: false)
        info.hStemSuf3 = affix(stemLetters, 3, prefix: false)
        info.hStemPre4 = affix(stemLetters, 4, prefix: true)
        info.hSuf4 = affix(all, 4, prefix: false)
        info.stemLength = UInt8(min(stemLetters.count, 12))
        if kind == .arabicWord {
            info.articleFrequency = Self.bucket(Int(stemFacts.withArticle))
            info.bareFrequency = Self.bucket(stemCount)
            info.inflectedFrequency = Self.bucket(Int(stemFacts.inflected))
            // "…ية" (teh marbuta in the original, not "أندريه") whose "…ي" the lexicon has seen.
            var lastOriginal = original.count - 1
            while lastOriginal > 0, ArabicNormalizer.isIgnorable(original[lastOriginal]) { lastOriginal -= 1 }
            let m = stemLetters.count
            if m >= 5, lastOriginal >= 0, original[lastOriginal] == "\u{0629}", stemLetters.suffix(2).elementsEqual(["ي", "ه"]),
               !info.isGivenName, !GivenNames.likeAdjectives.contains(stem),
               (stemFacts.flags | whole.flags) & FormFacts.closedClass == 0 {
                info.isFeminineAdjective = count(ScalarHash.of(stemLetters.dropLast())) > 0
            }
            // "…ه", "…ها", "…هم", "…هما" whose rest, in the bare reading or
            // any proclitic reading (باحتلاله → احتلال), is a word of three
            // letters or more the lexicon has seen at least twice.
            if !info.isGivenName, starts.isEmpty, (stemFacts.flags | whole.flags) & FormFacts.closedClass == 0,
               let pronoun = WordTable.pronounSuffixLength(letters[0..<n], endsInHeh: original[lastOriginal] == "\u{0647}") {
                var stems = [0]
                for r in readings { stems.append(prefixes[r.prefix].letters.count) }
                info.hasPronounSuffix = stems.contains { start in
                    guard n - pronoun - start >= 3 else { return false }
                    let rest = ScalarHash.of(letters[start..<(n - pronoun)])
                    return count(rest) >= 2 && !WordTable.nameParticleHashes.contains(rest)
                }
            }
        }
        return info
    }

    /// Name particles ("عبده" is a name, not عبد + ه).
    static let nameParticleHashes: Set<UInt64> = Set(NamePropagator.particles.map { ScalarHash.of($0.unicodeScalars) })

    /// Letters of an attached pronoun ending the word: ه (heh in the
    /// original, not a folded teh marbuta), ها, هم or هما; nil for none.
    static func pronounSuffixLength(_ letters: ArraySlice<Unicode.Scalar>, endsInHeh: Bool) -> Int? {
        if letters.last == "ه" { return endsInHeh ? 1 : nil }
        if letters.suffix(3).elementsEqual(["ه", "م", "ا"]) { return 3 }
        if letters.suffix(2).elementsEqual(["ه", "ا"]) || letters.suffix(2).elementsEqual(["ه", "م"]) { return 2 }
        return nil
    }

    /// A string of scalars, encoded straight to UTF-8.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var k = 0
            for s in scalars {
                for byte in UTF8.encode(s)! {
                    buffer[k] = byte
                    k += 1
                }
            }
            return k
        }
    }

    /// `CliticSplitter.prefixes`, in its order (longest first), with what
    /// the word table and name propagation ask of each: its letters, how
    /// many proclitics other than the article, whether the last is the
    /// article, whether it is و or ف alone, whether it is و alone.
    struct Prefix {
        let letters: [Unicode.Scalar]
        let clitics: Int
        let hasArticle: Bool, conjunctionOnly: Bool, isWaw: Bool
    }
    static let prefixes: [Prefix] = CliticSplitter.prefixes.map { entry in
        Prefix(letters: entry.letters, clitics: entry.parts.filter { $0 != "ال" }.count,
               hasArticle: entry.parts.last == "ال",
               conjunctionOnly: entry.parts == ["و"] || entry.parts == ["ف"], isWaw: entry.parts == ["و"])
    }

    /// Feature hash of each reading's proclitics ("و+ال"); index 0 is none.
    static let procliticHashes: [UInt64] = [FeatureHash.string("")]
        + CliticSplitter.prefixes.map { FeatureHash.string($0.parts.joined(separator: "+")) }
    /// Hash states after "ال", and after the article with each proclitic.
    static let articleState = ScalarHash.of("ال".unicodeScalars)
    /// The article alone and with a proclitic, for `FormFacts.withArticle`.
    static let articlePrefixes = ["ال", "وال", "بال", "لل"].map { Array($0.unicodeScalars) }
    static let inflectionSuffixes = ["ه", "ات", "ين", "ون", "ها", "هم"].map { Array($0.unicodeScalars) }

    static func bucket(_ count: Int) -> UInt8 {
        switch count {
        case ...1: return 0
        case 2...3: return 1
        case 4...10: return 2
        case 11...50: return 3
        default: return 4
        }
    }

    /// Scalars taken by the first `letters` letters of a word and the marks
    /// that follow each of them.
    static func scalarsOf<Word: Collection>(letters: Int, in word: Word) -> Int where Word.Element == Unicode.Scalar {
        var i = word.startIndex
        var taken = 0
        var seen = 0
        while seen < letters && i != word.endIndex {
            word.formIndex(after: &i)
            taken += 1
            seen += 1
            while i != word.endIndex, ArabicNormalizer.isIgnorable(word[i]) {
                word.formIndex(after: &i)
                taken += 1
            }
        }
        return taken
    }
}

/// What the word table knows about a normalized form before it meets a
/// word: its lexicon count, the catalog trie node it starts, its trigger
/// kind and which word lists hold it.
struct FormFacts {
    var count: Int32 = 0
    var catalogNode: Int32 = -1
    var trigger: UInt8 = 0
    var flags: UInt8 = 0
    /// Lexicon count of the form after the article, alone or with و, ب
    /// or ل ("الكرملين", "للكرملين"), up to 255.
    var withArticle: UInt8 = 0
    /// Lexicon count of the form with a suffix of `inflectionSuffixes`
    /// (ه، ات، ين، ون، ها، هم), up to 255.
    var inflected: UInt8 = 0
    /// The form's `WordClusters` code (0: none).
    var cluster: UInt16 = 0

    static let closedClass: UInt8 = 1, givenName: UInt8 = 2, alefFunctionWord: UInt8 = 4
}

/// Form facts by `ScalarHash`: open addressing with Fibonacci hashing, a
/// cheaper look-up than `Dictionary`'s seeded hashing for the dozen
/// look-ups each new word form makes.
struct FormTable {
    /// A key and its facts side by side: a look-up touches one cache line.
    private struct Slot {
        var key: UInt64 = 0
        var facts = FormFacts()
    }
    private var slots: [Slot]
    private let shift: UInt64
    private let mask: Int

    init(capacity: Int) {
        var size = 16
        var bits: UInt64 = 4
        while size < capacity * 2 {
            size <<= 1
            bits += 1
        }
        slots = [Slot](repeating: Slot(), count: size)
        shift = 64 - bits
        mask = size - 1
    }

    /// The facts of a form (empty ones when it is unknown).
    @inline(__always)
    subscript(key: UInt64) -> FormFacts {
        let key = key == 0 ? 1 : key
        return slots.withUnsafeBufferPointer { slots in
            var s = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let stored = slots[s].key
                if stored == key { return slots[s].facts }
                if stored == 0 { return FormFacts() }
                s = (s + 1) & mask
            }
        }
    }

    mutating func update(_ key: UInt64, _ body: (inout FormFacts) -> Void) {
        let key = key == 0 ? 1 : key
        var s = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while slots[s].key != key && slots[s].key != 0 { s = (s + 1) & mask }
        if slots[s].key == 0 { slots[s].key = key }  // sized at twice the forms it is given: never full
        body(&slots[s].facts)
    }
}

/// FNV-1a over Unicode scalar values: the key of a word form in the word
/// table's dictionaries and the value of its feature templates.
enum ScalarHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func of<C: Collection>(_ scalars: C, from state: UInt64 = seed) -> UInt64 where C.Element == Unicode.Scalar {
        var h = state
        for s in scalars { h = (h ^ UInt64(s.value)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}

/// 64-bit hashing for features: FNV-1a over UTF-8, mixed with a
/// template number and finished with SplitMix64's avalanche, so feature
/// keys are stable across runs and machines (the model file stores them).
package enum FeatureHash {
    static func string(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in s.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The key of template `t` with value `v`; never 0 (0 marks an empty
    /// slot in the model's table).
    @inline(__always)
    package static func key(_ t: UInt64, _ v: UInt64) -> UInt64 {
        let k = mix(v &+ t &* 0x2545_F491_4F6C_DD1D)
        return k == 0 ? 1 : k
    }

    @inline(__always)
    static func pair(_ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(a &* 0x9E37_79B9_7F4A_7C15 ^ b)
    }
}

/// Common given names (`Resources/given-names.txt`), normalized.
enum GivenNames {
    /// Women's names that look like the feminine of a common adjective
    /// (نادية beside نادي "club", سامية beside سامي): never read as one.
    /// Kept out of `all`, the tagger's given-name feature, where adding
    /// them scored worse on the tuning folds (76.2 against 76.6).
    static let likeAdjectives: Set<String> = Set(
        ["نادية", "سامية", "سمية", "رقية", "فوزية", "زكية", "صفية", "ناجية", "راضية", "عطية", "هانية", "فتحية", "سنية",
         "بهية"].map { ArabicNormalizer.normalize($0) })

    static let all: Set<String> = {
        guard let url = Bundle.module.url(forResource: "given-names", withExtension: "txt", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return Set(RecordLines.split(text).filter { !$0.isEmpty && !$0.hasPrefix("#") }.map { ArabicNormalizer.normalize(String($0)) })
    }()
}
