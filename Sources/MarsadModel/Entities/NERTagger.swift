/// The named-entity sequence tagger: hashed features, the model's weights,
/// BIO-constrained Viterbi decoding.
///
/// ```swift
/// let tagger = NERTagger(model: NERModel.standard!)
/// tagger.tag(["قال", "الرئيس", "فلاديمير", "بوتين"])  // ["O", "O", "B-PER", "I-PER"]
/// ```
/// A tagger keeps a table of the word forms it has seen, so it is a class
/// used from one thread at a time.
public final class NERTagger {
    public let model: NERModel
    let table: WordTable
    var index: CatalogIndex { table.index }
    private var featureBuffer = [UInt64](repeating: 0, count: NERFeatures.maximumPerToken)
    private var scores: [Float] = []

    public init(model: NERModel, catalog: ActorCatalog = .standard, splitter: CliticSplitter = CliticSplitter()) {
        self.model = model
        self.table = WordTable(splitter: splitter, index: catalog.index)
    }

    /// Tags tokens given as text (a CoNLL file's tokens); returns tag names.
    public func tag(_ tokens: [String]) -> [String] {
        let words = tokens.map { table.id($0, kind: Self.kind(of: $0)) }
        let matches = index.matches(words, table: table)
        return tag(words: words, matches: matches).map { NERTags.names[$0] }
    }

    /// Tag indexes for interned words with their catalog matches.
    func tag(words: [Int32], matches: [CatalogMatch]) -> [Int] {
        let n = words.count
        guard n > 0 else { return [] }
        let codes = NERFeatures.catalogCodes(matches, count: n, index: index)
        let tags = model.tagCount
        if scores.count < n * tags { scores = [Float](repeating: 0, count: n * tags * 2) }
        for j in 0..<(n * tags) { scores[j] = 0 }
        let mask = model.slotMask
        model.withTables { slotKeys, slotRows, weights in
            table.hot.withUnsafeBufferPointer { infos in
                words.withUnsafeBufferPointer { w in
                    codes.withUnsafeBufferPointer { c in
                        featureBuffer.withUnsafeMutableBufferPointer { buffer in
                            scores.withUnsafeMutableBufferPointer { s in
                                for i in 0..<n {
                                    let count = NERFeatures.extract(w, infos, c, at: i, into: buffer.baseAddress!)
                                    NERModel.accumulate(buffer.baseAddress!, count: count, into: s.baseAddress! + i * tags,
                                                        slotKeys: slotKeys, slotRows: slotRows, weights: weights,
                                                        mask: mask, tags: tags)
                                }
                            }
                        }
                    }
                }
            }
        }
        return model.decode(scores, count: n)
    }

    /// The token kind of a word given as text.
    static func kind(of token: String) -> TokenKind {
        guard let first = token.unicodeScalars.first else { return .punctuation }
        switch CharClass.of(first) {
        case .arabicLetter, .mark: return .arabicWord
        case .otherLetter: return .latinWord
        case .digit: return .number
        case .space, .other:
            // "(د" and the like: a word after a bracket.
            return token.unicodeScalars.contains { CharClass.of($0) == .arabicLetter } ? .arabicWord : .punctuation
        }
    }
}
