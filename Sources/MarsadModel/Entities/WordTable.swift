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
}

/// The numbers the tagger reads for a word, kept apart from its strings
/// so the feature loop copies plain values only.
struct HotWord {
    var hNorm: UInt64, hStem: UInt64, hProc: UInt64, hPre2: UInt64, hPre3: UInt64
    var hSuf1: UInt64, hSuf2: UInt64, hSuf3: UInt64, hShape: UInt64, hWordPre2: UInt64
    var trigger: UInt8, frequency: UInt8, stemFrequency: UInt8
    var isGivenName: Bool, hasCatalogStarts: Bool
}

/// Interns word forms: token text → index into `infos` (and `hot`).
///
/// Text is looked up either as a `String` (training data) or straight from
/// the article's scalars by a 64-bit hash checked against the stored
/// scalars, so a word seen before costs no allocation.
final class WordTable {
    private(set) var infos: [WordInfo] = []
    private(set) var hot: [HotWord] = []
    private var ids: [String: Int32] = [:]
    // Open addressing on scalar hashes: slot → word id + 1 (0 = empty).
    private var slotHashes: [UInt64] = []
    private var slotIDs: [Int32] = []
    private var slotMask = 0
    // Scalars of each word, for checking hash hits.
    private var wordScalarStart: [Int32] = []
    private var wordScalarCount: [Int32] = []
    private var scalarStore: [Unicode.Scalar] = []
    let splitter: CliticSplitter
    let index: CatalogIndex

    init(splitter: CliticSplitter, index: CatalogIndex) {
        self.splitter = splitter
        self.index = index
        ids.reserveCapacity(1 << 12)
        resizeSlots(1 << 14)
    }

    /// The id of a word form, analysing it on first sight.
    @inline(__always)
    func id(_ text: String, kind: TokenKind) -> Int32 {
        if let id = ids[text] { return id }
        let id = add(text, kind: kind)
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
        var slot = Int(truncatingIfNeeded: h) & slotMask
        while true {
            let stored = slotIDs[slot]
            if stored == 0 { break }
            if slotHashes[slot] == h {
                let id = Int(stored - 1)
                let from = Int(wordScalarStart[id]), count = Int(wordScalarCount[id])
                if count == end - start {
                    var same = true
                    for k in 0..<count where scalarStore[from + k] != scalars[start + k] {
                        same = false
                        break
                    }
                    if same { return Int32(id) }
                }
            }
            slot = (slot + 1) & slotMask
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        let id = add(String(view), kind: kind)
        slotHashes[slot] = h
        slotIDs[slot] = id + 1
        if infos.count * 2 > slotMask { resizeSlots((slotMask + 1) * 2) }
        return id
    }

    private func add(_ text: String, kind: TokenKind) -> Int32 {
        let id = Int32(infos.count)
        let info = analyse(text, kind: kind)
        infos.append(info)
        hot.append(HotWord(hNorm: info.hNorm, hStem: info.hStem, hProc: info.hProc, hPre2: info.hPre2, hPre3: info.hPre3,
                           hSuf1: info.hSuf1, hSuf2: info.hSuf2, hSuf3: info.hSuf3, hShape: info.hShape,
                           hWordPre2: info.hWordPre2, trigger: info.trigger.rawValue, frequency: info.frequency,
                           stemFrequency: info.stemFrequency, isGivenName: info.isGivenName,
                           hasCatalogStarts: !info.catalogStarts.isEmpty))
        wordScalarStart.append(Int32(scalarStore.count))
        wordScalarCount.append(Int32(text.unicodeScalars.count))
        scalarStore.append(contentsOf: text.unicodeScalars)
        return id
    }

    private func resizeSlots(_ capacity: Int) {
        let oldHashes = slotHashes, oldIDs = slotIDs
        slotHashes = [UInt64](repeating: 0, count: capacity)
        slotIDs = [Int32](repeating: 0, count: capacity)
        slotMask = capacity - 1
        for (i, id) in oldIDs.enumerated() where id != 0 {
            var slot = Int(truncatingIfNeeded: oldHashes[i]) & slotMask
            while slotIDs[slot] != 0 { slot = (slot + 1) & slotMask }
            slotHashes[slot] = oldHashes[i]
            slotIDs[slot] = id
        }
    }

    private func analyse(_ text: String, kind: TokenKind) -> WordInfo {
        let normalized = ArabicNormalizer.normalize(text)
        var stem = normalized
        var proclitics: [String] = []
        var procliticScalars = 0
        var starts: [(node: Int32, skipScalars: Int, clitics: Int)] = []
        let original = Array(text.unicodeScalars)
        if kind == .arabicWord {
            let readings = splitter.analyses(text)
            let split = splitter.split(text, analyses: readings)
            stem = split.stem
            proclitics = split.proclitics
            procliticScalars = Self.scalarsOf(letters: split.proclitics.filter { $0 != "ال" }.count, in: original)
            var keys: Set<String> = []
            // Bare reading first, then by fewer clitic letters.
            for analysis in readings.reversed() {
                let key = analysis.hasArticle ? "ال" + analysis.stem : analysis.stem
                guard keys.insert(key).inserted, let node = index.trie[0].children[key] else { continue }
                let letters = analysis.proclitics.count - (analysis.hasArticle ? 1 : 0)
                starts.append((node, Self.scalarsOf(letters: letters, in: original), letters))
            }
        } else if kind == .latinWord, let node = index.trie[0].children[normalized] {
            starts.append((node, 0, 0))
        }
        let stemScalars = Array(stem.unicodeScalars)
        let normScalars = Array(normalized.unicodeScalars)
        func affix(_ s: [Unicode.Scalar], _ n: Int, prefix: Bool) -> UInt64 {
            guard s.count > n else { return FeatureHash.string("") &+ UInt64(n) }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: prefix ? s[0..<n] : s[(s.count - n)...])
            return FeatureHash.string(String(view))
        }
        let length = min(normScalars.count, 8)
        return WordInfo(
            normalized: normalized, kind: kind, stem: stem,
            trigger: kind == .arabicWord ? NameTriggers.kind(ofStem: stem) : .none,
            procliticScalars: procliticScalars,
            hNorm: FeatureHash.string(normalized), hStem: FeatureHash.string(stem),
            hProc: FeatureHash.string(proclitics.joined(separator: "+")),
            hPre2: affix(stemScalars, 2, prefix: true), hPre3: affix(stemScalars, 3, prefix: true),
            hSuf1: affix(normScalars, 1, prefix: false), hSuf2: affix(normScalars, 2, prefix: false),
            hSuf3: affix(normScalars, 3, prefix: false),
            hShape: FeatureHash.string(kind.rawValue) &+ UInt64(length),
            frequency: Self.bucket(splitter.lexicon.count(normalized)),
            stemFrequency: Self.bucket(splitter.lexicon.count(stem) + (proclitics.isEmpty ? 0 : splitter.lexicon.count(normalized))),
            hWordPre2: affix(normScalars, 2, prefix: true),
            isGivenName: GivenNames.all.contains(stem) || GivenNames.all.contains(normalized),
            hasOnlyConjunction: proclitics == ["و"]
                || (proclitics.isEmpty && normalized.hasPrefix("و") && normScalars.count >= 5
                    && splitter.lexicon.count(normalized) == 0 && splitter.lexicon.count(String(normalized.dropFirst())) == 0),
            lexiconCount: splitter.lexicon.count(normalized) + (proclitics.isEmpty ? 0 : splitter.lexicon.count(stem)),
            catalogStarts: starts,
            hasTanweenFath: original.contains("\u{064B}"),
            isAccusativeNoun: kind == .arabicWord && normScalars.count >= 4 && normScalars.last == "ا"
                && !["ها", "نا", "ما", "وا"].contains { normalized.hasSuffix($0) }
                && !CatalogIndex.alefFunctionWords.contains(normalized))
    }

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
    static func scalarsOf(letters: Int, in scalars: [Unicode.Scalar]) -> Int {
        var i = 0
        var seen = 0
        while seen < letters && i < scalars.count {
            i += 1
            seen += 1
            while i < scalars.count, ArabicNormalizer.isIgnorable(scalars[i]) { i += 1 }
        }
        return i
    }
}

/// 64-bit hashing for features: FNV-1a over UTF-8, mixed with a
/// template number and finished with SplitMix64's avalanche, so feature
/// keys are stable across runs and machines (the model file stores them).
enum FeatureHash {
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
    static func key(_ t: UInt64, _ v: UInt64) -> UInt64 {
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
    static let all: Set<String> = {
        guard let url = Bundle.module.url(forResource: "given-names", withExtension: "txt", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return Set(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { ArabicNormalizer.normalize(String($0)) })
    }()
}
