/// The one rule that turns words into their search form, for every search
/// Marsad runs: the archive's full-text index and its queries, and the
/// reader's `/`.
///
/// An Arabic word is normalized (`ArabicNormalizer`: hamza forms, alef
/// maqsura, taa marbuta, harakat and tatweel folded) and its proclitics
/// are cut off (`CliticSplitter`: و ف ب ل ك and ال, only where the
/// splitter finds them likely); a Latin word or a number is normalized
/// (lower case, ASCII digits); punctuation has no search form. So a word
/// finds its spellings with and without hamza, with or without harakat,
/// and behind a conjunction, a preposition or the article.
///
/// ```swift
/// SearchWords.forms(in: "لبوتين وبوتين بوتين")  // ["بوتين", "بوتين", "بوتين"]
/// SearchWords.forms(in: "أحمد احمد")            // ["احمد", "احمد"]
/// SearchWords.forms(in: "وبالأمس الأسرة")       // ["امس", "اسره"]
/// SearchWords.forms(in: "لبنان باكو")           // ["لبنان", "باكو"]: no proclitic there
/// SearchWords.forms(in: "PUTIN، ٢٠٢٢")          // ["putin", "2022"]
/// ```
///
/// Two words match when their forms are equal; how much more a search
/// allows (the reader also compares the plain normalized words, and both
/// take the last word of a query as a prefix) is the caller's choice.
public enum SearchWords {
    static let splitter = CliticSplitter()

    /// One word's search form; "" for punctuation.
    public static func form(of token: Token) -> String {
        switch token.kind {
        case .arabicWord: return splitter.split(token.text).stem
        case .latinWord, .number: return token.normalized
        case .punctuation: return ""
        }
    }

    /// The words of `scalars[range]` with their search forms, in text
    /// order, punctuation left out.
    ///
    /// Complexity: O(n) in the scalars.
    public static func words(in scalars: [Unicode.Scalar], range: Range<Int>) -> [SearchWord] {
        Tokenizer.tokenize(scalars, range: range).filter { $0.kind != .punctuation }
            .map { SearchWord(token: $0, form: form(of: $0)) }
    }

    /// The words of `text` with their search forms, punctuation left out.
    public static func words(in text: String) -> [SearchWord] {
        Tokenizer.tokenize(text).filter { $0.kind != .punctuation }.map { SearchWord(token: $0, form: form(of: $0)) }
    }

    /// The search forms of the words of `text`, in order; words with no
    /// form (punctuation, a word of tatweel alone) are left out.
    public static func forms(in text: String) -> [String] {
        Tokenizer.tokenize(text).map(form(of:)).filter { !$0.isEmpty }
    }

    /// The search forms of an article's words: its title's (when it has
    /// one in its metadata), then its paragraphs', as `forms(in:)` gives
    /// them.
    public static func forms(of article: Article) -> [String] {
        var words: [String] = []
        words.reserveCapacity(article.scalars.count / 5)
        if let title = article.metadata.title {
            words += forms(in: title)
        }
        for p in article.paragraphs {
            words += Tokenizer.tokenize(article.scalars, range: p.range.start..<p.range.end).map(form(of:))
                .filter { !$0.isEmpty }
        }
        return words
    }
}

/// A word of a text (its token: range, text, normalized text) and its
/// search form (`SearchWords.form(of:)`).
public struct SearchWord: Hashable, Sendable {
    public var token: Token
    public var form: String

    public init(token: Token, form: String) {
        self.token = token
        self.form = form
    }
}
