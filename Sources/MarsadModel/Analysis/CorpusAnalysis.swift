/// Everything Marsad knows about a corpus: its articles, the actors they
/// name and where, their time expressions and the timeline of events.
///
/// Built once from a `Corpus`; the CLI and the reader only read it.
public struct CorpusAnalysis: Sendable {
    public var corpus: Corpus
    /// Every actor named in the corpus (catalog or created), by id.
    public var actors: [String: Actor]
    /// Mentions per article id, in text order.
    public var mentionsByArticle: [String: [Mention]]
    /// Time expressions per article id, in text order.
    public var timesByArticle: [String: [TimeExpression]]
    /// Events of all articles in time order.
    public var timeline: [TimelineEvent]

    public init(corpus: Corpus, actors: [String: Actor], mentionsByArticle: [String: [Mention]],
                timesByArticle: [String: [TimeExpression]], timeline: [TimelineEvent]) {
        self.corpus = corpus
        self.actors = actors
        self.mentionsByArticle = mentionsByArticle
        self.timesByArticle = timesByArticle
        self.timeline = timeline
    }

    /// Analyses a corpus with an actor catalog.
    ///
    /// `progress`, when given, receives the fraction done (0...1) as the
    /// work goes on: entities take most of it, then time expressions, then
    /// the timeline (reported as 1 when finished).
    public static func analyze(_ corpus: Corpus, catalog: ActorCatalog = .standard,
                               progress: ((Double) -> Void)? = nil) -> CorpusAnalysis {
        // Each article is tokenized once, here, and read by every analyser.
        var documents = corpus.articles.map(AnalyzedArticle.init)
        // Undated articles get a date inferred from their text where it allows.
        PublicationDateInference().apply(to: &documents)
        let corpus = Corpus(articles: documents.map(\.article), issues: corpus.issues)
        let total = Double(max(corpus.articles.count, 1))
        let entities = EntityAnalyzer(catalog: catalog).analyze(documents: documents, articleDone: progress.map { report in
            { done in report(0.75 * Double(done) / total) }
        })
        let tagger = TimeTagger()
        var times: [String: [TimeExpression]] = [:]
        for (i, document) in documents.enumerated() {
            times[document.article.id] = tagger.tag(document)
            progress?(0.75 + 0.15 * Double(i + 1) / total)
        }
        let timeline = TimelineBuilder().build(documents: documents, times: times, mentions: entities.mentionsByArticle)
        progress?(1)
        return CorpusAnalysis(corpus: corpus, actors: entities.actors, mentionsByArticle: entities.mentionsByArticle,
                              timesByArticle: times, timeline: timeline)
    }
}
