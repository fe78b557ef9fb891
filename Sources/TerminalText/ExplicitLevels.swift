// Implementation-only: in debug (testable) builds an `internal import` is still loaded by
// clients, and system ICU's C types then clash with Foundation's bundled ICU.
@_implementationOnly import CICU

/// UAX #9 rules X1–X8 (explicit embeddings, overrides, isolates), run here
/// only to correct two places where ICU 72 departs from the Unicode 8.0
/// clarifications that `BidiCharacterTest.txt` checks:
///
/// - An isolate initiator or PDI under a directional override must take the
///   override's direction at the embedding level outside the isolate (X5a–X6a);
///   ICU gives it the level of an adjacent embedding.
/// - A bracket under an override is no longer ON, so it pairs with nothing
///   (BD14–BD16, N0); ICU still pairs it.
///
/// Both matter only when the text has LRO or RLO, which news text almost never does.
struct ExplicitLevels {
    /// Per unit: the embedding level and override (0 none, 1 L, 2 R) in force for it.
    private(set) var level: [UInt8]
    private(set) var override: [UInt8]

    init(classes: [BidiClass], paragraphLevel: UInt8) {
        struct Entry { var level: UInt8; var override: UInt8; var isolate: Bool }
        let maxDepth: UInt8 = 125
        var stack = [Entry(level: paragraphLevel, override: 0, isolate: false)]
        var overflowIsolates = 0
        var overflowEmbeddings = 0
        var validIsolates = 0
        level = [UInt8](repeating: paragraphLevel, count: classes.count)
        override = [UInt8](repeating: 0, count: classes.count)
        for (i, cls) in classes.enumerated() {
            var last = stack[stack.count - 1]
            switch cls {
            case .RLE, .LRE, .RLO, .LRO:                                            // X2–X5
                let rtl = cls == .RLE || cls == .RLO
                let next = rtl ? (last.level + 1) | 1 : (last.level + 2) & ~1
                if next <= maxDepth && overflowIsolates == 0 && overflowEmbeddings == 0 {
                    stack.append(Entry(level: next, override: cls == .LRO ? 1 : cls == .RLO ? 2 : 0, isolate: false))
                } else if overflowIsolates == 0 {
                    overflowEmbeddings += 1
                }
            case .RLI, .LRI, .FSI:                                                  // X5a–X5c
                level[i] = last.level
                override[i] = last.override
                var rtl = cls == .RLI
                if cls == .FSI { rtl = Self.firstStrongIsRTL(classes, after: i) }
                let next = rtl ? (last.level + 1) | 1 : (last.level + 2) & ~1
                if next <= maxDepth && overflowIsolates == 0 && overflowEmbeddings == 0 {
                    validIsolates += 1
                    stack.append(Entry(level: next, override: 0, isolate: true))
                } else {
                    overflowIsolates += 1
                }
            case .PDI:                                                              // X6a
                if overflowIsolates > 0 {
                    overflowIsolates -= 1
                } else if validIsolates > 0 {
                    overflowEmbeddings = 0
                    while stack.count > 1 && !stack[stack.count - 1].isolate { stack.removeLast() }
                    if stack.count > 1 { stack.removeLast() }
                    validIsolates -= 1
                }
                last = stack[stack.count - 1]
                level[i] = last.level
                override[i] = last.override
            case .PDF:                                                              // X7
                if overflowIsolates > 0 {
                } else if overflowEmbeddings > 0 {
                    overflowEmbeddings -= 1
                } else if !last.isolate && stack.count >= 2 {
                    stack.removeLast()
                }
            case .B:                                                                // X8
                stack = [Entry(level: paragraphLevel, override: 0, isolate: false)]
                overflowIsolates = 0; overflowEmbeddings = 0; validIsolates = 0
            default:                                                                // X6
                level[i] = last.level
                override[i] = last.override
            }
        }
    }

    /// P2/P3 for an FSI: the first strong character up to its matching PDI.
    private static func firstStrongIsRTL(_ classes: [BidiClass], after start: Int) -> Bool {
        var depth = 0
        var i = start + 1
        while i < classes.count {
            switch classes[i] {
            case .LRI, .RLI, .FSI: depth += 1
            case .PDI:
                if depth == 0 { return false }
                depth -= 1
            case .B: return false
            case .L where depth == 0: return false
            case .R where depth == 0, .AL where depth == 0: return true
            default: break
            }
            i += 1
        }
        return false
    }

    /// Whether ICU needs the corrections: only texts with overrides.
    static func needed(_ classes: [BidiClass]) -> Bool {
        classes.contains { $0 == .LRO || $0 == .RLO }
    }

    /// ICU's input with overridden brackets replaced by a non-bracket ON character ("!").
    func unpairOverriddenBrackets(_ units: [UInt16]) -> [UInt16] {
        var out = units
        for i in 0..<units.count where override[i] != 0 {
            if marsad_u_getIntPropertyValue(Int32(units[i]), marsad_UCHAR_BIDI_PAIRED_BRACKET_TYPE()) != 0 {
                out[i] = 0x21
            }
        }
        return out
    }

    /// Sets isolate initiators and PDIs under an override to the override's
    /// direction at their embedding level (X5a–X6a, then I1/I2).
    func fixOverriddenIsolates(_ levels: inout [UInt8], classes: [BidiClass]) {
        for (i, cls) in classes.enumerated() where override[i] != 0 {
            switch cls {
            case .LRI, .RLI, .FSI, .PDI:
                let base = level[i]
                let rtl = override[i] == 2
                levels[i] = (base & 1 == 1) == rtl ? base : base + 1
            default: break
            }
        }
    }
}

/// Embedding levels of a paragraph: ICU, plus the corrections above.
enum BidiResolver {
    /// Deepest bracket nesting BD16 tracks; past it, pairing stops for the rest of the sequence.
    static let bracketStackCapacity = 63

    /// BD16's stack limit, which ICU 72 does not apply: when more than 63
    /// brackets are open at once, only the pairs closed before that point stay
    /// pairs; every other bracket is given to ICU as a plain ON ("!").
    /// Done for paragraphs without explicit embeddings or isolates (one isolating
    /// run sequence); 64 nested brackets inside an isolate are left to ICU.
    static func unpairOverflowingBrackets(_ units: inout [UInt16], classes: [BidiClass]) {
        func bracketType(_ u: UInt16) -> Int32 {   // 0 none, 1 open, 2 close
            u >= 0xD800 && u < 0xE000 ? 0 : marsad_u_getIntPropertyValue(Int32(u), marsad_UCHAR_BIDI_PAIRED_BRACKET_TYPE())
        }
        var openers = 0
        for (i, u) in units.enumerated() where classes[i] == .ON && bracketType(u) == 1 { openers += 1 }
        guard openers > bracketStackCapacity else { return }
        if classes.contains(where: { [.LRE, .RLE, .LRO, .RLO, .PDF, .LRI, .RLI, .FSI, .PDI].contains($0) }) { return }
        func canonical(_ c: UInt32) -> UInt32 { c == 0x2329 ? 0x3008 : c == 0x232A ? 0x3009 : c }
        var stack: [(opener: UInt32, position: Int)] = []
        var paired = Set<Int>()
        var overflowed = false
        for (i, u) in units.enumerated() where classes[i] == .ON && !overflowed {
            switch bracketType(u) {
            case 1:
                if stack.count == bracketStackCapacity { overflowed = true; break }
                stack.append((canonical(UInt32(marsad_u_getBidiPairedBracket(Int32(u)))), i))
            case 2:
                let closer = canonical(UInt32(u))
                if let k = stack.lastIndex(where: { $0.opener == closer }) {
                    paired.insert(stack[k].position)
                    paired.insert(i)
                    stack.removeSubrange(k...)
                }
            default: break
            }
        }
        guard overflowed else { return }
        for (i, u) in units.enumerated() where classes[i] == .ON && bracketType(u) != 0 && !paired.contains(i) {
            units[i] = 0x21
        }
    }

    /// N0's last paragraph: nonspacing marks right after a bracket (BN between
    /// them ignored) take the bracket's direction. ICU 72 leaves them at their
    /// W1 level. Whether or not N0 changed the bracket, the marks end at its
    /// level (unchanged brackets and their marks form one neutral run).
    static func marksFollowTheirBracket(_ units: [UInt16], classes: [BidiClass], levels: inout [UInt8]) {
        var bracketLevel: UInt8?
        for i in 0..<classes.count {
            switch classes[i] {
            case .NSM:
                if let level = bracketLevel { levels[i] = level }
            case .BN:
                continue
            case .ON:
                let isBracket = units[i] < 0xD800 || units[i] >= 0xE000
                    ? marsad_u_getIntPropertyValue(Int32(units[i]), marsad_UCHAR_BIDI_PAIRED_BRACKET_TYPE()) != 0 : false
                bracketLevel = isBracket ? levels[i] : nil
            default:
                bracketLevel = nil
            }
        }
    }

    /// - Parameters:
    ///   - classes: Bidi_Class per unit, needed only when the text has overrides (nil: none).
    ///   - exactLevels: when ICU finds the text unidirectional it leaves every
    ///     level at the paragraph level (same visual order); ask for the exact
    ///     levels anyway (conformance tests).
    static func resolve(_ units: [UInt16], classes: [BidiClass]?, direction: ParagraphDirection,
                        exactLevels: Bool = false) -> ResolvedLevels? {
        guard var resolved = ICU.resolveLevels(units, direction: direction) else { return nil }
        let fixed = resolved.paragraphLevel & 1 == 1 ? ParagraphDirection.rightToLeft : .leftToRight
        var explicit: ExplicitLevels?
        var input = units
        if let classes, ExplicitLevels.needed(classes) {
            let status = ExplicitLevels(classes: classes, paragraphLevel: resolved.paragraphLevel)
            explicit = status
            input = status.unpairOverriddenBrackets(units)
        }
        if let classes { unpairOverflowingBrackets(&input, classes: classes) }
        if input != units {
            guard let again = ICU.resolveLevels(input, direction: fixed) else { return nil }
            resolved.levels = again.levels
            resolved.isUnidirectional = again.isUnidirectional
        }
        if exactLevels && resolved.isUnidirectional && !units.isEmpty {
            // Make the text mixed with a second paragraph of the other direction:
            // paragraphs are resolved independently (P1), so no level before changes.
            let suffix: [UInt16] = resolved.paragraphLevel & 1 == 0 ? [0x2029, 0x05D0] : [0x2029, 0x61]
            guard let mixed = ICU.resolveLevels(input + suffix, direction: fixed),
                  mixed.levels.count == units.count + suffix.count else { return nil }
            resolved.levels = Array(mixed.levels.prefix(units.count))
            resolved.isUnidirectional = false
        }
        if let explicit, let classes, resolved.levels.count == classes.count {
            explicit.fixOverriddenIsolates(&resolved.levels, classes: classes)
        }
        if let classes, resolved.levels.count == classes.count {
            marksFollowTheirBracket(input, classes: classes, levels: &resolved.levels)
        }
        return resolved
    }
}
