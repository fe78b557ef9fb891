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
/// Templates: the word, its normalized form, its stem without proclitics,
/// the proclitics, stem prefixes and word suffixes, neighbouring words and
/// stems (±2), word bigrams, shapes, trigger words around (titles,
/// organization and place heads), and the catalog's reading of the token
/// and its neighbours (inside a person/organization/place alias, a nisba).
enum NERFeatures {
    static let maximumPerToken = 44
    /// Bumped whenever templates change: the model file records it.
    static let version: UInt32 = 1

    private static let bos = FeatureHash.string("<s>")
    private static let eos = FeatureHash.string("</s>")

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

    /// Writes the features of token `i` into `out`; returns their number.
    @inline(__always)
    static func extract(_ words: UnsafeBufferPointer<Int32>, _ infos: UnsafeBufferPointer<HotWord>,
                        _ codes: UnsafeBufferPointer<UInt8>, at i: Int, into out: UnsafeMutablePointer<UInt64>) -> Int {
        let n = words.count
        let w = infos[Int(words[i])]
        let p1 = i > 0 ? infos[Int(words[i - 1])] : nil
        let p2 = i > 1 ? infos[Int(words[i - 2])] : nil
        let n1 = i + 1 < n ? infos[Int(words[i + 1])] : nil
        let n2 = i + 2 < n ? infos[Int(words[i + 2])] : nil
        let p1Norm = p1?.hNorm ?? bos, n1Norm = n1?.hNorm ?? eos
        var k = 0
        @inline(__always) func add(_ t: UInt64, _ v: UInt64) {
            out[k] = FeatureHash.key(t, v)
            k += 1
        }
        add(0, 0)
        add(1, w.hNorm)
        add(2, w.hStem)
        add(3, w.hProc)
        add(4, w.hPre2)
        add(5, w.hPre3)
        add(6, w.hSuf1)
        add(7, w.hSuf2)
        add(8, w.hSuf3)
        add(9, p1Norm)
        add(10, n1Norm)
        add(11, p2?.hNorm ?? bos)
        add(12, n2?.hNorm ?? eos)
        add(13, p1?.hStem ?? bos)
        add(14, n1?.hStem ?? eos)
        add(15, FeatureHash.pair(p1Norm, w.hNorm))
        add(16, FeatureHash.pair(w.hNorm, n1Norm))
        add(17, w.hShape)
        let tp1 = UInt64(p1?.trigger ?? 9), tp2 = UInt64(p2?.trigger ?? 9)
        let tn1 = UInt64(n1?.trigger ?? 9)
        add(18, tp1)
        add(19, tp2 &* 16 &+ tp1)
        add(20, UInt64(w.trigger))
        add(21, tn1)
        let c = UInt64(codes[i])
        let cp = i > 0 ? UInt64(codes[i - 1]) : 99, cn = i + 1 < n ? UInt64(codes[i + 1]) : 99
        add(22, c)
        add(23, cp &* 256 &+ c)
        add(24, c &* 256 &+ cn)
        add(25, FeatureHash.pair(FeatureHash.pair(p1?.hShape ?? bos, w.hShape), n1?.hShape ?? eos))
        add(26, p1?.hSuf2 ?? bos)
        add(27, n1?.hSuf2 ?? eos)
        add(28, FeatureHash.pair(tp1, w.hSuf2))
        add(29, FeatureHash.pair(UInt64(c), w.hSuf2))
        add(30, i == 0 ? 1 : 0)
        add(31, FeatureHash.pair(p1?.hStem ?? bos, w.hStem))
        let f = UInt64(w.frequency), sf = UInt64(w.stemFrequency)
        add(32, f)
        add(33, sf)
        add(34, FeatureHash.pair(w.hProc, sf))
        add(35, w.hWordPre2)
        add(36, tp1 &* 16 &+ sf)
        add(37, FeatureHash.pair(n1Norm, sf))
        add(38, FeatureHash.pair(p1Norm, sf))
        add(39, UInt64(p1?.stemFrequency ?? 9) &* 16 &+ sf &* 4 &+ UInt64(n1?.stemFrequency ?? 9))
        let g = w.isGivenName ? 1 : 0, gp = (p1?.isGivenName ?? false) ? 1 : 0, gn = (n1?.isGivenName ?? false) ? 1 : 0
        add(40, UInt64(g * 4 + gp * 2 + gn))
        add(41, UInt64(gp) &* 8 &+ sf)
        add(42, FeatureHash.pair(UInt64(g), n1Norm))
        add(43, FeatureHash.pair(UInt64(gp), w.hSuf2))
        return k
    }
}
