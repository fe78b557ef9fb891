import Foundation
import MarsadModel
import MarsadTUI
import TerminalText

/// The reader on the real terminal: takes it over in curses mode (with
/// VTE's explicit-bidi switch when asked) and runs `Runtime`'s loop on it.
public enum ReaderSession {
    /// `--actor`: see `Runtime.InitialFilter`.
    public typealias InitialFilter = Runtime.InitialFilter

    /// The loop's options (`Runtime.Options`, whose fields read through:
    /// `options.includeChildren`) and the terminal's own.
    @dynamicMemberLookup
    public struct Options: Sendable {
        public var runtime: Runtime.Options
        /// Send VTE's "explicit bidi" switch (only useful when the app
        /// does the bidi itself, `bidiMode == .app`).
        public var explicitBidiSwitch: Bool
        /// Crash on purpose after the first frame: the end-to-end tests use
        /// it to check that a crash gives the terminal back.
        public var crashAfterFirstFrame = false

        public init(corpusName: String, bidiMode: BidiMode, explicitBidiSwitch: Bool, readState: ReadStateStore,
                    environment: [String: String] = ProcessInfo.processInfo.environment) {
            runtime = Runtime.Options(corpusName: corpusName, bidiMode: bidiMode, readState: readState, environment: environment)
            self.explicitBidiSwitch = explicitBidiSwitch
        }

        public subscript<Value>(dynamicMember keyPath: WritableKeyPath<Runtime.Options, Value>) -> Value {
            get { runtime[keyPath: keyPath] }
            set { runtime[keyPath: keyPath] = newValue }
        }
    }

    /// Runs the reader until the user quits, the articles read by `load`
    /// behind the first screen (see `Runtime.run(loading:options:terminal:analyze:)`),
    /// then analysed on a background thread by `analyze`.
    ///
    /// Throws `TerminalError` when there is no usable terminal. Returns
    /// messages for stderr (e.g. read state that could not be saved).
    public static func run(loading load: @escaping @Sendable () -> (Corpus, String?), options: Options,
                           analyze: @escaping @Sendable (Corpus, _ progress: @escaping @Sendable (Double) -> Void) -> CorpusAnalysis)
        throws -> [String] {
        let terminal = try CursesTerminal(
            startSequence: options.explicitBidiSwitch ? TerminalBidiControl.enterExplicitMode : "",
            exitSequence: options.explicitBidiSwitch ? TerminalBidiControl.leaveExplicitMode : "")
        // Runtime.run restores the terminal too; this covers any way out of here.
        defer { terminal.restore() }
        if options.crashAfterFirstFrame {
            return Runtime.run(loading: load, options: options.runtime, terminal: CrashAfterFirstDraw(terminal), analyze: analyze)
        }
        return Runtime.run(loading: load, options: options.runtime, terminal: terminal, analyze: analyze)
    }
}

/// `--crash-for-testing`: the real terminal, which dies of a Swift runtime
/// trap once the first frame is on it.
private final class CrashAfterFirstDraw: Terminal {
    let terminal: CursesTerminal
    init(_ terminal: CursesTerminal) { self.terminal = terminal }

    var size: ScreenSize { terminal.size }
    var hasColors: Bool { terminal.hasColors }
    func readEvent(timeoutMilliseconds: Int32) -> InputEvent? { terminal.readEvent(timeoutMilliseconds: timeoutMilliseconds) }
    func restore() { terminal.restore() }

    func draw(_ buffer: Buffer) {
        terminal.draw(buffer)
        fatalError("crash requested with --crash-for-testing")
    }
}
