import Foundation
import MarsadModel
import MarsadTUI
import TerminalText

/// Actions posted from other threads (the analysis) to the run loop.
final class Mailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [Action] = []

    /// Posts actions together, so the loop sees all of them in one take.
    func post(_ batch: [Action]) {
        lock.lock()
        actions.append(contentsOf: batch)
        lock.unlock()
    }

    func take() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        let taken = actions
        actions = []
        return taken
    }
}

/// The reader's run loop: one thread owns the state; input, the analysis
/// finishing and the clock become actions; the reducer changes the state;
/// the screen is rendered into a buffer and flushed.
public enum ReaderSession {
    /// `--actor`: the query typed, and what turns it into an actor id once
    /// the analysis is in (nil when no single actor fits).
    public struct InitialFilter: Sendable {
        public var query: String
        public var resolve: @Sendable (CorpusAnalysis) -> String?
        public init(query: String, resolve: @escaping @Sendable (CorpusAnalysis) -> String?) {
            self.query = query
            self.resolve = resolve
        }
    }

    public struct Options: Sendable {
        public var corpusName: String
        public var bidiMode: BidiMode
        /// Send VTE's "explicit bidi" switch (only useful when the app
        /// does the bidi itself, `bidiMode == .app`).
        public var explicitBidiSwitch: Bool
        public var readState: ReadStateStore
        public var environment: [String: String]
        /// Shown in the status line at start (e.g. input problems).
        public var initialMessage: String?
        /// Crash on purpose after the first frame: the end-to-end tests use
        /// it to check that a crash gives the terminal back.
        public var crashAfterFirstFrame = false
        /// Filters also cover an actor's parts.
        public var includeChildren = false
        /// The filter to start with (`--actor`): its label, and what turns
        /// it into an actor id once the analysis is in.
        public var initialFilter: InitialFilter?

        public init(corpusName: String, bidiMode: BidiMode, explicitBidiSwitch: Bool, readState: ReadStateStore,
                    environment: [String: String] = ProcessInfo.processInfo.environment) {
            self.corpusName = corpusName
            self.bidiMode = bidiMode
            self.explicitBidiSwitch = explicitBidiSwitch
            self.readState = readState
            self.environment = environment
        }
    }

    /// Runs the reader until the user quits. The article list shows at
    /// once; `analyze` runs on a background thread meanwhile.
    ///
    /// Throws `TerminalError` when there is no usable terminal. Returns
    /// messages for stderr (e.g. read state that could not be saved).
    public static func run(corpus: Corpus, options: Options,
                           analyze: @escaping @Sendable (Corpus, _ progress: @escaping @Sendable (Double) -> Void) -> CorpusAnalysis)
        throws -> [String] {
        let terminal = try Terminal(
            startSequence: options.explicitBidiSwitch ? TerminalBidiControl.enterExplicitMode : "",
            exitSequence: options.explicitBidiSwitch ? TerminalBidiControl.leaveExplicitMode : "")
        defer { terminal.stop() }

        let theme = Theme.forEnvironment(options.environment, terminalHasColors: terminal.hasColors)
        var state = AppState(corpus: corpus, corpusName: options.corpusName, size: terminal.size, theme: theme,
                             bidiMode: options.bidiMode, readKeys: options.readState.load())
        state.message = options.initialMessage
        state.includeChildren = options.includeChildren
        var problems: [String] = []

        let mailbox = Mailbox()
        let started = Date()
        let initialFilter = options.initialFilter
        let progress = ProgressBox()
        let worker = Thread {
            let analysis = analyze(corpus) { progress.set($0) }
            var batch: [Action] = [.analysisFinished(analysis, seconds: Date().timeIntervalSince(started))]
            if let initialFilter {
                if let id = initialFilter.resolve(analysis) {
                    batch.append(.setFilter(actorID: id))
                } else {
                    batch.append(.showMessage("no single actor matches “\(initialFilter.query)”: press f to choose"))
                }
            }
            // One batch: the loop stops polling once the analysis is in.
            mailbox.post(batch)
        }
        worker.stackSize = 16 << 20
        worker.start()

        var buffer = Buffer(columns: state.size.columns, rows: state.size.rows)
        var analysing = true
        while state.isRunning {
            Screen.render(state, into: &buffer)
            terminal.draw(buffer)
            if options.crashAfterFirstFrame { fatalError("crash requested with --crash-for-testing") }
            let event = terminal.readEvent(timeoutMilliseconds: analysing ? 100 : -1)
            var actions = mailbox.take()
            if analysing {
                if actions.contains(where: { if case .analysisFinished = $0 { return true } else { return false } }) {
                    analysing = false
                } else {
                    actions.append(.analysisProgress(elapsedSeconds: Date().timeIntervalSince(started),
                                                     fraction: progress.get()))
                }
            }
            if let event, let action = KeyMap.action(for: event, in: state) { actions.append(action) }
            for action in actions {
                for effect in reduce(&state, action) {
                    switch effect {
                    case .saveReadState:
                        do {
                            try options.readState.save(state.readKeys)
                        } catch {
                            let problem = "marsad: could not save read state to \(options.readState.fileURL.path): \(error)"
                            if !problems.contains(problem) { problems.append(problem) }
                            state.message = "could not save read state (see stderr on exit)"
                        }
                    case .quit:
                        break
                    }
                }
            }
        }
        return problems
    }
}

/// The analysis's fraction done, written by the worker thread and read by
/// the run loop.
private final class ProgressBox: @unchecked Sendable {
    private let lock = NSLock()
    private var fraction: Double?

    func set(_ value: Double) {
        lock.lock()
        fraction = value
        lock.unlock()
    }

    func get() -> Double? {
        lock.lock()
        defer { lock.unlock() }
        return fraction
    }
}
