/// TIMEX3 types of time expressions.
public enum TimexType: String, Codable, Sendable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// A time expression found in an article, with its TIMEX3 value.
public struct TimeExpression: Hashable, Sendable {
    public var articleID: String
    public var range: ScalarRange
    public var text: String
    public var type: TimexType
    /// TIMEX3 value: "2022-09-13", "2022-09", "2022-09-12TEV",
    /// "2022-09-13T06:00", "P44D", "PAST_REF"; for an undated article a
    /// relative expression keeps a relative value (e.g. "XXXX-WXX-2").
    public var value: String
    public var inBoilerplate: Bool
    /// The zone a clock time was given in: "GMT" ("ت غ", "بتوقيت غرينتش"),
    /// "local", or the place after "بتوقيت" as written; nil when not said.
    public var timeZone: String?

    public init(articleID: String, range: ScalarRange, text: String, type: TimexType, value: String, inBoilerplate: Bool,
                timeZone: String? = nil) {
        self.articleID = articleID
        self.range = range
        self.text = text
        self.type = type
        self.value = value
        self.inBoilerplate = inBoilerplate
        self.timeZone = timeZone
    }

    /// The value read back: granularity, days covered, sort key.
    public var timex: TimexValue { TimexValue(value) }

    /// How fine the value is (nil for durations, sets and references).
    public var granularity: TimeGranularity? { type == .duration || type == .set ? nil : timex.granularity }

    /// The value in words: "Tuesday 13 September 2022, evening",
    /// "Tuesday, publication unknown", "every day".
    public var readableValue: String {
        if type == .set {
            if value.hasPrefix("XXXX-WXX-") { return "every " + TimexValue(value).readable.replacingOccurrences(of: ", publication unknown", with: "") }
            return "every " + TimexValue(value).readable.replacingOccurrences(of: "1 ", with: "")
        }
        return timex.readable
    }
}

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
public struct TimelineEvent: Hashable, Sendable, Identifiable {
    /// "<articleID>#<sentence index>".
    public var id: String { "\(articleID)#\(sentenceIndex)" }
    public var articleID: String
    /// Index into `Article.sentences`.
    public var sentenceIndex: Int
    public var sentenceRange: ScalarRange
    public var text: String
    /// TIMEX3 value of the event's date ("2022-09-13", "2022-09", "2020").
    public var date: String
    public var dateOrigin: EventDateOrigin
    public var actorIDs: [String]
    /// The actor the sentence attributes its claim to, if any.
    public var speakerID: String?
    public var kind: EventKind
    /// Events reporting the same fact share a group id.
    public var groupID: Int
    /// Articles reporting this event's fact (its group), this one included.
    public var sources: [String]

    /// The date read back: granularity, days covered.
    public var timex: TimexValue { TimexValue(date) }
    /// How fine the event's date is.
    public var granularity: TimeGranularity? { timex.granularity }
    /// Orders events by date, coarse dates before finer ones in their span.
    public var dateSortKey: TimexValue.SortKey { timex.sortKey }
    /// The date in words ("Tuesday, publication unknown" when undated).
    public var readableDate: String { timex.readable }

    public init(articleID: String, sentenceIndex: Int, sentenceRange: ScalarRange, text: String, date: String,
                dateOrigin: EventDateOrigin, actorIDs: [String], speakerID: String?, kind: EventKind,
                groupID: Int, sources: [String]) {
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
