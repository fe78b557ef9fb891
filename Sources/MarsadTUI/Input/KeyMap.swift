/// A key as the backend reads it, with no curses codes.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete
    /// Ctrl plus a letter ("c" for Ctrl-C).
    case control(Character)
    case function(Int)
}

/// Mouse events the reader uses.
public enum MouseEvent: Hashable, Sendable {
    case press(x: Int, y: Int)
    case wheelUp(x: Int, y: Int)
    case wheelDown(x: Int, y: Int)
}

/// What the backend hands the loop.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(ScreenSize)
}

/// Turns input into actions, by mode: the panes, the text prompts (search,
/// actor picker) and the help overlay each read keys their own way.
///
/// Every binding is listed in `KeyMap.help`, which the `?` overlay shows.
public enum KeyMap {
    /// Lines scrolled by one wheel step.
    public static let wheelLines = 3

    public static func action(for event: InputEvent, in state: AppState) -> Action? {
        switch event {
        case .resize(let size): return .resize(size)
        case .mouse(let mouse):
            switch mouse {
            case .press(let x, let y): return state.overlay == nil ? .click(x: x, y: y) : nil
            case .wheelUp(let x, let y): return .scroll(x: x, y: y, lines: -wheelLines)
            case .wheelDown(let x, let y): return .scroll(x: x, y: y, lines: wheelLines)
            }
        case .key(let key):
            switch state.overlay {
            case .search, .actorPicker: return textEntryAction(for: key)
            case .help:
                switch key {
                case .escape, .character("?"), .character("q"), .enter: return .closeOverlay
                default: return nil
                }
            case nil: return paneAction(for: key)
            }
        }
    }

    static func textEntryAction(for key: Key) -> Action? {
        switch key {
        case .escape, .control("c"), .control("g"): return .closeOverlay
        case .enter: return .submit
        case .backspace, .delete, .control("h"): return .deleteBackward
        case .up, .control("p"): return .moveBy(-1)
        case .down, .control("n"), .tab: return .moveBy(1)
        case .character(let c): return .insertText(String(c))
        default: return nil
        }
    }

    static func paneAction(for key: Key) -> Action? {
        switch key {
        case .up, .character("k"): return .moveBy(-1)
        case .down, .character("j"): return .moveBy(1)
        case .pageUp, .control("b"): return .pageBy(-1)
        case .pageDown, .character(" "), .control("f"): return .pageBy(1)
        case .home, .character("g"): return .moveToStart
        case .end, .character("G"): return .moveToEnd
        case .enter: return .activate
        case .tab: return .focusNext
        case .backTab: return .focusPrevious
        case .character("q"): return .quit
        case .escape: return .closeOverlay
        case .control("c"): return .quit
        case .character("/"): return .beginSearch
        case .character("n"): return .stepSearchHit(1)
        case .character("N"): return .stepSearchHit(-1)
        case .character("e"): return .stepMention(1)
        case .character("E"): return .stepMention(-1)
        case .character("f"): return .openActorPicker
        case .character("F"): return .clearFilter
        case .character("t"): return .focusTimeline
        case .character("]"): return .stepEvent(1)
        case .character("["): return .stepEvent(-1)
        case .character("?"), .function(1): return .toggleHelp
        case .character("1"): return .focus(.list)
        case .character("2"): return .focus(.reader)
        case .character("3"): return .focus(.actors)
        case .character("4"): return .focus(.timeline)
        default: return nil
        }
    }

    /// Every key, for the help overlay: (keys, what they do).
    public static let help: [(String, String)] = [
        ("↑ ↓  j k", "move in the pane (the reader scrolls)"),
        ("PgUp PgDn  space", "a page up or down"),
        ("g G  Home End", "first / last"),
        ("Enter", "open the article or event; filter by the actor"),
        ("Tab  Shift-Tab", "next / previous pane"),
        ("1 2 3 4", "articles, reader, actors, timeline"),
        ("/", "search the article, or from the list all texts"),
        ("n N", "next / previous search hit"),
        ("e E", "next / previous entity mention in the reader"),
        ("f", "filter by an actor (type Arabic or English)"),
        ("F", "clear the filter"),
        ("t", "focus the timeline"),
        ("[ ]", "previous / next event in time, opened at its sentence"),
        ("?", "this help"),
        ("Esc", "close the help, the prompt or the picker"),
        ("q  Ctrl-C", "quit"),
        ("mouse", "click selects a row or pane; the wheel scrolls"),
    ]
}
