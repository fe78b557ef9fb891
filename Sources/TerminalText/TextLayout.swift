/// Lays out paragraphs of logical text into terminal cells.
///
/// ```swift
/// let lines = TextLayout.layout("قتل 49 جنديا في اشتباكات (CSTO)", options: LayoutOptions(width: 20))
/// for line in lines { print(line.aligned(to: 20).map(\.text).joined()) }
/// ```
public enum TextLayout {
    /// Lays out one paragraph (line breaks inside are treated as spaces) into
    /// visual lines of at most `options.width` cells, wrapped at word
    /// boundaries (UAX #14); a word longer than a line is cut between graphemes.
    ///
    /// Cells carry scalar offsets from `baseOffset`; `spans` use the same frame.
    /// Complexity: O(n) in the paragraph's length.
    public static func layout(_ paragraph: String, baseOffset: Int = 0, spans: [StyleSpan] = [],
                              options: LayoutOptions) -> [VisualLine] {
        let engine = ParagraphEngine(paragraph, baseOffset: baseOffset, spans: spans,
                                     direction: options.direction, mode: options.mode)
        return engine.lines(width: options.width, tabWidth: options.tabWidth)
    }

    /// The lines of `layout(paragraph, options:)` as plain text, appended to
    /// `output` as UTF-8: each line's `text(alignedTo: alignment)` and a line
    /// feed, written straight from the layout without making cells or strings
    /// (`marsad render`). `paragraph` must be valid UTF-8.
    ///
    /// Same bytes as `for line in layout(p, options: o) { out += line.text(alignedTo: a) + "\n" }`.
    public static func appendText(ofUTF8 paragraph: UnsafeBufferPointer<UInt8>, options: LayoutOptions,
                                  alignedTo alignment: Int, to output: inout [UInt8]) {
        let engine = ParagraphEngine(utf8: paragraph, baseOffset: 0, spans: [], direction: options.direction,
                                     mode: options.mode)
        engine.appendText(width: options.width, tabWidth: options.tabWidth, alignedTo: alignment, to: &output)
    }

    /// `appendText(ofUTF8:)` for a `String`.
    public static func appendText(of paragraph: String, options: LayoutOptions, alignedTo alignment: Int,
                                  to output: inout [UInt8]) {
        var paragraph = paragraph
        paragraph.withUTF8 { appendText(ofUTF8: $0, options: options, alignedTo: alignment, to: &output) }
    }

    /// The logical ranges of `layout`'s lines, found with and without the
    /// shortcut that settles plain words without ICU; tests check they agree.
    package static func lineRangesWithAndWithoutShortcut(_ paragraph: String, width: Int)
        -> (shortcut: [Range<Int>], icuOnly: [Range<Int>]) {
        let engine = ParagraphEngine(paragraph, baseOffset: 0, spans: [], direction: .auto, mode: .app)
        return (engine.lines(width: width, tabWidth: 8).map(\.logicalRange),
                engine.lines(width: width, tabWidth: 8, wordShortcut: false).map(\.logicalRange))
    }

    /// The embedding levels (per UTF-16 unit, after L1 at the paragraph end) as
    /// `PlainBidi` resolves them, nil where it leaves the paragraph to ICU,
    /// and as ICU does; tests check they agree.
    package static func levelsWithAndWithoutPlainBidi(_ paragraph: String, direction: ParagraphDirection)
        -> (plain: [UInt8]?, icu: [UInt8]?, usedPlain: Bool) {
        var text = paragraph
        return text.withUTF8 { utf8 in
            let plain = ParagraphEngine(utf8: utf8, baseOffset: 0, spans: [], direction: direction, mode: .app)
            let icu = ParagraphEngine(utf8: utf8, baseOffset: 0, spans: [], direction: direction, mode: .app,
                                      plainBidi: false)
            return (plain.unitLevels, icu.unitLevels, plain.resolvedWithoutICU)
        }
    }

    /// One line, not wrapped: cut at a cell boundary to `maxWidth` (never half
    /// a wide character), keeping the logical start and marking the cut with
    /// "…" at the logical end (the left side of an RTL title). For titles in lists.
    public static func singleLine(_ text: String, baseOffset: Int = 0, spans: [StyleSpan] = [],
                                  maxWidth: Int, direction: ParagraphDirection = .auto,
                                  mode: BidiMode = .app) -> VisualLine {
        let engine = ParagraphEngine(text, baseOffset: baseOffset, spans: spans, direction: direction, mode: mode)
        return engine.singleLine(maxWidth: maxWidth, tabWidth: 8)
    }

    /// Terminal cell width of a string as laid out on one line: 0 for combining
    /// and zero-width characters, 2 for wide ones, 1 for a lam-alef ligature
    /// in `.app` mode, tabs to the next multiple of 8, controls as their 1-cell placeholder.
    public static func cellWidth(of text: String, mode: BidiMode = .app) -> Int {
        let engine = ParagraphEngine(text, baseOffset: 0, spans: [], direction: .auto, mode: mode, resolveLevels: false)
        return engine.totalWidth(tabWidth: 8)
    }
}
