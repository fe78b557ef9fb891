/// Caller-chosen style bits over a range of Unicode-scalar offsets.
///
/// Overlapping spans are OR-ed together, so bits can mean "entity",
/// "search hit", "selected" independently.
public struct StyleSpan: Hashable, Sendable {
    /// Scalar offsets in the same frame as `Cell.source` (that is, including `baseOffset`).
    public var range: Range<Int>
    public var style: UInt32

    public init(range: Range<Int>, style: UInt32) {
        self.range = range
        self.style = style
    }
}
