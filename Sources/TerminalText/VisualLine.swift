/// One line of a laid-out paragraph, in display order.
public struct VisualLine: Hashable, Sendable {
    /// Display order, left to right; one entry per column (wide characters
    /// are followed by a width-0 continuation cell).
    public var cells: [Cell]
    /// Sum of cell widths.
    public var width: Int
    /// The paragraph's direction: RTL lines are meant to be right-aligned.
    public var isRightToLeft: Bool
    /// The paragraph scalars this line covers (with `baseOffset`), including
    /// whitespace hanging at the line end that is not drawn.
    public var logicalRange: Range<Int>
    /// How the cells were ordered; in `.terminal` mode they are in logical
    /// order and the terminal reorders them.
    public var mode: BidiMode

    public init(cells: [Cell], isRightToLeft: Bool, logicalRange: Range<Int>, mode: BidiMode = .app) {
        self.cells = cells
        self.width = cells.reduce(0) { $0 + $1.width }
        self.isRightToLeft = isRightToLeft
        self.logicalRange = logicalRange
        self.mode = mode
    }

    /// A line whose width the caller already knows (the layout's own lines).
    init(cells: [Cell], width: Int, isRightToLeft: Bool, logicalRange: Range<Int>, mode: BidiMode) {
        self.cells = cells
        self.width = width
        self.isRightToLeft = isRightToLeft
        self.logicalRange = logicalRange
        self.mode = mode
    }

    /// The number of blank cells `aligned(to:)` puts before the text.
    public func leadingPadding(alignedWidth: Int) -> Int {
        // In terminal mode the terminal aligns RTL paragraphs itself: padding
        // goes after the text in logical order, which it shows on the left.
        guard isRightToLeft, mode == .app else { return 0 }
        return max(0, alignedWidth - width)
    }

    /// The cells padded on the left (RTL) or right (LTR) with blank cells to `width`.
    ///
    /// A line wider than `width` is returned unchanged.
    public func aligned(to width: Int) -> [Cell] {
        let padding = max(0, width - self.width)
        guard padding > 0 else { return cells }
        let lead = leadingPadding(alignedWidth: width)
        var out: [Cell] = []
        out.reserveCapacity(cells.count + padding)
        let blankLeft = Cell.blank(at: logicalRange.upperBound)
        for _ in 0..<lead { out.append(blankLeft) }
        out.append(contentsOf: cells)
        let blankRight = Cell.blank(at: logicalRange.upperBound)
        for _ in 0..<(padding - lead) { out.append(blankRight) }
        return out
    }

    /// Plain text of the cells (for tests and `marsad render`).
    public var text: String { text(alignedTo: 0) }

    /// Plain text of the cells after the blanks that right-align an RTL line
    /// to `width` (no blanks after the text): a line of `marsad render`.
    public func text(alignedTo width: Int) -> String {
        let lead = leadingPadding(alignedWidth: width)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lead + 3 * cells.count)
        for _ in 0..<lead { bytes.append(0x20) }
        for cell in cells {
            var text = cell.text
            text.withUTF8 { bytes.append(contentsOf: $0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The column (0-based) of the cell showing logical scalar `offset`, or
    /// nil if no cell shows it (a hidden control, whitespace hanging at the
    /// line end, another line). With `alignedWidth`, columns count as in
    /// `aligned(to: alignedWidth)`.
    public func column(forLogicalOffset offset: Int, alignedWidth: Int? = nil) -> Int? {
        let lead = alignedWidth.map { leadingPadding(alignedWidth: $0) } ?? 0
        for (index, cell) in cells.enumerated() where cell.width > 0 && cell.source.contains(offset) {
            return index + lead
        }
        return nil
    }

    /// The logical scalar offset shown at `column` (mouse clicks): the first
    /// scalar of that cell's source, or nil over padding and past the end.
    /// With `alignedWidth`, columns count as in `aligned(to: alignedWidth)`.
    public func logicalOffset(atColumn column: Int, alignedWidth: Int? = nil) -> Int? {
        let lead = alignedWidth.map { leadingPadding(alignedWidth: $0) } ?? 0
        let index = column - lead
        guard index >= 0, index < cells.count else { return nil }
        let source = cells[index].source
        return source.isEmpty ? nil : source.lowerBound
    }
}
