import Foundation

/// A sentence of CoNLL-style training data: tokens and their BIO tags.
public struct TaggedSentence: Sendable {
    public var tokens: [String]
    /// Indexes into `NERTags.names`.
    public var tags: [Int]

    public init(tokens: [String], tags: [Int]) {
        self.tokens = tokens
        self.tags = tags
    }
}

/// Reading and splitting ANERcorp-style files: one `token TAG` pair a
/// line, a blank line between sentences.
public enum CoNLLData {
    /// The sentences of a file's text; lines without a tag are skipped.
    public static func read(_ text: String) -> [TaggedSentence] {
        var sentences: [TaggedSentence] = []
        var current = TaggedSentence(tokens: [], tags: [])
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty {
                if !current.tokens.isEmpty { sentences.append(current) }
                current = TaggedSentence(tokens: [], tags: [])
                continue
            }
            guard let space = trimmed.lastIndex(where: { $0 == " " || $0 == "\t" }) else { continue }
            let token = trimmed[..<space].trimmingCharacters(in: .whitespaces)
            let tag = trimmed[trimmed.index(after: space)...]
            guard !token.isEmpty else { continue }
            current.tokens.append(token)
            current.tags.append(NERTags.index(tag))
        }
        if !current.tokens.isEmpty { sentences.append(current) }
        return sentences
    }

    /// The development split: the last `fraction` of the sentences, in
    /// file order (a contiguous tail, so repeated stories in the corpus
    /// rarely straddle the split); training gets the rest.
    public static func split(_ sentences: [TaggedSentence], devFraction: Double = 0.1)
        -> (train: [TaggedSentence], dev: [TaggedSentence]) {
        let devCount = Int((Double(sentences.count) * devFraction).rounded())
        let cut = sentences.count - devCount
        return (Array(sentences[..<cut]), Array(sentences[cut...]))
    }

    /// A development split of interleaved blocks: of every ten consecutive
    /// blocks of `blockSize` sentences, the last is development data. The
    /// dev set then spans the whole corpus's topics while a story (a few
    /// dozen sentences) mostly stays on one side; dev sentences that occur
    /// verbatim in the training part (ANERcorp repeats some stories) are
    /// dropped from the dev set.
    public static func blockSplit(_ sentences: [TaggedSentence], blockSize: Int = 50)
        -> (train: [TaggedSentence], dev: [TaggedSentence]) {
        var train: [TaggedSentence] = [], dev: [TaggedSentence] = []
        for (i, s) in sentences.enumerated() {
            if (i / blockSize) % 10 == 9 { dev.append(s) } else { train.append(s) }
        }
        let seen = Set(train.map { $0.tokens })
        return (train, dev.filter { !seen.contains($0.tokens) })
    }

    /// Word counts of sentences, as `marsad-dev build-lexicon` counts them.
    public static func lexicon(_ sentences: [TaggedSentence]) -> Lexicon {
        Lexicon.counting(sentences.lazy.flatMap(\.tokens).filter { token in
            token.unicodeScalars.contains { $0.properties.isAlphabetic }
        })
    }
}

/// Trains the tagger: a structured averaged perceptron over the hashed
/// features, with Viterbi decoding under BIO constraints.
///
/// Deterministic for a seed: sentences are shuffled with SplitMix64.
/// Features seen fewer than `minimumFeatureCount` times are dropped before
/// training, and rows whose averaged weights all round to zero after it,
/// which keeps the model file small.
public struct NERTrainer {
    public var epochs = 12
    public var minimumFeatureCount = 2
    public var seed: UInt64 = 20_240_613
    /// Subtracted from every token's O score after training: the
    /// perceptron's precision runs ahead of its recall on unseen names, and
    /// F1 gains from trading some back.
    public var outsideBias: Float = 0
    /// Cost-augmented training: every wrong tag gets this much extra score
    /// while decoding a training sentence, so an update comes whenever the
    /// gold path does not win by a margin.
    public var margin: Float = 0
    public var catalog: ActorCatalog = .standard
    public var splitter = CliticSplitter()

    public init() {}

    public func train(_ sentences: [TaggedSentence], log: (String) -> Void = { _ in }) -> NERModel {
        let table = WordTable(splitter: splitter, index: catalog.index)
        let tags = NERTags.count
        // Features of every token, as keys, once.
        var tokenKeys: [[UInt64]] = []
        var counts: [UInt64: Int32] = [:]
        var buffer = [UInt64](repeating: 0, count: NERFeatures.maximumPerToken)
        var sentenceTokens: [Range<Int>] = []
        for sentence in sentences {
            let words = sentence.tokens.map { table.id($0, kind: NERTagger.kind(of: $0)) }
            let matches = catalog.index.matches(words, table: table)
            let codes = NERFeatures.catalogCodes(matches, count: words.count, index: catalog.index)
            let start = tokenKeys.count
            table.hot.withUnsafeBufferPointer { infos in
                words.withUnsafeBufferPointer { w in
                    codes.withUnsafeBufferPointer { c in
                        buffer.withUnsafeMutableBufferPointer { b in
                            for i in 0..<words.count {
                                let k = NERFeatures.extract(w, infos, c, at: i, into: b.baseAddress!)
                                let keys = Array(b[0..<k])
                                for key in keys { counts[key, default: 0] += 1 }
                                tokenKeys.append(keys)
                            }
                        }
                    }
                }
            }
            sentenceTokens.append(start..<tokenKeys.count)
        }
        var rowOf: [UInt64: Int32] = [:]
        var keys: [UInt64] = []
        for (key, count) in counts where count >= minimumFeatureCount {
            rowOf[key] = Int32(keys.count)
            keys.append(key)
        }
        let tokenRows: [[Int32]] = tokenKeys.map { $0.compactMap { rowOf[$0] } }
        tokenKeys = []
        log("\(sentences.count) sentences, \(tokenRows.count) tokens, \(counts.count) features, \(keys.count) kept (seen ≥ \(minimumFeatureCount) times)")

        // Averaged perceptron: w is the current weights, u accumulates
        // step-weighted updates; the average is w - u / step.
        var w = [Float](repeating: 0, count: keys.count * tags)
        var u = [Float](repeating: 0, count: keys.count * tags)
        var tw = [Float](repeating: 0, count: (tags + 1) * tags)
        var tu = [Float](repeating: 0, count: (tags + 1) * tags)
        var step: Float = 1
        var rng = SplitMix64(seed: seed)
        var order = Array(sentences.indices)
        for epoch in 1...epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                let j = Int(rng.next() % UInt64(i + 1))
                order.swapAt(i, j)
            }
            var errors = 0
            for s in order {
                let range = sentenceTokens[s]
                let n = range.count
                guard n > 0 else { continue }
                var scores = [Float](repeating: 0, count: n * tags)
                for (i, t) in range.enumerated() {
                    for r in tokenRows[t] {
                        let base = Int(r) * tags
                        for k in 0..<tags { scores[i * tags + k] += w[base + k] }
                    }
                }
                let gold = sentences[s].tags
                if margin > 0 {
                    for i in 0..<n {
                        for k in 0..<tags where k != gold[i] { scores[i * tags + k] += margin }
                    }
                }
                let predicted = NERModel.viterbi(scores, count: n, tags: tags, transitions: tw)
                if predicted != gold {
                    for i in 0..<n where predicted[i] != gold[i] {
                        errors += 1
                        for r in tokenRows[range.lowerBound + i] {
                            let base = Int(r) * tags
                            w[base + gold[i]] += 1
                            u[base + gold[i]] += step
                            w[base + predicted[i]] -= 1
                            u[base + predicted[i]] -= step
                        }
                    }
                    for i in 0..<n {
                        let gp = i == 0 ? tags : gold[i - 1], pp = i == 0 ? tags : predicted[i - 1]
                        if gp == pp && gold[i] == predicted[i] { continue }
                        tw[gp * tags + gold[i]] += 1
                        tu[gp * tags + gold[i]] += step
                        tw[pp * tags + predicted[i]] -= 1
                        tu[pp * tags + predicted[i]] -= step
                    }
                }
                step += 1
            }
            log("epoch \(epoch): \(errors) token errors")
        }
        // The always-on bias feature carries the O penalty.
        if outsideBias != 0, let biasRow = rowOf[FeatureHash.key(0, 0)] {
            w[Int(biasRow) * tags] -= outsideBias
        }
        // Average, then drop rows that came out (near) zero.
        var keptKeys: [UInt64] = []
        var keptWeights: [Float] = []
        keptWeights.reserveCapacity(w.count)
        for (row, key) in keys.enumerated() {
            var any = false
            var averaged = [Float](repeating: 0, count: tags)
            for k in 0..<tags {
                let a = w[row * tags + k] - u[row * tags + k] / step
                averaged[k] = a
                if abs(a) >= 0.01 { any = true }
            }
            if any {
                keptKeys.append(key)
                keptWeights.append(contentsOf: averaged)
            }
        }
        let transitions = (0..<tw.count).map { tw[$0] - tu[$0] / step }
        log("\(keptKeys.count) feature rows in the model")
        return NERModel(tagCount: tags, transitions: transitions, keys: keptKeys, weights: keptWeights)
    }
}

/// SplitMix64: a small seeded generator, the same on every platform.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
