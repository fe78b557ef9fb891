/// A token's place in the text: scalar offsets and kind, without its text.
struct TokenSpan {
    var start: Int
    var end: Int
    var kind: TokenKind
}

/// `Tokenizer.tokenize`'s rules, producing offsets only and classifying
/// characters through a table, so the entity analyzer's hot loop makes no
/// strings (tests check it cuts exactly where `Tokenizer` does).
enum TokenScanner {
    private static let space: UInt8 = 0, arabicLetter: UInt8 = 1, otherLetter: UInt8 = 2, mark: UInt8 = 3,
                       digit: UInt8 = 4, other: UInt8 = 5

    /// Character classes of the Basic Multilingual Plane, computed once.
    private static let table: [UInt8] = {
        var t = [UInt8](repeating: 5, count: 0x10000)
        for v in 0..<0x10000 {
            guard let s = Unicode.Scalar(UInt32(v)) else { continue }
            t[v] = code(CharClass.of(s))
        }
        return t
    }()

    private static func code(_ c: CharClass) -> UInt8 {
        switch c {
        case .space: return space
        case .arabicLetter: return arabicLetter
        case .otherLetter: return otherLetter
        case .mark: return mark
        case .digit: return digit
        case .other: return other
        }
    }

    @inline(__always)
    private static func cls(_ s: Unicode.Scalar, _ t: UnsafeBufferPointer<UInt8>) -> UInt8 {
        s.value < 0x10000 ? t[Int(s.value)] : code(CharClass.of(s))
    }

    @inline(__always)
    private static func isNumberSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E, 0x2C, 0x3A, 0x2F, 0x066B, 0x066C: return true
        default: return false
        }
    }

    /// Appends the tokens of `scalars[range]` to `out`.
    static func scan(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, range: Range<Int>, into out: inout [TokenSpan]) {
        table.withUnsafeBufferPointer { t in
            var i = range.lowerBound
            let end = range.upperBound
            while i < end {
                let c = cls(scalars[i], t)
                switch c {
                case space:
                    i += 1
                case arabicLetter, mark:
                    var j = i + 1
                    while j < end {
                        let d = cls(scalars[j], t)
                        if d == arabicLetter || d == mark { j += 1 } else { break }
                    }
                    out.append(TokenSpan(start: i, end: j, kind: .arabicWord))
                    i = j
                case otherLetter:
                    var j = i + 1
                    while j < end {
                        let d = cls(scalars[j], t)
                        if d == otherLetter || d == mark || d == digit {
                            j += 1
                        } else if (scalars[j] == "'" || scalars[j] == "’" || scalars[j] == "-"), j + 1 < end,
                                  cls(scalars[j + 1], t) == otherLetter,
                                  scalars[j] != "-" || cls(scalars[j - 1], t) == otherLetter {
                            j += 2
                        } else {
                            break
                        }
                    }
                    out.append(TokenSpan(start: i, end: j, kind: .latinWord))
                    i = j
                case digit:
                    var j = i + 1
                    while j < end {
                        let d = cls(scalars[j], t)
                        if d == digit {
                            j += 1
                        } else if isNumberSeparator(scalars[j]), j + 1 < end, cls(scalars[j + 1], t) == digit {
                            j += 2
                        } else {
                            break
                        }
                    }
                    out.append(TokenSpan(start: i, end: j, kind: .number))
                    i = j
                default:
                    out.append(TokenSpan(start: i, end: i + 1, kind: .punctuation))
                    i += 1
                }
            }
        }
    }
}
