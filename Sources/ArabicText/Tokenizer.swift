/// What kind of text a token is.
public enum TokenKind: String, Codable, Sendable {
    /// Arabic-script letters (with their marks).
    case arabicWord
    /// Letters of other scripts, possibly with digits after them ("TB2").
    case latinWord
    /// Digits, ASCII or Arabic-Indic, with inner separators ("06,00", "1.5").
    case number
    /// Punctuation and symbols, one scalar a token.
    case punctuation
}

/// One token of an article's text with its place in the text.
public struct Token: Hashable, Sendable {
    /// Where the token stands, in Unicode scalars of the article's text.
    public var range: ScalarRange
    /// The token as written.
    public var text: String
    /// `ArabicNormalizer.normalize(text)`.
    public var normalized: String
    public var kind: TokenKind

    @inlinable
    public init(range: ScalarRange, text: String, normalized: String, kind: TokenKind) {
        self.range = range
        self.text = text
        self.normalized = normalized
        self.kind = kind
    }
}

/// A token's place in the text: scalar offsets and kind, without its text.
/// What `Tokenizer.scan` makes; `Token` adds the text and its normalized form.
public struct TokenSpan: Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var kind: TokenKind

    @inlinable
    public init(start: Int, end: Int, kind: TokenKind) {
        self.start = start
        self.end = end
        self.kind = kind
    }

    @inlinable
    public var range: ScalarRange { ScalarRange(start: start, end: end) }
}

/// Splits text into words, numbers and punctuation, keeping offsets.
///
/// Whitespace separates tokens and is dropped; Arabic letters with their
/// harakat and tatweel form one word; a run of letters in another script
/// is one word; a number keeps inner separators between digits ("06,00",
/// "12/9/2022", "1.5"); every other scalar is a token of its own.
///
/// ```swift
/// Tokenizer.tokenize("قتل 49 جنديا.").map(\.text)  // ["قتل", "49", "جنديا", "."]
/// ```
/// `scan` is the one implementation of these rules: it makes offsets only,
/// classifying scalars through `CharClass`'s table, so hot loops build no
/// strings; `tokenize` adds each token's text. Complexity: O(n) in scalars.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        tokenize(Array(text.unicodeScalars), range: 0..<text.unicodeScalars.count)
    }

    /// Tokens of `scalars[range]`; offsets are into `scalars`.
    public static func tokenize(_ scalars: [Unicode.Scalar], range: Range<Int>) -> [Token] {
        var spans: [TokenSpan] = []
        scalars.withUnsafeBufferPointer { scan($0, range: range, into: &spans) }
        return spans.map { token($0, in: scalars) }
    }

    /// Spans of `scalars[range]`; offsets are into `scalars`.
    public static func spans(_ scalars: [Unicode.Scalar], range: Range<Int>) -> [TokenSpan] {
        var spans: [TokenSpan] = []
        scalars.withUnsafeBufferPointer { scan($0, range: range, into: &spans) }
        return spans
    }

    /// The token a span stands for, with its text and normalized form.
    public static func token(_ span: TokenSpan, in scalars: [Unicode.Scalar]) -> Token {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        let text = String(view)
        return Token(range: span.range, text: text, normalized: ArabicNormalizer.normalize(text), kind: span.kind)
    }

    @inlinable @inline(__always)
    static func isNumberSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E, 0x2C, 0x3A, 0x2F, 0x066B, 0x066C: return true  // . , : / and the Arabic decimal and thousands separators
        default: return false
        }
    }

    /// Appends the tokens of `scalars[range]` to `out`.
    @inlinable
    package static func scan(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, range: Range<Int>,
                             into out: inout [TokenSpan]) {
        CharClass.table.withUnsafeBufferPointer { t in
            @inline(__always) func cls(_ s: Unicode.Scalar) -> CharClass { CharClass.of(s, t) }
            var i = range.lowerBound
            let end = range.upperBound
            while i < end {
                switch cls(scalars[i]) {
                case .space:
                    i += 1
                case .arabicLetter, .mark:
                    var j = i + 1
                    while j < end {
                        let d = cls(scalars[j])
                        if d == .arabicLetter || d == .mark { j += 1 } else { break }
                    }
                    out.append(TokenSpan(start: i, end: j, kind: .arabicWord))
                    i = j
                case .otherLetter:
                    var j = i + 1
                    while j < end {
                        let d = cls(scalars[j])
                        if d == .otherLetter || d == .mark || d == .digit {
                            j += 1
                        } else if (scalars[j] == "'" || scalars[j] == "\u{2019}" || scalars[j] == "-"), j + 1 < end,
                                  cls(scalars[j + 1]) == .otherLetter,
                                  scalars[j] != "-" || cls(scalars[j - 1]) == .otherLetter {
                            j += 2
                        } else {
                            break
                        }
                    }
                    out.append(TokenSpan(start: i, end: j, kind: .latinWord))
                    i = j
                case .digit:
                    var j = i + 1
                    while j < end {
                        let d = cls(scalars[j])
                        if d == .digit {
                            j += 1
                        } else if isNumberSeparator(scalars[j]), j + 1 < end, cls(scalars[j + 1]) == .digit {
                            j += 2
                        } else {
                            break
                        }
                    }
                    out.append(TokenSpan(start: i, end: j, kind: .number))
                    i = j
                case .other:
                    out.append(TokenSpan(start: i, end: i + 1, kind: .punctuation))
                    i += 1
                }
            }
        }
    }
}

/// Coarse character classes for tokenizing and sentence splitting.
///
/// `classify` is the definition, on Unicode properties; `of` reads the
/// same answer from a table of the Basic Multilingual Plane made once from
/// it (a property look-up per scalar was most of the loader's time).
@usableFromInline
package enum CharClass: UInt8, Equatable, Sendable {
    case space, arabicLetter, otherLetter, mark, digit, other

    /// `classify` of every BMP scalar (surrogates: `.other`).
    @usableFromInline
    package static let table: [CharClass] = (0..<0x10000).map { v in
        Unicode.Scalar(UInt32(v)).map(classify) ?? .other
    }

    @inlinable @inline(__always)
    package static func of(_ s: Unicode.Scalar) -> CharClass {
        s.value < 0x10000 ? table[Int(s.value)] : classify(s)
    }

    @inlinable @inline(__always)
    package static func of(_ s: Unicode.Scalar, _ table: UnsafeBufferPointer<CharClass>) -> CharClass {
        s.value < 0x10000 ? table[Int(s.value)] : classify(s)
    }

    @usableFromInline
    package static func classify(_ s: Unicode.Scalar) -> CharClass {
        let v = s.value
        if v < 0x80 {
            switch v {
            case 0x30...0x39: return .digit
            case 0x41...0x5A, 0x61...0x7A: return .otherLetter
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20: return .space
            default: return .other
            }
        }
        switch v {
        case 0x0660...0x0669, 0x06F0...0x06F9: return .digit
        case 0x0640: return .arabicLetter  // tatweel stays inside its word
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
            let p = s.properties
            if p.isAlphabetic && !(p.generalCategory == .nonspacingMark) { return .arabicLetter }
            if p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark { return .mark }
            if p.generalCategory == .format { return .mark }
            return .other
        case 0x200C, 0x200D: return .mark  // ZWNJ/ZWJ stay inside a word
        default:
            let p = s.properties
            if p.isWhitespace { return .space }
            switch p.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
            case .decimalNumber: return .digit
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
                return .otherLetter
            default: return .other
            }
        }
    }
}
