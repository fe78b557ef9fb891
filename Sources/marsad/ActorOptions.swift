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
        for issue in issues { warn("\(issue)") }
        return (catalog, !issues.isEmpty)
    }

    /// The same catalog without saying its file's problems (for a command
    /// that reads it only as part of the analysis cache's key).
    var unreportedCatalog: ActorCatalog { ActorCatalog.withUserFile(actorsFile).catalog }

    /// Analyses a corpus with the catalog (the `parts` a command prints)
    /// and resolves `--actor`; `actors` is nil without `--actor`.
    /// `badRows` says some row of the actor file was rejected.
    ///
    /// `--actor` is resolved as soon as the entities are found, before
    /// the time analysis and the timeline: the name may be an actor the
    /// corpus gave rise to, so the catalog alone cannot settle it, but
    /// nothing else is needed. A name that names no single actor is said
    /// on stderr and exits with status 2.
    func analyse(_ input: CorpusOptions.Loaded, parts: CorpusAnalysis.Parts) throws
        -> (analysis: CorpusAnalysis, actors: ActorQuery?, badRows: Bool) {
        let (catalog, badRows) = self.catalog()
        defer { CorpusOptions.reportCacheFailure(input.cache) }
        guard let actor else {
            return (CorpusAnalysis.analyze(input.corpus, catalog: catalog, parts: parts, cache: input.cache), nil, badRows)
        }
        let entities = CorpusAnalysis.analyze(input.corpus, catalog: catalog, parts: .entities, cache: input.cache)
        let query: ActorQuery
        do {
            query = try ActorQuery(resolving: [actor], includeChildren: includeChildren, in: entities)
        } catch .ambiguous(_, let candidates) {
            let list = ActorQuery.ResolutionError.list(candidates)
            warn("--actor '\(actor)' could be: \(list); give an id")
            throw ExitCode(2)
        } catch .notFound {
            warn("no actor matches --actor '\(actor)'")
            throw ExitCode(2)
        }
        return (entities.adding(parts), query, badRows)
    }
}
