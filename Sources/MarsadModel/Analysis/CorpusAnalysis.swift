/// Everything Marsad knows about a corpus: its articles, the actors they
/// name and where, their time expressions and the timeline of events,
/// and the actor catalog all of it was found with.
///
/// Made only by `analyze(_:catalog:parts:progress:)` (and grown by
/// `adding(_:progress:)`); the CLI and the reader only read it.
///
/// ```swift
/// let analysis = CorpusAnalysis.analyze(corpus, catalog: catalog)
/// analysis.resolveActor("بوتين")                       // .found(PUTIN), with this catalog
/// CorpusAnalysis.analyze(corpus, parts: .entities)    // mentions only, for `marsad entities`
/// ```
public struct CorpusAnalysis: Sendable {
    /// The parts of an analysis. A part needs the ones it builds on:
    /// `.timeline` brings `.entities` and `.times` along.
    public struct Parts: OptionSet, Hashable, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Mentions and the actors they name.
        public static let entities = Parts(rawValue: 1 << 0)
        /// Publication dates inferred for undated articles, and every time expression.
        public static let times = Parts(rawValue: 1 << 1)
        /// The dated events, grouped.
        public static let timeline = Parts(rawValue: 1 << 2)
        public static let all: Parts = [.entities, .times, .timeline]

        /// These parts and the parts they need.
        var withPrerequisites: Parts { contains(.timeline) ? union(.all) : self }
    }

    /// The articles; with `.times`, undated ones carry the publication date
    /// inferred from their text (marked `.inferred`).
    public private(set) var corpus: Corpus
    /// The catalog the actors were found with (the shipped one with the
    /// user's file merged in, or a test's own).
    public let catalog: ActorCatalog
    /// The parts computed; the others are empty.
    public private(set) var parts: Parts
    /// Every actor named in the corpus (catalog or created), by id.
    public private(set) var actors: [ActorID: Actor]
    /// Mentions per article id, in text order.
    public private(set) var mentionsByArticle: [ArticleID: [Mention]]
    /// Time expressions per article id, in text order.
    public private(set) var timesByArticle: [ArticleID: [TimeExpression]]
    /// Events of all articles in time order.
    public private(set) var timeline: [TimelineEvent]
    /// The articles as read for analysis, while parts are still to come.
    private var documents: [AnalyzedArticle]?

    /// An analysis from parts made elsewhere (tests build one by hand).
    init(corpus: Corpus, catalog: ActorCatalog, parts: Parts, actors: [ActorID: Actor] = [:],
         mentionsByArticle: [ArticleID: [Mention]] = [:], timesByArticle: [ArticleID: [TimeExpression]] = [:],
         timeline: [TimelineEvent] = []) {
        self.corpus = corpus
        self.catalog = catalog
        self.parts = parts
        self.actors = actors
        self.mentionsByArticle = mentionsByArticle
        self.timesByArticle = timesByArticle
        self.timeline = timeline
    }

    /// Analyses a corpus with an actor catalog: the parts asked for (and
    /// those they need), everything by default.
    ///
    /// `progress`, when given, receives the fraction done (0...1) as the
    /// work goes on: entities take most of it, then time expressions, then
    /// the timeline (reported as 1 when finished).
    public static func analyze(_ corpus: Corpus, catalog: ActorCatalog = .standard, parts: Parts = .all,
                               progress: ((Double) -> Void)? = nil) -> CorpusAnalysis {
        CorpusAnalysis(corpus: corpus, catalog: catalog, parts: []).adding(parts, progress: progress)
    }

    /// This analysis with more parts: computes the ones it lacks (with the
    /// same catalog) and keeps the others. `progress` as in `analyze`.
    ///
    /// `CorpusAnalysis.analyze(c, parts: .entities).adding(.timeline)` is
    /// `CorpusAnalysis.analyze(c)`, the entities found once and each
    /// article tokenized once.
    public func adding(_ parts: Parts, progress: ((Double) -> Void)? = nil) -> CorpusAnalysis {
        let wanted = parts.withPrerequisites.subtracting(self.parts)
        var result = self
        guard !wanted.isEmpty else { return result }
        // Shares of the work, scaled to the parts computed here.
        let weight: [Parts: Double] = [.entities: 0.75, .times: 0.15, .timeline: 0.10]
        let scale = 1 / weight.filter { wanted.contains($0.key) }.values.reduce(0, +)
        var start = 0.0
        func report(_ part: Parts, _ fraction: Double) { progress?(start + scale * weight[part]! * fraction) }
        func finish(_ part: Parts) { start += scale * weight[part]! }

        // Each article is tokenized once, here (or kept from the parts made
        // before), and read by every analyser.
        var documents = result.documents ?? result.corpus.articles.map(AnalyzedArticle.init)
        // Undated articles get a date inferred from their text where it allows.
        if wanted.contains(.times) {
            PublicationDateInference().apply(to: &documents)
            result.corpus = Corpus(articles: documents.map(\.article), issues: result.corpus.issues)
        }
        let total = Double(max(documents.count, 1))
        if wanted.contains(.entities) {
            let entities = EntityAnalyzer(catalog: catalog).analyze(
                documents: documents, articleDone: progress == nil ? nil : { n in report(.entities, Double(n) / total) })
            result.actors = entities.actors
            result.mentionsByArticle = entities.mentionsByArticle
            finish(.entities)
        }
        if wanted.contains(.times) {
            let tagger = TimeTagger()
            var times: [ArticleID: [TimeExpression]] = [:]
            for (i, document) in documents.enumerated() {
                times[document.article.id] = tagger.tag(document)
                report(.times, Double(i + 1) / total)
            }
            result.timesByArticle = times
            finish(.times)
        }
        if wanted.contains(.timeline) {
            result.timeline = TimelineBuilder().build(documents: documents, times: result.timesByArticle,
                                                      mentions: result.mentionsByArticle)
        }
        result.parts.formUnion(wanted)
        // Kept while parts are missing; a whole analysis needs them no more.
        result.documents = result.parts == .all ? nil : documents
        progress?(1)
        return result
    }
}
