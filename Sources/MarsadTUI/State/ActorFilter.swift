import MarsadModel

/// The actor the reader is filtered by, as the status line names it: the
/// article list, the actors pane, the timeline and the reader's
/// highlights all follow its `query`.
public struct ActorFilter: Hashable, Sendable {
    public var actorID: ActorID
    public var arabicName: String
    public var englishName: String
    /// The actor and, with `includeChildren`, the actors that belong to it
    /// (a ministry to its country): a mention of any of them matches.
    public var query: ActorQuery

    /// A filter on one actor; with `includeChildren`, on its parts too (a
    /// country's ministries, army, leaders, cities), as `--include-children`.
    public init(actor: Actor, in analysis: CorpusAnalysis, includeChildren: Bool = false) {
        actorID = actor.id
        arabicName = actor.arabicName
        englishName = actor.englishName
        query = ActorQuery([actor.id], includeChildren: includeChildren, in: analysis)
    }

    /// "بوتين (Vladimir Putin)", or whichever name exists.
    public var label: String {
        switch (arabicName.isEmpty, englishName.isEmpty) {
        case (false, false): return "\(arabicName) (\(englishName))"
        case (false, true): return arabicName
        default: return englishName
        }
    }
}

/// A row of the actors pane.
public struct ActorRow: Hashable, Sendable {
    public var id: ActorID
    public var type: EntityType
    public var englishName: String
    public var arabicName: String
    /// Mentions outside boilerplate, in the articles shown.
    public var mentionCount: Int
}

/// What the panes show for an analysis and a query.
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

    /// What a query (everything by default) keeps of an analysis.
    public static func make(_ analysis: CorpusAnalysis, query: CorpusQuery = CorpusQuery()) -> FilteredCorpus {
        var rows: [ActorRow] = []
        for (id, count) in query.mentionCounts(in: analysis) {
            guard let actor = analysis.actors[id] else { continue }
            rows.append(ActorRow(id: id, type: actor.type, englishName: actor.englishName,
                                 arabicName: actor.arabicName, mentionCount: count))
        }
        rows.sort { ($0.mentionCount, $1.englishName, $1.id) > ($1.mentionCount, $0.englishName, $0.id) }
        return FilteredCorpus(articleIndexes: query.articleIndexes(in: analysis), actorRows: rows,
                              eventIndexes: query.eventIndexes(in: analysis))
    }
}
