/// One way to read an Arabic word as proclitics plus a stem.
public struct CliticAnalysis: Hashable, Sendable {
    /// The proclitics in order, as normalized letters: "و", "ب", "ال"…
    public var proclitics: [String]
    /// Number of scalars of the original word the proclitics take up (a
    /// tatweel or a haraka after a clitic belongs to it).
    public var prefixScalarCount: Int
    /// The normalized stem.
    public var stem: String

    public var hasArticle: Bool { proclitics.last == "ال" }
}

/// Splits the proclitics و ف (conjunctions), ب ل ك (prepositions) and the
/// article ال from Arabic words, without cutting words that merely start
/// with those letters.
///
/// ```swift
/// let s = CliticSplitter()
/// s.split("وبالأمس").proclitics  // ["و", "ب", "ال"], stem "امس"
/// s.split("باكو").proclitics     // [] : Baku stays Baku
/// ```
/// A split with the article needs a stem of three letters or more (or a
/// known two-letter stem); a split of single letters needs evidence: the
/// stem starts with a hamza on alef (لأذربيجان), or the lexicon knows the
/// stem better than the whole word (وأرمينيا → أرمينيا, but not لبنان →
/// ل + بنان). `analyses(_:)` lists every reading for callers with a
/// dictionary of their own (the actor catalog).
public struct CliticSplitter: Sendable {
    public var lexicon: Lexicon

    public init(lexicon: Lexicon = .standard) {
        self.lexicon = lexicon
    }

    /// Function words that start like a clitic but are whole words.
    package static let closedClass: Set<String> = [
        "الذي", "التي", "الذين", "اللذان", "اللتان", "اللاتي", "اللواتي", "اللذين", "اللتين",
        "الا", "الي", "الان", "الله", "اللهم", "لكن", "لكي", "لذلك", "كذلك", "لدي", "لدى",
        "بين", "بعد", "بعض", "بل", "فقط", "كما", "كل", "كان", "كانت", "كانوا", "لم", "لن", "لا", "له",
        "لها", "لهم", "ليس", "ليست", "بها", "به", "بهم", "فيه", "فيها", "في",
    ]

    /// Every proclitic sequence: (conjunction)? (preposition)? (article)?,
    /// as written (ل + ال is لل), longest first. Built once.
    @usableFromInline
    package static let prefixes: [(parts: [String], letters: [Unicode.Scalar])] = {
        var table: [(parts: [String], letters: [Unicode.Scalar])] = []
        for conj in ["", "و", "ف"] {
            for prep in ["", "ب", "ل", "ك"] {
                for article in ["", "ال"] {
                    let parts = [conj, prep, article].filter { !$0.isEmpty }
                    if parts.isEmpty { continue }
                    let written = prep == "ل" && article == "ال" ? conj + "لل" : parts.joined()
                    table.append((parts, Array(written.unicodeScalars)))
                }
            }
        }
        return table.sorted { $0.letters.count > $1.letters.count }
    }()

    /// Every reading of `word` as proclitics + stem, the longest prefix
    /// first, the bare word last. Stems are at least two letters.
    /// Complexity: O(n) in the word's scalars; strings are built only for
    /// the readings that match.
    public func analyses(_ word: String) -> [CliticAnalysis] {
        let original = Array(word.unicodeScalars)
        let (letters, sourceOffsets) = ArabicNormalizer.normalizeWithMap(original, range: 0..<original.count)
        var result: [CliticAnalysis] = []
        Self.forEachReading(letters: letters, sources: sourceOffsets, original: original) { p, consumed in
            let prefix = Self.prefixes[p]
            var stem = String.UnicodeScalarView()
            stem.append(contentsOf: letters[prefix.letters.count...])
            result.append(CliticAnalysis(proclitics: prefix.parts, prefixScalarCount: consumed, stem: String(stem)))
        }
        // `prefixes` is longest first, so `result` already is.
        var bare = String.UnicodeScalarView()
        bare.append(contentsOf: letters)
        result.append(CliticAnalysis(proclitics: [], prefixScalarCount: 0, stem: String(bare)))
        return result
    }

    /// Calls `body(p, consumed)` for each entry `p` of `prefixes` that the
    /// normalized `letters` of a word start with, leaving a stem of two
    /// letters or more, longest first: the one enumeration of readings,
    /// shared by `analyses` and the entity tagger's word table. `sources`
    /// maps each letter to its scalar in `original`; `consumed` is how many
    /// scalars of `original` the proclitics take, marks after the last
    /// clitic letter included (they belong to the clitic).
    @inlinable @inline(__always)
    package static func forEachReading<Original: RandomAccessCollection>(
        letters: [Unicode.Scalar], sources: [Int], original: Original, _ body: (_ prefix: Int, _ consumed: Int) -> Void
    ) where Original.Element == Unicode.Scalar, Original.Index == Int {
        let n = letters.count
        for (p, prefix) in prefixes.enumerated() {
            let m = prefix.letters.count
            guard n - m >= 2 else { continue }
            var matches = true
            for k in 0..<m where letters[k] != prefix.letters[k] {
                matches = false
                break
            }
            guard matches else { continue }
            var consumed = sources[m - 1] + 1
            while consumed < original.count, ArabicNormalizer.isIgnorable(original[original.startIndex + consumed]) {
                consumed += 1
            }
            body(p, consumed)
        }
    }

    /// The most likely reading of `word`.
    public func split(_ word: String) -> CliticAnalysis {
        split(word, analyses: analyses(word))
    }

    /// The most likely reading of `word` among `analyses(word)`, for callers
    /// that need every reading too (saves computing them twice).
    public func split(_ word: String, analyses all: [CliticAnalysis]) -> CliticAnalysis {
        let bare = all[all.count - 1]
        if Self.closedClass.contains(bare.stem) { return bare }
        let wholeCount = lexicon.count(bare.stem)
        let original = Array(word.unicodeScalars)
        for analysis in all.dropLast() where isLikely(analysis, original: original, wholeCount: wholeCount) {
            return analysis
        }
        return bare
    }

    private func isLikely(_ a: CliticAnalysis, original: [Unicode.Scalar], wholeCount: Int) -> Bool {
        Self.isLikely(endsInArticle: a.hasArticle,
                      conjunctionOnly: a.proclitics.count == 1 && (a.proclitics[0] == "و" || a.proclitics[0] == "ف"),
                      stemLength: a.stem.unicodeScalars.count, stemCount: lexicon.count(a.stem), wholeCount: wholeCount,
                      stemIsClosedClass: Self.closedClass.contains(a.stem),
                      nextScalar: a.prefixScalarCount < original.count ? original[a.prefixScalarCount].value : nil)
    }

    /// The rule `split` applies to one reading with proclitics, on plain
    /// values, so callers that look words up by hash (the entity tagger's
    /// word table) choose exactly the same reading: whether the proclitics
    /// end in the article, whether they are و or ف alone, and `nextScalar`,
    /// the original word's scalar right after them.
    @inlinable @inline(__always)
    package static func isLikely(endsInArticle: Bool, conjunctionOnly: Bool, stemLength: Int, stemCount: Int, wholeCount: Int,
                         stemIsClosedClass: Bool, nextScalar: UInt32?) -> Bool {
        if endsInArticle {
            if stemLength >= 3 { return true }
            return stemCount > wholeCount && stemCount >= 2
        }
        if stemIsClosedClass && stemLength >= 2 { return true }  // وفي، ولكن، وكان
        guard stemLength >= 3 else { return false }
        // A hamza on alef right after the clitic letters: لأذربيجان، وأعلن، بأن.
        if let next = nextScalar, next == 0x0623 || next == 0x0625 || next == 0x0622 { return true }
        // و and ف join verbs so often that "وقال" outnumbers "قال": for a
        // conjunction alone a stem a third as frequent as the whole is enough.
        if conjunctionOnly { return stemCount >= 2 && stemCount * 3 >= wholeCount }
        return stemCount >= 2 && stemCount > wholeCount
    }
}

extension Token {
    /// The token with its proclitics cut off (the stem's range and text),
    /// or the token itself when it has none.
    public func stripped(using splitter: CliticSplitter) -> (proclitics: [String], stem: Token) {
        guard kind == .arabicWord else { return ([], self) }
        let analysis = splitter.split(text)
        guard analysis.prefixScalarCount > 0 else { return ([], self) }
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[analysis.prefixScalarCount...])
        let stem = Token(range: ScalarRange(start: range.start + analysis.prefixScalarCount, end: range.end),
                         text: String(view), normalized: analysis.stem, kind: kind)
        return (analysis.proclitics, stem)
    }
}
