import Foundation
import MarsadModel
import TerminalText

/// The selected row of a list pane and the first row shown.
public struct ListCursor: Hashable, Sendable {
    public var selected: Int = 0
    public var top: Int = 0
    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Clamps the selection to `count` rows and scrolls so it shows in
    /// `height` rows.
    mutating func settle(count: Int, height: Int) {
        selected = count == 0 ? 0 : min(max(selected, 0), count - 1)
        let h = max(1, height)
        if selected < top { top = selected }
        if selected >= top + h { top = selected - h + 1 }
        top = max(0, min(top, max(0, count - h)))
    }
}

/// The reader pane: the open article, laid out, and what is highlighted.
public struct ReaderState: Hashable, Sendable {
    public var document: ReaderDocument?
    /// First line shown.
    public var top: Int = 0
    /// The sentence of the selected timeline event (article scalars).
    public var eventSentence: ScalarRange?
    /// Index into `document.mentions` of the mention `e`/`E` stopped on.
    public var currentMention: Int?
    public var searchHits: [ScalarRange] = []
    public var currentHit: Int?

    public var articleIndex: Int? { document?.articleIndex }
}

/// Text typed into the `/` prompt.
public struct SearchPrompt: Hashable, Sendable {
    public var text: String = ""
    /// The pane searched.
    public var scope: Pane
}

/// The actor picker opened by `f`: type-ahead over Arabic and English names.
public struct ActorPicker: Hashable, Sendable {
    public var query: String = ""
    /// Actor ids matching the query, most mentioned first.
    public var candidates: [ActorID] = []
    public var cursor = ListCursor()
}

/// What covers the panes, if anything.
public enum Overlay: Hashable, Sendable {
    case help
    case search(SearchPrompt)
    case actorPicker(ActorPicker)
}

/// The last search: its query, where, and which rows or ranges matched.
public struct SearchState: Hashable, Sendable {
    public var query: SearchQuery
    public var scope: Pane
    /// Matching row indexes for list panes.
    public var rowHits: [Int] = []
    /// On the article list: the articles whose text holds the query, by
    /// corpus index, with the place of the first hit (nil: the full-text
    /// index found the article, the reader's own rule no place in it).
    public var textHits: [Int: Int?] = [:]
}

/// Finds the articles whose text holds a query, for `/` on the article
/// list: the archive's full-text index when the reader reads an archive.
/// Without one the reader reads every article's text itself.
public struct FullTextSearch: Sendable {
    /// The ids of the articles that hold the query, best first.
    public var articles: @Sendable (String) -> [ArticleID]
    public init(articles: @escaping @Sendable (String) -> [ArticleID]) { self.articles = articles }
}

/// Progress of the analysis that runs while the reader is already up.
/// A point of the analysis's progress: seconds since it started, and
/// the fraction done then.
public struct ProgressMark: Hashable, Sendable {
    public var seconds: Double
    public var fraction: Double
    public init(seconds: Double, fraction: Double) {
        self.seconds = seconds
        self.fraction = fraction
    }
}

public enum AnalysisStatus: Hashable, Sendable {
    /// `fraction` is the share of the work done (0...1), when known.
    case running(elapsedSeconds: Double, fraction: Double?)
    case done(seconds: Double)
}

/// Counts of the reducer's costlier steps, for tests that check a flood of
/// input stays cheap by counting work rather than timing it.
public struct WorkCounts: Hashable, Sendable {
    /// Times the actor picker's candidates were found for a query.
    public var actorCandidateSearches = 0
    public init() {}
}

/// Everything the reader shows, as plain values. Only `reduce` changes it.
public struct AppState: Sendable {
    /// The most characters the search prompt and the actor picker hold:
    /// more is cut (a paste of 100 KB would otherwise be searched and laid
    /// out again at every key).
    public static let promptLimit = 200

    public var corpus: Corpus
    /// What the status line calls the corpus ("seeds", "news.jsonl").
    public var corpusName: String
    public var analysis: CorpusAnalysis?
    public var analysisStatus: AnalysisStatus = .running(elapsedSeconds: 0, fraction: nil)
    /// The articles are still being read (the screen came up first).
    public var isLoadingCorpus = false
    /// The first progress reported (elapsed seconds, fraction done): the
    /// status line's rate and time left count from there, so the articles
    /// a cache gave at once do not make the rate look faster than it is.
    public var progressOrigin: ProgressMark?
    /// The corpus's text in bytes, for the status line's MB/s.
    public var corpusBytes: Int

    public var size: ScreenSize
    public var focus: Pane = .list
    /// The list pane shown next to the reader when not all panes fit.
    public var sidePane: Pane = .list
    public var overlay: Overlay?
    public var theme: Theme
    public var bidiMode: BidiMode

    public var filter: ActorFilter?
    /// What the panes keep: the filter's actors, or everything.
    public var query: CorpusQuery { CorpusQuery(actors: filter?.query) }
    /// Filters also cover an actor's parts (`--include-children`).
    public var includeChildren = false
    /// Resolves what is typed in the picker (any spelling, clitics and
    /// hamza ignored); set when the analysis is in.
    public var actorResolver: ActorResolver?
    public var filtered: FilteredCorpus
    /// Every actor of the corpus, most mentioned first (the picker's list).
    public var allActorRows: [ActorRow] = []
    /// Place of each actor in `allActorRows`, by id.
    public var actorRowIndex: [ActorID: Int] = [:]

    public var list = ListCursor()
    public var actors = ListCursor()
    /// The timeline's cursor; `selectedEvent` says whether one is chosen.
    public var timeline = ListCursor()
    /// Index into `filtered.eventIndexes` of the event walked to, if any.
    public var selectedEvent: Int?
    public var reader = ReaderState()

    public var search: SearchState?
    /// The corpus's full-text index, if it has one (see `FullTextSearch`).
    public var fullTextSearch: FullTextSearch?
    /// Stable keys of the articles (`ReadStateStore.key(for:)`), by index.
    public var articleKeys: [String]
    public var articleIndexByID: [ArticleID: Int]
    public var readKeys: Set<String>
    /// A one-off message for the status line ("no match for …").
    public var message: String?
    public var isRunning = true
    /// How much costly work the reducer has done (see `WorkCounts`).
    public internal(set) var work = WorkCounts()

    public init(corpus: Corpus, corpusName: String, size: ScreenSize, theme: Theme = .color, bidiMode: BidiMode = .app,
                readKeys: Set<String> = []) {
        self.corpus = corpus
        self.corpusBytes = corpus.articles.reduce(0) { $0 + $1.text.utf8.count }
        self.corpusName = corpusName
        self.size = size
        self.theme = theme
        self.bidiMode = bidiMode
        filtered = .unanalysed(corpus)
        // (A hash of every text: on all cores, for a corpus of thousands.)
        let articles = corpus.articles
        articleKeys = concurrentMap(articles.count) { ReadStateStore.key(for: articles[$0]) }
        articleIndexByID = Dictionary(corpus.articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.readKeys = readKeys
    }

    // MARK: derived

    public var layout: PaneLayout {
        PaneLayout.compute(size: size, focus: focus, sidePane: sidePane, articleCount: filtered.articleIndexes.count)
    }

    /// The rectangle of a pane when shown.
    public func paneRect(_ pane: Pane) -> Rect {
        PaneLayout.rectShowing(pane, size: size, focus: focus, sidePane: sidePane, articleCount: filtered.articleIndexes.count)
    }

    /// Rows of content a pane has (its rectangle less its title row, and
    /// the chart row for the timeline).
    public func contentHeight(_ pane: Pane) -> Int {
        let r = paneRect(pane)
        return max(1, r.height - (pane == .timeline ? 2 : 1))
    }

    /// Width the reader lays text out at: its pane less a margin each side.
    public var readerTextWidth: Int { max(1, paneRect(.reader).width - 2) }

    public var selectedArticleIndex: Int? {
        filtered.articleIndexes.indices.contains(list.selected) ? filtered.articleIndexes[list.selected] : nil
    }

    public func isRead(_ articleIndex: Int) -> Bool { readKeys.contains(articleKeys[articleIndex]) }

    /// The timeline event chosen with `[`, `]` or Enter.
    public var currentEvent: TimelineEvent? {
        guard let analysis, let i = selectedEvent, filtered.eventIndexes.indices.contains(i) else { return nil }
        return analysis.timeline[filtered.eventIndexes[i]]
    }

    public func articleIndex(id: ArticleID) -> Int? { articleIndexByID[id] }
}
