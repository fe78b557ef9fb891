extension CorpusAnalysis {
    /// Resolves what a user typed to an actor of the analysis's catalog or
    /// of this corpus (names the catalog does not know, `auto:` ids; see
    /// `ActorResolver`).
    ///
    /// Needs `.entities`: the corpus's actors can answer before the
    /// catalog does, or tie with it ("General" is both the UN General
    /// Assembly and Azerbaijan's prosecutor general in the seeds), so the
    /// catalog alone cannot settle a name.
    ///
    /// `analysis.resolveActor("باشنيان")` is `.found(PASHINYAN)`.
    public func resolveActor(_ name: String) -> ActorResolution {
        ActorResolver(catalog: catalog, corpusActors: actors).resolve(name)
    }
}
