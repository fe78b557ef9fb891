/// UAX #9 for the paragraphs most news is made of, without ICU: no explicit
/// embeddings, overrides or isolates, no paired brackets (nothing
/// Bidi_Mirrored), no BN, segment or paragraph separators, no supplementary
/// scalars. There the paragraph is one level run at the paragraph level, one
/// isolating run sequence, and rules W1–W7, N1–N2, I1–I2 and L1 (trailing
/// whitespace) are three passes over the units. ICU resolves every other
/// paragraph; tests check both give the same levels on the seeds and on
/// random strings of the classes allowed here.
enum PlainBidi {
    private static let L: UInt8 = 0, R: UInt8 = 1, EN: UInt8 = 2, ES: UInt8 = 3, ET: UInt8 = 4, AN: UInt8 = 5
    private static let CS: UInt8 = 6, WS: UInt8 = 9, ON: UInt8 = 10, AL: UInt8 = 13, NSM: UInt8 = 17

    /// Classes that send the paragraph to ICU: B, S, LRE, LRO, RLE, RLO, PDF, BN, FSI, LRI, RLI, PDI.
    private static let refused: UInt32 = 1 << 7 | 1 << 8 | 1 << 11 | 1 << 12 | 1 << 14 | 1 << 15 | 1 << 16
        | 1 << 18 | 1 << 19 | 1 << 20 | 1 << 21 | 1 << 22

    /// Writes the level of each of `count` units into `out` and returns true,
    /// or returns false (leaving `out` undefined) when the paragraph is not one
    /// this handles. `level` is the paragraph level (P2–P3 already applied).
    static func resolve(_ props: UnsafePointer<UInt32>, count: Int, paragraphLevel level: UInt8,
                        into out: UnsafeMutablePointer<UInt8>) -> Bool {
        let sos: UInt8 = level & 1 == 1 ? R : L
        // Pass 1: W1 (NSM takes the type before it), W2 (EN after AL is AN), W3
        // (AL is R), and W4 (a single separator between two numbers) one unit late,
        // once the unit after the separator is known.
        var previous = sos          // type after W1
        var lastStrong = sos        // L, R or AL, for W2
        var seen: UInt32 = 0        // classes met after W3, to skip pass 2
        var original: UInt32 = 0    // classes met before the W rules
        let strong: UInt32 = 1 << 0 | 1 << 1 | 1 << 13   // L, R, AL
        for i in 0..<count {
            let p = props[i]
            if p & (CharProps.mirrored | CharProps.trailSurrogate) != 0 { return false }
            var t = UInt8(truncatingIfNeeded: p & 0x1F)
            original |= 1 &<< UInt32(t)
            if refused & original != 0 { return false }
            if t == NSM { t = previous }
            previous = t
            lastStrong = strong & (1 &<< UInt32(t)) != 0 ? t : lastStrong
            if t == EN && lastStrong == AL { t = AN }
            t = t == AL ? R : t
            out[i] = t
            seen |= 1 &<< UInt32(t)
            if i >= 2 && (t == EN || t == AN) {
                let s = out[i - 1]
                if s == CS || (s == ES && t == EN), out[i - 2] == t { out[i - 1] = t }   // W4
            }
        }
        // ICU's shortcut (its directionFromFlags), kept to give its levels: at an
        // even level, text with no R or AL, and no AN along with anything that can
        // become neutral, is all at the paragraph level, AN too (AN's level 2
        // there would reorder nothing either).
        let possiblyNeutral: UInt32 = 1 << UInt32(ON) | 1 << UInt32(CS) | 1 << UInt32(ES) | 1 << UInt32(ET) | 1 << UInt32(WS)
        if level & 1 == 0 && original & (1 << UInt32(R) | 1 << UInt32(AL)) == 0
            && !(original & (1 << UInt32(AN)) != 0 && original & possiblyNeutral != 0) {
            out.update(repeating: level, count: count)
            return true
        }
        // Pass 2: W5 (terminators next to a European number become one), W6
        // (other separators and terminators are neutral).
        if seen & (1 << UInt32(ES) | 1 << UInt32(ET) | 1 << UInt32(CS)) != 0 {
            var i = 0
            while i < count {
                let t = out[i]
                if t == ET {
                    var j = i + 1
                    while j < count && out[j] == ET { j += 1 }
                    let number = (i > 0 && out[i - 1] == EN) || (j < count && out[j] == EN)
                    for k in i..<j { out[k] = number ? EN : ON }
                    i = j
                    continue
                }
                if t == ES || t == CS { out[i] = ON }
                i += 1
            }
        }
        // Pass 3: W7 (EN after L is L), N1–N2 (a neutral run takes the direction
        // around it if both sides agree, numbers counting as R, else the
        // paragraph's), I1–I2 (levels).
        let even = level & 1 == 0
        let levelL = even ? level : level + 1
        let levelR = even ? level + 1 : level
        let levelNumber = even ? level + 2 : level + 1
        // A neutral first takes the level of the direction before it; a run of
        // them is corrected when what follows differs (rare: a change of script).
        var lastStrong7 = sos
        var before = sos            // direction of the last non-neutral, for N1
        var runStart = -1           // first neutral of the run just before, or -1
        let neutral: UInt32 = 1 << 9 | 1 << 10                                      // WS, ON
        // Level by type, a byte each: L, R, EN and AN (types 0, 1, 2, 5).
        let levels = UInt64(levelL) | UInt64(levelR) << 8 | UInt64(levelNumber) << 16 | UInt64(levelNumber) << 40
        for i in 0..<count {
            var t = out[i]
            if neutral & (1 &<< UInt32(t)) != 0 {
                if runStart < 0 { runStart = i }
                out[i] = before == L ? levelL : levelR
                continue
            }
            t = t == EN && lastStrong7 == L ? L : t
            lastStrong7 = t <= R ? t : lastStrong7
            let direction = t == L ? L : R
            if runStart >= 0 {
                if direction != before { for k in runStart..<i { out[k] = level } }
                runStart = -1
            }
            before = direction
            out[i] = UInt8(truncatingIfNeeded: levels &>> (8 &* UInt64(t)))
        }
        // A run at the end meets eos, the paragraph's direction.
        if runStart >= 0 && before != sos { for k in runStart..<count { out[k] = level } }
        // L1: whitespace at the paragraph's end takes the paragraph level.
        var k = count
        while k > 0 && UInt8(truncatingIfNeeded: props[k - 1] & 0x1F) == WS { k -= 1; out[k] = level }
        return true
    }
}
