// Implementation-only: in debug (testable) builds an `internal import` is still loaded by
// clients, and system ICU's C types then clash with Foundation's bundled ICU.
@_implementationOnly import CICU

// TerminalText: logical text to terminal cells.
//
// Terminals place characters cell by cell, left to right; most neither join
// Arabic letters nor reorder right-to-left text. This module does both, by
// the Unicode standard, with system ICU (the reference implementation of
// UAX #9 and Arabic shaping). A paragraph goes through these stages
// (`ParagraphEngine`):
//
// 1. Decode and sanitize (UTF-8 → UTF-16 for ICU, one table load per scalar
//    for all its properties). C0/C1 controls, ESC, DEL become visible
//    placeholders (␛); line breaks become spaces; bidi controls stay in the
//    text for the algorithm but are never drawn.
// 2. Shape Arabic letters into presentation forms: `ArabicShaper`, a table
//    read from ICU's `u_shapeArabic` (which stays the fallback). A lam-alef
//    ligature is one cell covering both letters. Harakat stay combining marks
//    in their letter's cell.
// 3. Resolve embedding levels once for the paragraph: P2/P3 paragraph
//    direction (or an override), X1–I2 by ICU (`ubidi_setPara`), with the
//    corrections in `ExplicitLevels.swift` where ICU 72 departs from
//    Unicode 15. All-LTR text takes a fast path with no ICU call.
// 4. Cut into grapheme clusters (UAX #29): a cell is one cluster, 1 or 2 wide.
// 5. Break lines in logical order at UAX #14 opportunities, greedily: fill
//    a line, then end it at the last opportunity before the first cluster
//    that does not fit (ICU's line iterator looking back; a plain word after
//    a space is settled without it). Whitespace at a line end hangs. A
//    no-break space yields before a letter does; a word longer than the line
//    is cut between clusters, never inside one.
// 6. Per line: L1 (trailing whitespace is not drawn), L2 reordering of the
//    line's clusters by their levels (`ubidi_reorderVisual`), L3 by keeping
//    marks in their base's cell, L4 mirroring in RTL runs ("(" ↔ ")").
//
// In `BidiMode.terminal`, stages 2, 3 and 6's reordering are skipped: the
// terminal (mlterm, Konsole) does them.

/// Facts about the text engine.
public enum TerminalText {
    /// The ICU version this module runs on ("72.1").
    public static var icuVersion: String {
        var info: UVersionInfo = (0, 0, 0, 0)
        marsad_u_getVersion(&info)
        return "\(info.0).\(info.1)"
    }
}
