/// How to lay out a paragraph.
public struct LayoutOptions: Sendable, Hashable {
    /// Line width in cells, at least 1.
    public var width: Int
    public var direction: ParagraphDirection = .auto
    public var mode: BidiMode = .app
    /// Tab stops every `tabWidth` cells, counted from the line's logical start.
    public var tabWidth: Int = 8

    public init(width: Int, direction: ParagraphDirection = .auto, mode: BidiMode = .app, tabWidth: Int = 8) {
        self.width = width
        self.direction = direction
        self.mode = mode
        self.tabWidth = tabWidth
    }
}
