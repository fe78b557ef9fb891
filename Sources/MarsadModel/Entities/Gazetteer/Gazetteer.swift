import Foundation

/// Place names from real data, for the entity tagger's features: Arabic
/// names of the world's governorates, provinces and states (CLDR) and of
/// cities (GeoNames), in `Resources/gazetteer.tsv`, which
/// `marsad-dev build-gazetteer` writes from the Debian and PyPI packages.
///
/// ```swift
/// let g = Gazetteer.shared
/// g.entries(named: "ماردين").map(\.code)   // ["304797", "TR-47"]: the city, the province
/// let tokens = Tokenizer.tokenize("سيطرت على مدينة وتعز")
/// g.longestMatch(tokens: tokens, at: 3)   // length 1, [.subdivision, .city], skipScalars 1
/// ```
///
/// Many place names are also common words (إب is also أب "father", آب
/// "August"): a match says "this could be a place", for a feature, never
/// "this is a place".
///
/// Phrases are matched token by token on normalized forms, as the actor
/// catalog's `CatalogIndex` does: the first token is tried bare and in
/// every reading without proclitics, the article kept (وتعز → تعز,
/// بالحديدة → الحديده, للرقة → الرقه), the barest reading preferred.
public final class Gazetteer: Sendable {
    /// Every entry, in file order.
    public let entries: [GazetteerEntry]
    /// The phrases as a token trie; node 0 is the root, whose children are
    /// the first tokens.
    private let nodes: [Node]

    private struct Node: Sendable {
        var children: [String: Int32] = [:]
        /// Entries whose last token is this node.
        var entries: [Int32] = []
        /// The kinds of those entries.
        var kinds: GazetteerKinds = []
    }

    /// A node that one reading of a word starts, with the proclitics it
    /// leaves out.
    package struct Start: Sendable {
        package var node: Int32
        package var skipScalars: Int
        package var clitics: Int
    }

    /// A row the resource cannot be read from.
    public struct FormatError: Error, CustomStringConvertible, Sendable {
        public var line: Int
        public var message: String
        public var description: String { "gazetteer line \(line): \(message)" }
    }

    /// The columns of the resource, in order.
    public static let columns = ["name", "kind", "country", "code", "population"]

    /// The shipped gazetteer, read on first use; empty if the resource is
    /// missing or unreadable (a broken build, which the tests catch).
    public static let shared: Gazetteer = {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "tsv", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8),
              let gazetteer = try? Gazetteer(tsv: text) else { return Gazetteer(entries: []) }
        return gazetteer
    }()

    /// A gazetteer of `entries`; names are taken as already normalized.
    public init(entries: [GazetteerEntry]) {
        self.entries = entries
        var nodes = [Node()]
        for (i, entry) in entries.enumerated() {
            var node = 0
            for token in entry.name.split(separator: " ") {
                let key = String(token)
                if let next = nodes[node].children[key] {
                    node = Int(next)
                } else {
                    nodes.append(Node())
                    nodes[node].children[key] = Int32(nodes.count - 1)
                    node = nodes.count - 1
                }
            }
            guard node != 0 else { continue }
            nodes[node].entries.append(Int32(i))
            nodes[node].kinds.insert(GazetteerKinds(entry.kind))
        }
        self.nodes = nodes
    }

    // MARK: - Look-up

    /// The entries a word or phrase names, in any clitic reading of its
    /// first word ("وتعز", "لدير الزور"); the phrase must be a whole name.
    public func entries(named phrase: String) -> [GazetteerEntry] {
        let tokens = Tokenizer.tokenize(phrase)
        guard let match = longestMatch(tokens: tokens, at: 0), match.length == tokens.count else { return [] }
        return entries(of: match)
    }

    /// The entries of a match.
    public func entries(of match: GazetteerMatch) -> [GazetteerEntry] {
        nodes[Int(match.node)].entries.map { entries[Int($0)] }
    }

    /// The longest gazetteer phrase that starts at token `i`, if any: the
    /// per-token question of the tagger's features.
    ///
    /// Complexity: one dictionary look-up for a word that starts no phrase
    /// and has no proclitic letter; a few more for a word starting with
    /// و ف ب ل ك; then one a token of the phrase.
    public func longestMatch(tokens: [Token], at i: Int) -> GazetteerMatch? {
        guard tokens.indices.contains(i) else { return nil }
        return longestMatch(starts: starts(ofWord: tokens[i].text), at: i, count: tokens.count) { tokens[$0].normalized }
    }

    /// `longestMatch(tokens:at:)` for words as written (a CoNLL sentence's
    /// tokens, one word each).
    public func longestMatch(words: [String], at i: Int) -> GazetteerMatch? {
        guard words.indices.contains(i) else { return nil }
        return longestMatch(starts: starts(ofWord: words[i]), at: i, count: words.count) { ArabicNormalizer.normalize(words[$0]) }
    }

    /// The nodes a word's readings start, barest reading first: the word
    /// itself, then without its proclitics (the article kept). Computed once
    /// per word form by a caller that caches (the tagger's word table).
    /// Only Arabic words start with a proclitic letter, so a Latin word or
    /// a number is looked up bare.
    package func starts(ofWord text: String) -> [Start] {
        let original = Array(text.unicodeScalars)
        let (letters, sources) = ArabicNormalizer.normalizeWithMap(original, range: 0..<original.count)
        let root = nodes[0].children
        var starts: [Start] = []
        if let node = root[Self.string(letters[...])] { starts.append(Start(node: node, skipScalars: 0, clitics: 0)) }
        guard let first = letters.first, Self.procliticLetters.contains(first) else { return starts }
        var tried: Set<String> = []
        CliticSplitter.forEachReading(letters: letters, sources: sources, original: original) { p, _ in
            let prefix = CliticSplitter.prefixes[p]
            let clitics = prefix.parts.filter { $0 != "ال" }.count
            guard clitics > 0 else { return }
            let stem = letters[prefix.letters.count...]
            let key = prefix.parts.last == "ال" ? "ال" + Self.string(stem) : Self.string(stem)
            guard tried.insert(key).inserted, let node = root[key] else { return }
            starts.append(Start(node: node, skipScalars: WordTable.scalarsOf(letters: clitics, in: original), clitics: clitics))
        }
        starts.sort { $0.clitics < $1.clitics }
        return starts
    }

    /// Walks the trie from each start over the following tokens; the
    /// longest phrase wins, then the reading with fewer proclitics.
    private func longestMatch(starts: [Start], at i: Int, count: Int, normalized: (Int) -> String) -> GazetteerMatch? {
        var best: GazetteerMatch?
        for start in starts {
            var node = Int(start.node)
            var length = 1
            while true {
                if !nodes[node].entries.isEmpty, best.map({ length > $0.length }) ?? true {
                    best = GazetteerMatch(length: length, kinds: nodes[node].kinds, skipScalars: start.skipScalars,
                                          clitics: start.clitics, node: Int32(node))
                }
                guard i + length < count, !nodes[node].children.isEmpty,
                      let next = nodes[node].children[normalized(i + length)] else { break }
                node = Int(next)
                length += 1
            }
        }
        return best
    }

    private static let procliticLetters: Set<Unicode.Scalar> = Set("وفبلك".unicodeScalars)

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }
}
