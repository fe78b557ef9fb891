/// The tagger's tag set: BIO over ANERcorp's four types.
public enum NERTags {
    public static let names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
    public static let count = names.count
    static let types: [EntityType] = [.person, .organization, .location, .misc]

    /// Index of a tag name; unknown tags read as O.
    public static func index(_ name: some StringProtocol) -> Int {
        names.firstIndex { $0 == name } ?? 0
    }

    /// The entity type of a tag (nil for O).
    public static func type(_ tag: Int) -> EntityType? { tag == 0 ? nil : types[(tag - 1) / 2] }
    public static func isInside(_ tag: Int) -> Bool { tag != 0 && (tag - 1) % 2 == 1 }
    static func begin(_ type: EntityType) -> Int { 1 + 2 * types.firstIndex(of: type)! }

    /// BIO: I-X only after B-X or I-X.
    @inline(__always)
    static func allowed(from previous: Int, to tag: Int) -> Bool {
        guard isInside(tag) else { return true }
        return previous == tag || previous == tag - 1
    }

    /// Entity spans `(start, end, type)` of a tag sequence (tokens, end
    /// exclusive); a stray I-X starts a new entity, as conlleval reads it.
    public static func spans(_ tags: [Int]) -> [(start: Int, end: Int, type: EntityType)] {
        var result: [(Int, Int, EntityType)] = []
        var start = -1
        var current: EntityType?
        for (i, tag) in tags.enumerated() {
            let type = Self.type(tag)
            let continues = isInside(tag) && type == current
            if !continues {
                if let current { result.append((start, i, current)) }
                current = type
                start = i
            }
        }
        if let current { result.append((start, tags.count, current)) }
        return result
    }
}

/// Turns a sentence's words into hashed feature keys, one list a token.
///
/// Templates, in four groups so the tagger can add up the first three once
/// per word form (`NERTagger`):
/// - the word itself: its normalized form, stem without proclitics, the
///   proclitics, stem and word prefixes and suffixes, shape, trigger kind
///   (title, organization or place head), lexicon frequency of the word and
///   stem, how often the stem takes the article or inflects (a common noun
///   or adjective does, a foreign name does not);
/// - the word as the token's previous word, and as its next word: form,
///   stem, suffix, trigger kind;
/// - the rest, which combine several words or depend on the sentence:
///   words two and three away, word and stem bigrams, trigger words around,
///   the catalog's reading of the token and its neighbours (inside a
///   person/organization/place alias, a nisba), shapes, given names, and in
///   the second pass what the first said about the word elsewhere in the
///   document (`NERDocument`).
enum NERFeatures {
    static let maximumPerToken = 72
    /// Bumped whenever templates change: the model file records it.
    static let version: UInt32 = 2

    static let bos = FeatureHash.string("<s>")
    static let eos = FeatureHash.string("</s>")

    /// Catalog code of each token: 0 none, 1 nisba, else 2 + 2·type +
    /// inside, plus 10 for weak aliases.
    static func catalogCodes(_ matches: [CatalogMatch], count: Int, index: CatalogIndex) -> [UInt8] {
        var codes = [UInt8](repeating: 0, count: count)
        for m in matches {
            let entry = index.entries[Int(m.entry)]
            let code: UInt8
            switch entry.target {
            case .nisba:
                code = 1
            case .actor(let id) where id.hasPrefix("tz:"):
                continue  // time-zone cities are too noisy a signal for the tagger
            case .actor, .institution:
                let type = index.actor(for: entry.target)?.type ?? .misc
                code = 2 + 2 * UInt8(NERTags.types.firstIndex(of: type)!) + (entry.weak ? 10 : 0)
            }
            for t in m.start..<m.end { codes[t] = code == 1 ? 1 : code + (t > m.start ? 1 : 0) }
        }
        return codes
    }

    /// Templates of the word alone.
    @inline(__always)
    static func word(_ w: HotWord, _ f: inout FeatureWriter) {
        let sf = UInt64(w.stemFrequency)
        f.add(0, 0)  // always on: the tag prior
        f.add(1, w.hNorm)
        f.add(2, w.hStem)
        f.add(3, w.hProc)
        f.add(4, w.hPre2)
        f.add(5, w.hPre3)
        f.add(6, w.hSuf1)
        f.add(7, w.hSuf2)
        f.add(8, w.hSuf3)
        f.add(17, w.hShape)
        f.add(20, UInt64(w.trigger))
        f.add(32, UInt64(w.frequency))
        f.add(33, sf)
        f.add(34, FeatureHash.pair(w.hProc, sf))
        f.add(35, w.hWordPre2)
        f.add(47, w.hStemSuf2)
        f.add(48, w.hStemSuf3)
        f.add(49, w.hStemPre4)
        f.add(50, w.hSuf4)
        f.add(53, UInt64(w.stemLength) &* 8 &+ sf)
        f.add(56, UInt64(w.articleFrequency) &* 64 &+ UInt64(w.bareFrequency) &* 8 &+ UInt64(w.inflectedFrequency))
        f.add(57, UInt64(w.articleFrequency) &* 8 &+ sf)
        f.add(58, UInt64(w.inflectedFrequency))
    }

    /// Templates of the token's previous word (nil: the sentence start).
    @inline(__always)
    static func previous(_ p1: HotWord?, _ f: inout FeatureWriter) {
        f.add(9, p1?.hNorm ?? bos)
        f.add(13, p1?.hStem ?? bos)
        f.add(18, UInt64(p1?.trigger ?? 9))
        f.add(26, p1?.hSuf2 ?? bos)
    }

    /// Templates of the token's next word (nil: the sentence end).
    @inline(__always)
    static func next(_ n1: HotWord?, _ f: inout FeatureWriter) {
        f.add(10, n1?.hNorm ?? eos)
        f.add(14, n1?.hStem ?? eos)
        f.add(21, UInt64(n1?.trigger ?? 9))
        f.add(27, n1?.hSuf2 ?? eos)
    }

    /// The other templates of token `i` (both passes).
    @inline(__always)
    static func context(_ words: UnsafeBufferPointer<Int32>, _ infos: UnsafeBufferPointer<HotWord>,
                        _ codes: UnsafeBufferPointer<UInt8>, at i: Int, _ f: inout FeatureWriter) {
        let n = words.count
        let w = infos[Int(words[i])]
        let p1 = i > 0 ? infos[Int(words[i - 1])] : nil
        let p2 = i > 1 ? infos[Int(words[i - 2])] : nil
        let p3 = i > 2 ? infos[Int(words[i - 3])] : nil
        let n1 = i + 1 < n ? infos[Int(words[i + 1])] : nil
        let n2 = i + 2 < n ? infos[Int(words[i + 2])] : nil
        let p1Norm = p1?.hNorm ?? bos, n1Norm = n1?.hNorm ?? eos
        let sf = UInt64(w.stemFrequency)
        let tp1 = UInt64(p1?.trigger ?? 9), tp2 = UInt64(p2?.trigger ?? 9), tn1 = UInt64(n1?.trigger ?? 9)
        f.add(11, p2?.hNorm ?? bos)
        f.add(12, n2?.hNorm ?? eos)
        f.add(15, FeatureHash.pair(p1Norm, w.hNorm))
        f.add(16, FeatureHash.pair(w.hNorm, n1Norm))
        f.add(19, tp2 &* 16 &+ tp1)
        let c = UInt64(codes[i])
        let cp = i > 0 ? UInt64(codes[i - 1]) : 99, cn = i + 1 < n ? UInt64(codes[i + 1]) : 99
        f.add(22, c)
        f.add(23, cp &* 256 &+ c)
        f.add(24, c &* 256 &+ cn)
        f.add(25, FeatureHash.pair(FeatureHash.pair(p1?.hShape ?? bos, w.hShape), n1?.hShape ?? eos))
        f.add(28, FeatureHash.pair(tp1, w.hSuf2))
        f.add(29, FeatureHash.pair(c, w.hSuf2))
        f.add(30, i == 0 ? 1 : 0)
        f.add(31, FeatureHash.pair(p1?.hStem ?? bos, w.hStem))
        f.add(36, tp1 &* 16 &+ sf)
        f.add(37, FeatureHash.pair(n1Norm, sf))
        f.add(38, FeatureHash.pair(p1Norm, sf))
        f.add(39, UInt64(p1?.stemFrequency ?? 9) &* 16 &+ sf &* 4 &+ UInt64(n1?.stemFrequency ?? 9))
        let g: UInt64 = w.isGivenName ? 1 : 0, gp: UInt64 = (p1?.isGivenName ?? false) ? 1 : 0
        let gn: UInt64 = (n1?.isGivenName ?? false) ? 1 : 0
        f.add(40, g &* 4 &+ gp &* 2 &+ gn)
        f.add(41, gp &* 8 &+ sf)
        f.add(42, FeatureHash.pair(g, n1Norm))
        f.add(43, FeatureHash.pair(gp, w.hSuf2))
        f.add(44, UInt64(p3?.trigger ?? 9))
        f.add(45, UInt64(n2?.trigger ?? 9))
        f.add(46, FeatureHash.pair(tn1, w.hSuf2))
        f.add(51, FeatureHash.pair(p1Norm, w.hStem))
        f.add(52, FeatureHash.pair(w.hStem, n1?.hStem ?? eos))
        f.add(54, FeatureHash.pair(p1?.hProc ?? bos, w.hProc))
        f.add(55, FeatureHash.pair(w.hProc, n1?.hProc ?? eos))
        f.add(59, UInt64(n1?.articleFrequency ?? 9) &* 16 &+ UInt64(w.articleFrequency))
    }

    /// The second pass's templates of token `i`: its `NERDocument` code
    /// (`document` holds the sentence's), alone and with the word's
    /// frequency, suffix, previous trigger and the neighbours' codes.
    @inline(__always)
    static func document(_ words: UnsafeBufferPointer<Int32>, _ infos: UnsafeBufferPointer<HotWord>,
                         at i: Int, document: UnsafePointer<UInt8>, _ f: inout FeatureWriter) {
        let n = words.count
        let w = infos[Int(words[i])]
        let d = UInt64(document[i])
        let dp = i > 0 ? UInt64(document[i - 1]) : 15, dn = i + 1 < n ? UInt64(document[i + 1]) : 15
        let tp1 = i > 0 ? UInt64(infos[Int(words[i - 1])].trigger) : 9
        f.add(64, d)
        f.add(65, d &* 16 &+ UInt64(w.stemFrequency))
        f.add(66, FeatureHash.pair(d, w.hSuf2))
        f.add(67, dp &* 16 &+ d)
        f.add(68, d &* 16 &+ dn)
        f.add(69, d &* 16 &+ tp1)
    }

    /// Writes every feature of token `i` into `out`; returns their number.
    @inline(__always)
    static func extract(_ words: UnsafeBufferPointer<Int32>, _ infos: UnsafeBufferPointer<HotWord>,
                        _ codes: UnsafeBufferPointer<UInt8>, at i: Int, into out: UnsafeMutablePointer<UInt64>,
                        document: UnsafePointer<UInt8>? = nil) -> Int {
        var f = FeatureWriter(out: out)
        word(infos[Int(words[i])], &f)
        previous(i > 0 ? infos[Int(words[i - 1])] : nil, &f)
        next(i + 1 < words.count ? infos[Int(words[i + 1])] : nil, &f)
        context(words, infos, codes, at: i, &f)
        if let document { self.document(words, infos, at: i, document: document, &f) }
        return f.count
    }
}

/// Appends feature keys to a buffer.
struct FeatureWriter {
    let out: UnsafeMutablePointer<UInt64>
    var count = 0

    init(out: UnsafeMutablePointer<UInt64>) { self.out = out }

    @inline(__always)
    mutating func add(_ template: UInt64, _ value: UInt64) {
        out[count] = FeatureHash.key(template, value)
        count += 1
    }
}
