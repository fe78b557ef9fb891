/// One terminal cell of a laid-out line.
///
/// A wide character (CJK, emoji) is a cell of width 2 followed by a
/// continuation cell of width 0 and empty text, so a line's cell index is
/// its column.
public struct Cell: Hashable, Sendable {
    /// What to draw: one grapheme (base + combining marks), already shaped;
    /// "" for the right half of a wide character. Never a control character.
    public var text: String
    /// 1 or 2; 0 for the continuation half of a wide character.
    public var width: Int
    /// The logical Unicode-scalar range this cell shows (with `baseOffset` added).
    /// A lam-alef ligature covers both letters; padding cells have an empty range.
    public var source: Range<Int>
    /// The OR of the style bits of every span overlapping `source`.
    public var style: UInt32
    /// A visible stand-in for a control character (ESC → "␛").
    public var isPlaceholder: Bool

    public init(text: String, width: Int, source: Range<Int>, style: UInt32 = 0, isPlaceholder: Bool = false) {
        self.text = text
        self.width = width
        self.source = source
        self.style = style
        self.isPlaceholder = isPlaceholder
    }

    /// A blank cell used to pad lines; it shows no text of the paragraph.
    static func blank(at offset: Int) -> Cell {
        Cell(text: " ", width: 1, source: offset..<offset)
    }
}
