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
    /// The scalars of `text`, decoded from its UTF-8 in two tight passes
    /// (count, then decode): `Array(text.unicodeScalars)`, several times
    /// faster, for opening thousands of articles at once.
    public init(scalarsOf text: String) {
        var text = text
        self = text.withUTF8 { utf8 -> [Unicode.Scalar] in
            var count = 0
            for b in utf8 where b & 0xC0 != 0x80 { count += 1 }
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialized in
                var i = 0, n = 0
                let end = utf8.count
                // A Swift String's UTF-8 is valid: every lead byte has its
                // continuation bytes, and every value is a scalar.
                while i < end {
                    let b0 = UInt32(utf8[i])
                    let v: UInt32
                    if b0 < 0x80 {
                        v = b0
                        i += 1
                    } else if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12 | UInt32(utf8[i + 2] & 0x3F) << 6
                            | UInt32(utf8[i + 3] & 0x3F)
                        i += 4
                    }
                    (out.baseAddress! + n).initialize(to: Unicode.Scalar(v).unsafelyUnwrapped)
                    n += 1
                }
                initialized = n
            }
        }
    }

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
