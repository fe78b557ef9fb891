import Foundation

/// Turns a file's bytes into text, or says precisely why it cannot.
package enum TextDecoder {
    package enum Outcome {
        /// Valid UTF-8 (a BOM removed).
        case text(String)
        /// Mostly text with invalid UTF-8: decoded with U+FFFD in place of
        /// the bad bytes, so nothing else is lost; `firstBadByte` says where.
        case repaired(String, firstBadByte: Int, badSequences: Int)
        /// Not text at all.
        case binary(reason: String)
    }

    package static func decode(_ data: Data) -> Outcome {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .binary(reason: "UTF-16 text; save it as UTF-8")
        }
        let probe = bytes.prefix(65536)
        if let nul = probe.firstIndex(of: 0) {
            return .binary(reason: "binary file (NUL byte at \(nul + (data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)))")
        }
        if let s = String(validating: bytes, as: UTF8.self) { return .text(s) }
        // Find the bad sequences ourselves for an exact offset.
        var firstBad: Int?
        var badCount = 0
        var i = 0
        let bomShift = data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count {
            let n = validSequenceLength(bytes, i)
            if n == 0 {
                if firstBad == nil { firstBad = i + bomShift }
                badCount += 1
                i += 1
            } else {
                i += n
            }
        }
        if badCount * 10 > max(bytes.count, 1) {
            return .binary(reason: "not UTF-8 text (\(badCount) invalid bytes, first at byte \(firstBad ?? 0))")
        }
        return .repaired(String(decoding: bytes, as: UTF8.self), firstBadByte: firstBad ?? 0, badSequences: badCount)
    }

    /// Length of the valid UTF-8 sequence at `i`, 0 if invalid.
    private static func validSequenceLength(_ b: [UInt8], _ i: Int) -> Int {
        let c = b[i]
        func cont(_ k: Int) -> Bool { i + k < b.count && b[i + k] & 0xC0 == 0x80 }
        switch c {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1) && b[i + 1] >= 0xA0 && cont(2) ? 3 : 0
        case 0xED: return cont(1) && b[i + 1] < 0xA0 && cont(2) ? 3 : 0
        case 0xE1...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xF0: return cont(1) && b[i + 1] >= 0x90 && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1) && b[i + 1] < 0x90 && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}
