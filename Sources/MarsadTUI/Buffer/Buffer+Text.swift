import TerminalText

/// Where a one-line text goes inside its field.
public enum FieldAlignment: Sendable {
    /// Left for left-to-right text, right for right-to-left text.
    case natural
    case left
    case right
}

extension Buffer {
    /// Draws laid-out cells (from TerminalText) on row `y` from column `x`,
    /// up to `limit` (exclusive). `style` is the base; each cell's style
    /// bits are turned into a style by `roles` and merged over it.
    ///
    /// Returns the column after the last cell drawn.
    @discardableResult
    public mutating func draw(cells: [Cell], x: Int, y: Int, limit: Int, style: Style,
                              theme: Theme, extraRoles: ((Cell) -> TextRole)? = nil) -> Int {
        var col = x
        for cell in cells where cell.width > 0 {
            if col >= limit { break }
            var roles = TextRole(rawValue: cell.style)
            if cell.isPlaceholder { roles.insert(.placeholder) }
            if let extraRoles { roles.formUnion(extraRoles(cell)) }
            let cellStyle = roles.isEmpty ? style : style.merged(with: theme.style(for: roles))
            col = put(cell.text.isEmpty ? " " : cell.text, width: cell.width, style: cellStyle, x: col, y: y, limit: limit)
        }
        return col
    }

    /// Draws a one-line text into the field `[x, x + width)` of row `y`:
    /// shaped and reordered by TerminalText, cut at a cell boundary with
    /// "…" when too long, right-aligned when right-to-left (`.natural`).
    ///
    /// Text that is plain printable ASCII takes a fast path. Returns the
    /// number of cells drawn.
    @discardableResult
    public mutating func drawText(_ text: String, x: Int, y: Int, width: Int, style: Style = .plain,
                                  alignment: FieldAlignment = .natural, direction: ParagraphDirection = .auto,
                                  mode: BidiMode = .app, theme: Theme = .monochrome, spans: [StyleSpan] = []) -> Int {
        guard width > 0, y >= 0, y < rows else { return 0 }
        if spans.isEmpty, Self.isPrintableASCII(text), direction != .rightToLeft {
            let count = min(text.utf8.count, width)
            let fits = text.utf8.count <= width
            let start = alignment == .right ? x + width - (fits ? count : width) : x
            var col = start
            var drawn = 0
            for byte in text.utf8 {
                if !fits && drawn == width - 1 {
                    put("…", width: 1, style: style, x: col, y: y)
                    drawn += 1
                    break
                }
                put(String(UnicodeScalar(byte)), width: 1, style: style, x: col, y: y)
                col += 1
                drawn += 1
                if drawn == count { break }
            }
            return drawn
        }
        // A field shows at most `width` cells, so a huge line (a 1 MB
        // paragraph used as a title) is laid out from its start only.
        let limit = width * 4 + 64
        let shown = text.unicodeScalars.count > limit ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit))) : text
        let line = TextLayout.singleLine(shown, spans: spans, maxWidth: width, direction: direction, mode: mode)
        let lineWidth = min(line.width, width)
        let start: Int
        switch alignment {
        // TerminalText knows whether the line is to be right-aligned (in
        // `.terminal` mode the terminal aligns RTL text itself).
        case .natural: start = x + min(line.leadingPadding(alignedWidth: width), width - lineWidth)
        case .left: start = x
        case .right: start = x + width - lineWidth
        }
        draw(cells: line.cells, x: start, y: y, limit: x + width, style: style, theme: theme)
        return lineWidth
    }

    static func isPrintableASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }
}
