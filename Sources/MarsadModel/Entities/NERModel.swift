import Foundation

/// The weights of the sequence tagger: one row of tag scores for each
/// hashed feature, and tag-to-tag transition scores.
///
/// File format (little-endian): "MNER", version, feature-template version,
/// tag count, row count, weight scale (Float32), transitions
/// ((tags+1)·tags Float32, the last row from the sentence start), row keys
/// (UInt64), row weights (Int16 × tags, times the scale).
/// `marsad-dev train-ner` writes it; `NERModel.standard` loads the shipped one.
public struct NERModel: Sendable {
    public let tagCount: Int
    /// (tagCount + 1) × tagCount; row `tagCount` is the sentence start.
    var transitions: [Float]
    /// Open-addressing table: key per slot (0 = empty) and its row.
    private var slotKeys: [UInt64]
    private var slotRows: [Int32]
    private var mask: Int
    /// rowCount × tagCount scores.
    private(set) var weights: [Float]
    public var featureCount: Int { weights.count / tagCount }

    /// A model from feature keys and their score rows.
    init(tagCount: Int, transitions: [Float], keys: [UInt64], weights: [Float]) {
        precondition(weights.count == keys.count * tagCount && transitions.count == (tagCount + 1) * tagCount)
        self.tagCount = tagCount
        self.transitions = transitions
        self.weights = weights
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        slotKeys = [UInt64](repeating: 0, count: capacity)
        slotRows = [Int32](repeating: -1, count: capacity)
        for (row, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key) & mask
            while slotKeys[slot] != 0 { slot = (slot + 1) & mask }
            slotKeys[slot] = key
            slotRows[slot] = Int32(row)
        }
    }

    /// The row of a feature key, or -1.
    @inline(__always)
    func row(_ key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = slotKeys[slot]
            if k == key { return Int(slotRows[slot]) }
            if k == 0 { return -1 }
            slot = (slot + 1) & mask
        }
    }

    /// Adds the scores of `count` feature keys to `scores` (tagCount floats).
    @inline(__always)
    func accumulate(_ keys: UnsafePointer<UInt64>, count: Int, into scores: UnsafeMutablePointer<Float>) {
        withTables { slotKeys, slotRows, w in
            Self.accumulate(keys, count: count, into: scores, slotKeys: slotKeys, slotRows: slotRows, weights: w,
                            mask: mask, tags: tagCount)
        }
    }

    /// The lookup tables as raw buffers, for a loop over many tokens.
    @inline(__always)
    func withTables<R>(_ body: (UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Float>) -> R) -> R {
        slotKeys.withUnsafeBufferPointer { k in
            slotRows.withUnsafeBufferPointer { r in
                weights.withUnsafeBufferPointer { w in body(k, r, w) }
            }
        }
    }

    var slotMask: Int { mask }

    @inline(__always)
    static func accumulate(_ keys: UnsafePointer<UInt64>, count: Int, into scores: UnsafeMutablePointer<Float>,
                           slotKeys: UnsafeBufferPointer<UInt64>, slotRows: UnsafeBufferPointer<Int32>,
                           weights: UnsafeBufferPointer<Float>, mask: Int, tags: Int) {
        let sk = slotKeys.baseAddress!, sr = slotRows.baseAddress!, w = weights.baseAddress!
        for f in 0..<count {
            let key = keys[f]
            var slot = Int(truncatingIfNeeded: key) & mask
            var row = -1
            while true {
                let k = sk[slot]
                if k == key { row = Int(sr[slot]); break }
                if k == 0 { break }
                slot = (slot + 1) & mask
            }
            if row < 0 { continue }
            let base = w + row * tags
            for t in 0..<tags { scores[t] += base[t] }
        }
    }

    /// The best BIO-valid tag sequence for per-token scores
    /// (`scores[i * tagCount + t]`): Viterbi over the transitions.
    func decode(_ scores: [Float], count n: Int) -> [Int] {
        Self.viterbi(scores, count: n, tags: tagCount, transitions: transitions)
    }

    static func viterbi(_ scores: [Float], count n: Int, tags: Int, transitions: [Float]) -> [Int] {
        guard n > 0 else { return [] }
        var best = [Float](repeating: 0, count: n * tags)
        var back = [Int32](repeating: 0, count: n * tags)
        for t in 0..<tags {
            best[t] = NERTags.allowed(from: 0, to: t) ? scores[t] + transitions[tags * tags + t] : -.infinity
        }
        if n > 1 {
            for i in 1..<n {
                for t in 0..<tags {
                    var bestScore = -Float.infinity
                    var bestPrev = 0
                    for p in 0..<tags where NERTags.allowed(from: p, to: t) {
                        let s = best[(i - 1) * tags + p] + transitions[p * tags + t]
                        if s > bestScore { bestScore = s; bestPrev = p }
                    }
                    best[i * tags + t] = bestScore + scores[i * tags + t]
                    back[i * tags + t] = Int32(bestPrev)
                }
            }
        }
        var last = 0
        for t in 1..<tags where best[(n - 1) * tags + t] > best[(n - 1) * tags + last] { last = t }
        var path = [Int](repeating: 0, count: n)
        path[n - 1] = last
        var i = n - 1
        while i > 0 {
            path[i - 1] = Int(back[i * tags + path[i]])
            i -= 1
        }
        return path
    }

    // MARK: - File

    public enum FileError: Error, CustomStringConvertible {
        case notAModel, unsupportedVersion(UInt32), truncated

        public var description: String {
            switch self {
            case .notAModel: return "not a Marsad NER model file"
            case .unsupportedVersion(let v): return "model file was written for feature templates v\(v); retrain it (marsad-dev train-ner)"
            case .truncated: return "model file is truncated"
            }
        }
    }

    private static let magic: [UInt8] = Array("MNER".utf8)

    /// The model as file bytes (weights quantized to 16 bits).
    public func serialized() -> Data {
        var keys: [UInt64] = []
        var rows: [Int] = []
        for (slot, key) in slotKeys.enumerated() where key != 0 {
            keys.append(key)
            rows.append(Int(slotRows[slot]))
        }
        // Sorted keys make the file deterministic for one training run.
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        let maxAbs = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        var data = Data(Self.magic)
        func put<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
        func putFloat(_ f: Float) { put(f.bitPattern) }
        put(UInt32(1))
        put(NERFeatures.version)
        put(UInt32(tagCount))
        put(UInt32(keys.count))
        putFloat(scale)
        for t in transitions { putFloat(t) }
        for i in order { put(keys[i]) }
        for i in order {
            let base = rows[i] * tagCount
            for t in 0..<tagCount {
                let q = (weights[base + t] / scale).rounded()
                put(Int16(max(-32767, min(32767, q))))
            }
        }
        return data
    }

    /// Reads a model file.
    public init(data: Data) throws {
        var offset = 0
        let bytes = [UInt8](data)
        func take<T: FixedWidthInteger>(_: T.Type) throws -> T {
            let size = MemoryLayout<T>.size
            guard offset + size <= bytes.count else { throw FileError.truncated }
            var v: T = 0
            for i in 0..<size { v |= T(truncatingIfNeeded: bytes[offset + i]) << (8 * i) }
            offset += size
            return v
        }
        guard bytes.count >= 4, Array(bytes[0..<4]) == Self.magic else { throw FileError.notAModel }
        offset = 4
        guard try take(UInt32.self) == 1 else { throw FileError.notAModel }
        let templates = try take(UInt32.self)
        guard templates == NERFeatures.version else { throw FileError.unsupportedVersion(templates) }
        let tags = Int(try take(UInt32.self))
        let rowCount = Int(try take(UInt32.self))
        let scale = Float(bitPattern: try take(UInt32.self))
        guard tags > 0, tags < 64, offset + (tags + 1) * tags * 4 + rowCount * (8 + 2 * tags) <= bytes.count
        else { throw FileError.truncated }
        var transitions: [Float] = []
        for _ in 0..<((tags + 1) * tags) { transitions.append(Float(bitPattern: try take(UInt32.self))) }
        var keys = [UInt64](repeating: 0, count: rowCount)
        var weights = [Float](repeating: 0, count: rowCount * tags)
        bytes.withUnsafeBytes { raw in
            for r in 0..<rowCount {
                keys[r] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset + r * 8, as: UInt64.self))
            }
            let wOffset = offset + rowCount * 8
            for j in 0..<(rowCount * tags) {
                let q = Int16(littleEndian: raw.loadUnaligned(fromByteOffset: wOffset + j * 2, as: Int16.self))
                weights[j] = Float(q) * scale
            }
        }
        self.init(tagCount: tags, transitions: transitions, keys: keys, weights: weights)
    }

    /// The shipped model (`Resources/ner-model.bin`), or nil when it is
    /// missing or was written for other feature templates.
    public static let standard: NERModel? = {
        guard let url = Bundle.module.url(forResource: "ner-model", withExtension: "bin", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url)
        else { return nil }
        return try? NERModel(data: data)
    }()
}
