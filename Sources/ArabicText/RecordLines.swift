/// Splits a file into its lines on the line feed *scalar*.
///
/// Splitting a `String` on the `Character` "\n" misses every CRLF line end,
/// because "\r\n" is one grapheme cluster: a CRLF JSONL file would read as
/// one line. This splits on U+000A in UTF-8 and drops a CR just before it,
/// so LF and CRLF files read alike. Like `split(separator:
/// omittingEmptySubsequences: false)`, a text that ends with a line feed
/// gives an empty last line.
///
/// `RecordLines.split("a\r\nb\n")` is `["a", "b", ""]`. Complexity: O(n) in
/// UTF-8 bytes.
package enum RecordLines {
    package static func split(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = utf8.startIndex
        func line(_ from: String.Index, _ to: String.Index) -> Substring {
            var end = to
            if end > from, utf8[utf8.index(before: end)] == 13 { end = utf8.index(before: end) }
            return text[from..<end]
        }
        while i != utf8.endIndex {
            if utf8[i] == 10 {
                lines.append(line(start, i))
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        lines.append(line(start, utf8.endIndex))
        return lines
    }
}
