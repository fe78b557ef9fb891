import MarsadModel

/// A search typed at the `/` prompt, matched on normalized Arabic: hamza
/// forms, taa marbuta, alef maqsura, harakat and tatweel are ignored
/// (`ArabicNormalizer`), and so are proclitics on either side
/// (`CliticSplitter`): "الأمس" finds "وبالأمس", "بوتين" finds "لبوتين".
///
/// Words are matched whole, except the last one, which may be the start
/// of a word (search as you read: "أرمين" finds "أرمينيا").
public struct SearchQuery: Hashable, Sendable {
    public var text: String
    private var terms: [Term]

    struct Term: Hashable, Sendable {
        var normalized: String
        var stem: String
    }

    /// Nil when the text has no word to look for.
    public init?(_ text: String) {
        let tokens = Tokenizer.tokenize(text).filter { $0.kind != .punctuation }
        guard !tokens.isEmpty else { return nil }
        self.text = text
        terms = tokens.map { token in
            Term(normalized: token.normalized, stem: Self.stem(of: token))
        }
    }

    private static let splitter = CliticSplitter()

    static func stem(of token: Token) -> String {
        guard token.kind == .arabicWord else { return token.normalized }
        return splitter.split(token.text).stem
    }

    private func matches(_ term: Term, _ token: Token, tokenStem: String, isLast: Bool) -> Bool {
        if isLast {
            return token.normalized.hasPrefix(term.normalized) || tokenStem.hasPrefix(term.stem)
                || tokenStem.hasPrefix(term.normalized)
        }
        return token.normalized == term.normalized || tokenStem == term.stem || tokenStem == term.normalized
    }

    /// Where the query occurs in `scalars[range]`, as scalar ranges of
    /// those scalars, in text order.
    ///
    /// Complexity: O(n·k) for n tokens and k query words.
    public func matches(in scalars: [Unicode.Scalar], range: Range<Int>) -> [ScalarRange] {
        let tokens = Tokenizer.tokenize(scalars, range: range).filter { $0.kind != .punctuation }
        guard tokens.count >= terms.count else { return [] }
        let stems = tokens.map(Self.stem(of:))
        var result: [ScalarRange] = []
        var i = 0
        while i + terms.count <= tokens.count {
            var ok = true
            for (k, term) in terms.enumerated()
            where !matches(term, tokens[i + k], tokenStem: stems[i + k], isLast: k == terms.count - 1) {
                ok = false
                break
            }
            if ok {
                result.append(ScalarRange(start: tokens[i].range.start, end: tokens[i + terms.count - 1].range.end))
                i += terms.count
            } else {
                i += 1
            }
        }
        return result
    }

    /// True when the query occurs somewhere in `text`.
    public func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return !matches(in: scalars, range: 0..<scalars.count).isEmpty
    }
}
