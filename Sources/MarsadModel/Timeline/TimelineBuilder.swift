/// Builds the timeline of a corpus: its dated events, in time order, with
/// the same fact reported by several articles grouped.
///
/// An event is a body sentence (never boilerplate, headline or dateline)
/// anchored to a date:
/// - its own time expression (a date or a time, not a duration or a vague
///   reference; of several, the finest, the first among equals; a date
///   after "منذ" is background — "الأعنف منذ حرب 2020" — and never dates
///   the event);
/// - else the date of the sentence before it in the same paragraph;
/// - else, in the lead (the first two body paragraphs), the publication
///   date ("PUB" when unknown).
/// Other sentences are not events.
///
/// Events are ordered by date, a coarse date before the finer dates in its
/// span ("2022" < "2022-09" < "2022-09-13" < "2022-09-13TEV"), then by
/// article (corpus order) and sentence; dates relative to an unknown
/// publication day come last. Group ids count groups in that order.
///
/// ```swift
/// let analysis = CorpusAnalysis.analyze(corpus)   // runs this builder
/// analysis.timeline.first?.date.raw                // "1992"
/// ```
public struct TimelineBuilder: Sendable {
    /// Similarity above which two events of different articles are one fact.
    public var groupingThreshold = 0.5
    /// Body paragraphs at the top whose undated sentences take the publication date.
    public var leadParagraphs = 2
    public var splitter: CliticSplitter

    public init(splitter: CliticSplitter = CliticSplitter()) {
        self.splitter = splitter
    }

    public func build(corpus: Corpus, times: [ArticleID: [TimeExpression]], mentions: [ArticleID: [Mention]]) -> [TimelineEvent] {
        build(documents: corpus.articles.map(AnalyzedArticle.init), times: times, mentions: mentions)
    }

    /// The timeline of articles already read (`CorpusAnalysis` reads each
    /// once for every analyser).
    public func build(documents: [AnalyzedArticle], times: [ArticleID: [TimeExpression]],
                      mentions: [ArticleID: [Mention]]) -> [TimelineEvent] {
        let cache = SentenceWords.Cache()
        let found = documents.map {
            articleEvents(in: $0, times: times[$0.article.id] ?? [], mentions: mentions[$0.article.id] ?? [], cache: cache)
        }
        return build(articles: documents.map(\.article), events: found, mentions: mentions, plan: .full).events
    }

    /// Bumped whenever the grouping changes: kept groups of another
    /// version are never used.
    public static let groupingVersion = 2

    /// The timeline of `articles` from each one's events (`events[i]` are
    /// those of `articles[i]`, found with the mentions in `mentions`), the
    /// events given their actors here, grouped as `plan` says
    /// (`StoredGrouping.plan`: kept groups reused, extended to new events,
    /// or found from scratch). Returns each event's group root (in the
    /// order of the articles' events) and the pairs of events compared.
    func build(articles: [Article], events found: [ArticleEvents], mentions: [ArticleID: [Mention]],
               plan: StoredGrouping.Plan) -> (events: [TimelineEvent], groups: [Int], compared: Int) {
        // Dates are read once per distinct value (an archive's events share
        // few); then each article's events are made on all cores.
        var dates: [String: TimexValue] = [:]
        for article in found { for e in article.events where dates[e.date] == nil { dates[e.date] = TimexValue(e.date) } }
        let perArticle: [[TimelineEvent]] = concurrentMap(articles.count) { ai in
            let article = articles[ai]
            let own = mentions[article.id] ?? []
            return found[ai].events.map { e in
                var actorIDs: [ActorID] = []
                for k in e.mentions where !actorIDs.contains(own[k].actorID) { actorIDs.append(own[k].actorID) }
                let range = article.sentences[e.sentence].range
                return TimelineEvent(
                    articleID: article.id, sentenceIndex: e.sentence, sentenceRange: range, text: article.text(in: range),
                    date: dates[e.date]!, dateOrigin: e.origin, actorIDs: actorIDs, speakerID: e.speaker.map { own[$0].actorID },
                    kind: e.kind, groupID: 0, sources: [article.id])
            }
        }
        var events: [TimelineEvent] = []
        events.reserveCapacity(perArticle.reduce(0) { $0 + $1.count })
        for list in perArticle { events += list }
        var groups: [Int] = [], compared = 0
        var kept: EventGrouper.Kept?
        switch plan {
        case .reuse(let roots, _) where roots.count == events.count:
            groups = roots
        case .incremental(let roots, let base) where roots.count == events.count && base.count == articles.count:
            // Each event's flag, from its article's.
            var flags: [Bool] = []
            flags.reserveCapacity(events.count)
            for (ai, article) in found.enumerated() { flags += repeatElement(base[ai], count: article.events.count) }
            kept = EventGrouper.Kept(roots: roots, base: flags)
        default:
            break
        }
        if groups.isEmpty && !events.isEmpty {
            var features: [EventGrouper.Features] = []
            features.reserveCapacity(events.count)
            for (ai, article) in articles.enumerated() {
                let own = mentions[article.id] ?? []
                for e in found[ai].events {
                    features.append(EventGrouper.features(e, article: ai, mentions: own, date: events[features.count].date))
                }
            }
            var grouper = EventGrouper(threshold: groupingThreshold)
            groups = grouper.groups(features, kept: kept)
            compared = grouper.comparedPairs
        }
        let articleOrder = Dictionary(uniqueKeysWithValues: articles.enumerated().map { ($1.id, $0) })
        let keys = events.map(\.date.sortKey)
        // Each event's article position, looked up once (not per comparison).
        let articleIndex = events.map { articleOrder[$0.articleID] ?? 0 }
        let order = events.indices.sorted { a, b in
            let ka = keys[a], kb = keys[b]
            if ka != kb { return ka < kb }
            let oa = articleIndex[a], ob = articleIndex[b]
            if oa != ob { return oa < ob }
            return events[a].sentenceIndex < events[b].sentenceIndex
        }
        // Number groups in timeline order; list each group's articles.
        var groupNumber: [Int: Int] = [:]
        var sources: [Int: Set<ArticleID>] = [:]
        for i in events.indices { sources[groups[i], default: []].insert(events[i].articleID) }
        var result: [TimelineEvent] = []
        result.reserveCapacity(events.count)
        var sortedSources: [Int: [ArticleID]] = [:]
        for i in order {
            var e = events[i]
            let root = groups[i]
            if groupNumber[root] == nil { groupNumber[root] = groupNumber.count }
            e.groupID = groupNumber[root]!
            // Sorted once a group, not once an event.
            if let sorted = sortedSources[root] {
                e.sources = sorted
            } else {
                let sorted = sources[root]!.sorted()
                sortedSources[root] = sorted
                e.sources = sorted
            }
            result.append(e)
        }
        return (result, groups, compared)
    }

    /// The events of one article in text order, with what grouping needs,
    /// from its times and its mentions (as linking gave them, in text order).
    func articleEvents(in document: AnalyzedArticle, times: [TimeExpression], mentions: [Mention],
                       cache: SentenceWords.Cache = SentenceWords.Cache()) -> ArticleEvents {
        let article = document.article
        let datable = times.filter { !$0.inBoilerplate && ($0.type == .date || $0.type == .time) }
            .filter { let v = $0.timex; return v.kind == .calendar || v.kind == .relative }
        let usable = mentions.indices.filter { !mentions[$0].inBoilerplate }
        let publication = TimexValue(article.metadata.date?.iso ?? "PUB")
        var result: [ArticleEvents.Event] = []
        var bodyOrdinal = 0
        for paragraph in article.paragraphs where paragraph.role == .body {
            defer { bodyOrdinal += 1 }
            var previous: TimexValue?
            for s in paragraph.sentenceIndexes {
                let range = article.sentences[s].range
                let inSentence = datable.filter { range.contains($0.range) }
                // Sentences nothing can date are skipped before any word is read.
                if inSentence.isEmpty && previous == nil && bodyOrdinal >= leadParagraphs { continue }
                let words = SentenceWords(document, sentence: s, splitter: splitter, cache: cache)
                let date: TimexValue
                let origin: EventDateOrigin
                if let own = Self.ownDate(inSentence, words) {
                    (date, origin) = (own.timex, .own)
                } else if let previous {
                    (date, origin) = (previous, .inherited)
                } else if bodyOrdinal < leadParagraphs {
                    (date, origin) = (publication, .publication)
                } else {
                    continue
                }
                previous = date
                let inRange = usable.filter { range.contains(mentions[$0].range) }
                let sentenceMentions = inRange.map { mentions[$0] }
                let content = EventGrouper.content(words, mentions: sentenceMentions,
                                                   times: times.filter { range.contains($0.range) })
                result.append(ArticleEvents.Event(
                    sentence: s, date: date.raw, origin: origin, kind: EventClassifier.classify(words),
                    speaker: SpeakerFinder.speakerIndex(words, mentions: sentenceMentions).map { inRange[$0] },
                    mentions: inRange, words: content.words.sorted(),
                    quantities: content.quantities.map { q in
                        var q = q
                        if case .mention(let k) = q.nisba { q.nisba = .mention(inRange[k]) }
                        return q
                    }))
            }
        }
        return ArticleEvents(events: result)
    }

    /// The sentence's own date: the finest of its dates not introduced by
    /// "منذ" (since), the first among equals.
    static func ownDate(_ times: [TimeExpression], _ words: SentenceWords) -> TimeExpression? {
        guard !times.isEmpty else { return nil }
        let foreground = times.filter { !isBackground($0, words) }
        return foreground.enumerated().max { a, b in
            let ga = a.element.timex.granularity?.rank ?? -1, gb = b.element.timex.granularity?.rank ?? -1
            return ga != gb ? ga < gb : a.offset > b.offset
        }?.element
    }

    /// A year or month that only situates a noun or a comparison, not the
    /// event: in the scope of "منذ" ("الأعنف منذ اندلاع الحرب … في 2020"),
    /// or a year attached to a noun ("بعد حرب 2020", "وقف إطلاق النار لعام
    /// 2020"). Days and times after "منذ" do date the event ("يطبق منذ
    /// الساعة 06,00", "شنت هجوما منذ أمس الثلاثاء").
    static func isBackground(_ t: TimeExpression, _ words: SentenceWords) -> Bool {
        guard let g = t.timex.granularity, g <= .month,
              let own = words.tokens.firstIndex(where: { $0.range.contains(t.range.start) }) else { return false }
        if g == .year {
            // "لعام 2020": the clitic ل on the year's own word.
            if words.tokens[own].range.start < t.range.start, words.norm(own).hasPrefix("ل") { return true }
            if words.has(own - 1, nounsBeforeYears) { return true }
        }
        var i = own - 1
        var steps = 0
        while i >= 0, steps < 9 {
            let token = words.tokens[i]
            if token.kind == .punctuation, ["،", ",", ".", "؛", ":", "(", ")"].contains(token.text) { return false }
            if words.has(i, since) { return true }
            i -= 1
            steps += 1
        }
        return false
    }
}

extension TimelineBuilder {
    static let since: Set<String> = WordLists.timeline.set("since")

    /// Nouns a year can qualify: "حرب 2020" is the 2020 war, not an event of 2020.
    static let nounsBeforeYears: Set<String> = WordLists.timeline.set("noun-before-year")
}

/// One fact on the timeline: the events of its group and the articles
/// that report it.
public struct TimelineEntry: Hashable, Sendable {
    public var groupID: Int
    /// The group's date: the finest own date of its events, the earliest
    /// among equals (an inherited or publication date only when no event
    /// has its own).
    public var date: TimexValue
    public var events: [TimelineEvent]
    public var sources: [ArticleID]
}

extension TimelineBuilder {
    /// The timeline with each group as one entry, in date order.
    public static func entries(_ events: [TimelineEvent]) -> [TimelineEntry] {
        var byGroup: [Int: [TimelineEvent]] = [:]
        for e in events { byGroup[e.groupID, default: []].append(e) }
        var entries: [TimelineEntry] = byGroup.map { id, members in
            let own = members.filter { $0.dateOrigin == .own }
            let pool = own.isEmpty ? members : own
            let best = pool.min { a, b in
                let ga = a.granularity?.rank ?? -1, gb = b.granularity?.rank ?? -1
                return ga != gb ? ga > gb : a.dateSortKey < b.dateSortKey
            }!
            return TimelineEntry(groupID: id, date: best.date, events: members, sources: members[0].sources)
        }
        entries.sort { a, b in
            let ka = a.date.sortKey, kb = b.date.sortKey
            return ka != kb ? ka < kb : a.groupID < b.groupID
        }
        return entries
    }
}
