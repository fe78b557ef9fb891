import Foundation

/// Folds Arabic text for matching and search, never for display.
///
/// - alef forms أ إ آ ٱ → ا, ى → ي, ة → ه, Persian ی → ي and ک → ك;
/// - tatweel, harakat, Quranic marks and invisible format characters
///   (ZWNJ, ZWJ, LRM, RLM, ALM, BOM) are dropped;
/// - Eastern Arabic (٠–٩) and Persian (۰–۹) digits → 0–9;
/// - presentation forms (U+FB50–FDFF, U+FE70–FEFF) → base letters, a lam-alef
///   ligature → two letters;
/// - ASCII letters → lower case, so "Putin" matches "putin".
///
/// `normalize("وبالأمسِ")` is `"وبالامس"`. Complexity: O(n) in scalars, one
/// table look-up a scalar.
public enum ArabicNormalizer {
    /// Normalized form of a string.
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { fold(scalar, into: &out) }
        return String(out)
    }

    /// Normalized scalars of `scalars[range]`, with, for each output scalar,
    /// the offset of the input scalar it came from (so a match in normalized
    /// text maps back to a `ScalarRange` of the original).
    public static func normalizeWithMap(
        _ scalars: [Unicode.Scalar], range: Range<Int>
    ) -> (scalars: [Unicode.Scalar], sourceOffsets: [Int]) {
        var out: [Unicode.Scalar] = []
        var offsets: [Int] = []
        out.reserveCapacity(range.count)
        offsets.reserveCapacity(range.count)
        scalars.withUnsafeBufferPointer { buffer in
            fold(UnsafeBufferPointer(rebasing: buffer[range]), into: &out, sources: &offsets, firstOffset: range.lowerBound)
        }
        return (out, offsets)
    }

    /// Appends the normalized form of `scalars` to `out` and, for each
    /// scalar appended, the offset of the input scalar it came from
    /// (`firstOffset` for `scalars[0]`) to `sources`.
    @inlinable @inline(__always)
    package static func fold(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, into out: inout [Unicode.Scalar],
                             sources: inout [Int], firstOffset: Int = 0) {
        for (i, s) in scalars.enumerated() {
            let before = out.count
            fold(s, into: &out)
            for _ in before..<out.count { sources.append(firstOffset + i) }
        }
    }

    /// True for scalars dropped entirely by normalization (harakat, tatweel,
    /// invisible format characters).
    @inlinable
    public static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E8, 0x06EA...0x06ED:
            return true  // harakat and Quranic annotation marks
        case 0x0640:
            return true  // tatweel
        case 0x200B...0x200F, 0x061C, 0xFEFF, 0x202A...0x202E, 0x2066...0x2069:
            return true  // zero-width and bidi format characters
        default:
            return false
        }
    }

    /// Appends the folded form of one scalar (zero, one or two scalars) to
    /// a string's scalars or an array: the one implementation of the rules
    /// above. ASCII and the plain Arabic letters, most of any text, take
    /// the first two branches.
    @inlinable @inline(__always)
    package static func fold<Out: RangeReplaceableCollection>(_ scalar: Unicode.Scalar, into out: inout Out)
    where Out.Element == Unicode.Scalar {
        let v = scalar.value
        if v < 0x80 {
            out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : scalar)
            return
        }
        if v >= 0x0621 && v <= 0x064A && v != 0x0622 && v != 0x0623 && v != 0x0625 && v != 0x0629 && v != 0x0640
            && v != 0x0649 {
            out.append(scalar)  // a plain Arabic letter
            return
        }
        foldOther(scalar, into: &out)
    }

    @inlinable
    static func foldOther<Out: RangeReplaceableCollection>(_ scalar: Unicode.Scalar, into out: inout Out)
    where Out.Element == Unicode.Scalar {
        if isIgnorable(scalar) { return }
        let v = scalar.value
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673:
            out.append("\u{0627}")
        case 0x0649, 0x06CC:
            out.append("\u{064A}")
        case 0x0629:
            out.append("\u{0647}")
        case 0x06A9:
            out.append("\u{0643}")
        case 0x0660...0x0669:
            out.append(Unicode.Scalar(v - 0x0660 + 0x30)!)
        case 0x06F0...0x06F9:
            out.append(Unicode.Scalar(v - 0x06F0 + 0x30)!)
        case 0xFB50...0xFDFF, 0xFE70...0xFEFF:
            // A form with no compatibility decomposition (﴾ U+FD3E, ﵏
            // U+FD4F, the FBB2–FBC2 marks, FE73…) is folded as itself: its
            // "base" is the scalar, and folding it again would never end.
            guard let bases = PresentationForms.decomposition(of: scalar) else {
                out.append(scalar)
                return
            }
            for base in bases where base != scalar {
                fold(base, into: &out)
            }
        default:
            out.append(scalar)
        }
    }
}

/// Base letters of Arabic presentation forms, from Unicode's compatibility
/// decompositions (NFKD of each form), computed once.
@usableFromInline
enum PresentationForms {
    private static let table: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        for range in [0xFB50...0xFDFF, 0xFE70...0xFEFF] {
            for v in range {
                guard let scalar = Unicode.Scalar(UInt32(v)), scalar.properties.generalCategory != .unassigned
                else { continue }
                let decomposed = String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars
                let base = decomposed.filter { !($0.value == 0x20) }
                if !base.isEmpty && !(base.count == 1 && base.first == scalar) {
                    table[UInt32(v)] = Array(base)
                }
            }
        }
        return table
    }()

    /// Base letters of `scalar`, or nil when it has no compatibility
    /// decomposition of its own. A decomposition is always fully
    /// decomposed (NFKD), so it never holds another presentation form.
    @usableFromInline
    static func decomposition(of scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        table[scalar.value]
    }
}
