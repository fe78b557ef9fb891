import Foundation
import MarsadModel
import TerminalText

/// The reader's run loop, behind a `Terminal`: one thread owns the state;
/// keys, the mouse, resizes, the analysis finishing and the clock become
/// actions; `reduce` changes the state and says which effects to run; the
/// screen is rendered into a buffer and drawn. Input already waiting when
/// the loop reads (a paste, keys typed while a frame was made) is handled
/// in one go, typed text as one insert, and drawn once.
///
/// The article list shows at once; `analyze` runs on a background thread
/// meanwhile and its result comes back through the loop as an action.
/// While it runs the loop wakes every 100 ms to show the progress; after,
/// it sleeps until the next event.
///
/// ```swift
/// var options = Runtime.Options(corpusName: "seeds", readState: .standard())
/// let problems = Runtime.run(corpus: corpus, options: options, terminal: terminal) { corpus, progress in
///     CorpusAnalysis.analyze(corpus, progress: progress)
/// }
/// ```
public enum Runtime {
    /// The most input events handled between two frames: a paste of any
    /// size is taken in slices of this many keys, each drawn once.
    public static let maxEventsPerFrame = 4096

    /// `--actor`: the query typed, and what turns it into an actor id once
    /// the analysis is in (nil when no single actor fits).
    public struct InitialFilter: Sendable {
        public var query: String
        public var resolve: @Sendable (CorpusAnalysis) -> ActorID?
        public init(query: String, resolve: @escaping @Sendable (CorpusAnalysis) -> ActorID?) {
            self.query = query
            self.resolve = resolve
        }
    }

    public struct Options: Sendable {
        /// What the status line calls the corpus ("seeds", "news.jsonl").
        public var corpusName: String
        public var bidiMode: BidiMode
        /// Where the set of read articles is loaded from and saved to.
        public var readState: ReadStateStore
        /// Read for `NO_COLOR` and `TERM` (the theme).
        public var environment: [String: String]
        /// Shown in the status line at start (e.g. input problems).
        public var initialMessage: String?
        /// Filters also cover an actor's parts.
        public var includeChildren = false
        /// The filter to start with, set once the analysis is in.
        public var initialFilter: InitialFilter?
        /// The corpus's full-text index, for `/` on the article list.
        public var fullTextSearch: FullTextSearch?

        public init(corpusName: String, bidiMode: BidiMode = .app, readState: ReadStateStore,
                    environment: [String: String] = ProcessInfo.processInfo.environment) {
            self.corpusName = corpusName
            self.bidiMode = bidiMode
            self.readState = readState
            self.environment = environment
        }
    }

    /// Runs a session until the user quits, then restores `terminal`.
    /// Returns messages for stderr (e.g. read state that could not be saved).
    public static func run(corpus: Corpus, options: Options, terminal: some Terminal,
                           analyze: @escaping @Sendable (Corpus, _ progress: @escaping @Sendable (Double) -> Void) -> CorpusAnalysis)
        -> [String] {
        run(initial: corpus, loading: nil, options: options, terminal: terminal, analyze: analyze)
    }

    /// The same, with the articles read by `load` behind the first screen
    /// (which says so, and answers keys: `q` quits at once); `load` gives
    /// the corpus and a note for the status line (input problems).
    public static func run(loading load: @escaping @Sendable () -> (Corpus, String?), options: Options, terminal: some Terminal,
                           analyze: @escaping @Sendable (Corpus, _ progress: @escaping @Sendable (Double) -> Void) -> CorpusAnalysis)
        -> [String] {
        run(initial: Corpus(articles: []), loading: load, options: options, terminal: terminal, analyze: analyze)
    }

    private static func run(initial corpus: Corpus, loading load: (@Sendable () -> (Corpus, String?))?, options: Options,
                            terminal: some Terminal,
                            analyze: @escaping @Sendable (Corpus, _ progress: @escaping @Sendable (Double) -> Void) -> CorpusAnalysis)
        -> [String] {
        defer { terminal.restore() }

        let theme = Theme.forEnvironment(options.environment, terminalHasColors: terminal.hasColors)
        var state = AppState(corpus: corpus, corpusName: options.corpusName, size: terminal.size, theme: theme,
                             bidiMode: options.bidiMode, readKeys: options.readState.load())
        state.isLoadingCorpus = load != nil
        state.message = options.initialMessage
        state.includeChildren = options.includeChildren
        state.fullTextSearch = options.fullTextSearch
        var problems: [String] = []

        let mailbox = Mailbox()
        let started = Date()
        let initialFilter = options.initialFilter
        let progress = ProgressBox()
        let worker = Thread {
            var corpus = corpus
            if let load {
                let (loaded, note) = load()
                corpus = loaded
                mailbox.post([.corpusLoaded(loaded, message: note)])
            }
            let analysis = analyze(corpus) { progress.set($0) }
            // The picker's index, Latin skeletons included, made here rather
            // than on the first key typed.
            analysis.actorIndex.prepareSkeletons()
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
        func apply(_ state: inout AppState, _ action: Action) {
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
        while state.isRunning {
            Screen.render(state, into: &buffer)
            terminal.draw(buffer)
            // The first event waits; then whatever is already pending (a
            // paste, keys typed while the last frame was made) is taken
            // too, up to `maxEventsPerFrame`, and the screen drawn once.
            var events: [InputEvent] = []
            if let event = terminal.readEvent(timeoutMilliseconds: analysing ? 100 : -1) {
                events.append(event)
                while events.count < maxEventsPerFrame, let more = terminal.readEvent(timeoutMilliseconds: 0) {
                    events.append(more)
                }
            }
            var actions = mailbox.take()
            if analysing {
                if actions.contains(where: { if case .analysisFinished = $0 { return true } else { return false } }) {
                    analysing = false
                } else {
                    actions.append(.analysisProgress(elapsedSeconds: Date().timeIntervalSince(started),
                                                     fraction: progress.get()))
                }
            }
            for action in actions where state.isRunning { apply(&state, action) }
            handle(events, in: &state, apply: apply)
        }
        return problems
    }

    /// Turns a batch of input events into actions, each read by the keymap
    /// of the state the ones before it made, and applies them in order
    /// until the session ends. Typed text in a row becomes one insert, so
    /// the picker's candidates are found once a batch, not once a
    /// character (an insert does not change which keymap reads a key).
    static func handle(_ events: [InputEvent], in state: inout AppState, apply: (inout AppState, Action) -> Void) {
        var typed = ""
        for event in events where state.isRunning {
            guard let action = KeyMap.action(for: event, in: state) else { continue }
            if case .insertText(let text) = action {
                typed += text
                continue
            }
            if !typed.isEmpty {
                apply(&state, .insertText(typed))
                typed = ""
            }
            if state.isRunning { apply(&state, action) }
        }
        if !typed.isEmpty, state.isRunning { apply(&state, .insertText(typed)) }
    }
}
