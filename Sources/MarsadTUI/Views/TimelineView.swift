import MarsadModel

/// The dated events in time order, under a one-line chart of events per
/// day across the corpus's span.
///
/// ```
///  2020-10-01 ▁  █      ▂▅█      ▃ 2023-09-20
///  > 2022-09-13 day   clash      …قتل 49 جنديا أرمينيا   Armenia, Azerbaijan   #1 #5
/// ```
public enum TimelineView {
    public static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let rows = state.filtered.eventIndexes
        let detail = state.analysis == nil ? "being built…" : "\(rows.count) event\(rows.count == 1 ? "" : "s") · [ ] step"
        Screen.drawPaneTitle(Pane.timeline.title, detail: detail, pane: .timeline, state: state, area: area, into: &buffer)
        guard area.height > 1 else { return }
        guard let analysis = state.analysis, !rows.isEmpty else {
            let text = state.analysis == nil ? "the timeline is being built…" : "no dated events"
            buffer.drawText(text, x: area.x + 1, y: area.y + 1, width: area.width - 1, style: state.theme.dim)
            return
        }
        let chartRow = Rect(x: area.x, y: area.y + 1, width: area.width, height: 1)
        renderChart(state, analysis: analysis, area: chartRow, into: &buffer)
        let content = area.droppingTop(2)
        let w = content.width
        let columns = Columns(width: w)
        let actorsWidth = columns.actorsWidth
        let sentenceWidth = columns.sentence.count
        for line in 0..<content.height {
            let row = state.timeline.top + line
            guard row < rows.count else { break }
            let event = analysis.timeline[rows[row]]
            let y = content.y + line
            let isCurrent = state.selectedEvent == row
            var base = Style.plain
            if let s = Screen.rowStyle(selected: row == state.timeline.selected, pane: .timeline, state: state) {
                base = base.merged(with: s)
            }
            buffer.fill(Rect(x: content.x, y: y, width: w, height: 1), style: base)
            var x = content.x
            buffer.put(isCurrent ? ">" : " ", width: 1, style: base, x: x, y: y)
            x += 2
            buffer.drawText(String(event.date.raw.prefix(10)), x: x, y: y, width: 10, style: base, alignment: .left)
            x += 11
            buffer.drawText(granularityLabel(event), x: x, y: y, width: 5, style: base.merged(with: state.theme.dim),
                            alignment: .left)
            x += 6
            buffer.drawText(event.kind.rawValue, x: x, y: y, width: 10, style: base, alignment: .left)
            x += 11
            if sentenceWidth > 0 {
                buffer.drawText(event.text, x: x, y: y, width: sentenceWidth, style: base, direction: .auto,
                                mode: state.bidiMode, theme: state.theme)
                x += sentenceWidth + 1
            }
            let names = event.actorIDs.compactMap { id -> String? in
                guard let a = analysis.actors[id] else { return nil }
                return a.englishName.isEmpty ? a.arabicName : a.englishName
            }
            buffer.drawText(names.joined(separator: ", "), x: x, y: y, width: min(actorsWidth, content.maxX - x), style: base,
                            alignment: .left, direction: .leftToRight, mode: state.bidiMode, theme: state.theme)
            x += actorsWidth + 1
            guard x < content.maxX else { continue }
            let sources = event.sources.compactMap { id in state.articleIndex(id: id).map { "#\($0 + 1)" } }
            buffer.drawText(sources.joined(separator: " "), x: x, y: y, width: content.maxX - x, style: base, alignment: .left)
        }
    }

    /// Where the fields of a row go: marker, date, granularity, kind, the
    /// sentence (whatever is left), actors, sources.
    public struct Columns: Sendable {
        public var actorsWidth: Int
        public var sourcesWidth: Int
        /// Columns of the sentence, from the pane's left edge.
        public var sentence: Range<Int>

        public init(width w: Int) {
            actorsWidth = min(28, max(10, w / 5))
            sourcesWidth = min(12, max(4, w / 12))
            let fixed = 2 + 11 + 6 + 11 + 1 + actorsWidth + 1 + sourcesWidth
            sentence = 30..<(30 + max(0, w - fixed))
        }
    }

    /// How fine an event's date is, in five cells: "year", "month", "day",
    /// "eve" (a part of the day), "06:00" (a clock time), "?" when unknown.
    public static func granularityLabel(_ event: TimelineEvent) -> String {
        guard let granularity = event.granularity else { return "?" }
        let time = event.date.raw.split(separator: "T", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
        switch granularity {
        case .century: return "cent"
        case .decade: return "dec"
        case .year: return "year"
        case .month: return "month"
        case .week: return "week"
        case .day: return "day"
        case .partOfDay:
            switch time {
            case "MO": return "morn"
            case "AF": return "aftn"
            case "EV": return "eve"
            case "NI": return "night"
            case "MI": return "noon"
            default: return "part"
            }
        case .clock: return String(time.prefix(5))
        }
    }

    /// Events per column across the span: the chart's data, one count a
    /// column of `width`, and the column of the selected event.
    public static func chartCounts(_ state: AppState, analysis: CorpusAnalysis, width: Int)
        -> (counts: [Int], first: CalendarDate, last: CalendarDate, selectedColumn: Int?)? {
        guard width > 0 else { return nil }
        var days: [CalendarDate?] = []
        days.reserveCapacity(state.filtered.eventIndexes.count)
        var first: CalendarDate?, last: CalendarDate?
        for i in state.filtered.eventIndexes {
            let d = analysis.timeline[i].date.dayRange?.lowerBound
            days.append(d)
            if let d {
                if first == nil || d < first! { first = d }
                if last == nil || last! < d { last = d }
            }
        }
        // The corpus's span: publication dates widen it too.
        for a in state.corpus.articles {
            if let d = a.metadata.date {
                if first == nil || d < first! { first = d }
                if last == nil || last! < d { last = d }
            }
        }
        guard let first, let last else { return nil }
        let span = max(1, dayNumber(last) - dayNumber(first) + 1)
        var counts = Array(repeating: 0, count: width)
        func column(_ d: CalendarDate) -> Int { min(width - 1, (dayNumber(d) - dayNumber(first)) * width / span) }
        for d in days { if let d { counts[column(d)] += 1 } }
        let selected = state.currentEvent.flatMap { $0.date.dayRange?.lowerBound }.map(column)
        return (counts, first, last, selected)
    }

    static func renderChart(_ state: AppState, analysis: CorpusAnalysis, area: Rect, into buffer: inout Buffer) {
        let labelWidth = 11
        let chartWidth = area.width - 2 * labelWidth - 2
        guard chartWidth > 4, let data = chartCounts(state, analysis: analysis, width: chartWidth) else { return }
        buffer.drawText(data.first.iso, x: area.x + 1, y: area.y, width: 10, style: state.theme.dim, alignment: .left)
        buffer.drawText(data.last.iso, x: area.maxX - labelWidth, y: area.y, width: 10, style: state.theme.dim, alignment: .left)
        let maxCount = max(1, data.counts.max() ?? 1)
        let levels = state.theme.chartLevels
        let x0 = area.x + labelWidth + 1
        for (i, count) in data.counts.enumerated() {
            var level = count == 0 ? 0 : max(1, (count * (levels.count - 1) + maxCount - 1) / maxCount)
            level = min(level, levels.count - 1)
            let style = i == data.selectedColumn ? state.theme.chartSelected : state.theme.chart
            let glyph = i == data.selectedColumn && level == 0 ? "|" : levels[level]
            buffer.put(glyph, width: 1, style: style, x: x0 + i, y: area.y)
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for spans.
    static func dayNumber(_ d: CalendarDate) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = d.month <= 2 ? d.year - 1 : d.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (d.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + d.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
