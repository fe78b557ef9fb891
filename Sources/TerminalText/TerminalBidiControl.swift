/// Escape sequences of the terminal working group's bidi proposal, honoured by VTE
/// (GNOME Terminal, Tilix...).
///
/// VTE reorders lines by itself ("implicit mode") unless told otherwise, which
/// would reverse Marsad's already-reordered lines a second time. A full-screen
/// app that lays out with `BidiMode.app` writes `enterExplicitMode` at start
/// and `leaveExplicitMode` on exit. Terminals without bidi ignore both.
/// Konsole and mlterm have no such switch: use `BidiMode.terminal` there.
public enum TerminalBidiControl {
    /// `CSI 8 l`: the terminal shows cells as given (BDSM reset: explicit mode).
    public static let enterExplicitMode = "\u{1B}[8l"
    /// `CSI 8 h`: back to the terminal's own implicit bidi.
    public static let leaveExplicitMode = "\u{1B}[8h"
}
