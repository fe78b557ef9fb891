import MarsadModel
import TerminalText

/// The open article, laid out by TerminalText (right-aligned, wrapped to
/// the pane), with entity highlights baked into its cells and the moving
/// highlights (event sentence, search hits, the current mention) added
/// here from each cell's source range.
public enum ReaderView {
    public static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let reader = state.reader
        guard let doc = reader.document else {
            Screen.drawPaneTitle(Pane.reader.title, detail: "", pane: .reader, state: state, area: area, into: &buffer)
            let hint = state.corpus.articles.isEmpty ? "nothing to read" : "Enter opens the selected article"
            buffer.drawText(hint, x: area.x + 1, y: area.y + 1, width: area.width - 2, style: state.theme.dim)
            return
        }
        let content = area.droppingTop(1)
        let total = doc.lines.count
        let last = min(total, reader.top + content.height)
        let detail = total <= content.height ? "all" : "\(reader.top + 1)–\(last) of \(total)"
        Screen.drawPaneTitle(Pane.reader.title, detail: detail, pane: .reader, state: state, area: area, into: &buffer)

        let currentMention = reader.currentMention.flatMap { doc.mentions.indices.contains($0) ? doc.mentions[$0].range : nil }
        let currentHit = reader.currentHit.flatMap { reader.searchHits.indices.contains($0) ? reader.searchHits[$0] : nil }
        let theme = state.theme
        for row in 0..<content.height {
            let lineIndex = reader.top + row
            guard lineIndex < total else { break }
            let line = doc.lines[lineIndex]
            let y = content.y + row
            let x = content.x + 1
            let limit = content.maxX - 1
            let base: Style = line.kind == .metadata ? theme.metadata : .plain
            guard let span = line.articleScalars else {
                buffer.draw(cells: line.cells, x: x, y: y, limit: limit, style: base, theme: theme)
                continue
            }
            // Only the highlights that touch this line are checked per cell.
            let event = reader.eventSentence.flatMap { overlaps($0, span) ? $0 : nil }
            let mention = currentMention.flatMap { overlaps($0, span) ? $0 : nil }
            let hits = hitsTouching(span, reader.searchHits)
            if event == nil && mention == nil && hits.isEmpty {
                buffer.draw(cells: line.cells, x: x, y: y, limit: limit, style: base, theme: theme)
                continue
            }
            buffer.draw(cells: line.cells, x: x, y: y, limit: limit, style: base, theme: theme) { cell in
                var roles: TextRole = []
                let source = cell.source
                guard !source.isEmpty else { return roles }
                if let event, source.lowerBound < event.end, event.start < source.upperBound { roles.insert(.event) }
                if let mention, source.lowerBound < mention.end, mention.start < source.upperBound {
                    roles.insert(.currentMention)
                }
                for hit in hits where source.lowerBound < hit.end && hit.start < source.upperBound {
                    roles.insert(hit == currentHit ? .currentSearchHit : .searchHit)
                }
                return roles
            }
        }
    }

    static func overlaps(_ r: ScalarRange, _ span: Range<Int>) -> Bool {
        r.start < span.upperBound && span.lowerBound < r.end
    }

    /// Search hits overlapping a line (hits are in text order).
    static func hitsTouching(_ span: Range<Int>, _ hits: [ScalarRange]) -> ArraySlice<ScalarRange> {
        guard !hits.isEmpty else { return [] }
        var lo = 0, hi = hits.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if hits[mid].end <= span.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < hits.count, hits[end].start < span.upperBound { end += 1 }
        return hits[lo..<end]
    }
}
