/// Draws the whole screen for a state: the panes the layout shows, the
/// status line and the overlay on top.
///
/// ```swift
/// let buffer = Screen.render(state)
/// buffer.lines  // what the terminal will show, one string a row
/// ```
public enum Screen {
    public static func render(_ state: AppState) -> Buffer {
        var buffer = Buffer(columns: state.size.columns, rows: state.size.rows)
        render(state, into: &buffer)
        return buffer
    }

    /// Renders into an existing buffer of the state's size (no allocation
    /// of a new grid: what the frame loop and the benchmark use).
    public static func render(_ state: AppState, into buffer: inout Buffer) {
        if buffer.columns != state.size.columns || buffer.rows != state.size.rows {
            buffer = Buffer(columns: state.size.columns, rows: state.size.rows)
        } else {
            buffer.clear()
        }
        let layout = state.layout
        if let r = layout.list { ArticleListView.render(state, area: r, into: &buffer) }
        if let r = layout.reader { ReaderView.render(state, area: r, into: &buffer) }
        if let r = layout.actors {
            // A thin rule between the reader and the actors when side by side.
            if r.x > 0 {
                for y in r.y..<r.maxY { buffer.put("│", width: 1, style: state.theme.separator, x: r.x - 1, y: y) }
            }
            ActorsView.render(state, area: r, into: &buffer)
        }
        if let r = layout.timeline { TimelineView.render(state, area: r, into: &buffer) }
        StatusLineView.render(state, area: layout.status, into: &buffer)
        switch state.overlay {
        case .help: HelpView.render(state, into: &buffer)
        case .actorPicker(let picker): ActorPickerView.render(state, picker: picker, into: &buffer)
        case .search, nil: break
        }
    }

    /// The title row of a pane: its name and a summary, highlighted when
    /// the pane has focus.
    static func drawPaneTitle(_ title: String, detail: String, pane: Pane, state: AppState, area: Rect,
                              into buffer: inout Buffer) {
        let focused = state.focus == pane
        let style = focused ? state.theme.focusedPaneTitle : state.theme.paneTitle
        buffer.fill(area.top(1), style: style)
        let used = buffer.drawText(" " + title + " ", x: area.x, y: area.y, width: area.width, style: style, alignment: .left)
        if !detail.isEmpty, area.width - used > 2 {
            buffer.drawText(detail, x: area.x + used, y: area.y, width: area.width - used - 1,
                            style: style, alignment: .left, direction: .leftToRight, mode: state.bidiMode, theme: state.theme)
        }
    }

    /// Style of a list row: reversed when selected in the focused pane,
    /// underlined when selected elsewhere.
    static func rowStyle(selected: Bool, pane: Pane, state: AppState) -> Style? {
        guard selected else { return nil }
        return state.focus == pane && state.overlay == nil ? state.theme.selectedRow : state.theme.selectedRowUnfocused
    }
}
