import ArgumentParser
import Foundation
import MarsadModel
import MarsadTUI
import NCursesBackend
import TerminalText

/// `marsad` / `marsad read [PATH…]`: the full-screen reader.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the full-screen reader (the default command).",
        discussion: """
            --actor starts filtered by an actor. Keys: arrows or j/k move, Enter opens, Tab switches panes, / searches, \
            f filters by an actor, t and [ ] walk the timeline, ? lists every key, q quits. \
            Read articles are remembered in $XDG_STATE_HOME/marsad/read.json.
            """
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var actors: ActorOptions

    @Option(help: """
        Who does the bidi: 'app' shapes and reorders Arabic itself (for terminals that \
        draw cells as given: xterm, tmux, GNOME Terminal, Alacritty…); 'terminal' sends \
        text in logical order for terminals that do their own bidi (mlterm, Konsole).
        """)
    var bidi: BidiModeArgument = .app

    @Flag(help: .hidden)
    var crashForTesting = false

    func run() throws {
        guard CursesTerminal.isInteractive else {
            FileHandle.standardError.write(Data("""
                marsad: the reader needs a terminal, and standard output is not one.
                For scripts use the listing commands: marsad articles, entities, actors, \
                times, timeline, render (see marsad --help).

                """.utf8))
            throw ExitCode(2)
        }
        let prepared = try self.corpus.prepare()
        let cache = prepared.cache
        let mode: BidiMode = bidi == .app ? .app : .terminal
        var options = ReaderSession.Options(
            corpusName: prepared.name, bidiMode: mode,
            // VTE reorders by itself unless told the app already did.
            explicitBidiSwitch: mode == .app,
            readState: .standard())
        options.crashAfterFirstFrame = crashForTesting
        options.includeChildren = actors.includeChildren
        // Read from the archive: `/` on the list asks its full-text index.
        if prepared.fromArchive, let store = cache {
            options.fullTextSearch = FullTextSearch { query in (try? store.articleIDs(matching: query)) ?? [] }
        }
        let (catalog, _) = actors.catalog()
        if let query = actors.actor {
            options.initialFilter = ReaderSession.InitialFilter(query: query) { analysis in
                if case .found(let actor) = analysis.resolveActor(query) { return actor.id }
                return nil
            }
        }
        // The articles are read behind the reader's first screen; what was
        // read comes back here for the messages and the exit status.
        let loaded = LoadedBox()
        let load = prepared.load
        let problems: [String]
        do {
            problems = try ReaderSession.run(loading: {
                let (corpus, failure) = load()
                loaded.set(corpus, failure)
                if let failure { return (corpus, failure) }
                guard corpus.hasErrors else { return (corpus, nil) }
                let failed = corpus.issues.filter { $0.severity == .error }.count
                return (corpus, "\(failed) input problem\(failed == 1 ? "" : "s") (listed on stderr)")
            }, options: options) { corpus, progress in
                CorpusAnalysis.analyze(corpus, catalog: catalog, cache: cache, progress: progress)
            }
        } catch let error as TerminalError {
            warn("\(error)")
            throw ExitCode(2)
        }
        for problem in problems { FileHandle.standardError.write(Data((problem + "\n").utf8)) }
        let (corpus, failure) = loaded.get()
        for issue in corpus?.issues ?? [] { warn("\(issue)") }
        CorpusOptions.reportCacheFailure(cache)
        if let failure {
            warn(failure)
            throw ExitCode(1)
        }
        if corpus?.hasErrors == true { throw inputFailedExitCode }
    }
}

/// The corpus the reader read on its thread, for after it closes (nil
/// when it quit before the articles were read).
private final class LoadedBox: @unchecked Sendable {
    private let lock = NSLock()
    private var corpus: Corpus?
    private var failure: String?

    func set(_ corpus: Corpus, _ failure: String?) {
        lock.lock()
        defer { lock.unlock() }
        (self.corpus, self.failure) = (corpus, failure)
    }

    func get() -> (Corpus?, String?) {
        lock.lock()
        defer { lock.unlock() }
        return (corpus, failure)
    }
}

/// `--bidi app|terminal`.
enum BidiModeArgument: String, ExpressibleByArgument, CaseIterable {
    case app, terminal
}
