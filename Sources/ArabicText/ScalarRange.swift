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
    ///
    /// Written as UTF-8 straight into the string's storage (appending to a
    /// `UnicodeScalarView` one scalar at a time costs five times more, and
    /// timelines and mention lists make hundreds of thousands).
    public func string(in range: ScalarRange) -> String {
        let slice = self[range.start..<range.end]
        var bytes = 0
        for s in slice { bytes += UTF8.width(s) }
        return String(unsafeUninitializedCapacity: bytes) { buffer in
            var i = 0
            for s in slice {
                let v = s.value
                switch v {
                case 0..<0x80:
                    buffer[i] = UInt8(v); i += 1
                case 0x80..<0x800:
                    buffer[i] = UInt8(0xC0 | v >> 6); buffer[i + 1] = UInt8(0x80 | v & 0x3F); i += 2
                case 0x800..<0x10000:
                    buffer[i] = UInt8(0xE0 | v >> 12); buffer[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v & 0x3F); i += 3
                default:
                    buffer[i] = UInt8(0xF0 | v >> 18); buffer[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v >> 6 & 0x3F); buffer[i + 3] = UInt8(0x80 | v & 0x3F); i += 4
                }
            }
            return i
        }
    }
}
