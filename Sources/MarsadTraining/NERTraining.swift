import Foundation
import MarsadModel

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
        for line in RecordLines.split(text) {
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

    /// Tuning folds, for choosing features and settings without looking at
    /// either development split: fold `k` (0, 1, 2) is the blocks of 50
    /// sentences numbered 2, 5 or 7 (mod 10), outside the tail; it trains
    /// on everything that is in neither the fold, nor the block split's
    /// development blocks (9 mod 10), nor the tail's last tenth.
    public static func tuningSplit(_ sentences: [TaggedSentence], fold: Int, blockSize: Int = 50)
        -> (train: [TaggedSentence], dev: [TaggedSentence]) {
        let residue = [2, 5, 7][fold % 3]
        let tailStart = sentences.count - Int((Double(sentences.count) * 0.1).rounded())
        var train: [TaggedSentence] = [], dev: [TaggedSentence] = []
        for (i, s) in sentences.enumerated() where i < tailStart {
            switch (i / blockSize) % 10 {
            case 9: continue
            case residue: dev.append(s)
            default: train.append(s)
            }
        }
        let seen = Set(train.map { $0.tokens })
        return (train, dev.filter { !seen.contains($0.tokens) })
    }

    /// The clitic lexicon of sentences, as `marsad-dev build-lexicon`
    /// counts it: the normalized forms of `lexiconWords`.
    public static func lexicon(_ sentences: [TaggedSentence]) -> Lexicon {
        Lexicon.counting(lexiconWords(sentences))
    }

    /// The tokens the lexicon counts: those with a letter in them.
    public static func lexiconWords(_ sentences: [TaggedSentence]) -> [String] {
        sentences.flatMap(\.tokens).filter { token in
            token.unicodeScalars.contains { $0.properties.isAlphabetic }
        }
    }
}

/// Trains the tagger in two passes: the sentence pass, a structured
/// averaged perceptron, and the document pass, a linear-chain CRF that
/// also reads what the sentence pass said about each word elsewhere in the
/// document (`NERDocument`). Both decode with Viterbi under BIO
/// constraints. Either pass can use either algorithm; `documentSize: 0`
/// trains the sentence pass alone with `algorithm`.
///
/// Deterministic: the CRF's L-BFGS runs over the whole data in file
/// order; the perceptron shuffles sentences with SplitMix64 from `seed`.
/// Features seen fewer than `minimumFeatureCount` times are dropped before
/// training, and rows whose weights all come out near zero after it, which
/// keeps the model file small.
public struct NERTrainer {
    public enum Algorithm: String, Sendable, CaseIterable {
        case crf, perceptron
    }

    /// The document pass's algorithm (the only pass's, with no documents).
    public var algorithm: Algorithm = .crf
    /// The sentence pass's algorithm in two-pass training.
    public var firstAlgorithm: Algorithm = .perceptron
    /// Perceptron passes over the data.
    public var epochs = 12
    /// The CRF's L-BFGS iterations, at most.
    public var iterations = 100
    public var minimumFeatureCount = 2
    public var seed: UInt64 = 20_240_613
    /// Subtracted from every token's O score after training the document
    /// pass (or the only pass): precision runs ahead of recall on unseen
    /// names, and F1 gains from trading some back.
    public var outsideBias: Float = 0.5
    /// The same for the sentence pass of two-pass training (perceptron
    /// scores are on another scale than the CRF's).
    public var firstOutsideBias: Float = 10
    /// Perceptron only: cost-augmented training; every wrong tag gets this
    /// much extra score while decoding a training sentence.
    public var margin: Float = 0
    /// CRF only: the L2 penalty, `l2 · ‖w‖² / 2` added to the negative
    /// log-likelihood of the training data.
    public var l2: Double = 1
    /// CRF only: rows whose every weight is smaller than this are dropped.
    public var pruneBelow: Float = 0.03
    /// Perceptron only: the same, on the perceptron's scale.
    public var perceptronPruneBelow: Float = 0.01
    /// Consecutive sentences taken as one document (ANERcorp marks no
    /// article boundaries); 0 trains one pass only.
    public var documentSize = 50
    /// Folds for the sentence-pass tags the document pass learns from.
    public var folds = 5
    public var catalog: ActorCatalog = .standard
    public var splitter = CliticSplitter()

    public init() {}

    /// Consecutive runs of `documentSize` sentences (all in one with 0).
    public func documents(_ count: Int) -> [Range<Int>] {
        let size = documentSize > 0 ? documentSize : max(count, 1)
        return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }

    public func train(_ sentences: [TaggedSentence], log: (String) -> Void = { _ in }) -> NERModel {
        guard documentSize > 0 else {
            return NERModel(sentencePass: trainPass(sentences, algorithm, outsideBias, documentCodes: nil, log: log))
        }
        return train(sentences, documents: documents(sentences.count), log: log)
    }

    /// A two-pass model. The document pass learns from sentence-pass tags
    /// of sentences the sentence pass did not train on: documents are dealt
    /// to `folds` folds and each fold is tagged by a model trained on the
    /// others.
    public func train(_ sentences: [TaggedSentence], documents: [Range<Int>],
                      log: (String) -> Void = { _ in }) -> NERModel {
        var firstTags = [[Int]](repeating: [], count: sentences.count)
        for fold in 0..<folds {
            let held = documents.indices.filter { $0 % folds == fold }.map { documents[$0] }
            var isHeld = [Bool](repeating: false, count: sentences.count)
            for d in held { for s in d { isHeld[s] = true } }
            let trainPart = sentences.indices.filter { !isHeld[$0] }.map { sentences[$0] }
            let weights = trainPass(trainPart, firstAlgorithm, firstOutsideBias, documentCodes: nil) {
                log("sentence pass, fold \(fold + 1) of \(folds): " + $0)
            }
            let tagger = NERTagger(model: NERModel(sentencePass: weights), catalog: catalog, splitter: splitter)
            for d in held {
                for s in d { firstTags[s] = tagger.tag(sentences[s].tokens).map { NERTags.index($0) } }
            }
        }
        let first = trainPass(sentences, firstAlgorithm, firstOutsideBias, documentCodes: nil) { log("sentence pass: " + $0) }
        let table = WordTable(splitter: splitter, index: catalog.index)
        let words = sentences.map { $0.tokens.map { table.id($0, kind: NERTagger.kind(of: $0)) } }
        var codes = [[UInt8]](repeating: [], count: sentences.count)
        for d in documents {
            let c = NERDocument.codes(words: Array(words[d]), tags: Array(firstTags[d]), hot: table.hot)
            for (k, s) in d.enumerated() { codes[s] = c[k] }
        }
        let second = trainPass(sentences, algorithm, outsideBias, documentCodes: codes) { log("document pass: " + $0) }
        return NERModel(sentencePass: first, documentPass: second)
    }

    /// One pass's weights.
    func trainPass(_ sentences: [TaggedSentence], _ algorithm: Algorithm, _ outsideBias: Float,
                   documentCodes: [[UInt8]]?, log: (String) -> Void) -> NERWeights {
        let data = features(sentences, documentCodes: documentCodes)
        log("\(sentences.count) sentences, \(data.gold.count) tokens, \(data.featureCount) features, \(data.keys.count) kept (seen ≥ \(minimumFeatureCount) times)")
        let trained = algorithm == .perceptron ? perceptron(data, log: log) : crf(data, log: log)
        let transitions = trained.transitions
        let threshold: Float = algorithm == .perceptron ? perceptronPruneBelow : pruneBelow
        let tags = NERTags.count
        var w = trained.weights
        if outsideBias != 0, let biasRow = data.keys.firstIndex(of: FeatureHash.key(0, 0)) {
            w[biasRow * tags] -= outsideBias
        }
        var keptKeys: [UInt64] = []
        var keptWeights: [Float] = []
        keptWeights.reserveCapacity(w.count)
        for (row, key) in data.keys.enumerated() {
            let slice = w[(row * tags)..<((row + 1) * tags)]
            if slice.contains(where: { abs($0) >= threshold }) {
                keptKeys.append(key)
                keptWeights.append(contentsOf: slice)
            }
        }
        log("\(keptKeys.count) feature rows in the model")
        return NERWeights(tagCount: tags, transitions: transitions, keys: keptKeys, weights: keptWeights)
    }

    /// Training data as feature rows: token `t` has rows
    /// `rows[rowStart[t]..<rowStart[t + 1]]`.
    struct Data {
        var keys: [UInt64]
        var rowStart: [Int32]
        var rows: [Int32]
        var sentences: [Range<Int>]
        var gold: [Int]
        var featureCount: Int
    }

    func features(_ sentences: [TaggedSentence], documentCodes: [[UInt8]]? = nil) -> Data {
        let table = WordTable(splitter: splitter, index: catalog.index)
        var tokenKeys: [UInt64] = []
        var keyStart: [Int] = [0]
        var counts: [UInt64: Int32] = [:]
        var buffer = [UInt64](repeating: 0, count: NERFeatures.maximumPerToken)
        var ranges: [Range<Int>] = []
        var gold: [Int] = []
        for (s, sentence) in sentences.enumerated() {
            let words = sentence.tokens.map { table.id($0, kind: NERTagger.kind(of: $0)) }
            let matches = catalog.index.matches(words, table: table)
            let codes = NERFeatures.catalogCodes(matches, count: words.count, index: catalog.index)
            let start = gold.count
            let document = documentCodes?[s] ?? []
            table.hot.withUnsafeBufferPointer { infos in
                words.withUnsafeBufferPointer { w in
                    codes.withUnsafeBufferPointer { c in
                        buffer.withUnsafeMutableBufferPointer { b in
                            for i in 0..<words.count {
                                let k = document.withUnsafeBufferPointer { d in
                                    NERFeatures.extract(w, infos, c, at: i, into: b.baseAddress!,
                                                        document: documentCodes == nil ? nil : d.baseAddress)
                                }
                                for key in b[0..<k] { counts[key, default: 0] += 1 }
                                tokenKeys.append(contentsOf: b[0..<k])
                                keyStart.append(tokenKeys.count)
                            }
                        }
                    }
                }
            }
            // A stray I-X (ANERcorp has a few) reads as B-X, as conlleval
            // reads it, so every gold path is BIO-valid.
            for (i, tag) in sentence.tags.enumerated() {
                let previous = i == 0 ? 0 : gold[gold.count - 1]
                gold.append(NERTags.allowed(from: previous, to: tag) ? tag : tag - 1)
            }
            ranges.append(start..<gold.count)
        }
        var rowOf: [UInt64: Int32] = [:]
        var keys: [UInt64] = []
        // Sorted, so rows are numbered the same on every run.
        for (key, count) in counts.sorted(by: { $0.key < $1.key }) where count >= minimumFeatureCount {
            rowOf[key] = Int32(keys.count)
            keys.append(key)
        }
        var rowStart: [Int32] = [0]
        var rows: [Int32] = []
        rowStart.reserveCapacity(gold.count + 1)
        rows.reserveCapacity(tokenKeys.count)
        for t in 0..<gold.count {
            for k in keyStart[t]..<keyStart[t + 1] {
                if let r = rowOf[tokenKeys[k]] { rows.append(r) }
            }
            rowStart.append(Int32(rows.count))
        }
        return Data(keys: keys, rowStart: rowStart, rows: rows, sentences: ranges, gold: gold, featureCount: counts.count)
    }

    /// The structured averaged perceptron.
    func perceptron(_ data: Data, log: (String) -> Void) -> (weights: [Float], transitions: [Float]) {
        let tags = NERTags.count
        let keys = data.keys
        // Averaged perceptron: w is the current weights, u accumulates
        // step-weighted updates; the average is w - u / step.
        var w = [Float](repeating: 0, count: keys.count * tags)
        var u = [Float](repeating: 0, count: keys.count * tags)
        var tw = [Float](repeating: 0, count: (tags + 1) * tags)
        var tu = [Float](repeating: 0, count: (tags + 1) * tags)
        var step: Float = 1
        var rng = SplitMix64(seed: seed)
        var order = Array(data.sentences.indices)
        func rows(_ t: Int) -> ArraySlice<Int32> { data.rows[Int(data.rowStart[t])..<Int(data.rowStart[t + 1])] }
        for epoch in 1...epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                let j = Int(rng.next() % UInt64(i + 1))
                order.swapAt(i, j)
            }
            var errors = 0
            for s in order {
                let range = data.sentences[s]
                let n = range.count
                guard n > 0 else { continue }
                var scores = [Float](repeating: 0, count: n * tags)
                for (i, t) in range.enumerated() {
                    for r in rows(t) {
                        let base = Int(r) * tags
                        for k in 0..<tags { scores[i * tags + k] += w[base + k] }
                    }
                }
                let gold = Array(data.gold[range])
                if margin > 0 {
                    for i in 0..<n {
                        for k in 0..<tags where k != gold[i] { scores[i * tags + k] += margin }
                    }
                }
                let predicted = NERModel.viterbi(scores, count: n, tags: tags, transitions: tw)
                if predicted != gold {
                    for i in 0..<n where predicted[i] != gold[i] {
                        errors += 1
                        for r in rows(range.lowerBound + i) {
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
        let averaged = (0..<w.count).map { w[$0] - u[$0] / step }
        let transitions = (0..<tw.count).map { tw[$0] - tu[$0] / step }
        return (averaged, transitions)
    }
}

/// SplitMix64: a small seeded generator, the same on every platform.
package struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    package init(seed: UInt64) { state = seed }
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
