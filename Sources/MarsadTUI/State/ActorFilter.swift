import MarsadModel

/// The actor everything is filtered by: the article list, the actors pane,
/// the timeline and the reader's highlights.
public struct ActorFilter: Hashable, Sendable {
    public var actorID: String
    /// The actor and the actors that belong to it (a ministry to its
    /// country): a mention of any of them matches.
    public var actorIDs: Set<String>
    public var arabicName: String
    public var englishName: String

    /// A filter on one actor; with `includeChildren`, on its parts too (a
    /// country's ministries, army, leaders, cities), as `--include-children`.
    public init(actor: Actor, in analysis: CorpusAnalysis, includeChildren: Bool = false) {
        actorID = actor.id
        arabicName = actor.arabicName
        englishName = actor.englishName
        actorIDs = analysis.actorIDs(for: actor.id, includeChildren: includeChildren)
    }

    /// "بوتين (Vladimir Putin)", or whichever name exists.
    public var label: String {
        switch (arabicName.isEmpty, englishName.isEmpty) {
        case (false, false): return "\(arabicName) (\(englishName))"
        case (false, true): return arabicName
        default: return englishName
        }
    }

    /// True when a mention counts for this filter: a mention of the actor
    /// (or a nisba pointing to it) outside boilerplate.
    public func matches(_ mention: Mention) -> Bool {
        !mention.inBoilerplate && actorIDs.contains(mention.actorID)
    }

    public func matches(_ event: TimelineEvent) -> Bool {
        event.actorIDs.contains { actorIDs.contains($0) } || event.speakerID.map { actorIDs.contains($0) } == true
    }
}

/// A row of the actors pane.
public struct ActorRow: Hashable, Sendable {
    public var id: String
    public var type: EntityType
    public var englishName: String
    public var arabicName: String
    /// Mentions outside boilerplate, in the articles shown.
    public var mentionCount: Int
}

/// What the panes show for an analysis and a filter.
public struct FilteredCorpus: Hashable, Sendable {
    /// Indexes into `corpus.articles`, in corpus order.
    public var articleIndexes: [Int]
    /// Actors of those articles, most mentioned first.
    public var actorRows: [ActorRow]
    /// Indexes into `analysis.timeline`, in time order.
    public var eventIndexes: [Int]

    public init(articleIndexes: [Int], actorRows: [ActorRow], eventIndexes: [Int]) {
        self.articleIndexes = articleIndexes
        self.actorRows = actorRows
        self.eventIndexes = eventIndexes
    }

    /// Everything, before the analysis is there: all articles, no actors, no events.
    public static func unanalysed(_ corpus: Corpus) -> FilteredCorpus {
        FilteredCorpus(articleIndexes: Array(corpus.articles.indices), actorRows: [], eventIndexes: [])
    }

    /// Applies a filter (or none) to an analysis.
    public static func make(_ analysis: CorpusAnalysis, filter: ActorFilter?) -> FilteredCorpus {
        let articles = analysis.corpus.articles
        var indexes: [Int] = []
        var counts: [String: Int] = [:]
        for (i, article) in articles.enumerated() {
            let mentions = analysis.mentionsByArticle[article.id] ?? []
            if let filter, !analysis.articleInvolves(article.id, actorIDs: filter.actorIDs) { continue }
            indexes.append(i)
            for m in mentions where !m.inBoilerplate { counts[m.actorID, default: 0] += 1 }
        }
        var rows: [ActorRow] = []
        for (id, count) in counts {
            guard let actor = analysis.actors[id] else { continue }
            rows.append(ActorRow(id: id, type: actor.type, englishName: actor.englishName,
                                 arabicName: actor.arabicName, mentionCount: count))
        }
        rows.sort { ($0.mentionCount, $1.englishName, $1.id) > ($1.mentionCount, $0.englishName, $0.id) }
        let events = analysis.timeline.indices.filter { filter?.matches(analysis.timeline[$0]) ?? true }
        return FilteredCorpus(articleIndexes: indexes, actorRows: rows, eventIndexes: events)
    }
}
