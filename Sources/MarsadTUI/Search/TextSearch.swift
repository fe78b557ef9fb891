import MarsadModel

/// A search typed at the `/` prompt, matched on words in search form
/// (`SearchWords`, the rule the archive's search uses too): hamza forms,
/// taa marbuta, alef maqsura, harakat and tatweel are ignored, and so are
/// proclitics on either side: "الأمس" finds "وبالأمس", "بوتين" finds
/// "لبوتين".
///
/// Words are matched whole, except the last one, which may be the start
/// of a word (search as you read: "أرمين" finds "أرمينيا").
public struct SearchQuery: Hashable, Sendable {
    public var text: String
    private var terms: [Term]

    struct Term: Hashable, Sendable {
        var normalized: String
        var form: String
    }

    /// Nil when the text has no word to look for.
    public init?(_ text: String) {
        let words = SearchWords.words(in: text)
        guard !words.isEmpty else { return nil }
        self.text = text
        terms = words.map { Term(normalized: $0.token.normalized, form: $0.form) }
    }

    private func matches(_ term: Term, _ token: Token, tokenForm: String, isLast: Bool) -> Bool {
        if isLast {
            return token.normalized.hasPrefix(term.normalized) || tokenForm.hasPrefix(term.form)
                || tokenForm.hasPrefix(term.normalized)
        }
        return token.normalized == term.normalized || tokenForm == term.form || tokenForm == term.normalized
    }

    /// Where the query occurs in `scalars[range]`, as scalar ranges of
    /// those scalars, in text order.
    ///
    /// Complexity: O(n·k) for n tokens and k query words.
    public func matches(in scalars: [Unicode.Scalar], range: Range<Int>) -> [ScalarRange] {
        let words = SearchWords.words(in: scalars, range: range)
        guard words.count >= terms.count else { return [] }
        let tokens = words.map(\.token), forms = words.map(\.form)
        var result: [ScalarRange] = []
        var i = 0
        while i + terms.count <= tokens.count {
            var ok = true
            for (k, term) in terms.enumerated()
            where !matches(term, tokens[i + k], tokenForm: forms[i + k], isLast: k == terms.count - 1) {
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
