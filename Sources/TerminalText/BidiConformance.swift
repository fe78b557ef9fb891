// Implementation-only: in debug (testable) builds an `internal import` is still loaded by
// clients, and system ICU's C types then clash with Foundation's bundled ICU.
@_implementationOnly import CICU

/// The bidi core of the layout, exposed to the conformance tests: resolves a
/// paragraph given as code points the way `TextLayout` does (ICU's levels,
/// then L1 and L2), for Unicode's `BidiTest.txt` and `BidiCharacterTest.txt`.
package struct BidiResolution: Equatable, Sendable {
    /// 0 (LTR) or 1 (RTL).
    package var paragraphLevel: Int
    /// One per input code point; nil for characters removed by rule X9
    /// (embeddings, overrides, PDF, BN), which UAX #9 gives no level.
    package var levels: [Int?]
    /// Input indices from left to right, without the X9-removed characters.
    package var visualOrder: [Int]
}

package enum BidiConformance {
    /// Resolves one paragraph, all on one line.
    package static func resolve(codePoints: [UInt32], direction: ParagraphDirection) -> BidiResolution? {
        var units: [UInt16] = []
        units.reserveCapacity(codePoints.count)
        var firstUnit: [Int] = []
        firstUnit.reserveCapacity(codePoints.count)
        for cp in codePoints {
            firstUnit.append(units.count)
            if cp < 0x10000 {
                units.append(UInt16(cp))
            } else {
                units.append(UInt16(0xD800 + ((cp - 0x10000) >> 10)))
                units.append(UInt16(0xDC00 + ((cp - 0x10000) & 0x3FF)))
            }
        }
        var unitClasses: [BidiClass] = []
        unitClasses.reserveCapacity(units.count)
        for cp in codePoints {
            let cls = bidiClass(cp)
            unitClasses.append(cls)
            if cp >= 0x10000 { unitClasses.append(cls) }
        }
        guard let resolved = BidiResolver.resolve(units, classes: unitClasses, direction: direction, exactLevels: true),
              resolved.levels.count == units.count else { return nil }
        let paragraphLevel = resolved.paragraphLevel
        var levels: [UInt8] = firstUnit.map { resolved.levels[$0] }
        let classes = codePoints.map(bidiClass)
        applyL1(classes: classes, levels: &levels, paragraphLevel: paragraphLevel)

        var kept: [Int] = []
        var keptLevels: [UInt8] = []
        var out: [Int?] = []
        out.reserveCapacity(levels.count)
        for (i, cls) in classes.enumerated() {
            if cls.isRemovedByX9 {
                out.append(nil)
            } else {
                out.append(Int(levels[i]))
                kept.append(i)
                keptLevels.append(levels[i])
            }
        }
        var map: [Int32] = []
        ICU.reorderVisual(keptLevels, into: &map)
        return BidiResolution(paragraphLevel: Int(paragraphLevel), levels: out,
                              visualOrder: map.map { kept[Int($0)] })
    }

    static func bidiClass(_ codePoint: UInt32) -> BidiClass {
        BidiClass(rawValue: UInt8(marsad_u_charDirection(Int32(bitPattern: codePoint)))) ?? .ON
    }

    /// UAX #9 L1: segment and paragraph separators, and whitespace and isolate
    /// controls before them or at the line end, go back to the paragraph level.
    static func applyL1(classes: [BidiClass], levels: inout [UInt8], paragraphLevel: UInt8) {
        var trailing = true   // scanning backwards: inside a run that ends the line or precedes S/B
        for i in stride(from: classes.count - 1, through: 0, by: -1) {
            switch classes[i] {
            case .S, .B:
                levels[i] = paragraphLevel
                trailing = true
            case .WS, .FSI, .LRI, .RLI, .PDI:
                if trailing { levels[i] = paragraphLevel }
            case .LRE, .RLE, .LRO, .RLO, .PDF, .BN:
                if trailing { levels[i] = paragraphLevel }   // removed by X9: keep the run going
            default:
                trailing = false
            }
        }
    }
}
