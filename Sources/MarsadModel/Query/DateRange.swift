/// The days from one date to another, each end given to the year, the
/// month or the day ("2022", "2022-09", "2022-09-13"), either end open:
/// what `marsad timeline --from … --to …` keeps.
///
/// `from` counts from its first day, `to` up to its last: from "2020" to
/// "2020" is the whole year 2020.
///
/// ```swift
/// let range = try DateRange(from: "2022-09", to: "2022")
/// range.firstDay, range.lastDay                   // 2022-09-01, 2022-12-31
/// range.overlaps(TimexValue("2022-09-13TEV"))     // true
/// range.overlaps(TimexValue("2022"))              // true: the year holds the range
/// range.overlaps(TimexValue("XXXX-WXX-2"))        // false: a Tuesday of an unknown week
/// ```
public struct DateRange: Hashable, Sendable {
    /// The first day kept; nil when the range is open at the start.
    public let firstDay: CalendarDate?
    /// The last day kept; nil when the range is open at the end.
    public let lastDay: CalendarDate?

    public init(firstDay: CalendarDate?, lastDay: CalendarDate?) {
        self.firstDay = firstDay
        self.lastDay = lastDay
    }

    /// From the first day of `from` to the last day of `to` (nil: open).
    ///
    /// Throws when either is not a year, month or day of the calendar.
    public init(from: String?, to: String?) throws(InvalidDate) {
        func span(_ text: String?, _ bound: InvalidDate.Bound) throws(InvalidDate) -> ClosedRange<CalendarDate>? {
            guard let text else { return nil }
            guard let days = Self.days(text) else { throw InvalidDate(text: text, bound: bound) }
            return days
        }
        self.init(firstDay: try span(from, .from)?.lowerBound, lastDay: try span(to, .to)?.upperBound)
    }

    /// The days of a year, month or day written as TIMEX3 ("2022",
    /// "2022-09", "2022-09-13"); nil for anything else (weeks, times of
    /// day, relative dates, "2022-13").
    public static func days(_ text: String) -> ClosedRange<CalendarDate>? {
        let value = TimexValue(text)
        guard value.kind == .calendar, let g = value.granularity, [.year, .month, .day].contains(g) else { return nil }
        return value.dayRange
    }

    /// True when neither end is set: everything is kept, dates off the
    /// calendar included.
    public var isUnbounded: Bool { firstDay == nil && lastDay == nil }

    /// True when the day lies in the range.
    public func contains(_ day: CalendarDate) -> Bool {
        if let firstDay, day < firstDay { return false }
        if let lastDay, lastDay < day { return false }
        return true
    }

    /// True when the days a date covers meet the range. A date off the
    /// calendar (relative to an unknown publication day, a duration) meets
    /// no bounded range.
    public func overlaps(_ date: TimexValue) -> Bool {
        guard !isUnbounded else { return true }
        guard let span = date.dayRange else { return false }
        if let firstDay, span.upperBound < firstDay { return false }
        if let lastDay, span.lowerBound > lastDay { return false }
        return true
    }

    /// A range end that is not a year, month or day.
    public struct InvalidDate: Error, Hashable, Sendable, CustomStringConvertible {
        public enum Bound: String, Hashable, Sendable { case from, to }
        public var text: String
        public var bound: Bound

        public var description: String { "'\(text)' is not a date such as 2022, 2022-09 or 2022-09-13" }
    }
}
