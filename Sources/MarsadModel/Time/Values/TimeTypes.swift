/// TIMEX3 types of time expressions.
public enum TimexType: String, Codable, Sendable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// A time expression found in an article, with its TIMEX3 value.
public struct TimeExpression: Hashable, Sendable {
    public var articleID: ArticleID
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

    public init(articleID: ArticleID, range: ScalarRange, text: String, type: TimexType, value: String, inBoilerplate: Bool,
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
