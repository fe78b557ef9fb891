/// One cell of the screen: what to draw there and how.
///
/// A wide character takes two cells: the first holds the text with
/// `width == 2`, the second is a continuation with `text == ""` and
/// `width == 0`, so the grid always has `columns` cells a row.
public struct BufferCell: Hashable, Sendable {
    public var text: String
    public var width: UInt8
    public var style: Style

    public init(text: String = " ", width: UInt8 = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = BufferCell()
    public var isContinuation: Bool { width == 0 }
}

/// A rectangle of screen cells, 0-based, `x` to the right, `y` down.
public struct Rect: Hashable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }

    /// The rectangle without its first `n` rows.
    public func droppingTop(_ n: Int) -> Rect { Rect(x: x, y: y + min(n, height), width: width, height: height - min(n, height)) }
    /// The first `n` rows.
    public func top(_ n: Int) -> Rect { Rect(x: x, y: y, width: width, height: min(n, height)) }
    /// The last `n` rows.
    public func bottom(_ n: Int) -> Rect { Rect(x: x, y: maxY - min(n, height), width: width, height: min(n, height)) }
    /// Shrunk by `n` columns on each side.
    public func insetHorizontally(_ n: Int) -> Rect { Rect(x: x + n, y: y, width: width - 2 * n, height: height) }
}

/// A grid of cells that views draw into and the backend flushes.
///
/// Views never see the terminal: they write cells here, and tests compare
/// `lines` (the grid as plain text) with what a user would see.
public struct Buffer: Hashable, Sendable {
    public private(set) var columns: Int
    public private(set) var rows: Int
    public private(set) var cells: [BufferCell]

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        cells = Array(repeating: .blank, count: self.columns * self.rows)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: columns, height: rows) }

    public subscript(x: Int, y: Int) -> BufferCell {
        get { cells[y * columns + x] }
        set { cells[y * columns + x] = newValue }
    }

    /// Fills every cell with blanks of the given style.
    public mutating func clear(style: Style = .plain) {
        let cell = BufferCell(style: style)
        for i in cells.indices { cells[i] = cell }
    }

    /// Fills a rectangle with blanks of a style.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let r = rect.clipped(to: area)
        guard !r.isEmpty else { return }
        let cell = BufferCell(style: style)
        for y in r.y..<r.maxY {
            repairWideCharacter(atX: r.x, y: y)
            repairWideCharacter(atX: r.maxX, y: y)
            for x in r.x..<r.maxX { cells[y * columns + x] = cell }
        }
    }

    /// Adds attributes/colours to the cells of a rectangle (a highlighted row).
    public mutating func applyStyle(_ rect: Rect, _ style: Style) {
        let r = rect.clipped(to: area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { cells[y * columns + x].style = cells[y * columns + x].style.merged(with: style) }
        }
    }

    /// Puts one grapheme at (x, y) if it fits before `limit` (exclusive
    /// column); returns the column after it. A wide character that would
    /// straddle `limit` is not drawn (a blank takes its place), so a line is
    /// never cut through the middle of a character.
    @discardableResult
    public mutating func put(_ text: String, width: Int, style: Style, x: Int, y: Int, limit: Int? = nil) -> Int {
        let end = min(limit ?? columns, columns)
        guard y >= 0, y < rows, x >= 0, x < end else { return x }
        if width <= 0 { return x }
        if x + width > end {
            repairWideCharacter(atX: x, y: y)
            cells[y * columns + x] = BufferCell(text: " ", width: 1, style: style)
            return x + 1
        }
        repairWideCharacter(atX: x, y: y)
        repairWideCharacter(atX: x + width, y: y)
        cells[y * columns + x] = BufferCell(text: text, width: UInt8(width), style: style)
        if width == 2 { cells[y * columns + x + 1] = BufferCell(text: "", width: 0, style: style) }
        return x + width
    }

    /// The grid as plain text, one string a row, wide characters once,
    /// trailing blanks kept (so columns can be checked).
    public var lines: [String] {
        (0..<rows).map { line($0) }
    }

    /// Row `y` as plain text.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<columns {
            let c = cells[y * columns + x]
            if !c.isContinuation { s += c.text }
        }
        return s
    }

    /// Row `y` as text with trailing blanks removed (test convenience).
    public func trimmedLine(_ y: Int) -> String {
        var s = line(y)
        while s.last == " " { s.removeLast() }
        return s
    }

    /// Keeps the grid well formed when a write lands on half of a wide
    /// character: the other half becomes a blank.
    private mutating func repairWideCharacter(atX x: Int, y: Int) {
        guard x >= 0, x < columns else { return }
        let i = y * columns + x
        if cells[i].isContinuation, x > 0 {
            cells[i - 1] = BufferCell(text: " ", width: 1, style: cells[i - 1].style)
            cells[i] = BufferCell(text: " ", width: 1, style: cells[i].style)
        } else if cells[i].width == 2, x + 1 < columns {
            cells[i + 1] = BufferCell(text: " ", width: 1, style: cells[i + 1].style)
        }
    }
}

extension Rect {
    /// The part of `self` inside `other`.
    public func clipped(to other: Rect) -> Rect {
        let x0 = max(x, other.x), y0 = max(y, other.y)
        let x1 = min(maxX, other.maxX), y1 = min(maxY, other.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}
