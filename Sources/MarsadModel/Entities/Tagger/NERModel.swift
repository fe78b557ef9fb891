import Foundation
@_implementationOnly import CPrefetch

/// The weights of one pass of the tagger: a row of tag scores for each
/// hashed feature (16-bit integers times `scale`, as in the model file),
/// and tag-to-tag transition scores. `package` for training and the model
/// file writer (MarsadTraining).
package struct NERWeights: Sendable {
    package let tagCount: Int
    /// (tagCount + 1) × tagCount; row `tagCount` is the sentence start.
    package let transitions: [Float]
    /// `transitions` with -∞ where BIO forbids the move, for decoding.
    let allowedTransitions: [Float]
    /// The feature key of each row.
    package let keys: [UInt64]
    /// rowCount × tagCount quantized scores.
    package let quantized: [Int16]
    package let scale: Float
    /// Open addressing: slot → row + 1 (0 = empty).
    private let slots: [Int32]
    private let mask: Int
    package var featureCount: Int { keys.count }

    package init(tagCount: Int, transitions: [Float], keys: [UInt64], quantized: [Int16], scale: Float) {
        precondition(quantized.count == keys.count * tagCount && transitions.count == (tagCount + 1) * tagCount)
        precondition(tagCount == 9, "NERTaggingTable adds rows of nine scores")
        self.tagCount = tagCount
        self.transitions = transitions
        allowedTransitions = NERModel.onlyBIOMoves(transitions, tags: tagCount)
        self.keys = keys
        self.quantized = quantized
        self.scale = scale
        (slots, mask) = openAddressed(keys) { row, _ in Int32(row + 1) }
    }

    /// The row of a feature key, or -1.
    package func row(_ key: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: key) & mask
        while slots[slot] != 0 {
            let row = Int(slots[slot] - 1)
            if keys[row] == key { return row }
            slot = (slot + 1) & mask
        }
        return -1
    }

    static func read(_ raw: UnsafeRawBufferPointer, at offset: inout Int) throws -> NERWeights {
        func take<T: FixedWidthInteger>(_: T.Type) throws -> T {
            guard offset + MemoryLayout<T>.size <= raw.count else { throw NERModel.FileError.truncated }
            defer { offset += MemoryLayout<T>.size }
            return T(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: T.self))
        }
        let tags = Int(try take(UInt32.self))
        let rowCount = Int(try take(UInt32.self))
        let scale = Float(bitPattern: try take(UInt32.self))
        guard tags == NERTags.count, rowCount < 1 << NERTaggingTable.rowBits, scale.isFinite, scale > 0,
              offset + (tags + 1) * tags * 4 + rowCount * (8 + 2 * tags) <= raw.count
        else { throw NERModel.FileError.truncated }
        var transitions: [Float] = []
        for _ in 0..<((tags + 1) * tags) { transitions.append(Float(bitPattern: try take(UInt32.self))) }
        var keys = [UInt64](repeating: 0, count: rowCount)
        for r in 0..<rowCount {
            keys[r] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset + r * 8, as: UInt64.self))
        }
        offset += rowCount * 8
        // Keys are written ascending: a file that is not cannot be ours.
        for r in 0..<rowCount where keys[r] == 0 || (r > 0 && keys[r] <= keys[r - 1]) { throw NERModel.FileError.notAModel }
        var quantized = [Int16](repeating: 0, count: rowCount * tags)
        for j in 0..<(rowCount * tags) {
            quantized[j] = Int16(littleEndian: raw.loadUnaligned(fromByteOffset: offset + j * 2, as: Int16.self))
        }
        offset += rowCount * tags * 2
        return NERWeights(tagCount: tags, transitions: transitions, keys: keys, quantized: quantized, scale: scale)
    }
}

/// Both passes' rows behind one key table, for tagging: a row holds the
/// sentence pass's nine scores, then (two-pass models) the document
/// pass's nine. Both passes read the same features but the document
/// codes, so one look-up serves both, and the second pass only adds the
/// document templates.
///
/// Tagging is bound by memory reads, not arithmetic: a slot packs a
/// fingerprint of the feature key with its row number, so a look-up reads
/// one 8-byte slot and one row of 16-bit scores.
struct NERTaggingTable: Sendable {
    let passes: Int
    /// Fingerprint (high bits, top bit set) | row (low 24 bits); 0 = empty.
    private let slots: [UInt64]
    private let mask: Int
    /// rowCount × 9·passes quantized scores.
    private let quantized: [Int16]
    /// The rows of `NERSmallTemplates`' features by index (zeros where the
    /// model has none).
    private let small: [Int16]
    private let scales: (Float, Float)

    static let rowBits: UInt64 = 24

    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt64 { (key >> rowBits) | (1 << 39) }

    init(_ first: NERWeights, _ second: NERWeights?) {
        passes = second == nil ? 1 : 2
        let width = 9 * passes
        var rowOf: [UInt64: Int] = [:]
        var keys: [UInt64] = []
        for key in first.keys + (second?.keys ?? []) where rowOf[key] == nil {
            rowOf[key] = keys.count
            keys.append(key)
        }
        precondition(keys.count < 1 << Self.rowBits)
        var quantized = [Int16](repeating: 0, count: keys.count * width)
        for (pass, weights) in [first, second].enumerated() {
            guard let weights else { continue }
            for (r, key) in weights.keys.enumerated() {
                let to = rowOf[key]! * width + 9 * pass
                for t in 0..<9 { quantized[to + t] = weights.quantized[r * 9 + t] }
            }
        }
        var small = [Int16](repeating: 0, count: NERSmallTemplates.count * width)
        for (index, key) in NERSmallTemplates.keys().enumerated() {
            guard let row = rowOf[key] else { continue }
            for t in 0..<width { small[index * width + t] = quantized[row * width + t] }
        }
        self.quantized = quantized
        self.small = small
        scales = (first.scale, second?.scale ?? 0)
        (slots, mask) = openAddressed(keys) { row, key in Self.fingerprint(key) << Self.rowBits | UInt64(row) }
    }

    /// The table as raw buffers, for a loop over many tokens.
    @inline(__always)
    func withTables<R>(_ body: (Tables) -> R) -> R {
        slots.withUnsafeBufferPointer { s in
            quantized.withUnsafeBufferPointer { q in
                small.withUnsafeBufferPointer { m in
                    body(Tables(slots: s.baseAddress!, weights: q.baseAddress!, small: m.baseAddress!, mask: mask,
                                passes: passes, firstScale: scales.0, secondScale: scales.1))
                }
            }
        }
    }

    struct Tables {
        let slots: UnsafePointer<UInt64>
        let weights: UnsafePointer<Int16>
        let small: UnsafePointer<Int16>
        let mask: Int
        let passes: Int
        let firstScale: Float
        let secondScale: Float

        /// Adds the scores of many tokens' features: token `i` has keys
        /// `keys[ends[i - 1]..<ends[i]]` and scores at `first + stride·i`
        /// (and `second + stride·i`). Every slot is read in one pass without branches
        /// and every row in another, so the processor keeps many memory
        /// reads in flight (tagging waits on memory, not on arithmetic).
        /// With `small`, token `i` also has the `NERSmallTemplates` indexes
        /// `small[smallEnds[i - 1]..<smallEnds[i]]`.
        func accumulate(_ keys: UnsafePointer<UInt64>, ends: UnsafePointer<Int32>, tokens: Int, stride: Int = 9,
                        small indexes: UnsafePointer<Int32>? = nil, smallEnds: UnsafePointer<Int32>? = nil,
                        into first: UnsafeMutablePointer<Float>, _ second: UnsafeMutablePointer<Float>) {
            let total = tokens > 0 ? Int(ends[tokens - 1]) : 0
            guard total > 0 || indexes != nil else { return }
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: total) { values in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: total) { rows in
                    for j in 0..<total { values[j] = slots[Int(truncatingIfNeeded: keys[j]) & mask] }
                    for j in 0..<total {
                        let key = keys[j]
                        let want = NERTaggingTable.fingerprint(key)
                        var v = values[j]
                        if v != 0 && v >> NERTaggingTable.rowBits != want {
                            var slot = Int(truncatingIfNeeded: key) & mask
                            repeat {
                                slot = (slot + 1) & mask
                                v = slots[slot]
                            } while v != 0 && v >> NERTaggingTable.rowBits != want
                        }
                        let row = v == 0 ? -1 : Int32(truncatingIfNeeded: v & ((1 << NERTaggingTable.rowBits) - 1))
                        rows[j] = row
                        if row >= 0 {
                            let w = weights + Int(row) * 9 * passes
                            marsad_prefetch(w)
                            marsad_prefetch(w + 9 * passes - 1)
                        }
                    }
                    let width = 9 * passes
                    var start = 0, smallStart = 0
                    for i in 0..<tokens {
                        let end = Int(ends[i])
                        var a = SIMD8<Int32>.zero, b = SIMD8<Int32>.zero
                        var a8: Int32 = 0, b8: Int32 = 0
                        @inline(__always) func add(_ w: UnsafePointer<Int16>) {
                            a &+= SIMD8<Int32>(Int32(w[0]), Int32(w[1]), Int32(w[2]), Int32(w[3]),
                                               Int32(w[4]), Int32(w[5]), Int32(w[6]), Int32(w[7]))
                            a8 &+= Int32(w[8])
                            if passes == 2 {
                                b &+= SIMD8<Int32>(Int32(w[9]), Int32(w[10]), Int32(w[11]), Int32(w[12]),
                                                   Int32(w[13]), Int32(w[14]), Int32(w[15]), Int32(w[16]))
                                b8 &+= Int32(w[17])
                            }
                        }
                        for j in start..<end where rows[j] >= 0 { add(weights + Int(rows[j]) * width) }
                        if let indexes, let smallEnds {
                            let smallEnd = Int(smallEnds[i])
                            for j in smallStart..<smallEnd { add(small + Int(indexes[j]) * width) }
                            smallStart = smallEnd
                        }
                        let f = first + stride * i
                        for t in 0..<8 { f[t] += Float(a[t]) * firstScale }
                        f[8] += Float(a8) * firstScale
                        if passes == 2 {
                            let g = second + stride * i
                            for t in 0..<8 { g[t] += Float(b[t]) * secondScale }
                            g[8] += Float(b8) * secondScale
                        }
                        start = end
                    }
                }
            }
        }
    }
}

/// A hash table of feature keys by open addressing with linear probing on
/// the keys' low bits, at most half full: `slots[i]` is `entry(row, key)`
/// for the key placed there (never 0), 0 where empty; `mask` is the
/// capacity less one.
func openAddressed<Slot: FixedWidthInteger>(_ keys: [UInt64], _ entry: (Int, UInt64) -> Slot)
    -> (slots: [Slot], mask: Int) {
    var capacity = 16
    while capacity < keys.count * 2 { capacity <<= 1 }
    let mask = capacity - 1
    var slots = [Slot](repeating: 0, count: capacity)
    for (row, key) in keys.enumerated() {
        var slot = Int(truncatingIfNeeded: key) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry(row, key)
    }
    return (slots, mask)
}

/// The tagger's model: the sentence pass, and optionally a document pass
/// that also reads what the sentence pass said about each word elsewhere
/// in the same document (`NERDocument`).
///
/// File format (little-endian): "MNER", format 2, feature-template
/// version, number of passes; then per pass: tag count, row count, weight
/// scale (Float32), transitions ((tags+1)·tags Float32, the last row from
/// the sentence start), row keys (UInt64, ascending), row weights (Int16 ×
/// tags, times the scale). MarsadTraining's `serialized()` writes it
/// (`marsad-dev train-ner`); `NERModel.standard` loads the shipped one.
public struct NERModel: Sendable {
    package let sentencePass: NERWeights
    package let documentPass: NERWeights?
    /// Both passes behind one key table, as the tagger reads them.
    let table: NERTaggingTable
    /// FNV-1a of the model file's bytes, in hex (part of the analysis
    /// version); "unsaved" for a model made in memory, which analysis
    /// caches must not be used with.
    public private(set) var fingerprint = "unsaved"

    package init(sentencePass: NERWeights, documentPass: NERWeights? = nil) {
        self.sentencePass = sentencePass
        self.documentPass = documentPass
        table = NERTaggingTable(sentencePass, documentPass)
    }

    package var tagCount: Int { sentencePass.tagCount }
    /// Feature rows over both passes.
    package var featureCount: Int { sentencePass.featureCount + (documentPass?.featureCount ?? 0) }
    /// The model tags in two passes over a document.
    package var readsDocuments: Bool { documentPass != nil }

    /// `transitions` ((tags + 1) × tags, the last row from the sentence
    /// start) with -∞ wherever BIO forbids the move.
    package static func onlyBIOMoves(_ transitions: [Float], tags: Int) -> [Float] {
        var allowed = transitions
        for p in 0...tags {
            for t in 0..<tags where !NERTags.allowed(from: p == tags ? 0 : p, to: t) {
                allowed[p * tags + t] = -.infinity
            }
        }
        return allowed
    }

    /// The best tag sequence for the per-token scores of `n` tokens
    /// (`scores[i * tags + t]`): Viterbi over `transitions` in which
    /// forbidden moves are -∞ (`onlyBIOMoves`). `best` and `back` are
    /// scratch space of `n * tags` each.
    package static func viterbi(_ scores: UnsafePointer<Float>, count n: Int, tags: Int, transitions tr: UnsafePointer<Float>,
                        best b: UnsafeMutablePointer<Float>, back k: UnsafeMutablePointer<Int32>) -> [Int] {
        guard n > 0 else { return [] }
        for t in 0..<tags { b[t] = scores[t] + tr[tags * tags + t] }
        if tags == 9 {
            // The same sums and the same first-best choice, eight tags at a time.
            for i in 1..<max(n, 1) {
                let previous = b + (i - 1) * 9
                var best8 = SIMD8<Float>(repeating: -.infinity), from8 = SIMD8<Int32>(repeating: 0)
                var best1 = -Float.infinity, from1: Int32 = 0
                for p in 0..<9 {
                    let row = tr + p * 9
                    let v8 = SIMD8<Float>(repeating: previous[p]) + UnsafeRawPointer(row).loadUnaligned(as: SIMD8<Float>.self)
                    let better = v8 .> best8
                    best8.replace(with: v8, where: better)
                    from8.replace(with: Int32(p), where: better)
                    let v1 = previous[p] + row[8]
                    if v1 > best1 {
                        best1 = v1
                        from1 = Int32(p)
                    }
                }
                for t in 0..<8 {
                    b[i * 9 + t] = best8[t] + scores[i * 9 + t]
                    k[i * 9 + t] = from8[t]
                }
                b[i * 9 + 8] = best1 + scores[i * 9 + 8]
                k[i * 9 + 8] = from1
            }
        } else {
        for i in 1..<max(n, 1) {
            for t in 0..<tags {
                var bestScore = -Float.infinity
                var bestPrevious: Int32 = 0
                for p in 0..<tags {
                    let v = b[(i - 1) * tags + p] + tr[p * tags + t]
                    if v > bestScore {
                        bestScore = v
                        bestPrevious = Int32(p)
                    }
                }
                b[i * tags + t] = bestScore + scores[i * tags + t]
                k[i * tags + t] = bestPrevious
            }
        }
        }
        var path = [Int](repeating: 0, count: n)
        var last = 0
        for t in 1..<tags where b[(n - 1) * tags + t] > b[(n - 1) * tags + last] { last = t }
        path[n - 1] = last
        var i = n - 1
        while i > 0 {
            path[i - 1] = Int(k[i * tags + path[i]])
            i -= 1
        }
        return path
    }

    // MARK: - File

    package enum FileError: Error, CustomStringConvertible {
        case notAModel, unsupportedVersion(UInt32), truncated

        package var description: String {
            switch self {
            case .notAModel: return "not a Marsad NER model file"
            case .unsupportedVersion(let v): return "model file was written for feature templates v\(v); retrain it (marsad-dev train-ner)"
            case .truncated: return "model file is truncated"
            }
        }
    }

    /// The file's first bytes, then its format (MarsadTraining writes both).
    package static let magic: [UInt8] = Array("MNER".utf8)
    package static let formatVersion: UInt32 = 2

    /// Reads a model file.
    package init(data: Data) throws {
        let bytes = [UInt8](data)
        guard bytes.count >= 16, Array(bytes[0..<4]) == Self.magic else { throw FileError.notAModel }
        let model: NERModel = try bytes.withUnsafeBytes { raw in
            func word(_ at: Int) -> UInt32 { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
            guard word(4) == Self.formatVersion else { throw FileError.notAModel }
            let templates = word(8)
            guard templates == NERFeatures.version else { throw FileError.unsupportedVersion(templates) }
            let passes = word(12)
            guard passes == 1 || passes == 2 else { throw FileError.notAModel }
            var offset = 16
            let first = try NERWeights.read(raw, at: &offset)
            let second = passes == 2 ? try NERWeights.read(raw, at: &offset) : nil
            return NERModel(sentencePass: first, documentPass: second)
        }
        self = model
        var hash = FNV64()
        hash.add(bytes: bytes)
        fingerprint = hash.hex
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
