/// What kind of fact a timeline event reports, from lexical cues.
public enum EventKind: String, Codable, Sendable, CaseIterable {
    case clash, casualties, ceasefire, diplomacy, statement, evacuation, other
}

/// How an event got its date.
public enum EventDateOrigin: String, Codable, Sendable {
    /// A time expression in the sentence itself.
    case own
    /// The date of the sentence before it in the same paragraph.
    case inherited
    /// The publication date, for reports in the lead.
    case publication
}

/// A body sentence anchored to a date.
///
/// The date is read once, when the event is made: sorting, filtering by
/// date and drawing the chart use its parts and never parse the TIMEX3
/// text again.
///
/// ```swift
/// event.date.raw          // "2022-09-13TEV", as `marsad timeline` prints it
/// event.date.granularity  // .partOfDay
/// event.readableDate      // "Tuesday 13 September 2022, evening"
/// ```
public struct TimelineEvent: Hashable, Sendable, Identifiable {
    /// "<articleID>#<sentence index>".
    public var id: String { "\(articleID)#\(sentenceIndex)" }
    public var articleID: ArticleID
    /// Index into `Article.sentences`.
    public var sentenceIndex: Int
    public var sentenceRange: ScalarRange
    public var text: String
    /// The event's date, its TIMEX3 value ("2022-09-13", "2022-09", "2020",
    /// "PUB-1D") read into its parts.
    public var date: TimexValue
    public var dateOrigin: EventDateOrigin
    public var actorIDs: [ActorID]
    /// The actor the sentence attributes its claim to, if any.
    public var speakerID: ActorID?
    public var kind: EventKind
    /// Events reporting the same fact share a group id.
    public var groupID: Int
    /// Articles reporting this event's fact (its group), this one included.
    public var sources: [ArticleID]

    /// How fine the event's date is.
    public var granularity: TimeGranularity? { date.granularity }
    /// Orders events by date, coarse dates before finer ones in their span.
    public var dateSortKey: TimexValue.SortKey { date.sortKey }
    /// The date in words ("Tuesday, publication unknown" when undated).
    public var readableDate: String { date.readable }

    public init(articleID: ArticleID, sentenceIndex: Int, sentenceRange: ScalarRange, text: String, date: TimexValue,
                dateOrigin: EventDateOrigin, actorIDs: [ActorID], speakerID: ActorID?, kind: EventKind,
                groupID: Int, sources: [ArticleID]) {
        self.articleID = articleID
        self.sentenceIndex = sentenceIndex
        self.sentenceRange = sentenceRange
        self.text = text
        self.date = date
        self.dateOrigin = dateOrigin
        self.actorIDs = actorIDs
        self.speakerID = speakerID
        self.kind = kind
        self.groupID = groupID
        self.sources = sources
    }
}
