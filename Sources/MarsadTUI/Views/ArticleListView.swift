/// The article list: one row an article, newsboat style.
///
/// ```
///  >N 2022-09-14  ليبانون تابلويد (Le…   مساعي لتطويق المواجهة العسكرية بين اذربيجان وارمينيا
/// ```
/// `>` marks the open article, `N` an unread one (also bold); the title is
/// laid out right-to-left and right-aligned, cut at a cell boundary.
public enum ArticleListView {
    public static func render(_ state: AppState, area: Rect, into buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        let rows = state.filtered.articleIndexes
        let detail = state.filter == nil
            ? "\(rows.count) article\(rows.count == 1 ? "" : "s")"
            : "\(rows.count) of \(state.corpus.articles.count) · filter"
        Screen.drawPaneTitle(Pane.list.title, detail: detail, pane: .list, state: state, area: area, into: &buffer)
        let content = area.droppingTop(1)
        if rows.isEmpty {
            let text = state.corpus.articles.isEmpty ? "no articles were loaded" : "no article names this actor (F clears the filter)"
            buffer.drawText(text, x: content.x + 1, y: content.y, width: content.width - 1, style: state.theme.dim)
            return
        }
        let outletWidth = min(26, max(8, content.width / 5))
        for line in 0..<content.height {
            let row = state.list.top + line
            guard row < rows.count else { break }
            let index = rows[row]
            let article = state.corpus.articles[index]
            let y = content.y + line
            let unread = !state.isRead(index)
            let isOpen = state.reader.articleIndex == index
            var base = unread ? state.theme.unread : Style.plain
            let selectedStyle = Screen.rowStyle(selected: row == state.list.selected, pane: .list, state: state)
            if let selectedStyle { base = base.merged(with: selectedStyle) }
            buffer.fill(Rect(x: content.x, y: y, width: content.width, height: 1), style: base)
            var x = content.x
            buffer.put(isOpen ? ">" : " ", width: 1, style: base, x: x, y: y)
            buffer.put(unread ? "N" : " ", width: 1, style: base, x: x + 1, y: y)
            x += 3
            let date = article.metadata.date?.iso ?? "undated"
            buffer.drawText(date, x: x, y: y, width: min(10, content.maxX - x), style: base, alignment: .left)
            x += 12
            guard x < content.maxX else { continue }
            let outlet = article.metadata.outlet ?? ""
            buffer.drawText(outlet, x: x, y: y, width: min(outletWidth, content.maxX - x), style: base,
                            alignment: .left, mode: state.bidiMode, theme: state.theme)
            x += outletWidth + 2
            guard x < content.maxX - 1 else { continue }
            buffer.drawText(article.title, x: x, y: y, width: content.maxX - x - 1, style: base,
                            mode: state.bidiMode, theme: state.theme)
        }
    }
}
