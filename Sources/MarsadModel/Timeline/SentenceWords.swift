/// The words of one sentence, read for the timeline: each token's
/// normalized form and its readings without the proclitics و ف ب ل ك
/// (never without the article), with scalar offsets kept.
struct SentenceWords {
    let tokens: [Token]
    /// Normalized forms: the token's own, then without proclitics.
    let forms: [[String]]
    /// The most likely reading without proclitics or article (for comparing content).
    let stems: [String]

    /// Readings of each word form, shared across a whole timeline build.
    final class Cache {
        var readings: [String: (forms: [String], stem: String)] = [:]
    }

    /// The words of sentence `sentence` of a document.
    init(_ document: AnalyzedArticle, sentence: Int, splitter: CliticSplitter, cache: Cache = Cache()) {
        self.init(tokens: document.tokens(document.sentenceSpans[sentence]), splitter: splitter, cache: cache)
    }

    /// The words of `range` of an article's text.
    init(_ article: Article, _ range: ScalarRange, splitter: CliticSplitter, cache: Cache = Cache()) {
        self.init(tokens: Tokenizer.tokenize(article.scalars, range: range.start..<range.end), splitter: splitter,
                  cache: cache)
    }

    init(tokens: [Token], splitter: CliticSplitter, cache: Cache) {
        self.tokens = tokens
        var forms: [[String]] = []
        var stems: [String] = []
        forms.reserveCapacity(tokens.count)
        stems.reserveCapacity(tokens.count)
        for token in tokens {
            if let known = cache.readings[token.text] {
                forms.append(known.forms)
                stems.append(known.stem)
                continue
            }
            let r = Self.readings(token, splitter: splitter)
            cache.readings[token.text] = r
            forms.append(r.forms)
            stems.append(r.stem)
        }
        self.forms = forms
        self.stems = stems
    }

    private static func readings(_ token: Token, splitter: CliticSplitter) -> (forms: [String], stem: String) {
        var list = [token.normalized]
        guard token.kind == .arabicWord else { return (list, token.normalized) }
        let analyses = splitter.analyses(token.text)
        var stem = splitter.split(token.text, analyses: analyses).stem
        if stem.hasPrefix("ال"), stem.unicodeScalars.count > 4 { stem = String(stem.unicodeScalars.dropFirst(2)) }
        guard let first = token.normalized.unicodeScalars.first, "وفبلك".unicodeScalars.contains(first) else {
            return (list, stem)
        }
        for a in analyses where !a.proclitics.isEmpty && !a.proclitics.contains("ال") {
            list.append(a.stem)
        }
        // "للقتال" is ل + the article: it also reads "القتال".
        for a in analyses where a.proclitics.last == "ال" && a.proclitics.contains("ل") {
            list.append("ال" + a.stem)
        }
        return (list, stem)
    }

    var count: Int { tokens.count }

    func norm(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].normalized : "" }

    /// True when a reading of token `i` is in `set`.
    func has(_ i: Int, _ set: Set<String>) -> Bool {
        guard i >= 0, i < tokens.count else { return false }
        return forms[i].contains { set.contains($0) }
    }

    /// The likeliest reading of token `i` without proclitics or article.
    func stem(_ i: Int) -> String { stems[i] }

    /// Index of the first token that starts at or after a scalar offset.
    func index(atOrAfter offset: Int) -> Int {
        tokens.firstIndex { $0.range.start >= offset } ?? tokens.count
    }

    /// A word's consonant skeleton: long vowels and ta marbuta dropped after
    /// the first letter, so spellings meet ("أرمينياً", "ارمنيا" → "رمن";
    /// "جنديا", "جنود" → "جند").
    static func skeleton(_ normalized: String) -> String {
        var out = String.UnicodeScalarView()
        var first = true
        for s in normalized.unicodeScalars {
            if !first, s == "ا" || s == "و" || s == "ي" || s == "ه" || s == "ء" || s == "ئ" || s == "ؤ" { continue }
            if first, s == "ا" { first = false; continue }  // أرمينيا / ارمنيا: the initial alef too
            out.append(s)
            first = false
        }
        return String(out)
    }
}
