// Implementation-only: in debug (testable) builds an `internal import` is still loaded by
// clients, and system ICU's C types then clash with Foundation's bundled ICU.
@_implementationOnly import CICU

/// One paragraph carried through the pipeline described in `TerminalText.swift`:
/// sanitized, shaped, cut into grapheme clusters and resolved by UAX #9, ready
/// to be cut into lines. All indices are UTF-16 units (ICU's unit) until cells
/// are made, where they become Unicode-scalar offsets.
struct ParagraphEngine {
    let mode: BidiMode
    let baseOffset: Int

    /// The sanitized logical text fed to ICU (controls replaced, line breaks made spaces).
    private(set) var units: [UInt16] = []
    /// What cells show: `units` with Arabic letters in their presentation forms.
    private(set) var display: [UInt16] = []
    /// `CharProps.raw` of each unit.
    private(set) var props: [UInt32] = []
    /// Scalar offset of each unit (count + 1), only when the text has supplementary scalars.
    private var unitToScalar: [Int32]?
    private(set) var scalarCount = 0
    /// OR of every unit's properties: tells which stages can be skipped.
    private var propsUnion: UInt32 = 0

    /// Resolved embedding level per unit; nil when the whole paragraph is at `paragraphLevel` (fast path).
    private var levels: [UInt8]?
    private(set) var paragraphLevel: UInt8 = 0
    /// Style bits per scalar; nil when there are no spans.
    private var styles: [UInt32]?

    // Grapheme clusters, in logical order.
    private var clusterStart: [Int32] = []   // first unit; one more entry than clusters (sentinel)
    private var clusterBase: [Int32] = []    // first drawn unit (its level and mirroring apply)
    private var clusterWidth: [UInt8] = []
    private var clusterFlags: [UInt8] = []
    var clusterCount: Int { clusterWidth.count }

    private enum Flag {
        static let space: UInt8 = 1        // hangs at a line end
        static let tab: UInt8 = 2
        static let invisible: UInt8 = 4    // nothing to draw (bidi controls, ZWSP...)
        static let loneMark: UInt8 = 8     // a combining mark with no base: drawn on U+25CC
        static let placeholder: UInt8 = 16
        static let breakAfter: UInt8 = 32  // UAX #14 allows a line to end after this cluster
        static let mirrored: UInt8 = 64
        /// A no-break space (U+00A0, U+202F, U+2007): UAX #14 forbids a break
        /// after it, but when a glued run is wider than the line, breaking
        /// there is better than inside a word (news sites paste &nbsp; freely).
        static let noBreakSpace: UInt8 = 128
    }

    /// Marks the alef's filler unit after a lam-alef ligature: part of the lam's cluster, not drawn.
    private static let ligatureTail: UInt32 = 1 << 22
    /// Combining marks drawn per cell at most: more only smear over neighbouring lines.
    static let maxMarksPerCell = 16

    var isRightToLeft: Bool { paragraphLevel & 1 == 1 }

    init(_ text: String, baseOffset: Int, spans: [StyleSpan], direction: ParagraphDirection, mode: BidiMode) {
        self.mode = mode
        self.baseOffset = baseOffset
        decode(text)
        if mode == .app && propsUnion & CharProps.joiningLetter != 0 { shape() } else { display = units }
        resolveBidi(direction)
        buildClusters()
        if !spans.isEmpty { applySpans(spans) }
    }

    // MARK: Stage 1: decode and sanitize

    private mutating func decode(_ text: String) {
        var text = text
        let table = CharProps.bmpTable
        text.withUTF8 { utf8 in
            let n = utf8.count
            // At most one UTF-16 unit per UTF-8 byte, so both buffers are filled in place.
            var unitBuffer = [UInt16](repeating: 0, count: n)
            var propBuffer = [UInt32](repeating: 0, count: n)
            var union: UInt32 = 0
            var supplementary = false
            var count = 0
            var written = 0
            table.withUnsafeBufferPointer { table in
                unitBuffer.withUnsafeMutableBufferPointer { out in
                    propBuffer.withUnsafeMutableBufferPointer { outProps in
                        var i = 0
                        while i < n {
                            let b0 = UInt32(utf8[i])
                            var scalar: UInt32
                            if b0 < 0x80 {
                                scalar = b0; i += 1
                            } else if b0 < 0xE0 {
                                scalar = (b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F); i += 2
                            } else if b0 < 0xF0 {
                                scalar = (b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                                i += 3
                            } else {
                                scalar = (b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12
                                    | UInt32(utf8[i + 2] & 0x3F) << 6 | UInt32(utf8[i + 3] & 0x3F)
                                i += 4
                            }
                            let p = scalar < 0x10000 ? table[Int(scalar)] : CharProps.compute(scalar)
                            union |= p
                            if p & CharProps.kindMask != 0 {
                                let kind = CharProps(raw: p).kind
                                if kind != .tab { scalar = CharProps.sanitized(scalar, kind: kind) }
                            }
                            if scalar < 0x10000 {
                                out[written] = UInt16(truncatingIfNeeded: scalar)
                                outProps[written] = p
                                written += 1
                            } else {
                                let v = scalar - 0x10000
                                out[written] = UInt16(truncatingIfNeeded: 0xD800 + (v >> 10))
                                out[written + 1] = UInt16(truncatingIfNeeded: 0xDC00 + (v & 0x3FF))
                                outProps[written] = p
                                outProps[written + 1] = CharProps.trailSurrogate
                                written += 2
                                supplementary = true
                            }
                            count += 1
                        }
                    }
                }
            }
            unitBuffer.removeLast(n - written)
            propBuffer.removeLast(n - written)
            units = unitBuffer
            props = propBuffer
            scalarCount = count
            propsUnion = union
            if supplementary {
                var map = [Int32]()
                map.reserveCapacity(props.count + 1)
                var s: Int32 = 0
                for p in props {
                    map.append(s)
                    if p & CharProps.trailSurrogate == 0 { s += 1 }
                }
                map.append(s)
                unitToScalar = map
            }
        }
    }

    @inline(__always) func scalarOffset(ofUnit unit: Int) -> Int {
        guard let map = unitToScalar else { return unit }
        return Int(map[unit])
    }

    // MARK: Stage 2: Arabic shaping

    private mutating func shape() {
        guard let shaped = ICU.shapeArabic(units) else { display = units; return }
        display = units
        for i in 0..<units.count where props[i] & CharProps.joiningLetter != 0 {
            if shaped[i] == 0x20 && props[i] & CharProps.alef != 0 {
                // The alef of a lam-alef ligature: ICU put the ligature at the lam.
                props[i] |= Self.ligatureTail | CharProps.hidden
            } else {
                display[i] = shaped[i]
            }
        }
    }

    // MARK: Stage 3: bidi levels (UAX #9, paragraph-wide)

    private mutating func resolveBidi(_ direction: ParagraphDirection) {
        if mode == .terminal || (propsUnion & CharProps.needsBidi == 0 && direction != .rightToLeft) {
            // All-LTR fast path (and terminal mode): no reordering, so no ICU call.
            paragraphLevel = direction == .rightToLeft ? 1 : direction == .leftToRight ? 0 : firstStrongLevel()
            levels = nil
            return
        }
        // The corrections to ICU that change a layout need the classes: overrides,
        // or more brackets than BD16's stack holds.
        var classes: [BidiClass]?
        if propsUnion & CharProps.override != 0
            || props.lazy.filter({ $0 & CharProps.mirrored != 0 }).count > BidiResolver.bracketStackCapacity {
            classes = props.map { CharProps(raw: $0).bidiClass }
        }
        guard let resolved = BidiResolver.resolve(units, classes: classes, direction: direction) else {
            paragraphLevel = direction == .rightToLeft ? 1 : direction == .leftToRight ? 0 : firstStrongLevel()
            return
        }
        paragraphLevel = resolved.paragraphLevel
        levels = resolved.levels.count == units.count ? resolved.levels : nil
    }

    /// UAX #9 P2/P3: 1 if the first strong character outside isolates is R or AL.
    private func firstStrongLevel() -> UInt8 {
        guard propsUnion & CharProps.needsBidi != 0 else { return 0 }
        var depth = 0
        for p in props where p & CharProps.trailSurrogate == 0 {
            switch CharProps(raw: p).bidiClass {
            case .LRI, .RLI, .FSI: depth += 1
            case .PDI: if depth > 0 { depth -= 1 }
            case .L where depth == 0: return 0
            case .R where depth == 0, .AL where depth == 0: return 1
            default: break
            }
        }
        return 0
    }

    // MARK: Stage 4: grapheme clusters (UAX #29, legacy-extended rules GB3–GB13)

    private mutating func buildClusters() {
        let n = units.count
        var starts = [Int32](repeating: 0, count: n + 1)
        var bases = [Int32](repeating: 0, count: n)
        var widths = [UInt8](repeating: 0, count: n)
        var allFlags = [UInt8](repeating: 0, count: n)
        var k = 0
        let units = self.units
        props.withUnsafeBufferPointer { props in
        units.withUnsafeBufferPointer { units in
        starts.withUnsafeMutableBufferPointer { starts in
        bases.withUnsafeMutableBufferPointer { bases in
        widths.withUnsafeMutableBufferPointer { widths in
        allFlags.withUnsafeMutableBufferPointer { allFlags in
            var i = 0
            while i < n {
                let start = i
                let p = props[i]
                var base = -1
                var width = 0
                var drawn = 0
                var previous = CharProps(raw: p).graphemeBreak
                var regionalCount = previous == GCB.regionalIndicator ? 1 : 0
                var emojiChain = p & CharProps.extendedPictographic != 0
                if p & CharProps.hidden == 0 { base = i; width = CharProps(raw: p).width; drawn = 1 }
                i += (i + 1 < n && props[i + 1] & CharProps.trailSurrogate != 0) ? 2 : 1
                while i < n {
                    let q = props[i]
                    if q & Self.ligatureTail != 0 { i += 1; continue }
                    let next = CharProps(raw: q).graphemeBreak
                    // Fast exit: most scalars start a cluster (GCB Other/Control after anything but Prepend/ZWJ/RI/Hangul).
                    if next == GCB.other && previous == GCB.other { break }
                    guard Self.joins(previous, next, regionalOdd: regionalCount & 1 == 1,
                                     emojiChain: emojiChain, nextIsPictographic: q & CharProps.extendedPictographic != 0)
                    else { break }
                    if q & CharProps.hidden == 0 {
                        if base < 0 { base = i }
                        width += CharProps(raw: q).width
                        drawn += 1
                    }
                    if next == GCB.regionalIndicator { regionalCount += 1 }
                    if next != GCB.extend && next != GCB.zwj { emojiChain = q & CharProps.extendedPictographic != 0 }
                    previous = next
                    i += (i + 1 < n && props[i + 1] & CharProps.trailSurrogate != 0) ? 2 : 1
                }
                var flags: UInt8 = 0
                let baseProps = CharProps(raw: props[base < 0 ? start : base])
                if drawn == 0 {
                    flags |= Flag.invisible | Flag.space
                    width = 0
                } else if width == 0 {
                    flags |= Flag.loneMark
                    width = 1
                } else if width > 2 {
                    width = 2
                }
                if baseProps.raw & CharProps.kindMask != 0 {
                    switch baseProps.kind {
                    case .tab: flags |= Flag.tab
                    case .placeholder: flags |= Flag.placeholder
                    default: break
                    }
                }
                if drawn == 1 && baseProps.has(CharProps.space) { flags |= Flag.space }
                if baseProps.has(CharProps.mirrored) { flags |= Flag.mirrored }
                if drawn == 1, base >= 0, units[base] == 0xA0 || units[base] == 0x202F || units[base] == 0x2007 {
                    flags |= Flag.noBreakSpace
                }
                starts[k] = Int32(start)
                bases[k] = Int32(base < 0 ? start : base)
                widths[k] = UInt8(width)
                allFlags[k] = flags
                k += 1
            }
            starts[k] = Int32(n)
        }
        }
        }
        }
        }
        }
        starts.removeLast(n - k)
        bases.removeLast(n - k)
        widths.removeLast(n - k)
        allFlags.removeLast(n - k)
        clusterStart = starts
        clusterBase = bases
        clusterWidth = widths
        clusterFlags = allFlags
    }

    /// Whether two adjacent scalars belong to one grapheme cluster.
    @inline(__always)
    private static func joins(_ previous: UInt32, _ next: UInt32, regionalOdd: Bool, emojiChain: Bool,
                              nextIsPictographic: Bool) -> Bool {
        if previous == GCB.control || previous == GCB.cr || previous == GCB.lf { return false }   // GB4
        if next == GCB.control || next == GCB.cr || next == GCB.lf { return false }               // GB5
        if next == GCB.extend || next == GCB.zwj || next == GCB.spacingMark { return true }        // GB9, GB9a
        if previous == GCB.prepend { return true }                                                  // GB9b
        switch previous {                                                                           // GB6–GB8
        case GCB.l: return next == GCB.l || next == GCB.v || next == GCB.lv || next == GCB.lvt
        case GCB.lv, GCB.v: return next == GCB.v || next == GCB.t
        case GCB.lvt, GCB.t: return next == GCB.t
        case GCB.zwj: return nextIsPictographic && emojiChain                                     // GB11
        case GCB.regionalIndicator: return next == GCB.regionalIndicator && regionalOdd            // GB12, GB13
        default: return false
        }
    }

    // MARK: Style spans

    private mutating func applySpans(_ spans: [StyleSpan]) {
        var table = [UInt32](repeating: 0, count: scalarCount)
        for span in spans where span.style != 0 {
            let lo = max(0, span.range.lowerBound - baseOffset)
            let hi = min(scalarCount, span.range.upperBound - baseOffset)
            if lo < hi { for k in lo..<hi { table[k] |= span.style } }
        }
        styles = table
    }

    // MARK: Stage 5: line breaking (UAX #14, greedy, in logical order)

    /// Marks after which clusters a line may end.
    private mutating func markBreakOpportunities() {
        let starts = clusterStart
        var c = 0
        let count = clusterCount
        clusterFlags.withUnsafeMutableBufferPointer { flags in
            ICU.lineBreaks(units) { b in
                // The cluster that contains unit b-1 ends the line (a break inside a cluster moves to its end).
                while c + 1 < count && Int(starts[c + 1]) < b { c += 1 }
                if c < count { flags[c] |= Flag.breakAfter }
            }
        }
    }

    /// Cuts the paragraph into lines of at most `width` cells (a lone cluster wider than `width` gets a line of its own).
    mutating func lines(width: Int, tabWidth: Int) -> [VisualLine] {
        let count = clusterCount
        guard count > 0 else { return [emptyLine()] }
        let width = max(1, width)
        let tabWidth = max(1, tabWidth)
        if totalWidthIfSimple() <= width { return [makeLine(0, count, tabWidth: tabWidth)] }
        markBreakOpportunities()
        var result: [VisualLine] = []
        var start = 0
        while start < count {
            var column = 0
            var c = start
            var lastBreak = -1
            var lastNoBreakSpace = -1
            var end = count
            while c < count {
                let flags = clusterFlags[c]
                var w = Int(clusterWidth[c])
                if flags & Flag.tab != 0 { w = tabWidth - column % tabWidth }
                if flags & Flag.space == 0 && column + w > width {
                    // Last UAX #14 opportunity; else after a no-break space; else between graphemes.
                    end = lastBreak > start ? lastBreak : lastNoBreakSpace > start ? lastNoBreakSpace : max(c, start + 1)
                    break
                }
                column += w
                if flags & Flag.breakAfter != 0 { lastBreak = c + 1 }
                if flags & Flag.noBreakSpace != 0 { lastNoBreakSpace = c + 1 }
                c += 1
            }
            result.append(makeLine(start, end, tabWidth: tabWidth))
            start = end
        }
        return result
    }

    /// The paragraph's width when it has no tabs, else Int.max (tabs depend on the column).
    private func totalWidthIfSimple() -> Int {
        var total = 0
        for i in 0..<clusterCount {
            if clusterFlags[i] & Flag.tab != 0 { return Int.max }
            total += Int(clusterWidth[i])
        }
        return total
    }

    /// The whole paragraph on one line, cut to `maxWidth` with "…" at the logical end when too wide.
    mutating func singleLine(maxWidth: Int, tabWidth: Int) -> VisualLine {
        let count = clusterCount
        guard count > 0, maxWidth > 0 else { return emptyLine() }
        let tabWidth = max(1, tabWidth)
        var end = count
        // The last cluster that is drawn: a cut after it would be no cut.
        var lastDrawn = count - 1
        while lastDrawn >= 0 && clusterFlags[lastDrawn] & (Flag.space | Flag.invisible) != 0 { lastDrawn -= 1 }
        var column = 0
        var cutEnd = 0
        for c in 0..<count {
            var w = Int(clusterWidth[c])
            if clusterFlags[c] & Flag.tab != 0 { w = tabWidth - column % tabWidth }
            if column + w <= maxWidth - 1 { cutEnd = c + 1 }
            if column + w > maxWidth && c <= lastDrawn {
                end = cutEnd
                break
            }
            column += w
        }
        guard end < count else { return makeLine(0, count, tabWidth: tabWidth) }
        return makeLine(0, end, tabWidth: tabWidth, ellipsisTo: scalarOffset(ofUnit: units.count) + baseOffset)
    }

    /// Total width in cells as laid out on one line (tabs from column 0).
    func totalWidth(tabWidth: Int) -> Int {
        var column = 0
        for c in 0..<clusterCount {
            var w = Int(clusterWidth[c])
            if clusterFlags[c] & Flag.tab != 0 { w = tabWidth - column % tabWidth }
            column += w
        }
        return column
    }

    private func emptyLine() -> VisualLine {
        let end = scalarCount + baseOffset
        return VisualLine(cells: [], isRightToLeft: isRightToLeft, logicalRange: baseOffset..<end, mode: mode)
    }

    // MARK: Stage 6: one line to cells (UAX #9 L1–L4)

    private func makeLine(_ start: Int, _ end: Int, tabWidth: Int, ellipsisTo: Int? = nil) -> VisualLine {
        // L1: whitespace at the line end hangs (not drawn), so it needs no level.
        var drawnEnd = end
        if ellipsisTo == nil {
            while drawnEnd > start && clusterFlags[drawnEnd - 1] & (Flag.space | Flag.invisible) != 0 { drawnEnd -= 1 }
            // A line cut after a no-break space hangs it like a space.
            if drawnEnd == end && end < clusterCount && drawnEnd > start
                && clusterFlags[drawnEnd - 1] & Flag.noBreakSpace != 0 { drawnEnd -= 1 }
        }
        // Drawn clusters in logical order, with their widths (tabs resolved) and levels;
        // index -1 is the ellipsis.
        let capacity = drawnEnd - start + 1
        var column = 0
        var minLevel: UInt8 = .max
        var maxLevel: UInt8 = 0
        var lineLevels = [UInt8](repeating: paragraphLevel, count: capacity)
        var widths = [UInt8](repeating: 1, count: capacity)
        var drawn = 0
        let order = [Int32](unsafeUninitializedCapacity: capacity) { order, initialized in
            clusterFlags.withUnsafeBufferPointer { clusterFlags in
            clusterWidth.withUnsafeBufferPointer { clusterWidth in
            widths.withUnsafeMutableBufferPointer { widths in
            lineLevels.withUnsafeMutableBufferPointer { lineLevels in
                for c in start..<drawnEnd {
                    let flags = clusterFlags[c]
                    var w = Int(clusterWidth[c])
                    if flags & Flag.tab != 0 { w = tabWidth - column % tabWidth }
                    column += w
                    if flags & Flag.invisible != 0 { continue }
                    order[drawn] = Int32(c)
                    widths[drawn] = UInt8(truncatingIfNeeded: min(w, 255))
                    if let levels, flags & Flag.tab == 0 { lineLevels[drawn] = levels[Int(clusterBase[c])] }
                    minLevel = min(minLevel, lineLevels[drawn])
                    maxLevel = max(maxLevel, lineLevels[drawn])
                    drawn += 1
                }
                if ellipsisTo != nil {
                    order[drawn] = -1
                    minLevel = min(minLevel, paragraphLevel)
                    maxLevel = max(maxLevel, paragraphLevel)
                    column += 1
                    drawn += 1
                }
            }
            }
            }
            }
            initialized = drawn
        }
        // L2: visual order. Uniform levels (most lines) need no map.
        let reorderNeeded = mode == .app && minLevel != maxLevel
        let reversed = mode == .app && !reorderNeeded && minLevel & 1 == 1
        var visual: [Int32] = []
        if reorderNeeded {
            lineLevels.removeLast(capacity - drawn)
            ICU.reorderVisual(lineLevels, into: &visual)
        }
        let cut = ellipsisTo.map { _ in scalarOffset(ofUnit: Int(clusterStart[end])) + baseOffset }
        let cells = [Cell](unsafeUninitializedCapacity: column + 1) { cells, initialized in
            var written = 0
            ScalarStrings.bmp.withUnsafeBufferPointer { strings in
                for v in 0..<drawn {
                    let k = reorderNeeded ? Int(visual[v]) : reversed ? drawn - 1 - v : v
                    let c = Int(order[k])
                    if c < 0 {
                        (cells.baseAddress! + written).initialize(to: Cell(text: "…", width: 1, source: cut!..<ellipsisTo!))
                        written += 1
                        continue
                    }
                    let odd = mode == .app && lineLevels[k] & 1 == 1
                    writeCells(cluster: c, width: Int(widths[k]), rightToLeft: odd, strings: strings,
                               into: cells.baseAddress!, at: &written)
                }
            }
            initialized = written
        }
        let lo = scalarOffset(ofUnit: Int(clusterStart[start])) + baseOffset
        let hi = scalarOffset(ofUnit: Int(clusterStart[end])) + baseOffset
        return VisualLine(cells: cells, isRightToLeft: isRightToLeft, logicalRange: lo..<hi, mode: mode)
    }

    private func writeCells(cluster c: Int, width: Int, rightToLeft: Bool, strings: UnsafeBufferPointer<String>,
                            into cells: UnsafeMutablePointer<Cell>, at index: inout Int) {
        let flags = clusterFlags[c]
        let startUnit = Int(clusterStart[c])
        let endUnit = Int(clusterStart[c + 1])
        let lo = scalarOffset(ofUnit: startUnit)
        let hi = scalarOffset(ofUnit: endUnit)
        var style: UInt32 = 0
        if let styles { for k in lo..<hi { style |= styles[k] } }
        let source = (lo + baseOffset)..<(hi + baseOffset)
        if flags & Flag.tab != 0 {
            for _ in 0..<width {
                (cells + index).initialize(to: Cell(text: " ", width: 1, source: source, style: style))
                index += 1
            }
            return
        }
        let text: String
        let base = Int(clusterBase[c])
        if endUnit - startUnit == 1 {
            var scalar = UInt32(display[startUnit])
            if rightToLeft && flags & Flag.mirrored != 0 { scalar = ICU.mirror(scalar) }
            let single = scalar < 0x10000 ? strings[Int(scalar)] : ScalarStrings.string(scalar)
            text = flags & Flag.loneMark != 0 ? "\u{25CC}" + single : single
        } else {
            var view = String.UnicodeScalarView()
            if flags & Flag.loneMark != 0 { view.append("\u{25CC}") }
            var u = startUnit
            var marks = 0
            while u < endUnit {
                let p = props[u]
                let lead = display[u]
                var step = 1
                var scalar = UInt32(lead)
                if lead & 0xFC00 == 0xD800 && u + 1 < endUnit {
                    scalar = 0x10000 + ((UInt32(lead) - 0xD800) << 10) + (UInt32(display[u + 1]) - 0xDC00)
                    step = 2
                }
                if p & CharProps.hidden == 0 && p & CharProps.trailSurrogate == 0 {
                    if u == base && rightToLeft && flags & Flag.mirrored != 0 { scalar = ICU.mirror(scalar) }
                    if u == base || marks < Self.maxMarksPerCell {
                        if u != base { marks += 1 }
                        view.append(Unicode.Scalar(scalar) ?? "\u{FFFD}")
                    }
                }
                u += step
            }
            text = String(view)
        }
        (cells + index).initialize(to: Cell(text: text, width: width, source: source, style: style,
                                            isPlaceholder: flags & Flag.placeholder != 0))
        index += 1
        if width == 2 {
            (cells + index).initialize(to: Cell(text: "", width: 0, source: source, style: style))
            index += 1
        }
    }
}
