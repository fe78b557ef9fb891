/// Lines of a text and the spaces that leave a line blank: the loader
/// cuts articles into paragraphs with them, the sentence splitter trims
/// sentences.
package enum TextLines {
    /// Spaces that do not make a line non-empty: white space, NBSP, and
    /// invisible format characters.
    @inlinable
    package static func isBlank(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0B, 0x0C, 0x20, 0xA0, 0x1680, 0x2000...0x200F, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
             0xFEFF, 0x061C, 0x202A...0x202E, 0x2066...0x2069:
            return true
        default:
            return false
        }
    }

    @inlinable
    package static func isLineBreak(_ s: Unicode.Scalar) -> Bool {
        s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}" || s == "\u{85}"
    }

    /// Ranges of the lines of `scalars`, trimmed, with `nil` for blank lines
    /// (so a caller can see where blocks of lines end).
    package static func lines(_ scalars: [Unicode.Scalar]) -> [ScalarRange?] {
        var result: [ScalarRange?] = []
        var start = 0
        var i = 0
        let n = scalars.count
        func flush(_ end: Int) {
            var s = start, e = end
            while s < e, isBlank(scalars[s]) || scalars[s] == "\r" { s += 1 }
            while e > s, isBlank(scalars[e - 1]) || scalars[e - 1] == "\r" { e -= 1 }
            result.append(s < e ? ScalarRange(start: s, end: e) : nil)
        }
        while i < n {
            if isLineBreak(scalars[i]) {
                flush(i)
                if scalars[i] == "\r", i + 1 < n, scalars[i + 1] == "\n" { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < n { flush(n) }
        return result
    }
}
