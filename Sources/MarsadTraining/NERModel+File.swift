import Foundation
import MarsadModel

/// Writing the model file, and the weight arithmetic only training and
/// evaluation need. MarsadModel reads the file (`NERModel(data:)`,
/// `NERModel.standard`); the layout is described on `NERModel`.
extension NERModel {
    /// The model as file bytes (weights quantized to 16 bits).
    public func serialized() -> Data {
        var data = Data(Self.magic)
        func put(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
        put(Self.formatVersion)
        put(NERFeatures.version)
        put(documentPass == nil ? 1 : 2)
        sentencePass.write(to: &data)
        documentPass?.write(to: &data)
        return data
    }

    /// The model with `penalty` more taken off every token's O score in its
    /// last pass, for trying decoding trade-offs without retraining.
    public func addingOutsideBias(_ penalty: Float) -> NERModel {
        if let documentPass { return NERModel(sentencePass: sentencePass, documentPass: documentPass.addingOutsideBias(penalty)) }
        return NERModel(sentencePass: sentencePass.addingOutsideBias(penalty))
    }

    /// `viterbi` with raw transitions (BIO applied here) and its own scratch space.
    static func viterbi(_ scores: [Float], count n: Int, tags: Int, transitions: [Float]) -> [Int] {
        guard n > 0 else { return [] }
        let allowed = onlyBIOMoves(transitions, tags: tags)
        return withUnsafeTemporaryAllocation(of: Float.self, capacity: n * tags) { best in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: n * tags) { back in
                viterbi(scores, count: n, tags: tags, transitions: allowed, best: best.baseAddress!, back: back.baseAddress!)
            }
        }
    }
}

extension NERWeights {
    /// Weights from feature keys and their score rows (quantized here).
    init(tagCount: Int, transitions: [Float], keys: [UInt64], weights: [Float]) {
        precondition(weights.count == keys.count * tagCount)
        let maxAbs = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        let quantized = weights.map { Int16(max(-32767, min(32767, ($0 / scale).rounded()))) }
        self.init(tagCount: tagCount, transitions: transitions, keys: keys, quantized: quantized, scale: scale)
    }

    /// The scores of every row, unquantized.
    var weights: [Float] { quantized.map { Float($0) * scale } }

    /// These weights with `penalty` more taken off every token's O score
    /// (the always-on bias feature's row).
    func addingOutsideBias(_ penalty: Float) -> NERWeights {
        var w = weights
        let row = row(FeatureHash.key(0, 0))
        if row >= 0 { w[row * tagCount] -= penalty }
        return NERWeights(tagCount: tagCount, transitions: transitions, keys: keys, weights: w)
    }

    func write(to data: inout Data) {
        func put<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
        // Sorted keys make the file deterministic for one training run.
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        put(UInt32(tagCount))
        put(UInt32(keys.count))
        put(scale.bitPattern)
        for t in transitions { put(t.bitPattern) }
        for i in order { put(keys[i]) }
        for i in order {
            for t in 0..<tagCount { put(quantized[i * tagCount + t]) }
        }
    }
}
