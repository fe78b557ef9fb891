/// What a command or the reader asks of an analysis: actors, dates, or
/// both. The one place that says which articles, mentions and events
/// match; a query with neither keeps everything.
///
/// - An article matches when it names one of the actors outside
///   boilerplate and, with dates, was published in the range.
/// - A mention matches when its article does and it names one of the
///   actors outside boilerplate (without actors: every mention,
///   boilerplate ones included, which are marked).
/// - An event matches when one of the actors acts in it or says it and,
///   with dates, its date meets the range (whatever its article's date).
///
/// ```swift
/// let putin = ActorQuery(["PUTIN"], in: analysis)
/// let query = CorpusQuery(actors: putin, dates: try DateRange(from: "2020", to: "2020"))
/// query.events(in: analysis)       // what Putin did or said in 2020
/// CorpusQuery(actors: putin).articles(in: analysis)   // the articles naming him
/// ```
public struct CorpusQuery: Hashable, Sendable {
    public var actors: ActorQuery?
    public var dates: DateRange?

    public init(actors: ActorQuery? = nil, dates: DateRange? = nil) {
        self.actors = actors
        self.dates = dates
    }

    // MARK: - Actors

    /// True when the query keeps the actor (every actor without `actors`).
    public func keeps(actorID: ActorID) -> Bool { actors?.covers(actorID) ?? true }

    // MARK: - Articles

    /// True when the article matches (see the type's documentation).
    public func matches(_ article: Article, in analysis: CorpusAnalysis) -> Bool {
        guard isPublishedInRange(article) else { return false }
        guard let actors else { return true }
        return (analysis.mentionsByArticle[article.id] ?? []).contains(where: actors.matches)
    }

    /// True without dates; with them, when the article was published in the range.
    private func isPublishedInRange(_ article: Article) -> Bool {
        guard let dates, !dates.isUnbounded else { return true }
        guard let day = article.metadata.date else { return false }
        return dates.contains(day)
    }

    /// Indexes into `analysis.corpus.articles` of the matching articles, in corpus order.
    public func articleIndexes(in analysis: CorpusAnalysis) -> [Int] {
        analysis.corpus.articles.indices.filter { matches(analysis.corpus.articles[$0], in: analysis) }
    }

    /// The matching articles, in corpus order.
    public func articles(in analysis: CorpusAnalysis) -> [Article] {
        analysis.corpus.articles.filter { matches($0, in: analysis) }
    }

    // MARK: - Mentions

    /// The matching mentions of an article, in text order.
    public func mentions(of article: Article, in analysis: CorpusAnalysis) -> [Mention] {
        guard isPublishedInRange(article) else { return [] }
        let all = analysis.mentionsByArticle[article.id] ?? []
        guard let actors else { return all }
        return all.filter(actors.matches)
    }

    /// Mentions outside boilerplate of every actor, in the matching
    /// articles: who the articles about the query name, and how often.
    public func mentionCounts(in analysis: CorpusAnalysis) -> [ActorID: Int] {
        var counts: [ActorID: Int] = [:]
        for i in articleIndexes(in: analysis) {
            for m in analysis.mentionsByArticle[analysis.corpus.articles[i].id] ?? [] where !m.inBoilerplate {
                counts[m.actorID, default: 0] += 1
            }
        }
        return counts
    }

    // MARK: - Events

    /// True when the event matches (see the type's documentation).
    public func matches(_ event: TimelineEvent) -> Bool {
        if let actors, !actors.matches(event) { return false }
        return dates?.overlaps(event.date) ?? true
    }

    /// Indexes into `analysis.timeline` of the matching events, in time order.
    public func eventIndexes(in analysis: CorpusAnalysis) -> [Int] {
        analysis.timeline.indices.filter { matches(analysis.timeline[$0]) }
    }

    /// The matching events, in time order.
    public func events(in analysis: CorpusAnalysis) -> [TimelineEvent] {
        analysis.timeline.filter(matches)
    }
}
