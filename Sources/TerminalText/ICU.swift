// Implementation-only: in debug (testable) builds an `internal import` is still loaded by
// clients, and system ICU's C types then clash with Foundation's bundled ICU.
@_implementationOnly import CICU
import Synchronization

// The module's only calls into ICU (through CICU's shim), so the rest of the
// code never sees C types. ICU objects are expensive to open and not thread
// safe, so each kind is kept in a small pool: a layout call borrows one and
// gives it back.

/// A pool of reusable ICU objects of one kind.
private final class ICUPool: Sendable {
    private let free = Mutex<[UInt]>([])   // handles as bit patterns: OpaquePointer is not Sendable
    private let open: @Sendable () -> OpaquePointer?

    init(open: @escaping @Sendable () -> OpaquePointer?) { self.open = open }

    func withObject<R>(_ body: (OpaquePointer) -> R) -> R? {
        let reused = free.withLock { $0.popLast() }
        guard let handle = reused.flatMap({ OpaquePointer(bitPattern: $0) }) ?? open() else { return nil }
        defer { free.withLock { if $0.count < 8 { $0.append(UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(handle)))) } } }
        return body(handle)
    }
}

private let lineBreakerPool = ICUPool {
    var status = U_ZERO_ERROR
    let bi = marsad_ubrk_open_line(&status)
    return marsad_u_failure(status) != 0 ? nil : bi
}

private let bidiPool = ICUPool {
    var status = U_ZERO_ERROR
    let bidi = marsad_ubidi_openSized(0, 0, &status)
    return marsad_u_failure(status) != 0 ? nil : bidi
}

/// The result of resolving a paragraph with ICU (UAX #9 rules P2–I2 and L1 for the paragraph end).
struct ResolvedLevels {
    var paragraphLevel: UInt8
    /// One level per UTF-16 unit.
    var levels: [UInt8]
    /// ICU found every character at one direction and, as a shortcut, left
    /// all levels at the paragraph level: the visual order is the same as
    /// with the exact levels (all even: identity; all odd: reversed).
    var isUnidirectional: Bool
}

enum ICU {
    /// Embedding levels of a paragraph (ICU's `ubidi_setPara`/`ubidi_getLevels`).
    static func resolveLevels(_ units: [UInt16], direction: ParagraphDirection) -> ResolvedLevels? {
        let paraLevel: UInt8
        switch direction {
        case .auto: paraLevel = marsad_UBIDI_DEFAULT_LTR()
        case .leftToRight: paraLevel = 0
        case .rightToLeft: paraLevel = 1
        }
        guard !units.isEmpty else {
            return ResolvedLevels(paragraphLevel: direction == .rightToLeft ? 1 : 0, levels: [], isUnidirectional: true)
        }
        return bidiPool.withObject { bidi -> ResolvedLevels? in
            units.withUnsafeBufferPointer { text -> ResolvedLevels? in
                var status = U_ZERO_ERROR
                marsad_ubidi_setPara(bidi, text.baseAddress, Int32(text.count), paraLevel, &status)
                guard marsad_u_failure(status) == 0 else { return nil }
                let level = marsad_ubidi_getParaLevel(bidi)
                guard let pointer = marsad_ubidi_getLevels(bidi, &status), marsad_u_failure(status) == 0 else {
                    return nil
                }
                let count = Int(marsad_ubidi_getProcessedLength(bidi))
                let levels = [UInt8](UnsafeBufferPointer(start: pointer, count: count))
                let mixed = marsad_ubidi_getDirection(bidi) == 2   // UBIDI_MIXED
                return ResolvedLevels(paragraphLevel: level, levels: levels, isUnidirectional: !mixed)
            }
        } ?? nil
    }

    /// Embedding levels written into `levels` (one per unit); returns the paragraph
    /// level and whether ICU found the text unidirectional, nil on failure.
    static func resolveLevels(_ units: UnsafeBufferPointer<UInt16>, direction: ParagraphDirection,
                              into levels: UnsafeMutablePointer<UInt8>) -> (paragraphLevel: UInt8, unidirectional: Bool)? {
        let paraLevel: UInt8
        switch direction {
        case .auto: paraLevel = marsad_UBIDI_DEFAULT_LTR()
        case .leftToRight: paraLevel = 0
        case .rightToLeft: paraLevel = 1
        }
        guard units.count > 0 else { return nil }
        return bidiPool.withObject { bidi -> (paragraphLevel: UInt8, unidirectional: Bool)? in
            var status = U_ZERO_ERROR
            marsad_ubidi_setPara(bidi, units.baseAddress, Int32(units.count), paraLevel, &status)
            guard marsad_u_failure(status) == 0 else { return nil }
            let level = marsad_ubidi_getParaLevel(bidi)
            guard let pointer = marsad_ubidi_getLevels(bidi, &status), marsad_u_failure(status) == 0,
                  Int(marsad_ubidi_getProcessedLength(bidi)) == units.count else { return nil }
            levels.update(from: pointer, count: units.count)
            return (level, marsad_ubidi_getDirection(bidi) != 2)
        } ?? nil
    }

    /// Visual order (rule L2) for a line's levels: `map[visualIndex] = logicalIndex`.
    static func reorderVisual(_ levels: [UInt8], into map: inout [Int32]) {
        let count = levels.count
        map = [Int32](repeating: 0, count: count)
        guard count > 0 else { return }
        levels.withUnsafeBufferPointer { l in
            map.withUnsafeMutableBufferPointer { m in
                marsad_ubidi_reorderVisual(l.baseAddress, Int32(count), m.baseAddress)
            }
        }
    }

    /// Arabic letters to presentation forms in logical order, one output unit
    /// per input unit: a lam-alef ligature sits at the lam and leaves a space
    /// at the alef. False if ICU fails (the caller then draws unshaped letters).
    ///
    /// ICU's "near" lam-alef mode promises that 1:1 map but breaks it near the
    /// ends of a text (it moves the space and shifts the letters between), so
    /// the text is shaped with "resize", which drops the alef's unit, and the
    /// map is rebuilt here.
    static func shapeArabic(_ units: UnsafeBufferPointer<UInt16>, into out: UnsafeMutablePointer<UInt16>) -> Bool {
        let n = units.count
        guard n > 0 else { return true }
        let resized = UnsafeMutablePointer<UInt16>.allocate(capacity: n)
        defer { resized.deallocate() }
        var status = U_ZERO_ERROR
        let m = Int(marsad_u_shapeArabic(units.baseAddress, Int32(n), resized, Int32(n),
                                         marsad_shape_letters_resize_logical(), &status))
        guard marsad_u_failure(status) == 0, m <= n else { return false }
        var i = 0, j = 0
        while i < n && j < m {
            let isLigature = resized[j] >= 0xFEF5 && resized[j] <= 0xFEFC
            out[i] = resized[j]
            i += 1
            j += 1
            if isLigature && units[i - 1] == 0x0644 {
                // Harakat between the lam and its alef follow the ligature; the alef's unit was dropped.
                while i < n && j < m && !(units[i] == 0x0622 || units[i] == 0x0623 || units[i] == 0x0625 || units[i] == 0x0627) {
                    out[i] = resized[j]; i += 1; j += 1
                }
                if i < n { out[i] = 0x20; i += 1 }
            }
        }
        while i < n { out[i] = units[i]; i += 1 }
        return j == m
    }

    static func shapeArabic(_ units: [UInt16]) -> [UInt16]? {
        var out = [UInt16](repeating: 0, count: units.count)
        let ok = units.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { shapeArabic(src, into: $0.baseAddress!) }
        }
        return ok ? out : nil
    }

    /// A UAX #14 line-break iterator over a paragraph, for the duration of `body`.
    static func withLineBreaker<R>(_ units: UnsafeBufferPointer<UInt16>, _ body: (LineBreaker?) -> R) -> R {
        guard !units.isEmpty else { return body(nil) }
        var result: R?
        let opened: Bool? = lineBreakerPool.withObject { bi in
            var status = U_ZERO_ERROR
            marsad_ubrk_setText(bi, units.baseAddress, Int32(units.count), &status)
            guard marsad_u_failure(status) == 0 else { return false }
            result = body(LineBreaker(handle: bi, count: units.count))
            // Detach the iterator from the buffer before it is freed.
            var empty: UInt16 = 0
            marsad_ubrk_setText(bi, &empty, 0, &status)
            return true
        }
        return opened == true ? result! : body(nil)
    }

    /// Line-break opportunities (UAX #14) through ICU's rule-based iterator.
    struct LineBreaker {
        fileprivate let handle: OpaquePointer
        let count: Int

        /// The last opportunity at or before `offset` (a line may start there), or 0.
        func last(atOrBefore offset: Int) -> Int {
            let b = marsad_ubrk_preceding(handle, Int32(min(offset, count - 1) + 1))
            return b == marsad_ubrk_done() ? 0 : Int(b)
        }

        /// Every opportunity after `offset`, ascending, ending with the text's end.
        func forEach(after offset: Int, _ body: (Int) -> Void) {
            let done = marsad_ubrk_done()
            var b = marsad_ubrk_following(handle, Int32(offset))
            while b != done {
                body(Int(b))
                b = marsad_ubrk_next(handle)
            }
        }
    }

    /// The mirrored glyph of a Bidi_Mirrored character (rule L4): "(" ↔ ")".
    static func mirror(_ scalar: UInt32) -> UInt32 {
        UInt32(bitPattern: marsad_u_charMirror(Int32(bitPattern: scalar)))
    }
}
