import Foundation

/// Hierarchical word clusters of normalized stems, learned from unlabeled
/// news (`marsad-dev build-clusters`, `Resources/word-clusters.txt`): each
/// stem has a path of `depth` bits down a binary tree, and words used
/// alike (names of towns, of months, given names, verbs of saying) share
/// the path's prefixes. The tagger reads prefixes of the path as features
/// (`NERFeatures.word`), so a name it never saw in training still looks
/// like the names it did see.
///
/// File: `#` comment lines, then one line per leaf: the path as `0`/`1`
/// digits, a tab, and its stems separated by spaces.
/// ```
/// 011010011100	تعز عدن لحج …
/// ```
package struct WordClusters: Sendable {
    /// Bits of every path.
    package let depth: Int
    /// `ScalarHash` of each stem, beside its code.
    let stemHashes: [UInt64]
    /// `1 << depth | path` for each stem (0 is reserved for "no cluster").
    let codes: [UInt16]

    /// Reads the file's text; a line that is no path and stems is skipped.
    package init(text: String) {
        var depth = 0
        var hashes: [UInt64] = [], codes: [UInt16] = []
        for line in RecordLines.split(text) where !line.hasPrefix("#") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            let bits = line[..<tab]
            guard !bits.isEmpty, bits.count <= 15, bits.allSatisfy({ $0 == "0" || $0 == "1" }),
                  let path = UInt16(bits, radix: 2) else { continue }
            depth = bits.count
            let code = UInt16(1) << UInt16(bits.count) | path
            for stem in line[line.index(after: tab)...].split(separator: " ") {
                hashes.append(ScalarHash.of(stem.unicodeScalars))
                codes.append(code)
            }
        }
        self.depth = depth
        stemHashes = hashes
        self.codes = codes
    }

    /// Number of stems with a path.
    package var count: Int { codes.count }

    /// The path bits of a normalized stem, nil when it has none. A scan
    /// (O(n)), for tools and tests; the tagger reads codes from its word
    /// table instead.
    package func path(of stem: String) -> UInt32? {
        let hash = ScalarHash.of(stem.unicodeScalars)
        guard let i = stemHashes.firstIndex(of: hash) else { return nil }
        return UInt32(codes[i]) & ((1 << UInt32(depth)) - 1)
    }

    /// The text of the file for `paths` (stem → path bits), stems in the
    /// given order within each leaf and leaves in path order.
    package static func text(stems: [String], paths: [UInt32], depth: Int, header: [String]) -> String {
        var leaves: [UInt32: [String]] = [:]
        for (stem, path) in zip(stems, paths) { leaves[path, default: []].append(stem) }
        var out = header.map { "# " + $0 + "\n" }.joined()
        for path in leaves.keys.sorted() {
            var bits = String(path, radix: 2)
            bits = String(repeating: "0", count: max(0, depth - bits.count)) + bits
            out += bits + "\t" + leaves[path]!.joined(separator: " ") + "\n"
        }
        return out
    }

    /// The shipped clusters; empty when the resource is missing.
    package static let standard: WordClusters = {
        guard let url = Bundle.module.url(forResource: "word-clusters", withExtension: "txt", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return WordClusters(text: "") }
        return WordClusters(text: text)
    }()
}
