/// The last row: corpus, filter, position, progress and key hints, or the
/// search prompt while one is typed.
///
/// ```
///  seeds · 5 articles │ filter: بوتين (Vladimir Putin) │ article 2/3 │ analysing 1.2s    ? help  q quit
/// ```
public enum StatusLineView {
    public static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let theme = state.theme
        buffer.fill(area, style: theme.statusLine)
        if case .search(let prompt) = state.overlay {
            let label = " Search \(prompt.scope == .reader ? "article" : prompt.scope.title.lowercased()): /"
            let used = buffer.drawText(label, x: area.x, y: area.y, width: area.width, style: theme.statusLine, alignment: .left)
            let x = area.x + used
            // Room is kept for a message (the paste was cut) when there is one.
            let kept = state.message.map { min($0.count + 5, max(0, area.width - used - 13)) } ?? 0
            let field = max(0, area.width - used - 1 - kept)
            let drawn = buffer.drawText(promptTail(prompt.text, width: field), x: x, y: area.y, width: field,
                                        style: theme.statusLine, alignment: .left, mode: state.bidiMode, theme: theme)
            buffer.put("_", width: 1, style: theme.statusLine.merged(with: Style(attributes: [.bold])), x: x + drawn, y: area.y)
            // A message (the paste was cut), else the filter, stays in
            // sight while typing.
            let room = area.maxX - (x + drawn + 3)
            if let message = state.message, room >= 12 {
                buffer.drawText(" \(message) ", x: x + drawn + 3, y: area.y, width: room, style: theme.statusFilter,
                                alignment: .right, mode: state.bidiMode, theme: theme)
            } else if let filter = state.filter, room >= 12 {
                buffer.drawText(" filter: \(filter.label) ", x: x + drawn + 3, y: area.y, width: room, style: theme.statusFilter,
                                alignment: .right, mode: state.bidiMode, theme: theme)
            }
            return
        }
        let hints = "? help  q quit "
        let hintsWidth = hints.count
        var x = area.x
        let limit = area.maxX - (area.width > 60 ? hintsWidth + 1 : 0)
        func segment(_ text: String, style: Style) {
            guard x < limit - 1 else { return }
            if x > area.x {
                buffer.put("│", width: 1, style: theme.statusLine, x: x, y: area.y)
                x += 1
            }
            x += 1
            x += buffer.drawText(text, x: x, y: area.y, width: max(0, limit - x), style: style, alignment: .left,
                                 mode: state.bidiMode, theme: theme)
            x += 1
        }
        let count = state.corpus.articles.count
        if state.isLoadingCorpus {
            segment(state.corpusName, style: theme.statusLine)
        } else {
            segment("\(state.corpusName) · \(count) article\(count == 1 ? "" : "s")", style: theme.statusLine)
        }
        if let filter = state.filter {
            segment("filter: \(filter.label)", style: theme.statusFilter)
        }
        switch state.analysisStatus {
        case .running(let seconds, let fraction):
            if state.isLoadingCorpus {
                let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"][Int(seconds * 10) % 10]
                segment("\(spinner) reading the articles… \(formatSeconds(seconds))", style: theme.statusFilter)
            } else {
                segment(progress(state, seconds: seconds, fraction: fraction), style: theme.statusFilter)
            }
        case .done:
            break
        }
        if let message = state.message {
            segment(message, style: theme.statusLine)
        } else {
            segment(position(state), style: theme.statusLine)
        }
        if area.width > 60 {
            buffer.drawText(hints, x: area.maxX - hintsWidth, y: area.y, width: hintsWidth, style: theme.statusLine, alignment: .right)
        }
    }

    /// What of a prompt's text shows in `width` cells: all of it, or, when
    /// too long, "…" and its end (where the typing is).
    static func promptTail(_ text: String, width: Int) -> String {
        // (Fewer scalars than cells: it fits, without counting characters.)
        guard width > 1, !text.unicodeScalars.dropFirst(width).isEmpty, text.count > width else { return text }
        return "…" + text.suffix(width - 1)
    }

    /// The analysis's progress: a bar, the articles done of all, the rate
    /// in MB of text a second and the time left for the articles; then,
    /// once every article is read, the corpus-wide steps.
    ///
    ///     ⠹ analysing ▕████░░░░░░▏ 4210/15042 · 3.1 MB/s · ~35s left
    ///     ⠼ analysing: linking actors, grouping events ▕█████████░▏ 41.2s
    static func progress(_ state: AppState, seconds: Double, fraction: Double?) -> String {
        let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"][Int(seconds * 10) % 10]
        let count = state.corpus.articles.count
        guard let fraction else {
            return "\(spinner) analysing \(count) article\(count == 1 ? "" : "s")… \(formatSeconds(seconds))"
        }
        // `CorpusAnalysis` gives the articles 90% of the fraction, the timeline the rest.
        let articleShare = 0.9
        let bar = "▕" + progressBar(fraction, width: 10) + "▏"
        guard fraction < articleShare else {
            return "\(spinner) analysing: linking actors, grouping events \(bar) \(formatSeconds(seconds))"
        }
        let done = min(count, Int(fraction / articleShare * Double(count)))
        var text = "\(spinner) analysing \(bar) \(done)/\(count)"
        if let origin = state.progressOrigin, seconds - origin.seconds >= 1, fraction > origin.fraction {
            let rate = (fraction - origin.fraction) / (seconds - origin.seconds)
            let bytes = rate / articleShare * Double(state.corpusBytes)
            if bytes < 1_000_000 {
                text += " · \(Int((bytes / 1000).rounded())) KB/s"
            } else {
                let tenths = Int((bytes / 100_000).rounded())
                text += " · " + (tenths < 100 ? "\(tenths / 10).\(tenths % 10)" : "\(tenths / 10)") + " MB/s"
            }
            text += " · ~\(formatDuration((articleShare - fraction) / rate)) left"
        }
        return text
    }

    /// `width` cells of a bar filled to `fraction`, in eighths of a cell.
    static func progressBar(_ fraction: Double, width: Int) -> String {
        let eighths = Int((min(1, max(0, fraction)) * Double(width * 8)).rounded(.down))
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var bar = String(repeating: "█", count: eighths / 8)
        if eighths / 8 < width {
            bar += eighths % 8 == 0 ? "░" : partial[eighths % 8]
            bar += String(repeating: "░", count: width - eighths / 8 - 1)
        }
        return bar
    }

    /// "45s", "3m05s", "1h02m".
    static func formatDuration(_ s: Double) -> String {
        let total = Int(s.rounded(.up))
        if total < 60 { return "\(total)s" }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        if total < 3600 { return "\(total / 60)m\(two(total % 60))s" }
        return "\(total / 3600)h\(two(total / 60 % 60))m"
    }

    static func formatSeconds(_ s: Double) -> String {
        let tenths = Int((s * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)s"
    }

    /// Where the user is in the focused pane.
    static func position(_ state: AppState) -> String {
        switch state.focus {
        case .list:
            let n = state.filtered.articleIndexes.count
            return n == 0 ? "no articles" : "article \(state.list.selected + 1)/\(n)"
        case .reader:
            guard let doc = state.reader.document else { return "no article open" }
            let n = doc.lines.count
            let pct = n == 0 ? 100 : min(100, (state.reader.top + state.contentHeight(.reader)) * 100 / n)
            return "article \(doc.articleIndex + 1) · \(pct)%"
        case .actors:
            let n = state.filtered.actorRows.count
            return n == 0 ? "no actors" : "actor \(state.actors.selected + 1)/\(n) · Enter filters"
        case .timeline:
            let n = state.filtered.eventIndexes.count
            return n == 0 ? "no events" : "event \(state.timeline.selected + 1)/\(n) · Enter opens"
        }
    }
}
