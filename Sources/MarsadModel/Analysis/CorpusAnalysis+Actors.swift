/// Filtering by actor: what the CLI's `--actor`, the timeline and the
/// reader use. Boilerplate mentions never count; nisba mentions do
/// ("جندي أرميني" involves Armenia).
extension CorpusAnalysis {
    /// The ids an actor filter covers: the actor, and with
    /// `includeChildren` every actor of the corpus below it (Azerbaijan's
    /// ministries, army, leader, cities), at any depth.
    ///
    /// `analysis.actorIDs(for: "AZ", includeChildren: true)` ⊇ ["AZ", "AZ.defense-ministry", "BAKU"].
    public func actorIDs(for actorID: String, includeChildren: Bool) -> Set<String> {
        var ids: Set<String> = [actorID]
        guard includeChildren else { return ids }
        var changed = true
        while changed {
            changed = false
            for actor in actors.values where !ids.contains(actor.id) {
                if let parent = actor.parentID, ids.contains(parent) {
                    ids.insert(actor.id)
                    changed = true
                }
            }
        }
        return ids
    }

    /// Mentions of an article that name one of `actorIDs` outside
    /// boilerplate, in text order.
    public func mentions(in articleID: String, involving actorIDs: Set<String>) -> [Mention] {
        (mentionsByArticle[articleID] ?? []).filter { !$0.inBoilerplate && actorIDs.contains($0.actorID) }
    }

    /// True when the article names one of `actorIDs` outside boilerplate.
    public func articleInvolves(_ articleID: String, actorIDs: Set<String>) -> Bool {
        (mentionsByArticle[articleID] ?? []).contains { !$0.inBoilerplate && actorIDs.contains($0.actorID) }
    }

    /// The articles that name one of `actorIDs` outside boilerplate, in corpus order.
    public func articles(involving actorIDs: Set<String>) -> [Article] {
        corpus.articles.filter { articleInvolves($0.id, actorIDs: actorIDs) }
    }

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
