/// Arabic letters to presentation forms, by table, the way ICU's
/// `u_shapeArabic` does it (letters shaped, lam-alef ligatures at the lam, a
/// space at the alef's place for the caller to hide), but without its
/// per-call cost, which was an eighth of the layout time.
///
/// The table is not transcribed by hand: it is read from ICU itself when first
/// needed, by shaping each letter of U+0600–U+06FF (and ZWJ) alone and between
/// two behs, which gives its four forms, whether it joins the letter before
/// and after it, and whether it is transparent (harakat). Texts ICU shapes
/// differently (presentation forms in the input) go to ICU itself.
/// `ShapingCrossCheck` compares the two on any text; the tests run it on the
/// seed articles and on every pair of letters.
enum ArabicShaper {
    /// Per code point of U+0600–U+06FF: isolated, final, initial, medial forms
    /// (16 bits each) and flags in `flags`.
    private struct Entry {
        var forms: (UInt16, UInt16, UInt16, UInt16) = (0, 0, 0, 0)
        var joinsPrevious = false   // connects to the letter before it (logical order)
        var joinsNext = false       // connects to the letter after it
        var transparent = false     // skipped when finding neighbours (harakat)
        var known = false
    }

    private static let beh: UInt16 = 0x0628
    private static let lam: UInt16 = 0x0644

    /// 256 entries for U+0600–U+06FF plus one for ZWJ (index 256).
    nonisolated(unsafe) private static let table: UnsafePointer<Entry> = {
        let table = UnsafeMutablePointer<Entry>.allocate(capacity: 257)
        table.initialize(repeating: Entry(), count: 257)
        func icu(_ units: [UInt16]) -> [UInt16] { ICU.shapeArabic(units) ?? units }
        let behIsolated = icu([beh])[0]
        let behPair = icu([beh, beh])
        let behInitial = behPair[0], behFinal = behPair[1]
        for index in 0..<257 {
            let c: UInt16 = index == 256 ? 0x200D : 0x0600 + UInt16(index)
            var e = Entry()
            e.joinsPrevious = icu([beh, c])[0] == behInitial
            e.joinsNext = icu([c, beh])[1] == behFinal
            let around = icu([beh, c, beh])
            e.transparent = !e.joinsPrevious && !e.joinsNext && around[0] == behInitial && around[2] == behFinal
            let isolated = icu([c])[0]
            e.forms = (isolated,
                       e.joinsPrevious ? icu([beh, c])[1] : isolated,
                       e.joinsNext ? icu([c, beh])[0] : isolated,
                       e.joinsPrevious && e.joinsNext ? icu([beh, c, beh])[1] : isolated)
            e.known = true
            table[index] = e
        }
        _ = behIsolated
        return UnsafePointer(table)
    }()

    /// Lam-alef ligatures per alef (U+0622, U+0623, U+0625, U+0627): isolated and final forms.
    nonisolated(unsafe) private static let ligatures: UnsafePointer<(UInt16, UInt16)> = {
        let out = UnsafeMutablePointer<(UInt16, UInt16)>.allocate(capacity: 4)
        for (i, alef) in [UInt16(0x0622), 0x0623, 0x0625, 0x0627].enumerated() {
            let isolated = ICU.shapeArabic([lam, alef]) ?? [lam, alef]
            let final = ICU.shapeArabic([beh, lam, alef]) ?? [beh, lam, alef]
            out[i] = (isolated[0], final[1])
        }
        return UnsafePointer(out)
    }()

    /// `table` packed for the shaping loop: per entry the four forms, 16 bits
    /// each (isolated, final, initial, medial: index connectsPrevious + 2 × connectsNext).
    nonisolated(unsafe) private static let packedForms: UnsafePointer<UInt64> = {
        let out = UnsafeMutablePointer<UInt64>.allocate(capacity: 257)
        for i in 0..<257 {
            let f = table[i].forms
            out[i] = UInt64(f.0) | UInt64(f.1) << 16 | UInt64(f.2) << 32 | UInt64(f.3) << 48
        }
        return UnsafePointer(out)
    }()

    /// `table`'s flags packed: 1 joins the previous letter, 2 joins the next, 4 transparent.
    nonisolated(unsafe) private static let packedFlags: UnsafePointer<UInt8> = {
        let out = UnsafeMutablePointer<UInt8>.allocate(capacity: 257)
        for i in 0..<257 {
            let e = table[i]
            out[i] = (e.joinsPrevious ? 1 : 0) | (e.joinsNext ? 2 : 0) | (e.transparent ? 4 : 0)
        }
        return UnsafePointer(out)
    }()

    @inline(__always) private static func entryIndex(_ u: UInt16) -> Int? {
        if u >= 0x0600 && u <= 0x06FF { return Int(u - 0x0600) }
        return u == 0x200D ? 256 : nil
    }

    @inline(__always) private static func ligatureIndex(_ u: UInt16) -> Int? {
        switch u {
        case 0x0622: return 0
        case 0x0623: return 1
        case 0x0625: return 2
        case 0x0627: return 3
        default: return nil
        }
    }

    /// Whether the table reproduces ICU on this text (no presentation forms or
    /// ICU's legacy shaping controls in the input).
    static func canShape(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        !units.contains { ($0 >= 0xFB50 && $0 <= 0xFEFC) || ($0 >= 0x206D && $0 <= 0x206F) }
    }

    /// Writes the shaped text (one unit per input unit, a space at the alef of
    /// each lam-alef ligature) into `out`, in one pass: a letter's form is
    /// written when the next non-transparent character shows whether it joins.
    static func shape(_ units: UnsafeBufferPointer<UInt16>, into out: UnsafeMutablePointer<UInt16>) {
        let forms = packedForms, flags = packedFlags, ligatures = self.ligatures
        var pending = -1                 // the last letter, waiting for its next neighbour
        var pendingForms: UInt64 = 0
        var pendingJoinsNext = false
        var pendingConnectsPrevious: UInt64 = 0
        var pendingIsLam = false
        @inline(__always) func form(_ f: UInt64, _ connectsPrevious: UInt64, _ connectsNext: UInt64) -> UInt16 {
            UInt16(truncatingIfNeeded: f &>> (16 &* (connectsPrevious | connectsNext &<< 1)))
        }
        for i in 0..<units.count {
            let u = units[i]
            let index: Int
            if u &- 0x0600 <= 0xFF {
                index = Int(u &- 0x0600)
            } else if u == 0x200D {
                index = 256
            } else {
                if pending >= 0 { out[pending] = form(pendingForms, pendingConnectsPrevious, 0) }
                pending = -1
                out[i] = u
                continue
            }
            let f = flags[index]
            if f & 4 != 0 {              // transparent (harakat)
                out[i] = u
                continue
            }
            if pendingIsLam && pending >= 0, let l = ligatureIndex(u) {
                // Lam then alef (harakat between allowed): one ligature at the lam; the alef joins nothing after.
                out[pending] = pendingConnectsPrevious != 0 ? ligatures[l].1 : ligatures[l].0
                out[i] = 0x20
                pending = -1
                pendingIsLam = false
                continue
            }
            let connects: UInt64 = pending >= 0 && pendingJoinsNext && f & 1 != 0 ? 1 : 0
            if pending >= 0 { out[pending] = form(pendingForms, pendingConnectsPrevious, connects) }
            pending = i
            pendingForms = forms[index]
            pendingJoinsNext = f & 2 != 0
            pendingConnectsPrevious = connects
            pendingIsLam = u == lam
        }
        if pending >= 0 { out[pending] = form(pendingForms, pendingConnectsPrevious, 0) }
    }
}

/// Compares `ArabicShaper` with ICU's `u_shapeArabic` on a text, for the tests.
package enum ShapingCrossCheck {
    /// Indices (UTF-16 units) of the letters where the table's form differs from ICU's.
    package static func mismatches(_ text: String) -> [Int] {
        let units = Array(text.utf16)
        guard let icu = ICU.shapeArabic(units) else { return [-1] }
        var ours = [UInt16](repeating: 0, count: units.count)
        units.withUnsafeBufferPointer { src in
            ours.withUnsafeMutableBufferPointer { ArabicShaper.shape(src, into: $0.baseAddress!) }
        }
        // Only letters take shaped forms in the layout; other units keep their input.
        return units.indices.filter { i in
            CharProps.of(UInt32(units[i])).has(CharProps.joiningLetter) && ours[i] != icu[i]
        }
    }
}
