// Implementation-only: in debug (testable) builds an `internal import` is still loaded by
// clients, and system ICU's C types then clash with Foundation's bundled ICU.
@_implementationOnly import CICU

/// The per-unit and per-cluster arrays of one paragraph, in one allocation.
///
/// Raw memory rather than Swift arrays: the stages below are tight loops over
/// every character, and unchecked pointer access (no bounds checks, no
/// reference counting, no copy-on-write checks) is what lets the layout keep
/// up with C implementations. The object lives for one layout call.
final class ParagraphBuffers {
    let capacity: Int
    private let block: UnsafeMutableRawPointer
    /// Sanitized logical text fed to ICU (controls replaced, line breaks made spaces).
    let units: UnsafeMutablePointer<UInt16>
    /// What cells show: `units` with Arabic letters in presentation forms.
    let shaped: UnsafeMutablePointer<UInt16>
    /// `CharProps.raw` of each unit.
    let props: UnsafeMutablePointer<UInt32>
    /// Resolved embedding level of each unit.
    let levels: UnsafeMutablePointer<UInt8>
    // Grapheme clusters: first unit (count + 1 entries), first drawn unit, width, flags.
    let clusterStart: UnsafeMutablePointer<Int32>
    let clusterBase: UnsafeMutablePointer<Int32>
    let clusterWidth: UnsafeMutablePointer<UInt8>
    let clusterFlags: UnsafeMutablePointer<UInt8>
    // Scratch for one line at a time: drawn clusters, their widths and levels.
    let lineOrder: UnsafeMutablePointer<Int32>
    let lineWidths: UnsafeMutablePointer<UInt8>
    let lineLevels: UnsafeMutablePointer<UInt8>
    /// Scalar offset of each unit (count + 1), only for text with supplementary scalars.
    var unitToScalar: UnsafeMutablePointer<Int32>?
    /// Style bits per scalar, only when there are spans.
    var styles: UnsafeMutablePointer<UInt32>?

    init(capacity n: Int) {
        capacity = n
        // Widest first so every part stays aligned.
        let bytes = 4 * n + 4 * (n + 1) + 4 * n + 4 * (n + 1) + 2 * n + 2 * n + n + n + n + 2 * (n + 1) + 16
        block = UnsafeMutableRawPointer.allocate(byteCount: max(bytes, 16), alignment: 16)
        var p = block
        props = p.bindMemory(to: UInt32.self, capacity: n); p += 4 * n
        clusterStart = p.bindMemory(to: Int32.self, capacity: n + 1); p += 4 * (n + 1)
        clusterBase = p.bindMemory(to: Int32.self, capacity: n); p += 4 * n
        lineOrder = p.bindMemory(to: Int32.self, capacity: n + 1); p += 4 * (n + 1)
        units = p.bindMemory(to: UInt16.self, capacity: n); p += 2 * n
        shaped = p.bindMemory(to: UInt16.self, capacity: n); p += 2 * n
        levels = p.bindMemory(to: UInt8.self, capacity: n); p += n
        clusterWidth = p.bindMemory(to: UInt8.self, capacity: n); p += n
        clusterFlags = p.bindMemory(to: UInt8.self, capacity: n); p += n
        lineWidths = p.bindMemory(to: UInt8.self, capacity: n + 1); p += n + 1
        lineLevels = p.bindMemory(to: UInt8.self, capacity: n + 1)
    }

    /// Bytes of one line of text at a time (`appendText`), grown as needed.
    private var textScratch: UnsafeMutablePointer<UInt8>?
    private var textScratchCapacity = 0

    func textScratch(capacity n: Int) -> UnsafeMutablePointer<UInt8> {
        if let textScratch, textScratchCapacity >= n { return textScratch }
        textScratch?.deallocate()
        let size = max(n, 2 * textScratchCapacity, 256)
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        textScratch = fresh
        textScratchCapacity = size
        return fresh
    }

    deinit {
        textScratch?.deallocate()
        block.deallocate()
        unitToScalar?.deallocate()
        styles?.deallocate()
    }
}

/// One paragraph carried through the pipeline described in `TerminalText.swift`:
/// sanitized, shaped, cut into grapheme clusters and resolved by UAX #9, ready
/// to be cut into lines. All indices are UTF-16 units (ICU's unit) until cells
/// are made, where they become Unicode-scalar offsets.
struct ParagraphEngine {
    let mode: BidiMode
    let baseOffset: Int
    private let buffers: ParagraphBuffers
    private let units: UnsafeMutablePointer<UInt16>
    /// `shaped` when the paragraph was shaped, else `units`.
    private var display: UnsafeMutablePointer<UInt16>
    private let props: UnsafeMutablePointer<UInt32>
    private let clusterStart: UnsafeMutablePointer<Int32>
    private let clusterBase: UnsafeMutablePointer<Int32>
    private let clusterWidth: UnsafeMutablePointer<UInt8>
    private let clusterFlags: UnsafeMutablePointer<UInt8>
    /// Nil when the whole paragraph is at `paragraphLevel` (fast path).
    private var levels: UnsafeMutablePointer<UInt8>?

    private(set) var unitCount = 0
    private(set) var scalarCount = 0
    private(set) var clusterCount = 0
    /// Sum of cluster widths, or nil if the paragraph has tabs (their width depends on the column).
    private var simpleWidth: Int?
    private(set) var paragraphLevel: UInt8 = 0
    /// The levels came from `PlainBidi`, not ICU.
    private(set) var resolvedWithoutICU = false
    /// OR of every unit's properties: tells which stages can be skipped.
    private var propsUnion: UInt32 = 0

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
    /// Tab stops further apart than this are treated as this far (a tab is that many cells).
    static let maxTabWidth = 256

    var isRightToLeft: Bool { paragraphLevel & 1 == 1 }

    /// - Parameter resolveLevels: false when only widths are wanted (`TextLayout.cellWidth`).
    init(_ text: String, baseOffset: Int, spans: [StyleSpan], direction: ParagraphDirection, mode: BidiMode,
         resolveLevels: Bool = true) {
        var text = text
        self = text.withUTF8 { utf8 in
            ParagraphEngine(utf8: utf8, baseOffset: baseOffset, spans: spans, direction: direction, mode: mode,
                            resolveLevels: resolveLevels)
        }
    }

    /// The same from the paragraph's bytes, which must be valid UTF-8 (as a `String`'s are).
    /// - Parameter plainBidi: false to have ICU resolve every paragraph (tests compare).
    init(utf8: UnsafeBufferPointer<UInt8>, baseOffset: Int, spans: [StyleSpan], direction: ParagraphDirection,
         mode: BidiMode, resolveLevels: Bool = true, plainBidi: Bool = true) {
        self.mode = mode
        self.baseOffset = baseOffset
        buffers = ParagraphBuffers(capacity: utf8.count)
        units = buffers.units
        display = buffers.units
        props = buffers.props
        clusterStart = buffers.clusterStart
        clusterBase = buffers.clusterBase
        clusterWidth = buffers.clusterWidth
        clusterFlags = buffers.clusterFlags
        decode(utf8)
        if mode == .app && propsUnion & CharProps.joiningLetter != 0 { shape() }
        if resolveLevels { resolveBidi(direction, plainBidi: plainBidi) }
        buildClusters()
        if !spans.isEmpty { applySpans(spans) }
    }

    // MARK: Stage 1: decode and sanitize

    private mutating func decode(_ utf8: UnsafeBufferPointer<UInt8>) {
        let table = CharProps.bmpTable
        let units = self.units, props = self.props
        var union: UInt32 = 0
        var supplementary = false
        var count = 0
        var written = 0
        do {
            let n = utf8.count
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
                    units[written] = UInt16(truncatingIfNeeded: scalar)
                    props[written] = p
                    written += 1
                } else {
                    let v = scalar - 0x10000
                    units[written] = UInt16(truncatingIfNeeded: 0xD800 + (v >> 10))
                    units[written + 1] = UInt16(truncatingIfNeeded: 0xDC00 + (v & 0x3FF))
                    props[written] = p
                    props[written + 1] = CharProps.trailSurrogate
                    written += 2
                    supplementary = true
                }
                count += 1
            }
        }
        unitCount = written
        scalarCount = count
        propsUnion = union
        if supplementary {
            let map = UnsafeMutablePointer<Int32>.allocate(capacity: written + 1)
            var s: Int32 = 0
            for u in 0..<written {
                map[u] = s
                if props[u] & CharProps.trailSurrogate == 0 { s += 1 }
            }
            map[written] = s
            buffers.unitToScalar = map
        }
    }

    /// The resolved level of each UTF-16 unit, nil on the all-LTR fast path (tests).
    var unitLevels: [UInt8]? { levels.map { Array(UnsafeBufferPointer(start: $0, count: unitCount)) } }

    @inline(__always) func scalarOffset(ofUnit unit: Int) -> Int {
        guard let map = buffers.unitToScalar else { return unit }
        return Int(map[unit])
    }

    private var unitBuffer: UnsafeBufferPointer<UInt16> { UnsafeBufferPointer(start: units, count: unitCount) }

    // MARK: Stage 2: Arabic shaping

    private mutating func shape() {
        let shaped = buffers.shaped
        if ArabicShaper.canShape(unitBuffer) {
            ArabicShaper.shape(unitBuffer, into: shaped)
        } else {
            guard ICU.shapeArabic(unitBuffer, into: shaped) else { return }
        }
        for i in 0..<unitCount {
            let p = props[i]
            if p & CharProps.joiningLetter == 0 {
                shaped[i] = units[i]
            } else if shaped[i] == 0x20 && p & CharProps.alef != 0 {
                // The alef of a lam-alef ligature: ICU put the ligature at the lam.
                props[i] = p | Self.ligatureTail | CharProps.hidden
                shaped[i] = units[i]
            }
        }
        display = shaped
    }

    // MARK: Stage 3: bidi levels (UAX #9, paragraph-wide)

    private mutating func resolveBidi(_ direction: ParagraphDirection, plainBidi: Bool) {
        let fallbackLevel: UInt8 = direction == .rightToLeft ? 1 : direction == .leftToRight ? 0 : firstStrongLevel()
        paragraphLevel = fallbackLevel
        levels = nil
        if mode == .terminal || unitCount == 0 || (propsUnion & CharProps.needsBidi == 0 && direction != .rightToLeft) {
            return   // all-LTR fast path (and terminal mode): no reordering, no ICU call
        }
        // Most news paragraphs need none of ICU's machinery (no embeddings, isolates or brackets).
        if plainBidi && buffers.unitToScalar == nil
            && PlainBidi.resolve(props, count: unitCount, paragraphLevel: fallbackLevel, into: buffers.levels) {
            levels = buffers.levels
            resolvedWithoutICU = true
            return
        }
        // The corrections to ICU that change a layout need the classes: overrides,
        // or more brackets than BD16's stack holds.
        var mirroredCount = 0
        for i in 0..<unitCount where props[i] & CharProps.mirrored != 0 { mirroredCount += 1 }
        if propsUnion & CharProps.override != 0 || mirroredCount > BidiResolver.bracketStackCapacity {
            let unitArray = Array(unitBuffer)
            let classes = (0..<unitCount).map { CharProps(raw: props[$0]).bidiClass }
            guard let resolved = BidiResolver.resolve(unitArray, classes: classes, direction: direction),
                  resolved.levels.count == unitCount else { return }
            buffers.levels.update(from: resolved.levels, count: unitCount)
            paragraphLevel = resolved.paragraphLevel
            levels = buffers.levels
            return
        }
        guard let resolved = ICU.resolveLevels(unitBuffer, direction: direction, into: buffers.levels) else { return }
        paragraphLevel = resolved.paragraphLevel
        levels = buffers.levels
    }

    /// UAX #9 P2/P3: 1 if the first strong character outside isolates is R or AL.
    private func firstStrongLevel() -> UInt8 {
        guard propsUnion & CharProps.needsBidi != 0 else { return 0 }
        var depth = 0
        for i in 0..<unitCount where props[i] & CharProps.trailSurrogate == 0 {
            switch CharProps(raw: props[i]).bidiClass {
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
        let n = unitCount
        let props = self.props, units = self.units
        let clusterStart = self.clusterStart, clusterBase = self.clusterBase
        let clusterWidth = self.clusterWidth, clusterFlags = self.clusterFlags
        var k = 0
        var i = 0
        var total = 0
        var hasTabs = false
        while i < n {
            let start = i
            // The common cell: a simple scalar with nothing attached.
            if props[i] & CharProps.simple != 0
                && (i + 1 == n || props[i + 1] & (CharProps.attaches | Self.ligatureTail | CharProps.trailSurrogate) == 0) {
                clusterStart[k] = Int32(i)
                clusterBase[k] = Int32(i)
                clusterWidth[k] = 1
                clusterFlags[k] = 0
                k += 1
                i += 1
                total += 1
                continue
            }
            let p = props[i]
            var base = -1
            var width = 0
            var drawn = 0
            var previous = CharProps(raw: p).graphemeBreak
            if p & CharProps.hidden == 0 { base = i; width = CharProps(raw: p).width; drawn = 1 }
            i += (i + 1 < n && props[i + 1] & CharProps.trailSurrogate != 0) ? 2 : 1
            if i < n && (previous != GCB.other || CharProps(raw: props[i]).graphemeBreak != GCB.other) {
                var regionalCount = previous == GCB.regionalIndicator ? 1 : 0
                var emojiChain = p & CharProps.extendedPictographic != 0
                while i < n {
                    let q = props[i]
                    if q & Self.ligatureTail != 0 { i += 1; continue }
                    let next = CharProps(raw: q).graphemeBreak
                    guard Self.joins(previous, next, regionalOdd: regionalCount & 1 == 1, emojiChain: emojiChain,
                                     nextIsPictographic: q & CharProps.extendedPictographic != 0)
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
            } else if i < n && props[i] & Self.ligatureTail != 0 {
                i += 1   // lam-alef: the alef's filler joins the lam's cell
            }
            var flags: UInt8 = 0
            let baseProps = props[base < 0 ? start : base]
            if drawn == 0 {
                flags = Flag.invisible | Flag.space
                width = 0
            } else if width == 0 {
                flags = Flag.loneMark
                width = 1
            } else if width > 2 {
                width = 2
            }
            if baseProps & (CharProps.kindMask | CharProps.space | CharProps.mirrored) != 0 {
                switch CharProps(raw: baseProps).kind {
                case .tab: flags |= Flag.tab
                case .placeholder: flags |= Flag.placeholder
                default: break
                }
                if drawn == 1 && baseProps & CharProps.space != 0 { flags |= Flag.space }
                if baseProps & CharProps.mirrored != 0 { flags |= Flag.mirrored }
            }
            if drawn == 1 && base >= 0 && (units[base] == 0xA0 || units[base] == 0x202F || units[base] == 0x2007) {
                flags |= Flag.noBreakSpace
            }
            clusterStart[k] = Int32(start)
            clusterBase[k] = Int32(base < 0 ? start : base)
            clusterWidth[k] = UInt8(width)
            clusterFlags[k] = flags
            k += 1
            total += width
            if flags & Flag.tab != 0 { hasTabs = true }
        }
        clusterStart[k] = Int32(n)
        clusterCount = k
        simpleWidth = hasTabs ? nil : total
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

    private func applySpans(_ spans: [StyleSpan]) {
        let table = UnsafeMutablePointer<UInt32>.allocate(capacity: max(scalarCount, 1))
        table.initialize(repeating: 0, count: max(scalarCount, 1))
        for span in spans where span.style != 0 {
            let lo = max(0, span.range.lowerBound - baseOffset)
            let hi = min(scalarCount, span.range.upperBound - baseOffset)
            if lo < hi { for k in lo..<hi { table[k] |= span.style } }
        }
        buffers.styles = table
    }

    // MARK: Stage 5: line breaking (UAX #14, greedy, in logical order)

    /// Marks after which clusters a line may end, from unit `offset` on.
    private func markBreakOpportunities(_ breaker: ICU.LineBreaker, after offset: Int, fromCluster first: Int) {
        let starts = clusterStart, flags = clusterFlags
        var c = first
        let count = clusterCount
        breaker.forEach(after: offset) { b in
            // The cluster that contains unit b-1 ends the line (a break inside a cluster moves to its end).
            while c + 1 < count && Int(starts[c + 1]) < b { c += 1 }
            if c < count { flags[c] |= Flag.breakAfter }
        }
    }

    /// Cuts the paragraph into lines of at most `width` cells (a lone cluster wider than `width` gets a line of its own).
    ///
    /// Greedy: each line takes clusters until one does not fit, then ends at the
    /// last UAX #14 opportunity before it, which ICU finds by looking back from
    /// there (a word or two of work per line, not the whole line). A line with
    /// no opportunity switches the rest of the paragraph to marking every
    /// opportunity ahead once, so a megabyte without spaces stays linear.
    func lines(width: Int, tabWidth: Int, wordShortcut: Bool = true) -> [VisualLine] {
        guard clusterCount > 0 else { return [emptyLine()] }
        let tabs = min(max(1, tabWidth), Self.maxTabWidth)
        var result: [VisualLine] = []
        forEachLine(width: width, tabWidth: tabWidth, wordShortcut: wordShortcut) { start, end in
            result.append(makeLine(start, end, tabWidth: tabs))
        }
        return result
    }

    /// The text of each of `lines(width:tabWidth:)`'s lines as
    /// `VisualLine.text(alignedTo: alignment)` spells it, each followed by a
    /// line feed, appended to `output` as UTF-8 without making cells.
    func appendText(width: Int, tabWidth: Int, alignedTo alignment: Int, to output: inout [UInt8]) {
        guard clusterCount > 0 else {
            let lead = isRightToLeft && mode == .app ? max(0, alignment) : 0
            output.append(contentsOf: repeatElement(0x20, count: lead))
            output.append(0x0A)
            return
        }
        let tabs = min(max(1, tabWidth), Self.maxTabWidth)
        forEachLine(width: width, tabWidth: tabWidth, wordShortcut: true) { start, end in
            appendLineText(start, end, tabWidth: tabs, alignedTo: alignment, to: &output)
        }
    }

    /// Calls `body` with the cluster range of each line, in order (the paragraph has clusters).
    private func forEachLine(width: Int, tabWidth: Int, wordShortcut: Bool, _ body: (Int, Int) -> Void) {
        let count = clusterCount
        let width = max(1, width)
        let tabWidth = min(max(1, tabWidth), Self.maxTabWidth)
        if let total = simpleWidth, total <= width { return body(0, count) }
        let clusterFlags = self.clusterFlags, clusterWidth = self.clusterWidth, clusterStart = self.clusterStart
        ICU.withLineBreaker(unitBuffer) { breaker in
            var marked = breaker == nil   // no iterator: break between graphemes only
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
                        if !marked, let breaker {
                            let u = Int(clusterStart[c]), lineStart = Int(clusterStart[start])
                            var b = wordShortcut ? startOfPlainWord(at: u, after: lineStart) : -1
                            if b < 0 { b = breaker.last(atOrBefore: u) }
                            if b > Int(clusterStart[start]) {
                                var e = c
                                while e > start + 1 && Int(clusterStart[e]) > b { e -= 1 }
                                lastBreak = e
                            } else {
                                markBreakOpportunities(breaker, after: Int(clusterStart[start]), fromCluster: start)
                                marked = true
                                lastBreak = -1
                                for k in start..<c where clusterFlags[k] & Flag.breakAfter != 0 { lastBreak = k + 1 }
                            }
                        }
                        // Last UAX #14 opportunity; else after a no-break space; else between graphemes.
                        end = lastBreak > start ? lastBreak : lastNoBreakSpace > start ? lastNoBreakSpace : max(c, start + 1)
                        break
                    }
                    column += w
                    if flags & Flag.breakAfter != 0 { lastBreak = c + 1 }
                    if flags & Flag.noBreakSpace != 0 { lastNoBreakSpace = c + 1 }
                    c += 1
                }
                body(start, end)
                start = end
            }
        }
    }

    /// Where the word containing unit `u` starts, when UAX #14 settles it
    /// without ICU: the word is only letters, digits and marks (no break inside:
    /// LB9, LB23, LB25, LB28), it follows plain spaces (a break after them:
    /// LB18), and what precedes the spaces is not an opening bracket (LB14) or
    /// a mark. Else -1, and ICU's iterator answers. Tests check that both give
    /// the same lines on the seed articles.
    private func startOfPlainWord(at u: Int, after lineStart: Int) -> Int {
        guard props[u] & CharProps.wordCharacter != 0 else { return -1 }
        var s = u
        while s > lineStart && props[s - 1] & CharProps.wordCharacter != 0 { s -= 1 }
        guard s > lineStart, units[s - 1] == 0x20 else { return -1 }
        var t = s - 1
        while t > 0 && units[t - 1] == 0x20 { t -= 1 }
        guard t > 0 else { return -1 }
        let before = props[t - 1]
        // Before the spaces: a letter, digit, or punctuation that is not an opening bracket.
        if before & CharProps.wordCharacter != 0 && before & CharProps.attaches == 0 { return s }
        switch units[t - 1] {
        case 0x2E, 0x2C, 0x3A, 0x3B, 0x21, 0x3F, 0x22, 0x29, 0x5D, 0x7D,     // . , : ; ! ? " ) ] }
             0x060C, 0x061B, 0x061F, 0x06D4, 0x201D, 0x00BB, 0x2019:         // ، ؛ ؟ ۔ ” » ’
            return s
        default:
            return -1
        }
    }

    /// The whole paragraph on one line, cut to `maxWidth` with "…" at the logical end when too wide.
    func singleLine(maxWidth: Int, tabWidth: Int) -> VisualLine {
        let count = clusterCount
        guard count > 0, maxWidth > 0 else { return emptyLine() }
        let tabWidth = min(max(1, tabWidth), Self.maxTabWidth)
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
        return makeLine(0, end, tabWidth: tabWidth, ellipsisTo: scalarOffset(ofUnit: unitCount) + baseOffset)
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

    /// A line's drawn clusters in visual order: `buffers.lineOrder`, `lineWidths`
    /// and `lineLevels` hold them in logical order, `visual` maps a visual index
    /// to a logical one unless the line is `reversed` or in logical order.
    private struct LineOrder {
        var drawn: Int
        /// The line's width in cells.
        var column: Int
        var reorderNeeded: Bool
        var reversed: Bool
        var visual: [Int32]

        @inline(__always) func logicalIndex(_ v: Int) -> Int {
            reorderNeeded ? Int(visual[v]) : reversed ? drawn - 1 - v : v
        }
    }

    @inline(__always)
    private func orderLine(_ start: Int, _ end: Int, tabWidth: Int, ellipsis: Bool) -> LineOrder {
        let clusterFlags = self.clusterFlags, clusterWidth = self.clusterWidth, clusterBase = self.clusterBase
        // L1: whitespace at the line end hangs (not drawn), so it needs no level.
        var drawnEnd = end
        if !ellipsis {
            while drawnEnd > start && clusterFlags[drawnEnd - 1] & (Flag.space | Flag.invisible) != 0 { drawnEnd -= 1 }
            // A line cut after a no-break space hangs it like a space.
            if drawnEnd == end && end < clusterCount && drawnEnd > start
                && clusterFlags[drawnEnd - 1] & Flag.noBreakSpace != 0 { drawnEnd -= 1 }
        }
        // Drawn clusters in logical order, with their widths (tabs resolved) and
        // levels; cluster index -1 is the ellipsis.
        let order = buffers.lineOrder, widths = buffers.lineWidths, lineLevels = buffers.lineLevels
        var column = 0
        var minLevel: UInt8 = .max
        var maxLevel: UInt8 = 0
        var drawn = 0
        let paragraphLevel = self.paragraphLevel
        for c in start..<drawnEnd {
            let flags = clusterFlags[c]
            var w = Int(clusterWidth[c])
            if flags & Flag.tab != 0 { w = tabWidth - column % tabWidth }
            column += w
            if flags & Flag.invisible != 0 { continue }
            order[drawn] = Int32(c)
            widths[drawn] = UInt8(truncatingIfNeeded: min(w, 255))
            let level = levels.map { flags & Flag.tab != 0 ? paragraphLevel : $0[Int(clusterBase[c])] } ?? paragraphLevel
            lineLevels[drawn] = level
            minLevel = min(minLevel, level)
            maxLevel = max(maxLevel, level)
            drawn += 1
        }
        if ellipsis {
            order[drawn] = -1
            widths[drawn] = 1
            lineLevels[drawn] = paragraphLevel
            minLevel = min(minLevel, paragraphLevel)
            maxLevel = max(maxLevel, paragraphLevel)
            column += 1
            drawn += 1
        }
        // L2: visual order. Uniform levels (most lines) need no map.
        let reorderNeeded = mode == .app && minLevel != maxLevel
        let reversed = mode == .app && !reorderNeeded && minLevel & 1 == 1
        var visual: [Int32] = []
        if reorderNeeded {
            ICU.reorderVisual(Array(UnsafeBufferPointer(start: lineLevels, count: drawn)), into: &visual)
        }
        return LineOrder(drawn: drawn, column: column, reorderNeeded: reorderNeeded, reversed: reversed, visual: visual)
    }

    private func makeLine(_ start: Int, _ end: Int, tabWidth: Int, ellipsisTo: Int? = nil) -> VisualLine {
        let line = orderLine(start, end, tabWidth: tabWidth, ellipsis: ellipsisTo != nil)
        let drawn = line.drawn, column = line.column
        let order = buffers.lineOrder, widths = buffers.lineWidths, lineLevels = buffers.lineLevels
        let cut = ellipsisTo.map { _ in scalarOffset(ofUnit: Int(clusterStart[end])) + baseOffset }
        let strings = ScalarStrings.bmp
        let styles = buffers.styles
        let cells = [Cell](unsafeUninitializedCapacity: column + 1) { cells, initialized in
            var written = 0
            let out = cells.baseAddress!
            for v in 0..<drawn {
                let k = line.logicalIndex(v)
                let c = Int(order[k])
                if c < 0 {
                    (out + written).initialize(to: Cell(text: "…", width: 1, source: cut!..<ellipsisTo!))
                    written += 1
                    continue
                }
                let odd = mode == .app && lineLevels[k] & 1 == 1
                writeCells(cluster: c, width: Int(widths[k]), rightToLeft: odd, strings: strings, styles: styles,
                           into: out, at: &written)
            }
            initialized = written
        }
        let lo = scalarOffset(ofUnit: Int(clusterStart[start])) + baseOffset
        let hi = scalarOffset(ofUnit: Int(clusterStart[end])) + baseOffset
        return VisualLine(cells: cells, width: column, isRightToLeft: isRightToLeft, logicalRange: lo..<hi, mode: mode)
    }

    /// One line's `VisualLine.text(alignedTo:)` and a line feed, as UTF-8.
    private func appendLineText(_ start: Int, _ end: Int, tabWidth: Int, alignedTo alignment: Int,
                                to output: inout [UInt8]) {
        let line = orderLine(start, end, tabWidth: tabWidth, ellipsis: false)
        let lead = isRightToLeft && mode == .app ? max(0, alignment - line.column) : 0
        // At most: the padding, a tab's width in spaces, 3 bytes a unit and 3
        // for a dotted circle (a cluster has a unit), the line feed.
        let bytes = buffers.textScratch(capacity: lead + line.column + 6 * Int(clusterStart[end] - clusterStart[start]) + 1)
        var n = 0
        for _ in 0..<lead { bytes[n] = 0x20; n += 1 }
        let order = buffers.lineOrder, widths = buffers.lineWidths, lineLevels = buffers.lineLevels
        let clusterFlags = self.clusterFlags, clusterStart = self.clusterStart, display = self.display
        let app = mode == .app
        for v in 0..<line.drawn {
            let k = line.logicalIndex(v)
            let c = Int(order[k])
            let startUnit = Int(clusterStart[c])
            if clusterFlags[c] & (Flag.tab | Flag.loneMark | Flag.placeholder | Flag.mirrored) == 0
                && Int(clusterStart[c + 1]) - startUnit == 1 {
                // The common cell: one BMP scalar, not mirrored.
                Self.putUTF8(UInt32(display[startUnit]), bytes, &n)
            } else {
                appendText(cluster: c, width: Int(widths[k]), rightToLeft: app && lineLevels[k] & 1 == 1,
                           to: bytes, &n)
            }
        }
        bytes[n] = 0x0A
        n += 1
        output.append(contentsOf: UnsafeBufferPointer(start: bytes, count: n))
    }

    /// The text `writeCells` gives the cluster's cells, as UTF-8 at `bytes + n`.
    private func appendText(cluster c: Int, width: Int, rightToLeft: Bool, to bytes: UnsafeMutablePointer<UInt8>,
                            _ n: inout Int) {
        let flags = clusterFlags[c]
        let startUnit = Int(clusterStart[c])
        let endUnit = Int(clusterStart[c + 1])
        if flags & (Flag.tab | Flag.loneMark | Flag.placeholder) == 0 && endUnit - startUnit == 1 {
            var scalar = UInt32(display[startUnit])
            if rightToLeft && flags & Flag.mirrored != 0 { scalar = ICU.mirror(scalar) }
            Self.putUTF8(scalar, bytes, &n)
            return
        }
        if flags & Flag.tab != 0 {
            for _ in 0..<width { bytes[n] = 0x20; n += 1 }
            return
        }
        forEachShownScalar(ofCluster: c, rightToLeft: rightToLeft) { Self.putUTF8($0, bytes, &n) }
    }

    /// The scalars a cluster's cell shows, in order: a dotted circle before
    /// a mark standing alone, the base (mirrored in right-to-left text when
    /// it mirrors), then at most `maxMarksPerCell` marks; hidden scalars
    /// skipped. What `appendText` writes and `writeCells` puts in a cell.
    @inline(__always)
    private func forEachShownScalar(ofCluster c: Int, rightToLeft: Bool, _ body: (UInt32) -> Void) {
        let flags = clusterFlags[c]
        let startUnit = Int(clusterStart[c])
        let endUnit = Int(clusterStart[c + 1])
        let base = Int(clusterBase[c])
        if flags & Flag.loneMark != 0 { body(0x25CC) }
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
                    body(scalar)
                }
            }
            u += step
        }
    }

    /// A scalar's UTF-8 at `bytes + n`; U+FFFD for a surrogate code point, as `Unicode.Scalar` makes it.
    @inline(__always)
    private static func putUTF8(_ scalar: UInt32, _ bytes: UnsafeMutablePointer<UInt8>, _ n: inout Int) {
        var v = scalar
        if v < 0x80 {
            bytes[n] = UInt8(truncatingIfNeeded: v)
            n += 1
        } else if v < 0x800 {
            bytes[n] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
            bytes[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            n += 2
        } else if v < 0x10000 || v > 0x10FFFF {
            if (0xD800..<0xE000).contains(v) || v > 0x10FFFF { v = 0xFFFD }
            bytes[n] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
            bytes[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F)
            bytes[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            n += 3
        } else {
            bytes[n] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
            bytes[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (v >> 12) & 0x3F)
            bytes[n + 2] = UInt8(truncatingIfNeeded: 0x80 | (v >> 6) & 0x3F)
            bytes[n + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
            n += 4
        }
    }

    @inline(__always)
    private func writeCells(cluster c: Int, width: Int, rightToLeft: Bool, strings: UnsafePointer<String>,
                            styles: UnsafeMutablePointer<UInt32>?, into cells: UnsafeMutablePointer<Cell>,
                            at index: inout Int) {
        let flags = clusterFlags[c]
        let startUnit = Int(clusterStart[c])
        let endUnit = Int(clusterStart[c + 1])
        let lo = scalarOffset(ofUnit: startUnit)
        let hi = scalarOffset(ofUnit: endUnit)
        var style: UInt32 = 0
        if let styles { for k in lo..<hi { style |= styles[k] } }
        let source = Range(uncheckedBounds: (lo + baseOffset, hi + baseOffset))
        if flags & (Flag.tab | Flag.loneMark | Flag.placeholder) == 0 && endUnit - startUnit == 1 {
            // The common cell: one BMP scalar.
            var scalar = UInt32(display[startUnit])
            if rightToLeft && flags & Flag.mirrored != 0 { scalar = ICU.mirror(scalar) }
            (cells + index).initialize(to: Cell(text: strings[Int(scalar)], width: width, source: source, style: style))
            index += 1
            if width == 2 {
                (cells + index).initialize(to: Cell(text: "", width: 0, source: source, style: style))
                index += 1
            }
            return
        }
        if flags & Flag.tab != 0 {
            for _ in 0..<width {
                (cells + index).initialize(to: Cell(text: " ", width: 1, source: source, style: style))
                index += 1
            }
            return
        }
        var view = String.UnicodeScalarView()
        forEachShownScalar(ofCluster: c, rightToLeft: rightToLeft) { view.append(Unicode.Scalar($0) ?? "\u{FFFD}") }
        (cells + index).initialize(to: Cell(text: String(view), width: width, source: source, style: style,
                                            isPlaceholder: flags & Flag.placeholder != 0))
        index += 1
        if width == 2 {
            (cells + index).initialize(to: Cell(text: "", width: 0, source: source, style: style))
            index += 1
        }
    }
}
