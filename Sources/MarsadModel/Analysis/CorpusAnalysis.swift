import Foundation

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
    public private(set) var actors: [ActorID: Actor] { didSet { actorIndexCache = ActorIndexCache() } }
    /// Mentions per article id, in text order.
    public private(set) var mentionsByArticle: [ArticleID: [Mention]] { didSet { actorIndexCache = ActorIndexCache() } }
    /// The actor index of these actors and mentions, made on first use.
    var actorIndexCache = ActorIndexCache()
    /// Time expressions per article id, in text order.
    public private(set) var timesByArticle: [ArticleID: [TimeExpression]]
    /// Events of all articles in time order.
    public private(set) var timeline: [TimelineEvent]
    /// The articles as read for analysis, while parts are still to come.
    private var documents: [AnalyzedArticle?]?

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

    /// How many articles this analysis analysed, and how many it took
    /// from a cache instead.
    public private(set) var counts = Counts()
    /// The same for the timeline's events of each article: found here
    /// (its sentences read), or taken from the cache.
    public private(set) var eventCounts = Counts()
    /// How the timeline's groups were made (`StoredGrouping`).
    public private(set) var timelineGrouping = TimelineGrouping.none
    /// Pairs of events the grouping compared (none when reused).
    public private(set) var comparedEventPairs = 0
    /// True when the timeline's groups came from the cache (the same
    /// articles with the same analyses were grouped before).
    public var reusedTimelineGroups: Bool { timelineGrouping == .reused }

    public enum TimelineGrouping: Hashable, Sendable {
        /// No timeline made.
        case none
        /// The cache's groups, for the same articles.
        case reused
        /// The cache's groups kept, the events of added articles grouped against them.
        case incremental(newEvents: Int)
        /// Every event grouped from scratch.
        case full
    }

    public struct Counts: Hashable, Sendable {
        /// Articles whose entities or times were found here.
        public var analyzed = 0
        /// Articles whose analysis came from the cache.
        public var reused = 0

        public init(analyzed: Int = 0, reused: Int = 0) {
            self.analyzed = analyzed
            self.reused = reused
        }
    }

    /// Analyses a corpus with an actor catalog: the parts asked for (and
    /// those they need), everything by default.
    ///
    /// With a `cache`, an article analysed before (same text, same
    /// structure, same analyser version) is not analysed again: its names,
    /// times and inferred date come from the cache, and the articles
    /// analysed now are stored there. The corpus-wide steps (linking
    /// actors across articles, the timeline) run on both alike, so the
    /// result is the same with or without a cache.
    ///
    /// `progress`, when given, receives the fraction done (0...1) as the
    /// work goes on: the articles take most of it, then the timeline
    /// (reported as 1 when finished).
    public static func analyze(_ corpus: Corpus, catalog: ActorCatalog = .standard, parts: Parts = .all,
                               cache: AnalysisCache? = nil, progress: ((Double) -> Void)? = nil) -> CorpusAnalysis {
        CorpusAnalysis(corpus: corpus, catalog: catalog, parts: []).adding(parts, cache: cache, progress: progress)
    }

    /// This analysis with more parts: computes the ones it lacks (with the
    /// same catalog) and keeps the others. `cache` and `progress` as in
    /// `analyze`; with a cache, entities and times are made together.
    ///
    /// `CorpusAnalysis.analyze(c, parts: .entities).adding(.timeline)` is
    /// `CorpusAnalysis.analyze(c)`, the entities found once and each
    /// article tokenized once.
    public func adding(_ parts: Parts, cache: AnalysisCache? = nil, progress: ((Double) -> Void)? = nil) -> CorpusAnalysis {
        adding(parts, cache: cache, workers: nil, progress: progress)
    }

    /// Threads for the per-article analysis: `$MARSAD_WORKERS`, else one a core.
    static let defaultWorkers: Int = {
        if let n = ProcessInfo.processInfo.environment["MARSAD_WORKERS"].flatMap(Int.init), n > 0 { return n }
        return ProcessInfo.processInfo.activeProcessorCount
    }()

    /// `adding` with a number of threads (tests compare one with several).
    func adding(_ parts: Parts, cache: AnalysisCache?, workers: Int?, progress: ((Double) -> Void)?) -> CorpusAnalysis {
        var wanted = parts.withPrerequisites.subtracting(self.parts)
        var result = self
        guard !wanted.isEmpty else { return result }
        // A cached analysis holds both per-article parts.
        if cache != nil, !wanted.isDisjoint(with: [.entities, .times]) {
            wanted.formUnion(Parts([.entities, .times]).subtracting(self.parts))
        }
        let perArticle = wanted.intersection([.entities, .times])
        let articleShare = perArticle.isEmpty ? 0.0 : (wanted.contains(.timeline) ? 0.9 : 1.0)

        var articles = result.corpus.articles
        // Each article is tokenized once, when first read (or kept from the
        // parts made before), and read by every analyser; an article whose
        // analysis and events all come from the cache is never tokenized.
        var documents = result.documents ?? [AnalyzedArticle?](repeating: nil, count: articles.count)
        let workerCount = workers ?? Self.defaultWorkers
        // Every article's analysis key, with a cache.
        var keys: [String] = []
        var version = ""
        if !perArticle.isEmpty {
            let entities = EntityAnalyzer(catalog: catalog)
            version = cache == nil ? "" : AnalysisVersion.current(catalog: catalog, model: entities.model)
            // (Two SHA-256 an article, over all cores: the key is a pure function.)
            let source = articles
            keys = cache.map { cache in
                concurrentMap(source.count, workers: workerCount) { _, i in
                    cache.key(text: source[i].text, context: source[i].analysisContext(version: version))
                }
            } ?? []
            let stored = cache?.cachedAnalyses(for: keys) ?? [:]
            // Kept analyses decoded on all cores; the rest are misses.
            let keyList = keys
            var analyses: [ArticleAnalysis?] = concurrentMap(source.count, workers: workerCount) { _, i in
                guard !keyList.isEmpty, let bytes = stored[keyList[i]] else { return nil }
                return ArticleAnalysis(decoding: bytes, for: source[i])
            }
            let misses = analyses.indices.filter { analyses[$0] == nil }
            result.counts = Counts(analyzed: misses.count, reused: articles.count - misses.count)
            let tracker = ProgressTracker(total: articles.count, done: articles.count - misses.count,
                                          share: articleShare, report: progress)
            // The articles to analyse, spread over the cores in batches; each
            // batch is stored as soon as it is done, so an interrupted run
            // keeps what it finished.
            let workers = max(1, min(workerCount, misses.count))
            let finders = (0..<workers).map { _ in
                WorkerState(finder: perArticle.contains(.entities) ? NameFinder(entities) : nil)
            }
            let batchSize = 32 * workers
            for batchStart in stride(from: 0, to: misses.count, by: batchSize) {
                let batch = Array(misses[batchStart..<min(batchStart + batchSize, misses.count)])
                let snapshot = documents, source = articles
                let made = concurrentMap(batch.count, workers: workers) { w, b in
                    defer { tracker.step() }
                    let document = snapshot[batch[b]] ?? AnalyzedArticle(source[batch[b]])
                    return (document, Self.analyzeArticle(document, parts: perArticle, state: finders[w]))
                }
                var toStore: [(key: String, bytes: [UInt8])] = []
                for (b, i) in batch.enumerated() {
                    documents[i] = made[b].0
                    analyses[i] = made[b].1
                    if !keys.isEmpty { toStore.append((keys[i], made[b].1.encoded())) }
                }
                if !toStore.isEmpty { cache?.storeAnalyses(toStore, version: version) }
            }
            var found: [ArticleID: [FoundName]] = [:]
            var times: [ArticleID: [TimeExpression]] = [:]
            for i in articles.indices {
                let one = analyses[i]!
                if let inferred = one.inferredDate, articles[i].metadata.date == nil {
                    inferred.set(on: &articles[i].metadata)
                    if documents[i] != nil { inferred.set(on: &documents[i]!.article.metadata) }
                }
                let id = articles[i].id
                if perArticle.contains(.entities) { found[id] = one.names }
                if perArticle.contains(.times) { times[id] = one.times }
            }
            if perArticle.contains(.times) {
                result.corpus = Corpus(articles: articles, issues: result.corpus.issues)
                result.timesByArticle = times
            }
            if perArticle.contains(.entities) {
                let linked = entities.link(found)
                result.actors = linked.actors
                result.mentionsByArticle = linked.mentionsByArticle
            }
        }
        if wanted.contains(.timeline) {
            let builder = TimelineBuilder()
            let mentions = result.mentionsByArticle, times = result.timesByArticle
            // Each article's events: from the cache, under its analysis key
            // and where its mentions stand, else found now, in parallel.
            let dated = articles, keyList = keys
            let eventKeys: [String] = keys.isEmpty ? [] : concurrentMap(dated.count, workers: workerCount) { _, i in
                ArticleEvents.key(analysisKey: keyList[i], mentions: mentions[dated[i].id] ?? [],
                                  publication: dated[i].metadata.date?.iso)
            }
            let storedEvents = eventKeys.isEmpty ? [:] : cache?.cachedEvents(for: eventKeys) ?? [:]
            var events: [ArticleEvents?] = concurrentMap(dated.count, workers: workerCount) { _, i in
                guard !eventKeys.isEmpty, let bytes = storedEvents[eventKeys[i]] else { return nil }
                return ArticleEvents(decoding: bytes, for: dated[i], mentionCount: mentions[dated[i].id]?.count ?? 0)
            }
            let missing = events.indices.filter { events[$0] == nil }
            let workers = max(1, min(workerCount, missing.count))
            let wordCaches = (0..<workers).map { _ in SentenceWords.Cache() }
            let snapshot = documents
            let made = concurrentMap(missing.count, workers: workers) { w, m in
                let i = missing[m]
                let document = snapshot[i] ?? AnalyzedArticle(dated[i])
                let id = dated[i].id
                return builder.articleEvents(in: document, times: times[id] ?? [], mentions: mentions[id] ?? [],
                                             cache: wordCaches[w])
            }
            for (m, i) in missing.enumerated() { events[i] = made[m] }
            result.eventCounts = Counts(analyzed: missing.count, reused: articles.count - missing.count)
            if !eventKeys.isEmpty, !missing.isEmpty {
                cache?.storeEvents(zip(missing, made).map { (eventKeys[$0], $1.encoded()) }, version: version)
            }
            // The groups: kept, extended to added articles, or made afresh.
            let all = events.map { $0! }
            let eventCounts = all.map(\.events.count)
            let plan: StoredGrouping.Plan = eventKeys.isEmpty ? .full
                : cache?.cachedGrouping()?.plan(articleKeys: eventKeys, eventCounts: eventCounts) ?? .full
            let built = builder.build(articles: articles, events: all, mentions: mentions, plan: plan)
            result.timeline = built.events
            result.comparedEventPairs = built.compared
            switch plan {
            case .reuse: result.timelineGrouping = .reused
            case .incremental(let roots, _): result.timelineGrouping = .incremental(newEvents: roots.filter { $0 < 0 }.count)
            case .full: result.timelineGrouping = .full
            }
            if !eventKeys.isEmpty, result.timelineGrouping != .reused {
                // The articles whose events set the weights: all of them
                // after a grouping from scratch.
                var base = [Bool](repeating: true, count: articles.count)
                if case .incremental(_, let kept) = plan { base = kept }
                cache?.storeGrouping(StoredGrouping(articleKeys: eventKeys, eventCounts: eventCounts, base: base,
                                                    roots: built.groups))
            }
        }
        result.parts.formUnion(wanted)
        // Kept while parts are missing; a whole analysis needs them no more.
        result.documents = result.parts == .all ? nil : documents
        progress?(1)
        return result
    }

    /// One article's own analysis: its inferred date (when undated and
    /// times are asked for), names and time expressions.
    private static func analyzeArticle(_ document: AnalyzedArticle, parts: Parts, state: WorkerState) -> ArticleAnalysis {
        var document = document
        let inferred = parts.contains(.times) && document.article.metadata.date == nil
            ? state.inference.infer(document) : nil
        if let inferred { inferred.set(on: &document.article.metadata) }
        let names = state.finder?.names(in: document) ?? []
        return ArticleAnalysis(names: names, times: parts.contains(.times) ? state.tagger.tag(document) : [],
                               inferredDate: inferred)
    }
}

/// What one analysis thread keeps from article to article: its name
/// finder (word table, tagger scratch). Only its own thread touches it.
private final class WorkerState: @unchecked Sendable {
    var finder: NameFinder?
    let tagger = TimeTagger()
    let inference = PublicationDateInference()

    init(finder: NameFinder?) { self.finder = finder }
}

/// Progress over threads: each finished article moves it on, in order.
private final class ProgressTracker: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Double
    private var done: Int
    private let share: Double
    private let report: ((Double) -> Void)?

    init(total: Int, done: Int, share: Double, report: ((Double) -> Void)?) {
        self.total = Double(max(total, 1))
        self.done = done
        self.share = share
        self.report = report
        if done > 0 { report?(share * Double(done) / self.total) }
    }

    func step() {
        guard let report else { return }
        lock.lock()
        done += 1
        report(share * Double(done) / total)
        lock.unlock()
    }
}
