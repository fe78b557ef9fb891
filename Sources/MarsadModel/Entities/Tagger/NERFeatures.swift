/// The tagger's tag set: BIO over ANERcorp's four types.
package enum NERTags {
    package static let names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
    package static let count = names.count
    static let types: [EntityType] = [.person, .organization, .location, .misc]

    /// Index of a tag name; unknown tags read as O.
    package static func index(_ name: some StringProtocol) -> Int {
        names.firstIndex { $0 == name } ?? 0
    }

    /// The entity type of a tag (nil for O).
    package static func type(_ tag: Int) -> EntityType? { tag == 0 ? nil : types[(tag - 1) / 2] }
    package static func isInside(_ tag: Int) -> Bool { tag != 0 && (tag - 1) % 2 == 1 }
    package static func begin(_ type: EntityType) -> Int { 1 + 2 * types.firstIndex(of: type)! }

    /// BIO: I-X only after B-X or I-X.
    @inline(__always)
    package static func allowed(from previous: Int, to tag: Int) -> Bool {
        guard isInside(tag) else { return true }
        return previous == tag || previous == tag - 1
    }

    /// Entity spans `(start, end, type)` of a tag sequence (tokens, end
    /// exclusive); a stray I-X starts a new entity, as conlleval reads it.
    package static func spans(_ tags: [Int]) -> [(start: Int, end: Int, type: EntityType)] {
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
///   or adjective does, a foreign name does not), prefixes of 4, 6, 10
///   and all bits of its stem's word-cluster path (`WordClusters`);
/// - the word as the token's previous word, and as its next word: form,
///   stem, suffix, trigger kind, cluster prefixes of 6 and all bits;
/// - the rest, which combine several words or depend on the sentence:
///   words two and three away, word and stem bigrams, trigger words around,
///   the catalog's reading of the token and its neighbours (inside a
///   person/organization/place alias, a nisba), shapes, given names, and in
///   the second pass what the first said about the word elsewhere in the
///   document (`NERDocument`).
package enum NERFeatures {
    package static let maximumPerToken = 80
    /// Bumped whenever templates change: the model file records it.
    package static let version: UInt32 = 3

    /// Bits of the shipped word clusters' paths (`WordClusters`).
    static let clusterDepth = WordClusters.standard.depth

    /// The first `bits` bits of a word's cluster path, with the path's
    /// leading marker bit (so prefixes of different lengths never meet);
    /// 0 for a word without a cluster.
    @inline(__always)
    static func clusterPrefix(_ code: UInt16, _ bits: Int) -> UInt64 {
        let drop = clusterDepth - bits
        return UInt64(drop > 0 ? code >> UInt16(drop) : code)
    }

    static let bos = FeatureHash.string("<s>")
    static let eos = FeatureHash.string("</s>")

    /// Catalog code of each token: 0 none, 1 nisba, else 2 + 2·type +
    /// inside, plus 10 for weak aliases.
    package static func catalogCodes(_ matches: [CatalogMatch], count: Int, index: CatalogIndex) -> [UInt8] {
        var codes = [UInt8](repeating: 0, count: count)
        for m in matches {
            let entry = index.entries[Int(m.entry)]
            let code: UInt8
            switch entry.target {
            case .nisba:
                code = 1
            case .actor(let id) where id.rawValue.hasPrefix("tz:"):
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
        f.add(70, clusterPrefix(w.cluster, 4))
        f.add(71, clusterPrefix(w.cluster, 6))
        f.add(72, clusterPrefix(w.cluster, 10))
        f.add(73, clusterPrefix(w.cluster, 20))
    }

    /// Templates of the token's previous word (nil: the sentence start).
    @inline(__always)
    static func previous(_ p1: HotWord?, _ f: inout FeatureWriter) {
        f.add(9, p1?.hNorm ?? bos)
        f.add(13, p1?.hStem ?? bos)
        f.add(18, UInt64(p1?.trigger ?? 9))
        f.add(26, p1?.hSuf2 ?? bos)
        f.add(74, p1.map { clusterPrefix($0.cluster, 6) } ?? bos)
        f.add(75, p1.map { clusterPrefix($0.cluster, 20) } ?? bos)
    }

    /// Templates of the token's next word (nil: the sentence end).
    @inline(__always)
    static func next(_ n1: HotWord?, _ f: inout FeatureWriter) {
        f.add(10, n1?.hNorm ?? eos)
        f.add(14, n1?.hStem ?? eos)
        f.add(21, UInt64(n1?.trigger ?? 9))
        f.add(27, n1?.hSuf2 ?? eos)
        f.add(76, n1.map { clusterPrefix($0.cluster, 6) } ?? eos)
        f.add(77, n1.map { clusterPrefix($0.cluster, 20) } ?? eos)
    }

    private typealias S = NERSmallTemplates

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
        f.add(small: 19, tp2 &* 16 &+ tp1, S.b19 + S.trigger(tp2) * 5 + S.trigger(tp1))
        let c = UInt64(codes[i])
        let cp = i > 0 ? UInt64(codes[i - 1]) : 99, cn = i + 1 < n ? UInt64(codes[i + 1]) : 99
        f.add(small: 22, c, S.b22 + S.code(c))
        f.add(small: 23, cp &* 256 &+ c, S.b23 + S.edgeCode(cp) * 20 + S.code(c))
        f.add(small: 24, c &* 256 &+ cn, S.b24 + S.code(c) * 21 + S.edgeCode(cn))
        f.add(25, FeatureHash.pair(FeatureHash.pair(p1?.hShape ?? bos, w.hShape), n1?.hShape ?? eos))
        f.add(28, FeatureHash.pair(tp1, w.hSuf2))
        f.add(29, FeatureHash.pair(c, w.hSuf2))
        f.add(small: 30, i == 0 ? 1 : 0, S.b30 + (i == 0 ? 1 : 0))
        f.add(31, FeatureHash.pair(p1?.hStem ?? bos, w.hStem))
        f.add(small: 36, tp1 &* 16 &+ sf, S.b36 + S.trigger(tp1) * 5 + S.frequency(sf))
        f.add(37, FeatureHash.pair(n1Norm, sf))
        f.add(38, FeatureHash.pair(p1Norm, sf))
        let psf = UInt64(p1?.stemFrequency ?? 9), nsf = UInt64(n1?.stemFrequency ?? 9)
        f.add(small: 39, psf &* 16 &+ sf &* 4 &+ nsf, S.b39 + S.edgeFrequency(psf) * 30 + S.frequency(sf) * 6 + S.edgeFrequency(nsf))
        let g: UInt64 = w.isGivenName ? 1 : 0, gp: UInt64 = (p1?.isGivenName ?? false) ? 1 : 0
        let gn: UInt64 = (n1?.isGivenName ?? false) ? 1 : 0
        f.add(small: 40, g &* 4 &+ gp &* 2 &+ gn, S.b40 + S.bit(g) * 4 + S.bit(gp) * 2 + S.bit(gn))
        f.add(small: 41, gp &* 8 &+ sf, S.b41 + S.bit(gp) * 5 + S.frequency(sf))
        f.add(42, FeatureHash.pair(g, n1Norm))
        f.add(43, FeatureHash.pair(gp, w.hSuf2))
        let tp3 = UInt64(p3?.trigger ?? 9), tn2 = UInt64(n2?.trigger ?? 9)
        f.add(small: 44, tp3, S.b44 + S.trigger(tp3))
        f.add(small: 45, tn2, S.b45 + S.trigger(tn2))
        f.add(46, FeatureHash.pair(tn1, w.hSuf2))
        f.add(51, FeatureHash.pair(p1Norm, w.hStem))
        f.add(52, FeatureHash.pair(w.hStem, n1?.hStem ?? eos))
        f.add(54, FeatureHash.pair(p1?.hProc ?? bos, w.hProc))
        f.add(55, FeatureHash.pair(w.hProc, n1?.hProc ?? eos))
        let naf = UInt64(n1?.articleFrequency ?? 9), af = UInt64(w.articleFrequency)
        f.add(small: 59, naf &* 16 &+ af, S.b59 + S.edgeFrequency(naf) * 5 + S.frequency(af))
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
        f.add(small: 64, d, S.b64 + S.document(d))
        f.add(small: 65, d &* 16 &+ UInt64(w.stemFrequency), S.b65 + S.document(d) * 5 + S.frequency(UInt64(w.stemFrequency)))
        f.add(66, FeatureHash.pair(d, w.hSuf2))
        f.add(small: 67, dp &* 16 &+ d, S.b67 + S.edgeDocument(dp) * 10 + S.document(d))
        f.add(small: 68, d &* 16 &+ dn, S.b68 + S.document(d) * 11 + S.edgeDocument(dn))
        f.add(small: 69, d &* 16 &+ tp1, S.b69 + S.document(d) * 5 + S.trigger(tp1))
    }

    /// Writes every feature of token `i` into `out`; returns their number.
    @inline(__always)
    package static func extract(_ words: UnsafeBufferPointer<Int32>, _ infos: UnsafeBufferPointer<HotWord>,
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

/// Appends feature keys to a buffer; with a `small` buffer, the
/// features of `NERSmallTemplates` go there as indexes instead.
struct FeatureWriter {
    let out: UnsafeMutablePointer<UInt64>
    var count = 0
    let small: UnsafeMutablePointer<Int32>?
    var smallCount = 0

    init(out: UnsafeMutablePointer<UInt64>, small: UnsafeMutablePointer<Int32>? = nil) {
        self.out = out
        self.small = small
    }

    @inline(__always)
    mutating func add(_ template: UInt64, _ value: UInt64) {
        out[count] = FeatureHash.key(template, value)
        count += 1
    }

    /// A feature of a small template: `index` is its place among the
    /// template's values (`NERSmallTemplates`), or out of range for a
    /// value outside them, which is then written as a key.
    @inline(__always)
    mutating func add(small template: UInt64, _ value: UInt64, _ index: Int) {
        if let small, index < NERSmallTemplates.count {
            small[smallCount] = Int32(truncatingIfNeeded: index)
            smallCount += 1
        } else {
            add(template, value)
        }
    }
}

/// Context and document templates whose values are combinations of a few
/// small numbers (trigger kinds, frequency buckets, catalog and document
/// codes). For tagging, their rows are copied into one small table indexed
/// by the combination, so these features, about half of a token's, cost
/// neither a hash nor a look-up in the large table, and the cache keeps
/// that table whole. Each template's indexes start at its `b…` and run
/// over its digits (most significant first), each digit numbered within
/// its domain; `keys()` lists the feature key of every index.
enum NERSmallTemplates {
    /// Trigger kinds 0–3, and 9 past the sentence's edge.
    static let triggers: [UInt64] = [0, 1, 2, 3, 9]
    /// Frequency buckets 0–4.
    static let frequencies: [UInt64] = [0, 1, 2, 3, 4]
    /// Frequency buckets, and 9 past the edge.
    static let edgeFrequencies: [UInt64] = [0, 1, 2, 3, 4, 9]
    /// Catalog codes 0–19 (`NERFeatures.catalogCodes`).
    static let codes: [UInt64] = Array(0..<20)
    /// Catalog codes, and 99 past the edge.
    static let edgeCodes: [UInt64] = Array(0..<20) + [99]
    /// Document codes 0–9 (`NERDocument.codes`).
    static let documentCodes: [UInt64] = Array(0..<10)
    /// Document codes, and 15 past the edge.
    static let edgeDocumentCodes: [UInt64] = Array(0..<10) + [15]
    static let bits: [UInt64] = [0, 1]

    // A digit's number within its domain; a value outside it gives
    // `outside`, which puts the index out of range, and the writer then
    // falls back to the feature's key.
    static let outside = 1 << 24
    @inline(__always) static func trigger(_ v: UInt64) -> Int { v < 4 ? Int(v) : v == 9 ? 4 : outside }
    @inline(__always) static func frequency(_ v: UInt64) -> Int { v < 5 ? Int(v) : outside }
    @inline(__always) static func edgeFrequency(_ v: UInt64) -> Int { v < 5 ? Int(v) : v == 9 ? 5 : outside }
    @inline(__always) static func code(_ v: UInt64) -> Int { v < 20 ? Int(v) : outside }
    @inline(__always) static func edgeCode(_ v: UInt64) -> Int { v < 20 ? Int(v) : v == 99 ? 20 : outside }
    @inline(__always) static func document(_ v: UInt64) -> Int { v < 10 ? Int(v) : outside }
    @inline(__always) static func edgeDocument(_ v: UInt64) -> Int { v < 10 ? Int(v) : v == 15 ? 10 : outside }
    @inline(__always) static func bit(_ v: UInt64) -> Int { v < 2 ? Int(v) : outside }

    /// Each template: its number, first index, and digits (weight in the
    /// feature value, domain), as `NERFeatures` combines them.
    static let templates: [(template: UInt64, base: Int, digits: [(weight: UInt64, domain: [UInt64])])] = [
        (19, b19, [(16, triggers), (1, triggers)]),
        (22, b22, [(1, codes)]),
        (23, b23, [(256, edgeCodes), (1, codes)]),
        (24, b24, [(256, codes), (1, edgeCodes)]),
        (30, b30, [(1, bits)]),
        (36, b36, [(16, triggers), (1, frequencies)]),
        (39, b39, [(16, edgeFrequencies), (4, frequencies), (1, edgeFrequencies)]),
        (40, b40, [(4, bits), (2, bits), (1, bits)]),
        (41, b41, [(8, bits), (1, frequencies)]),
        (44, b44, [(1, triggers)]),
        (45, b45, [(1, triggers)]),
        (59, b59, [(16, edgeFrequencies), (1, frequencies)]),
        (64, b64, [(1, documentCodes)]),
        (65, b65, [(16, documentCodes), (1, frequencies)]),
        (67, b67, [(16, edgeDocumentCodes), (1, documentCodes)]),
        (68, b68, [(16, documentCodes), (1, edgeDocumentCodes)]),
        (69, b69, [(16, documentCodes), (1, triggers)]),
    ]
    static let b19 = 0, b22 = 25, b23 = 45, b24 = 465, b30 = 885, b36 = 887, b39 = 912, b40 = 1092, b41 = 1100
    static let b44 = 1110, b45 = 1115, b59 = 1120, b64 = 1150, b65 = 1160, b67 = 1210, b68 = 1320, b69 = 1430
    static let count = 1480

    /// The feature key of every index, in index order.
    static func keys() -> [UInt64] {
        var keys: [UInt64] = []
        for (template, base, digits) in templates {
            precondition(keys.count == base, "NERSmallTemplates: template \(template) starts at \(keys.count)")
            var combinations: [UInt64] = [0]
            for (weight, domain) in digits {
                combinations = combinations.flatMap { value in domain.map { value &+ weight &* $0 } }
            }
            keys += combinations.map { FeatureHash.key(template, $0) }
        }
        precondition(keys.count == count)
        return keys
    }
}
