/// A text's Unicode scalars as an array, decoded straight from its UTF-8.
///
/// `Scalars.of(text)` is `Array(text.unicodeScalars)`: the count is taken
/// first from the bytes that start a scalar, then each scalar is decoded
/// once into an array of exactly that size. A `String`'s UTF-8 is always
/// valid, so no sequence needs checking.
package enum Scalars {
    package static func of(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { utf8 in
            let count = utf8.count - continuationBytes(utf8)
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialized in
                var i = 0
                var n = 0
                let end = utf8.count
                while i < end {
                    let b0 = UInt32(utf8[i])
                    var v: UInt32
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
                    out[n] = Unicode.Scalar(v).unsafelyUnwrapped
                    n += 1
                }
                initialized = n
            }
        }
    }

    /// Bytes of the form 10xxxxxx, eight at a time.
    static func continuationBytes(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var i = 0
        let raw = UnsafeRawBufferPointer(utf8)
        while i + 8 <= utf8.count {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // Bit 7 set and bit 6 clear, in each byte.
            count += (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < utf8.count {
            if utf8[i] & 0xC0 == 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
