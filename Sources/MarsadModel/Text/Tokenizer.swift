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

    public init(range: ScalarRange, text: String, normalized: String, kind: TokenKind) {
        self.range = range
        self.text = text
        self.normalized = normalized
        self.kind = kind
    }
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
/// Complexity: O(n) in scalars.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        tokenize(Array(text.unicodeScalars), range: 0..<text.unicodeScalars.count)
    }

    /// Tokens of `scalars[range]`; offsets are into `scalars`.
    public static func tokenize(_ scalars: [Unicode.Scalar], range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let s = scalars[i]
            let cls = CharClass.of(s)
            switch cls {
            case .space:
                i += 1
                continue
            case .arabicLetter, .mark:
                var j = i + 1
                while j < end {
                    let c = CharClass.of(scalars[j])
                    if c == .arabicLetter || c == .mark { j += 1 } else { break }
                }
                tokens.append(make(scalars, i, j, .arabicWord))
                i = j
            case .otherLetter:
                var j = i + 1
                while j < end {
                    let c = CharClass.of(scalars[j])
                    if c == .otherLetter || c == .mark || c == .digit {
                        j += 1
                    } else if (scalars[j] == "'" || scalars[j] == "’" || scalars[j] == "-"), j + 1 < end,
                              CharClass.of(scalars[j + 1]) == .otherLetter,
                              scalars[j] != "-" || CharClass.of(scalars[j - 1]) == .otherLetter {
                        j += 2
                    } else {
                        break
                    }
                }
                tokens.append(make(scalars, i, j, .latinWord))
                i = j
            case .digit:
                var j = i + 1
                while j < end {
                    let c = CharClass.of(scalars[j])
                    if c == .digit {
                        j += 1
                    } else if isNumberSeparator(scalars[j]), j + 1 < end, CharClass.of(scalars[j + 1]) == .digit {
                        j += 2
                    } else {
                        break
                    }
                }
                tokens.append(make(scalars, i, j, .number))
                i = j
            case .other:
                tokens.append(make(scalars, i, i + 1, .punctuation))
                i += 1
            }
        }
        return tokens
    }

    private static func isNumberSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ".", ",", ":", "/", "\u{066B}", "\u{066C}": return true  // Arabic decimal and thousands separators
        default: return false
        }
    }

    private static func make(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, _ kind: TokenKind) -> Token {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        let text = String(view)
        return Token(range: ScalarRange(start: start, end: end), text: text,
                     normalized: ArabicNormalizer.normalize(text), kind: kind)
    }
}

/// Coarse character classes for tokenizing.
enum CharClass: Equatable {
    case space, arabicLetter, otherLetter, mark, digit, other

    static func of(_ s: Unicode.Scalar) -> CharClass {
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
