/// What the reader's run loop needs from a terminal: its size, input as
/// events, a place to show a `Buffer`, and a way to give it back.
///
/// `NCursesBackend.CursesTerminal` is the real one; tests drive `Runtime`
/// with a scripted one, so a whole session runs without a terminal.
///
/// ```swift
/// let terminal = try CursesTerminal()
/// let problems = Runtime.run(corpus: corpus, options: options, terminal: terminal) { corpus, progress in
///     CorpusAnalysis.analyze(corpus, progress: progress)
/// }
/// ```
///
/// The loop calls every method from the one thread that runs it.
public protocol Terminal: AnyObject {
    /// The screen's size in cells, as of the last event read.
    var size: ScreenSize { get }
    /// False on monochrome terminals: the theme then uses attributes only.
    var hasColors: Bool { get }
    /// The next key, mouse or resize event, or nil when none came within
    /// `timeoutMilliseconds` (negative: wait until one comes; 0: only
    /// input already pending, which the loop drains before it draws).
    func readEvent(timeoutMilliseconds: Int32) -> InputEvent?
    /// Shows `buffer`, which has the size of the last `size` read. A
    /// terminal may send only what changed since the previous buffer.
    func draw(_ buffer: Buffer)
    /// Puts the terminal back as it was before the reader. Called once the
    /// session ends; safe to call again.
    func restore()
}
