import MarsadModel

/// What a stretch of text is, as style bits carried through TerminalText's
/// `StyleSpan`s into cells; the theme turns them into a `Style`.
public struct TextRole: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let person = TextRole(rawValue: 1 << 0)
    public static let organization = TextRole(rawValue: 1 << 1)
    public static let location = TextRole(rawValue: 1 << 2)
    public static let misc = TextRole(rawValue: 1 << 3)
    public static let time = TextRole(rawValue: 1 << 4)
    public static let boilerplate = TextRole(rawValue: 1 << 5)
    public static let headline = TextRole(rawValue: 1 << 6)
    /// The sentence of the selected timeline event.
    public static let event = TextRole(rawValue: 1 << 7)
    public static let searchHit = TextRole(rawValue: 1 << 8)
    public static let currentSearchHit = TextRole(rawValue: 1 << 9)
    /// The mention `e`/`E` stopped on.
    public static let currentMention = TextRole(rawValue: 1 << 10)
    /// A mention of the actor the view is filtered by.
    public static let filteredActor = TextRole(rawValue: 1 << 11)
    public static let subheading = TextRole(rawValue: 1 << 12)
    public static let placeholder = TextRole(rawValue: 1 << 13)

    public static func entity(_ type: EntityType) -> TextRole {
        switch type {
        case .person: return .person
        case .organization: return .organization
        case .location: return .location
        case .misc: return .misc
        }
    }
}

/// Styles of every element of the screen, in colour or monochrome.
///
/// The monochrome palette uses only bold, underline, reverse and dim, so
/// it reads on `TERM=linux`, `xterm-mono` and under `NO_COLOR`.
public struct Theme: Hashable, Sendable {
    public var isColor: Bool
    /// Block characters for the timeline chart, lowest first. The Linux
    /// console's fonts lack the eighth blocks, so it gets ASCII.
    public var chartLevels: [String]

    public init(isColor: Bool, asciiChart: Bool = false) {
        self.isColor = isColor
        chartLevels = asciiChart
            ? [" ", ".", ":", "-", "=", "+", "*", "#"]
            : [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    }

    public static let color = Theme(isColor: true)
    public static let monochrome = Theme(isColor: false)

    /// The theme for an environment: monochrome when `NO_COLOR` is set (to
    /// anything non-empty, per no-color.org) or the terminal has no colours.
    public static func forEnvironment(_ environment: [String: String], terminalHasColors: Bool) -> Theme {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let ascii = environment["TERM"] == "linux"
        return Theme(isColor: terminalHasColors && !noColor, asciiChart: ascii)
    }

    // MARK: screen furniture

    public var paneTitle: Style { Style(attributes: [.bold, .underline]) }
    public var focusedPaneTitle: Style {
        isColor ? Style(foreground: .black, background: .cyan, attributes: [.bold]) : Style(attributes: [.bold, .reverse])
    }
    public var selectedRow: Style { Style(attributes: [.reverse]) }
    /// The selected row of a pane without focus: visible, but quieter.
    public var selectedRowUnfocused: Style { isColor ? Style(attributes: [.bold, .underline]) : Style(attributes: [.underline]) }
    public var statusLine: Style {
        isColor ? Style(foreground: .white, background: .blue) : Style(attributes: [.reverse])
    }
    public var statusFilter: Style {
        isColor ? Style(foreground: .yellow, background: .blue, attributes: [.bold]) : Style(attributes: [.reverse, .bold])
    }
    public var separator: Style { Style(attributes: [.dim]) }
    public var dim: Style { Style(attributes: [.dim]) }
    public var unread: Style { Style(attributes: [.bold]) }
    public var metadata: Style { isColor ? Style(foreground: .cyan) : Style(attributes: [.dim]) }
    public var overlay: Style { isColor ? Style(foreground: .white, background: .black) : Style() }
    public var overlayBorder: Style { isColor ? Style(foreground: .cyan, attributes: [.bold]) : Style(attributes: [.bold]) }
    public var chart: Style { isColor ? Style(foreground: .green) : Style() }
    public var chartSelected: Style { isColor ? Style(foreground: .black, background: .yellow) : Style(attributes: [.reverse]) }
    public var placeholder: Style { isColor ? Style(foreground: .red) : Style(attributes: [.dim]) }

    /// The style of one entity type in lists (actors pane, picker).
    public func entityType(_ type: EntityType) -> Style { style(for: TextRole.entity(type)) }

    /// The style for a set of text roles. Later rules win where they
    /// conflict: search hits over the event sentence over entity colours.
    public func style(for roles: TextRole) -> Style {
        var s = Style()
        if roles.isEmpty { return s }
        if roles.contains(.boilerplate) { s.attributes.insert(.dim) }
        if roles.contains(.headline) || roles.contains(.subheading) { s.attributes.insert(.bold) }
        if roles.contains(.placeholder) { s = s.merged(with: placeholder) }
        if isColor {
            if roles.contains(.time) { s.foreground = .magenta; s.attributes.insert(.underline) }
            if roles.contains(.misc) { s.foreground = .blue }
            if roles.contains(.location) { s.foreground = .green }
            if roles.contains(.organization) { s.foreground = .cyan }
            if roles.contains(.person) { s.foreground = .yellow; s.attributes.insert(.bold) }
            if roles.contains(.filteredActor) { s.attributes.formUnion([.bold, .underline]) }
            if roles.contains(.event) { s.background = .blue; s.attributes.remove(.dim) }
            if roles.contains(.currentMention) { s.attributes.insert(.reverse) }
            if roles.contains(.searchHit) { s.background = .yellow; s.foreground = .black }
            if roles.contains(.currentSearchHit) { s.background = .red; s.foreground = .white; s.attributes.insert(.bold) }
        } else {
            // Monochrome: people bold, organizations underlined, places
            // bold and underlined, time expressions dim and underlined.
            if roles.contains(.time) { s.attributes.formUnion([.underline, .dim]) }
            if roles.contains(.misc) { s.attributes.insert(.underline) }
            if roles.contains(.organization) { s.attributes.insert(.underline) }
            if roles.contains(.location) { s.attributes.formUnion([.bold, .underline]); s.attributes.remove(.dim) }
            if roles.contains(.person) { s.attributes.insert(.bold); s.attributes.remove(.dim) }
            if roles.contains(.filteredActor) { s.attributes.formUnion([.bold, .underline]) }
            if roles.contains(.event) { s.attributes.insert(.reverse); s.attributes.remove(.dim) }
            if roles.contains(.currentMention) { s.attributes.formUnion([.reverse, .bold]) }
            if roles.contains(.searchHit) { s.attributes.formUnion([.reverse, .underline]) }
            if roles.contains(.currentSearchHit) { s.attributes.formUnion([.reverse, .bold, .underline]) }
        }
        return s
    }
}
