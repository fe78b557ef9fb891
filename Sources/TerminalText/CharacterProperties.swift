// Implementation-only: in debug (testable) builds an `internal import` is still loaded by
// clients, and system ICU's C types then clash with Foundation's bundled ICU.
@_implementationOnly import CICU

/// Bidi_Class values, numbered as ICU's `UCharDirection`.
enum BidiClass: UInt8 {
    case L = 0, R, EN, ES, ET, AN, CS, B, S, WS, ON, LRE, LRO, AL, RLE, RLO, PDF, NSM, BN, FSI, LRI, RLI, PDI

    /// Removed by rule X9: they get no level and no place in the visual order.
    var isRemovedByX9: Bool {
        switch self {
        case .LRE, .RLE, .LRO, .RLO, .PDF, .BN: return true
        default: return false
        }
    }
}

/// What happens to a scalar before it reaches ICU and the cells.
enum SanitizeKind: UInt32 {
    /// Passed through.
    case keep = 0
    /// A C0/C1 control, ESC or DEL: replaced by a visible stand-in (its Control Picture).
    case placeholder = 1
    /// LF, CR, VT, FF, NEL, LS, PS: a paragraph has no line breaks inside, so a space.
    case lineBreak = 2
    /// TAB: expanded to spaces up to the next tab stop.
    case tab = 3
}

/// Everything the layout needs to know about one scalar, packed in 32 bits
/// so a paragraph pays one table load per scalar (BMP) instead of a handful
/// of ICU property calls.
struct CharProps {
    var raw: UInt32

    // Bit layout.
    private static let classMask: UInt32 = 0x1F          // bits 0-4: BidiClass (after sanitizing)
    private static let widthShift: UInt32 = 5            // bits 5-6: cell width 0/1/2
    private static let gcbShift: UInt32 = 7              // bits 7-11: Grapheme_Cluster_Break
    static let extendedPictographic: UInt32 = 1 << 12
    static let mirrored: UInt32 = 1 << 13
    /// An Arabic letter that joins (Joining_Type D, R, L or C): the paragraph needs shaping.
    static let joiningLetter: UInt32 = 1 << 14
    /// Alef variants that form lam-alef ligatures.
    static let alef: UInt32 = 1 << 15
    /// Applied by the algorithm but never drawn (bidi controls, ZWNJ, soft hyphen, BOM...).
    static let hidden: UInt32 = 1 << 16
    private static let kindShift: UInt32 = 17            // bits 17-18: SanitizeKind
    static let kindMask: UInt32 = 3 << 17
    /// Whitespace that hangs at a line end (Bidi_Class WS or S, or a line break made a space).
    static let space: UInt32 = 1 << 19
    /// R, AL, AN or an explicit embedding/override/isolate: the full bidi algorithm is needed.
    static let needsBidi: UInt32 = 1 << 20
    /// A supplementary scalar's trailing UTF-16 unit (carries no properties of its own).
    static let trailSurrogate: UInt32 = 1 << 21
    /// LRO or RLO: ICU needs the corrections in `ExplicitLevels`.
    static let override: UInt32 = 1 << 23
    /// The common cell: drawn, 1 wide, no special handling (not a space, tab,
    /// control, mirrored or no-break character, Grapheme_Cluster_Break Other).
    static let simple: UInt32 = 1 << 24
    /// Grapheme_Cluster_Break Extend, ZWJ or SpacingMark: joins the cluster before it.
    static let attaches: UInt32 = 1 << 25
    /// Line_Break AL, HL, NU or CM: UAX #14 allows no break between two of these
    /// (LB9, LB23, LB25, LB28), so a run of them is one word.
    static let wordCharacter: UInt32 = 1 << 26

    init(raw: UInt32) { self.raw = raw }

    var bidiClass: BidiClass { BidiClass(rawValue: UInt8(raw & Self.classMask)) ?? .ON }
    var width: Int { Int((raw >> Self.widthShift) & 3) }
    var graphemeBreak: UInt32 { (raw >> Self.gcbShift) & 0x1F }
    var kind: SanitizeKind { SanitizeKind(rawValue: (raw >> Self.kindShift) & 3) ?? .keep }
    @inline(__always) func has(_ flag: UInt32) -> Bool { raw & flag != 0 }

    /// Properties of a scalar: from the BMP table, or computed (supplementary planes are rare in news).
    @inline(__always) static func of(_ scalar: UInt32) -> CharProps {
        scalar < 0x10000 ? CharProps(raw: bmpTable[Int(scalar)]) : CharProps(raw: compute(scalar))
    }

    /// Properties of the 65,536 BMP code points (read-only once built), built once on first use (a few
    /// milliseconds) and kept for the life of the process.
    nonisolated(unsafe) static let bmpTable: UnsafePointer<UInt32> = {
        let table = UnsafeMutablePointer<UInt32>.allocate(capacity: 0x10000)
        for v in 0..<0x10000 { table[v] = compute(UInt32(v)) }
        return UnsafePointer(table)
    }()

    /// The scalar ICU and the cells see in place of `scalar`.
    static func sanitized(_ scalar: UInt32, kind: SanitizeKind) -> UInt32 {
        switch kind {
        case .keep, .tab: return scalar
        case .lineBreak: return 0x20
        case .placeholder:
            if scalar < 0x20 { return 0x2400 + scalar }   // Control Pictures: ESC → ␛
            if scalar == 0x7F { return 0x2421 }           // ␡
            return 0xFFFD                                 // C1 controls have no pictures
        }
    }

    static func compute(_ scalar: UInt32) -> UInt32 {
        let c = Int32(bitPattern: scalar)
        var kind = SanitizeKind.keep
        switch scalar {
        case 0x09: kind = .tab
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: kind = .lineBreak
        case 0x00...0x1F, 0x7F...0x9F: kind = .placeholder
        default: break
        }
        if scalar >= 0xD800 && scalar < 0xE000 { kind = .placeholder }  // lone surrogate units (never in a String)
        var bidi = UInt32(marsad_u_charDirection(c))
        var width: UInt32 = 1
        var gcb = UInt32(marsad_u_getIntPropertyValue(c, marsad_UCHAR_GRAPHEME_CLUSTER_BREAK()))
        var flags: UInt32 = 0
        switch kind {
        case .placeholder:
            bidi = UInt32(BidiClass.ON.rawValue)
            gcb = 1  // Control: a cluster of its own
        case .lineBreak:
            bidi = UInt32(BidiClass.WS.rawValue)
            gcb = 1
            flags |= space
        case .tab:
            bidi = UInt32(BidiClass.S.rawValue)
            gcb = 1
            flags |= space
        case .keep:
            let category = Int32(marsad_u_charType(c))
            let eaw = marsad_u_getIntPropertyValue(c, marsad_UCHAR_EAST_ASIAN_WIDTH())
            let ignorable = marsad_u_hasBinaryProperty(c, marsad_UCHAR_DEFAULT_IGNORABLE_CODE_POINT()) != 0
            let keptInCluster = scalar == 0x200D || (0xFE00...0xFE0F).contains(scalar)
                || (0xE0020...0xE007F).contains(scalar) || (0xE0100...0xE01EF).contains(scalar)
            if category == 6 || category == 7 || category == 16 || ignorable || gcb == 8 || gcb == 9 {
                width = 0  // Mn, Me, Cf, default ignorables, Hangul medial/final jamo
            } else if eaw == 3 || eaw == 5 {
                width = 2  // Fullwidth, Wide (CJK, emoji presentation)
            }
            if (ignorable || category == 16) && !keptInCluster { flags |= hidden }
            let cls = BidiClass(rawValue: UInt8(bidi)) ?? .ON
            switch cls {
            case .R, .AL, .AN, .LRE, .LRO, .RLE, .RLO, .PDF, .FSI, .LRI, .RLI, .PDI: flags |= needsBidi
            case .WS, .S: flags |= space
            case .B: // only reachable for code points not listed above; treat like a line break
                bidi = UInt32(BidiClass.WS.rawValue)
                flags |= space
            default: break
            }
            if [.LRE, .LRO, .RLE, .RLO, .PDF, .FSI, .LRI, .RLI, .PDI].contains(cls) { flags |= hidden }
            if cls == .LRO || cls == .RLO { flags |= override }
            if marsad_u_isMirrored(c) != 0 { flags |= mirrored }
            if marsad_u_hasBinaryProperty(c, marsad_UCHAR_EXTENDED_PICTOGRAPHIC()) != 0 { flags |= extendedPictographic }
            let joining = marsad_u_getIntPropertyValue(c, marsad_UCHAR_JOINING_TYPE())
            // U_JT_JOIN_CAUSING 1, DUAL_JOINING 2, LEFT_JOINING 3, RIGHT_JOINING 4
            if (1...4).contains(joining) && (0x0600...0x08FF).contains(scalar) { flags |= joiningLetter }
            if scalar == 0x0622 || scalar == 0x0623 || scalar == 0x0625 || scalar == 0x0627 { flags |= alef }
        }
        if gcb == GCB.extend || gcb == GCB.zwj || gcb == GCB.spacingMark { flags |= attaches }
        if kind == .keep {
            let lineBreak = marsad_u_getIntPropertyValue(c, marsad_UCHAR_LINE_BREAK())
            if lineBreak == marsad_U_LB_ALPHABETIC() || lineBreak == marsad_U_LB_HEBREW_LETTER()
                || lineBreak == marsad_U_LB_NUMERIC() || lineBreak == marsad_U_LB_COMBINING_MARK() {
                flags |= wordCharacter
            }
        }
        if kind == .keep && gcb == GCB.other && width == 1 && flags & (hidden | space | mirrored) == 0
            && scalar != 0xA0 && scalar != 0x202F && scalar != 0x2007 {
            flags |= simple
        }
        return bidi | width << widthShift | gcb << gcbShift | flags | kind.rawValue << kindShift
    }
}

/// Grapheme_Cluster_Break values, numbered as ICU's `UGraphemeClusterBreak`.
enum GCB {
    static let other: UInt32 = 0, control: UInt32 = 1, cr: UInt32 = 2, extend: UInt32 = 3
    static let l: UInt32 = 4, lf: UInt32 = 5, lv: UInt32 = 6, lvt: UInt32 = 7, t: UInt32 = 8, v: UInt32 = 9
    static let spacingMark: UInt32 = 10, prepend: UInt32 = 11, regionalIndicator: UInt32 = 12
    static let eBase: UInt32 = 13, eBaseGAZ: UInt32 = 14, eModifier: UInt32 = 15, glueAfterZWJ: UInt32 = 16
    static let zwj: UInt32 = 17
}

/// Single-scalar strings for the BMP, so a cell's text costs a table load, not an allocation.
enum ScalarStrings {
    nonisolated(unsafe) static let bmp: UnsafePointer<String> = {
        let table = UnsafeMutablePointer<String>.allocate(capacity: 0x10000)
        for v in 0..<0x10000 { (table + v).initialize(to: String(Character(Unicode.Scalar(UInt32(v)) ?? "\u{FFFD}"))) }
        return UnsafePointer(table)
    }()

    @inline(__always) static func string(_ scalar: UInt32) -> String {
        scalar < 0x10000 ? bmp[Int(scalar)] : String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}"))
    }
}
