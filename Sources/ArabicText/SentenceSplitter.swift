/// Finds sentence ends in a paragraph.
///
/// A sentence ends at `.`, `!`, `?`, `؟`, `…` or the Arabic full stop `۔`
/// (a run such as `?!` or `..` is one end), together with the closing
/// quotes and brackets right after it. A period is no end between digits
/// (`1.5`), inside a word or address (`U.S`, `site.com`) or after a
/// one-letter abbreviation (`د.`, `م.`). The Arabic comma `،`, the
/// semicolon `؛` and `06,00` never end a sentence. Line breaks end
/// paragraphs, so they end sentences too.
public enum SentenceSplitter {
    /// Sentence ranges inside `range` of `scalars`, trimmed of spaces.
    public static func split(_ scalars: [Unicode.Scalar], range: ScalarRange) -> [ScalarRange] {
        var result: [ScalarRange] = []
        var start = range.start
        var i = range.start
        while i < range.end {
            if isTerminator(scalars[i]) {
                var j = i + 1
                while j < range.end, isTerminator(scalars[j]) { j += 1 }
                guard endsSentence(scalars, run: i..<j, range: range) else {
                    i = j
                    continue
                }
                while j < range.end, isClosing(scalars[j]) { j += 1 }
                if let r = trimmed(scalars, start, j) { result.append(r) }
                start = j
                i = j
            } else {
                i += 1
            }
        }
        if let r = trimmed(scalars, start, range.end) { result.append(r) }
        return result
    }

    @inlinable
    package static func isTerminator(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ".", "!", "?", "\u{061F}", "\u{2026}", "\u{06D4}": return true
        default: return false
        }
    }

    @inlinable
    package static func isClosing(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "'", ")", "]", "}", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}": return true
        default: return false
        }
    }

    /// Whether the run of terminators `run` ends a sentence.
    private static func endsSentence(_ scalars: [Unicode.Scalar], run: Range<Int>, range: ScalarRange) -> Bool {
        let i = run.lowerBound
        let prev: Unicode.Scalar? = i > range.start ? scalars[i - 1] : nil
        // "(…)" and "[...]" mark words left out of a quotation, not an end.
        if prev == "(" || prev == "[" { return false }
        guard run.count == 1, scalars[i] == "." else { return true }
        let next: Unicode.Scalar? = i + 1 < range.end ? scalars[i + 1] : nil
        // 1.5, U.S, site.com: a period with a letter or digit right after it.
        if let next, CharClass.of(next) != .space, !isTerminator(next), !isClosing(next) {
            if CharClass.of(next) == .digit || CharClass.of(next) == .otherLetter || CharClass.of(next) == .arabicLetter {
                return false
            }
        }
        // A one-letter abbreviation: "د." (doctor), "م." (AD), "U.".
        if let prev, CharClass.of(prev) == .arabicLetter || CharClass.of(prev) == .otherLetter {
            var k = i - 1
            var letters = 0
            while k >= range.start, CharClass.of(scalars[k]) == .arabicLetter || CharClass.of(scalars[k]) == .otherLetter || CharClass.of(scalars[k]) == .mark {
                if CharClass.of(scalars[k]) != .mark && scalars[k] != "\u{0640}" { letters += 1 }
                k -= 1
            }
            if letters == 1 { return false }
        }
        return true
    }

    private static func trimmed(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> ScalarRange? {
        var s = start, e = end
        while s < e, TextLines.isBlank(scalars[s]) { s += 1 }
        while e > s, TextLines.isBlank(scalars[e - 1]) { e -= 1 }
        // A stray terminator or quote alone is no sentence.
        guard s < e else { return nil }
        let table = CharClass.table
        let hasContent = scalars[s..<e].contains { c in
            let k = c.value < 0x10000 ? table[Int(c.value)] : CharClass.classify(c)
            return k == .arabicLetter || k == .otherLetter || k == .digit
        }
        return hasContent ? ScalarRange(start: s, end: e) : nil
    }
}
