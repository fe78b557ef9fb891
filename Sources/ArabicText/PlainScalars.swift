import Foundation

/// Scalars that are a character of their own wherever they stand: in a
/// text made only of them, every scalar is one `Character`, and two such
/// texts are canonically equivalent exactly when their scalars are equal.
///
/// So on such text, `String`'s comparisons (`==`, `hasPrefix`, Foundation's
/// `contains`), which compare characters up to canonical equivalence, give
/// the answers of plain scalar comparisons, which cost far less. A scalar
/// is plain when it is printable ASCII or tab, or, in the blocks most news
/// text uses (Latin, Greek, Cyrillic, Arabic, punctuation and symbols,
/// Arabic presentation forms), is no mark, format or control character,
/// combines with nothing (canonical combining class 0) and is its own NFC
/// form. Marks, joiners, Hangul, emoji modifiers and everything outside
/// those blocks are not plain: text with them takes the `String` path.
package enum PlainScalars {
    /// `isPlain` of every BMP scalar.
    @usableFromInline
    package static let table: [Bool] = {
        var table = [Bool](repeating: false, count: 0x10000)
        table[0x09] = true
        for v in 0x20...0x7E { table[v] = true }
        let blocks = [0x00A0...0x024F, 0x0370...0x052F, 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF,
                      0x2000...0x2BFF, 0xFB50...0xFDFF, 0xFE70...0xFEFF]
        for block in blocks {
            for v in block {
                guard let s = Unicode.Scalar(UInt32(v)) else { continue }
                let p = s.properties
                switch p.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark, .format, .control, .surrogate, .privateUse,
                     .unassigned, .lineSeparator, .paragraphSeparator:
                    continue
                default:
                    break
                }
                guard p.canonicalCombiningClass == .notReordered else { continue }
                let nfc = String(s).precomposedStringWithCanonicalMapping.unicodeScalars
                guard nfc.count == 1, nfc.first == s else { continue }
                table[v] = true
            }
        }
        return table
    }()

    @inlinable @inline(__always)
    package static func isPlain(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x10000 && table[Int(s.value)]
    }

    /// Every scalar is plain.
    @inlinable
    package static func all(_ scalars: [Unicode.Scalar]) -> Bool {
        let table = self.table
        return scalars.allSatisfy { $0.value < 0x10000 && table[Int($0.value)] }
    }
}
