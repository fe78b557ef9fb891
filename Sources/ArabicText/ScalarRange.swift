/// A half-open range of Unicode-scalar offsets into an article's text.
///
/// Every offset Marsad exposes counts Unicode scalars from the start of the
/// article's text (a byte-order mark is not part of the text), so
/// `ScalarRange(start: 0, end: 3)` over "قال بوتين" covers "قال".
public struct ScalarRange: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// First scalar offset in the range.
    public var start: Int
    /// One past the last scalar offset in the range.
    public var end: Int

    @inlinable
    public init(start: Int, end: Int) {
        precondition(start <= end, "ScalarRange start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    @inlinable public var length: Int { end - start }
    @inlinable public var isEmpty: Bool { start == end }

    @inlinable public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    @inlinable public func contains(_ other: ScalarRange) -> Bool { other.start >= start && other.end <= end }
    @inlinable public func overlaps(_ other: ScalarRange) -> Bool { other.start < end && start < other.end }

    @inlinable public static func < (lhs: ScalarRange, rhs: ScalarRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}

extension Array where Element == Unicode.Scalar {
    /// The text of `range` as a `String`.
    public func string(in range: ScalarRange) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self[range.start..<range.end])
        return String(view)
    }
}
