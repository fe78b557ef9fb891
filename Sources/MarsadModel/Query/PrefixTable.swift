/// Keys (UTF-8 bytes in one buffer) sorted for prefix look-up, each with a
/// value: `ActorIndex`'s names, spellings and skeletons.
///
/// ```swift
/// var builder = PrefixTable.Builder()
/// builder.add("بوتين", value: 3, tag: 0)
/// let table = builder.build()
/// table.forEach(prefix: "بوت") { value, tag, exact in … }   // 3, 0, false
/// ```
///
/// Complexity: O(log *n*) to find the first key with the prefix, then
/// O(1) a key that has it.
struct PrefixTable: Sendable {
    /// One key: where its bytes are, and what it stands for.
    struct Entry: Sendable {
        var start: Int32
        var length: Int32
        var value: Int32
        /// The caller's kind of key (whole name, word inside a name…).
        var tag: UInt8
    }

    private let bytes: [UInt8]
    private let entries: [Entry]

    /// Number of keys.
    var count: Int { entries.count }

    /// Collects keys, then sorts them once.
    struct Builder {
        private var bytes: [UInt8] = []
        private var entries: [Entry] = []

        mutating func add(_ key: String, value: Int32, tag: UInt8) {
            guard !key.isEmpty else { return }
            let start = bytes.count
            bytes.append(contentsOf: key.utf8)
            entries.append(Entry(start: Int32(start), length: Int32(bytes.count - start), value: value, tag: tag))
        }

        func build() -> PrefixTable {
            let sorted = bytes.withUnsafeBufferPointer { b in
                entries.sorted { PrefixTable.compare(b, $0, b, Int($1.start), Int($1.length)) < 0 }
            }
            return PrefixTable(bytes: bytes, entries: sorted)
        }
    }

    /// Calls `body` with the value and tag of every key that starts with
    /// `prefix`, and whether the key is the prefix itself.
    func forEach(prefix: String, _ body: (_ value: Int32, _ tag: UInt8, _ exact: Bool) -> Void) {
        let query = Array(prefix.utf8)
        guard !query.isEmpty else { return }
        bytes.withUnsafeBufferPointer { b in
            query.withUnsafeBufferPointer { q in
                // The first key not below the query.
                var low = 0, high = entries.count
                while low < high {
                    let mid = (low + high) / 2
                    if Self.compare(b, entries[mid], q, 0, q.count) < 0 { low = mid + 1 } else { high = mid }
                }
                var i = low
                while i < entries.count {
                    let e = entries[i]
                    guard Int(e.length) >= q.count, Self.hasPrefix(b, e, q) else { break }
                    body(e.value, e.tag, Int(e.length) == q.count)
                    i += 1
                }
            }
        }
    }

    /// Byte order of an entry's key against `other[start..<start+length]`.
    private static func compare(_ b: UnsafeBufferPointer<UInt8>, _ e: Entry, _ other: UnsafeBufferPointer<UInt8>,
                                _ start: Int, _ length: Int) -> Int {
        let n = min(Int(e.length), length)
        let a = Int(e.start)
        for k in 0..<n where b[a + k] != other[start + k] { return b[a + k] < other[start + k] ? -1 : 1 }
        return Int(e.length) - length
    }

    private static func hasPrefix(_ b: UnsafeBufferPointer<UInt8>, _ e: Entry, _ q: UnsafeBufferPointer<UInt8>) -> Bool {
        let a = Int(e.start)
        for k in 0..<q.count where b[a + k] != q[k] { return false }
        return true
    }
}
