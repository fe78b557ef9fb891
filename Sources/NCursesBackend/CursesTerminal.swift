#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import CNCursesW
import MarsadTUI

/// Why the reader could not take over the terminal.
public enum TerminalError: Error, CustomStringConvertible {
    /// Standard output or input is not a terminal (piped, redirected).
    case notATerminal
    /// curses could not start: usually an unknown `TERM`.
    case cannotStart(term: String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "the reader needs a terminal, and standard output or input is not one"
        case .cannotStart(let term):
            return "the terminal could not be set up (TERM=\(term.isEmpty ? "unset" : term)); try TERM=xterm-256color"
        }
    }
}

/// The terminal in curses mode, the reader's `Terminal`: starts it, reads
/// keys, the mouse and resizes, flushes buffers, and puts everything back
/// on exit, on Ctrl-C, SIGTERM, SIGHUP, Ctrl-\ (SIGQUIT) and on a crash
/// or a crash signal sent with kill, after which the process dies of the
/// signal (status 128+N) without waiting for anything (see the shim header).
///
/// Ctrl-\ stays a signal: curses runs in cbreak mode, where the tty still
/// turns Ctrl-C and Ctrl-\ into SIGINT and SIGQUIT.
///
/// This file is the only one that calls curses (see the shim header for why).
public final class CursesTerminal: Terminal {
    public private(set) var size: ScreenSize
    /// False on monochrome terminals; the theme then uses attributes only.
    public let hasColors: Bool
    private var previous: Buffer?
    private var pairs: [Int: Int16] = [:]
    private var widthCache: [Unicode.Scalar: Int32] = [:]
    private var active = true

    /// The locale the reader needs: the user's, if UTF-8, else C.UTF-8
    /// (in the C locale `wcwidth` rejects every Arabic letter). Returns
    /// false if no UTF-8 locale could be set.
    @discardableResult
    public static func useUTF8Locale() -> Bool {
        setlocale(LC_ALL, "")
        if marsad_locale_is_utf8() != 0 { return true }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_ALL, name) != nil {
            if marsad_locale_is_utf8() != 0 { return true }
        }
        return false
    }

    /// True when both standard input and output are terminals.
    public static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    /// Takes over the terminal.
    ///
    /// - Parameters:
    ///   - startSequence: written before curses starts (e.g. VTE's "enter
    ///     explicit bidi mode").
    ///   - exitSequence: written after curses ends, however the program ends.
    public init(startSequence: String = "", exitSequence: String = "") throws {
        guard Self.isInteractive else { throw TerminalError.notATerminal }
        Self.useUTF8Locale()
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        // Our handlers go in first: curses installs its own for SIGINT and
        // SIGTERM only where it finds the default, and its own end with exit(1).
        marsad_install_restore_handlers(exitSequence)
        if !startSequence.isEmpty { Self.writeOut(startSequence) }
        // newterm, unlike initscr, returns NULL for an unknown TERM instead of exiting.
        guard marsad_start_screen() != 0 else {
            if !exitSequence.isEmpty { Self.writeOut(exitSequence) }
            throw TerminalError.cannotStart(term: term)
        }
        marsad_prepare_signal_sequence()
        marsad_set_screen_active(1)
        cbreak()
        noecho()
        nonl()
        intrflush(marsad_stdscr(), false)
        keypad(marsad_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        hasColors = has_colors()
        if hasColors {
            start_color()
            use_default_colors()
        }
        let mouse = mousemask(marsad_button1_press() | marsad_wheel_up() | marsad_wheel_down(), nil)
        mouseinterval(0)
        size = ScreenSize(columns: Int(marsad_cols()), rows: Int(marsad_lines()))
        // What a fatal signal writes to end curses, now with mouse off.
        marsad_set_mouse_active(mouse != 0 ? 1 : 0)
        marsad_prepare_signal_sequence()
    }

    private static func writeOut(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    /// Puts the terminal back as it was (the signal handlers and the atexit
    /// hook stay, and do nothing once it is back).
    public func restore() {
        guard active else { return }
        active = false
        marsad_end_screen()
    }

    deinit { restore() }

    // MARK: input

    /// The next input event, or nil when none came within the timeout
    /// (milliseconds; negative waits forever).
    public func readEvent(timeoutMilliseconds: Int32) -> InputEvent? {
        wtimeout(marsad_stdscr(), timeoutMilliseconds)
        var ch: wint_t = 0
        let result = wget_wch(marsad_stdscr(), &ch)
        if result == ERR { return nil }
        if result == KEY_CODE_YES {
            return keyCodeEvent(Int32(ch))
        }
        return characterEvent(ch)
    }

    private func characterEvent(_ ch: wint_t) -> InputEvent? {
        switch ch {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(ch) + 0x60))))
        default:
            guard let scalar = Unicode.Scalar(UInt32(ch)), ch >= 0x20, !(0x7F...0x9F).contains(ch) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    private func keyCodeEvent(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_RESIZE:
            size = ScreenSize(columns: Int(marsad_cols()), rows: Int(marsad_lines()))
            previous = nil
            marsad_prepare_signal_sequence() // the last line moved
            return .resize(size)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let x = Int(event.x), y = Int(event.y)
            if event.bstate & marsad_wheel_up() != 0 { return .mouse(.wheelUp(x: x, y: y)) }
            if marsad_wheel_down() != 0, event.bstate & marsad_wheel_down() != 0 { return .mouse(.wheelDown(x: x, y: y)) }
            if event.bstate & marsad_button1_press() != 0 { return .mouse(.press(x: x, y: y)) }
            return nil
        default:
            for n in 1...12 where code == marsad_key_f(Int32(n)) { return .key(.function(n)) }
            return nil
        }
    }

    // MARK: output

    /// Draws a buffer, sending only the rows that changed since the last
    /// one (curses then sends only the changed cells of those rows).
    public func draw(_ buffer: Buffer) {
        let full = previous == nil || previous!.columns != buffer.columns || previous!.rows != buffer.rows
        if full { wclear(marsad_stdscr()) }
        let rows = min(buffer.rows, Int(marsad_lines()))
        let columns = min(buffer.columns, Int(marsad_cols()))
        for y in 0..<rows {
            if !full, let previous, rowsEqual(previous, buffer, y) { continue }
            var x = 0
            while x < columns {
                let cell = buffer[x, y]
                if cell.isContinuation {
                    x += 1
                    continue
                }
                x += put(cell, x: x, y: y, columns: columns)
            }
        }
        wnoutrefresh(marsad_stdscr())
        doupdate()
        previous = buffer
    }

    private func rowsEqual(_ a: Buffer, _ b: Buffer, _ y: Int) -> Bool {
        let start = y * a.columns
        for i in start..<(start + a.columns) where a.cells[i] != b.cells[i] { return false }
        return true
    }

    /// Draws one cell; returns the columns it took. A grapheme whose width
    /// curses sees differently from TerminalText is replaced, so one cell
    /// can never push the rest of the row out of place.
    private func put(_ cell: BufferCell, x: Int, y: Int, columns: Int) -> Int {
        let width = Int(cell.width)
        var scalars = Array(cell.text.unicodeScalars.prefix(5))
        if scalars.isEmpty { scalars = [" "] }
        if x + width > columns { return max(1, width) }
        if wcwidthCached(scalars[0]) != Int32(width) {
            putScalars(["?"], style: cell.style, x: x, y: y)
            if width == 2 { putScalars([" "], style: cell.style, x: x + 1, y: y) }
            return max(1, width)
        }
        putScalars(scalars, style: cell.style, x: x, y: y)
        return max(1, width)
    }

    private func putScalars(_ scalars: [Unicode.Scalar], style: Style, x: Int, y: Int) {
        var wide: [wchar_t] = scalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        var cc = cchar_t()
        let (attrs, pair) = attributes(for: style)
        _ = wide.withUnsafeBufferPointer { setcchar(&cc, $0.baseAddress, attrs, pair, nil) }
        _ = mvwadd_wch(marsad_stdscr(), Int32(y), Int32(x), &cc)
    }

    private func wcwidthCached(_ scalar: Unicode.Scalar) -> Int32 {
        if scalar.value < 0x7F, scalar.value >= 0x20 { return 1 }
        if let w = widthCache[scalar] { return w }
        let w = marsad_wcwidth(wchar_t(bitPattern: scalar.value))
        widthCache[scalar] = w
        return w
    }

    private func attributes(for style: Style) -> (attr_t, Int16) {
        var attrs = marsad_a_normal()
        if style.attributes.contains(.bold) { attrs |= marsad_a_bold() }
        if style.attributes.contains(.dim) { attrs |= marsad_a_dim() }
        if style.attributes.contains(.underline) { attrs |= marsad_a_underline() }
        if style.attributes.contains(.reverse) { attrs |= marsad_a_reverse() }
        if style.attributes.contains(.italic) { attrs |= marsad_a_italic() }
        guard hasColors, style.foreground != .default || style.background != .default else { return (attrs, 0) }
        let key = Int(style.foreground.rawValue) * 16 + Int(style.background.rawValue)
        if let pair = pairs[key] { return (attrs, pair) }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < marsad_color_pairs() else { return (attrs | marsad_a_reverse(), 0) }
        init_pair(next, Self.curses(style.foreground), Self.curses(style.background))
        pairs[key] = next
        return (attrs, next)
    }

    private static func curses(_ color: TerminalColor) -> Int16 {
        switch color {
        case .default: return -1
        case .black: return Int16(COLOR_BLACK)
        case .red: return Int16(COLOR_RED)
        case .green: return Int16(COLOR_GREEN)
        case .yellow: return Int16(COLOR_YELLOW)
        case .blue: return Int16(COLOR_BLUE)
        case .magenta: return Int16(COLOR_MAGENTA)
        case .cyan: return Int16(COLOR_CYAN)
        case .white: return Int16(COLOR_WHITE)
        }
    }
}
