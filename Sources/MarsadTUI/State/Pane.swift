/// The four panes of the reader, in Tab order.
public enum Pane: Int, CaseIterable, Hashable, Sendable {
    case list, reader, actors, timeline

    public var title: String {
        switch self {
        case .list: return "Articles"
        case .reader: return "Reader"
        case .actors: return "Actors"
        case .timeline: return "Timeline"
        }
    }

    public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count)! }
    public var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count)! }
}

/// Size of the terminal in cells.
public struct ScreenSize: Hashable, Sendable {
    public var columns: Int
    public var rows: Int
    public init(columns: Int, rows: Int) {
        self.columns = max(1, columns)
        self.rows = max(1, rows)
    }
}

/// Where each pane is on the screen for a size and a focus.
///
/// - 120×40 and larger: every pane at once: the article list across the
///   top, the reader with the actors beside it, the timeline across the
///   bottom, the status line last.
/// - From 80×24: two panes: a list pane (the focused one, else the last
///   list pane used) above the reader.
/// - Smaller: one pane at a time, Tab switching.
public struct PaneLayout: Hashable, Sendable {
    public enum Arrangement: Sendable { case all, split, single }

    public var arrangement: Arrangement
    public var list: Rect?
    public var reader: Rect?
    public var actors: Rect?
    public var timeline: Rect?
    public var status: Rect

    public static let fullMinimum = ScreenSize(columns: 120, rows: 40)
    public static let splitMinimum = ScreenSize(columns: 80, rows: 24)

    public func rect(for pane: Pane) -> Rect? {
        switch pane {
        case .list: return list
        case .reader: return reader
        case .actors: return actors
        case .timeline: return timeline
        }
    }

    /// Visible panes in Tab order.
    public var visiblePanes: [Pane] { Pane.allCases.filter { rect(for: $0) != nil } }

    public func pane(atX x: Int, y: Int) -> Pane? {
        Pane.allCases.first { rect(for: $0)?.contains(x: x, y: y) == true }
    }

    /// The layout for a size; `focus` and `sidePane` (the list pane shown
    /// beside the reader in the split arrangement) pick what is shown when
    /// not everything fits.
    public static func compute(size: ScreenSize, focus: Pane, sidePane: Pane = .list, articleCount: Int = 0) -> PaneLayout {
        let w = size.columns, h = size.rows
        let status = Rect(x: 0, y: h - 1, width: w, height: 1)
        let body = Rect(x: 0, y: 0, width: w, height: h - 1)
        if w >= fullMinimum.columns && h >= fullMinimum.rows {
            // Article list: a title row plus one row an article, at most a quarter of the height.
            let listHeight = min(max(articleCount + 1, 4), max(4, body.height / 4))
            let timelineHeight = max(8, body.height * 3 / 10)
            let middleHeight = body.height - listHeight - timelineHeight
            let actorsWidth = max(40, w * 3 / 10)
            let list = Rect(x: 0, y: 0, width: w, height: listHeight)
            let reader = Rect(x: 0, y: listHeight, width: w - actorsWidth - 1, height: middleHeight)
            let actors = Rect(x: w - actorsWidth, y: listHeight, width: actorsWidth, height: middleHeight)
            let timeline = Rect(x: 0, y: listHeight + middleHeight, width: w, height: timelineHeight)
            return PaneLayout(arrangement: .all, list: list, reader: reader, actors: actors, timeline: timeline, status: status)
        }
        if w >= splitMinimum.columns && h >= splitMinimum.rows {
            let side = focus == .reader ? (sidePane == .reader ? .list : sidePane) : focus
            let sideHeight = side == .list ? min(max(articleCount + 1, 4), body.height * 2 / 5) : body.height * 2 / 5
            var layout = PaneLayout(arrangement: .split, status: status)
            let top = Rect(x: 0, y: 0, width: w, height: sideHeight)
            switch side {
            case .actors: layout.actors = top
            case .timeline: layout.timeline = top
            default: layout.list = top
            }
            layout.reader = Rect(x: 0, y: sideHeight, width: w, height: body.height - sideHeight)
            return layout
        }
        var layout = PaneLayout(arrangement: .single, status: status)
        switch focus {
        case .list: layout.list = body
        case .reader: layout.reader = body
        case .actors: layout.actors = body
        case .timeline: layout.timeline = body
        }
        return layout
    }

    /// The rectangle `pane` has when it is shown (focused, if need be).
    public static func rectShowing(_ pane: Pane, size: ScreenSize, focus: Pane, sidePane: Pane, articleCount: Int) -> Rect {
        let current = compute(size: size, focus: focus, sidePane: sidePane, articleCount: articleCount)
        if let r = current.rect(for: pane) { return r }
        return compute(size: size, focus: pane, sidePane: pane, articleCount: articleCount).rect(for: pane)!
    }
}
