import ArgumentParser
import Foundation
import MarsadModel

/// `--actor`, `--include-children` and `--actors FILE`: shared by every
/// command that lists or filters by actor.
struct ActorOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Keep only what involves this actor: an id, an English name or any Arabic spelling.",
                               valueName: "actor"))
    var actor: String?

    @Flag(help: "With --actor, also keep the actor's parts (a country's ministries, army, leaders, cities).")
    var includeChildren = false

    @Option(name: .customLong("actors"),
            help: ArgumentHelp("A file of your own actors (TSV: id, type, english, arabic, parent, aliases, nisbas). Default: $XDG_CONFIG_HOME/marsad/actors.tsv when it exists.",
                               valueName: "file"),
            completion: .file())
    var actorsFile: String?

    /// The shipped catalog with the user's file merged in. Each rejected row
    /// is one line on stderr naming the file and line; `hadErrors` says so.
    func catalog() -> (catalog: ActorCatalog, hadErrors: Bool) {
        let (catalog, issues) = ActorCatalog.withUserFile(actorsFile)
        for issue in issues { FileHandle.standardError.write(Data("marsad: \(issue)\n".utf8)) }
        return (catalog, !issues.isEmpty)
    }

    /// The actor ids `--actor` keeps, nil without `--actor`. When the query
    /// names no actor or several, says so on stderr and exits with status 2.
    func filter(in analysis: CorpusAnalysis) throws -> Set<String>? {
        guard let actor else { return nil }
        switch analysis.resolveActor(actor) {
        case .found(let found):
            return analysis.actorIDs(for: found.id, includeChildren: includeChildren)
        case .ambiguous(let candidates):
            let list = candidates.prefix(12).map { "\($0.id) (\($0.displayName))" }.joined(separator: ", ")
            FileHandle.standardError.write(Data(("marsad: --actor '\(actor)' could be: \(list); give an id".terminalSafe + "\n").utf8))
            throw ExitCode(2)
        case .notFound:
            FileHandle.standardError.write(Data(("marsad: no actor matches --actor '\(actor)'".terminalSafe + "\n").utf8))
            throw ExitCode(2)
        }
    }
}

extension ActorOptions {
    /// Loads the corpus, analyses it with the catalog (entities only, or
    /// everything with `timeline`) and resolves `--actor`. `hadErrors`
    /// says some input or actor-file row could not be read.
    func analyse(_ corpus: CorpusOptions, timeline: Bool = false) throws
        -> (analysis: CorpusAnalysis, keep: Set<String>?, hadErrors: Bool) {
        let loaded = try corpus.load()
        let (catalog, badRows) = self.catalog()
        let analysis = CorpusAnalysis.analyze(loaded, catalog: catalog, parts: timeline ? .all : .entities)
        let keep = try filter(in: analysis)
        return (analysis, keep, loaded.hasErrors || badRows)
    }
}
