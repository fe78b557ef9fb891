extension String {
    /// The string with every control character made visible, so text from
    /// an article can be printed without steering the terminal: C0 controls
    /// become their Control Pictures (ESC → ␛, TAB → ␉), DEL → ␡, C1
    /// controls → �, bidi embeddings, overrides and isolates are dropped.
    ///
    /// `"a\u{1B}[2Jb".terminalSafe == "a␛[2Jb"`.
    public var terminalSafe: String {
        var out = String.UnicodeScalarView()
        var changed = false
        for s in unicodeScalars {
            switch s.value {
            case 0x00...0x1F:
                out.append(Unicode.Scalar(0x2400 + s.value)!)
                changed = true
            case 0x7F:
                out.append("\u{2421}")
                changed = true
            case 0x80...0x9F:
                out.append("\u{FFFD}")
                changed = true
            case 0x202A...0x202E, 0x2066...0x2069:
                changed = true
            default:
                out.append(s)
            }
        }
        return changed ? String(out) : self
    }
}
