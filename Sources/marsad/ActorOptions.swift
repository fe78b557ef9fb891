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

    /// Analyses a corpus with the catalog (the `parts` a command prints)
    /// and resolves `--actor`; `actors` is nil without `--actor`.
    /// `badRows` says some row of the actor file was rejected.
    ///
    /// `--actor` is resolved as soon as the entities are found, before
    /// the time analysis and the timeline: the name may be an actor the
    /// corpus gave rise to, so the catalog alone cannot settle it, but
    /// nothing else is needed. A name that names no single actor is said
    /// on stderr and exits with status 2.
    func analyse(_ corpus: Corpus, parts: CorpusAnalysis.Parts) throws
        -> (analysis: CorpusAnalysis, actors: ActorQuery?, badRows: Bool) {
        let (catalog, badRows) = self.catalog()
        guard let actor else {
            return (CorpusAnalysis.analyze(corpus, catalog: catalog, parts: parts), nil, badRows)
        }
        let entities = CorpusAnalysis.analyze(corpus, catalog: catalog, parts: .entities)
        let query: ActorQuery
        do {
            query = try ActorQuery(resolving: [actor], includeChildren: includeChildren, in: entities)
        } catch .ambiguous(_, let candidates) {
            let list = ActorQuery.ResolutionError.list(candidates)
            FileHandle.standardError.write(Data(("marsad: --actor '\(actor)' could be: \(list); give an id".terminalSafe + "\n").utf8))
            throw ExitCode(2)
        } catch .notFound {
            FileHandle.standardError.write(Data(("marsad: no actor matches --actor '\(actor)'".terminalSafe + "\n").utf8))
            throw ExitCode(2)
        }
        return (entities.adding(parts), query, badRows)
    }
}
