/// Who does the bidi work: Marsad, or the terminal.
///
/// - `app` (default): Marsad shapes Arabic into presentation forms and
///   reorders each line into display order (UAX #9). Right for terminals that
///   draw cells as they are given: xterm, tmux, Alacritty, kitty, WezTerm,
///   and VTE (GNOME Terminal) once switched to explicit mode with
///   `TerminalBidiControl.enterExplicitMode`.
/// - `terminal`: cells stay in logical order and unshaped, because the
///   terminal reorders and shapes by itself (mlterm, Konsole). Reordering
///   in the app too would reverse Arabic twice.
public enum BidiMode: String, Sendable, CaseIterable {
    case app, terminal
}

/// The base direction of a paragraph.
public enum ParagraphDirection: Sendable, Hashable {
    /// From the first strong character, skipping isolates (UAX #9 P2/P3); LTR if none.
    case auto
    case leftToRight
    case rightToLeft
}
