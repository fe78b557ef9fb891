import MarsadModel

/// The actors of the corpus (or of the filtered articles), most mentioned
/// first: type, mentions, English and Arabic names.
///
/// ```
///  PER   12  Vladimir Putin          بوتين
/// ```
public enum ActorsView {
    public static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let rows = state.filtered.actorRows
        let detail = state.analysis == nil ? "analysing…" : "\(rows.count) · by mentions"
        Screen.drawPaneTitle(Pane.actors.title, detail: detail, pane: .actors, state: state, area: area, into: &buffer)
        let content = area.droppingTop(1)
        if rows.isEmpty {
            let text = state.analysis == nil ? "names are being analysed…" : "no actors found"
            buffer.drawText(text, x: content.x + 1, y: content.y, width: content.width - 1, style: state.theme.dim)
            return
        }
        let nameWidth = max(4, (content.width - 12) / 2)
        for line in 0..<content.height {
            let row = state.actors.top + line
            guard row < rows.count else { break }
            let actor = rows[row]
            let y = content.y + line
            var base = Style.plain
            if actor.id == state.filter?.actorID { base.attributes.insert(.bold) }
            if let s = Screen.rowStyle(selected: row == state.actors.selected, pane: .actors, state: state) {
                base = base.merged(with: s)
            }
            buffer.fill(Rect(x: content.x, y: y, width: content.width, height: 1), style: base)
            var x = content.x + 1
            buffer.drawText(actor.type.rawValue, x: x, y: y, width: 4, style: base.merged(with: state.theme.entityType(actor.type)),
                            alignment: .left)
            x += 5
            let count = String(actor.mentionCount)
            buffer.drawText(count, x: x, y: y, width: 4, style: base, alignment: .right)
            x += 6
            guard x < content.maxX else { continue }
            let english = min(nameWidth, content.maxX - x)
            buffer.drawText(actor.englishName, x: x, y: y, width: english, style: base, alignment: .left,
                            direction: .leftToRight, mode: state.bidiMode, theme: state.theme)
            x += english + 1
            guard x < content.maxX - 1 else { continue }
            buffer.drawText(actor.arabicName, x: x, y: y, width: content.maxX - x - 1, style: base,
                            mode: state.bidiMode, theme: state.theme)
        }
    }
}
