/// What the first pass of the tagger said about a word elsewhere in the
/// same document, as a feature of the second pass: news names a person in
/// full once ("نزار قباني") and then by surname alone, and a name the
/// first pass caught in one sentence is evidence in the others.
package enum NERDocument {
    /// Per token of each sentence: 0 when the word's stem occurs nowhere
    /// else in the document (or the token is not a word), 1 when its other
    /// occurrences were all tagged O, else 2 + 2·(type − 1) + (1 when that
    /// type outnumbers the O tags), the type being the most frequent entity
    /// type among the other occurrences.
    ///
    /// ```
    /// "قال زيدان [B-PER] …" then "… لزيدان [O] …": the second زيدان gets 3
    /// (PER, outnumbering O), the first gets 1 (its other occurrence was O).
    /// ```
    package static func codes(words: [[Int32]], tags: [[Int]], hot: [HotWord]) -> [[UInt8]] {
        var counts: [UInt64: SIMD8<Int32>] = [:]
        @inline(__always) func key(_ w: Int32) -> UInt64? {
            let h = hot[Int(w)]
            return h.isWord ? h.hStem : nil
        }
        @inline(__always) func slot(_ tag: Int) -> Int { tag == 0 ? 0 : 1 + (tag - 1) / 2 }
        for (s, sentence) in words.enumerated() {
            for (i, w) in sentence.enumerated() {
                guard let k = key(w) else { continue }
                counts[k, default: .zero][slot(tags[s][i])] += 1
            }
        }
        var result: [[UInt8]] = []
        result.reserveCapacity(words.count)
        for (s, sentence) in words.enumerated() {
            var out = [UInt8](repeating: 0, count: sentence.count)
            for (i, w) in sentence.enumerated() {
                guard let k = key(w), var c = counts[k] else { continue }
                c[slot(tags[s][i])] -= 1
                guard c[0] + c[1] + c[2] + c[3] + c[4] > 0 else { continue }
                var best = 1
                for t in 2...4 where c[t] > c[best] { best = t }
                out[i] = c[best] == 0 ? 1 : UInt8(2 + 2 * (best - 1) + (c[best] > c[0] ? 1 : 0))
            }
            result.append(out)
        }
        return result
    }
}
