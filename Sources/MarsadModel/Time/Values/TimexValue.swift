import Foundation

/// How fine a date is: "2022" is a year, "2022-09-13TEV" a part of a day.
public enum TimeGranularity: String, Codable, Sendable, CaseIterable, Comparable {
    case century, decade, year, month, week, day, partOfDay, clock

    var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: TimeGranularity, b: TimeGranularity) -> Bool { a.rank < b.rank }
}

/// A TIMEX3 value read back into its parts, for ordering, filtering and
/// showing it to a reader.
///
/// Marsad writes these values:
/// - calendar dates: `"20"` (century), `"199"` (decade), `"2022"`,
///   `"2022-09"`, `"2022-W37"`, `"2022-09-13"`, optionally with a part of
///   the day or a clock time: `"2022-09-13TEV"`, `"2022-09-13T06:00"`;
/// - dates whose publication day is unknown: `"XXXX-WXX-2"` (a Tuesday),
///   `"XXXX-09-12"` (12 September, year unknown), and `"PUB"`, `"PUB-1D"`,
///   `"PUB+1W"`, `"PUB-1M"`, `"PUB-1Y"` (the publication day, the day
///   before, the week after …), each possibly followed by `T…`;
/// - durations `"P44D"`, `"PT2H"`, `"P3DE"`, `"PXY"`; references
///   `"PAST_REF"`, `"PRESENT_REF"`, `"FUTURE_REF"`.
///
/// ```swift
/// TimexValue("2022-09-13TEV").granularity         // .partOfDay
/// TimexValue("XXXX-WXX-2").readable               // "Tuesday, publication unknown"
/// TimexValue("2022-09").dayRange?.upperBound      // 2022-09-30
/// ```
public struct TimexValue: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// A point or span of the calendar.
        case calendar
        /// A date that depends on the unknown publication day.
        case relative
        case duration
        case reference
    }

    public let raw: String
    public let kind: Kind
    /// Set for `.calendar` and for `.relative` values that name a granularity.
    public let granularity: TimeGranularity?
    /// First and last day covered (calendar values only).
    public let dayRange: ClosedRange<CalendarDate>?
    /// Minutes after midnight of a clock time, or the typical minute of a
    /// part of the day (for ordering inside a day).
    public let minuteOfDay: Int?

    public var description: String { raw }

    // The parts are read from `raw`: equal texts are equal values.
    public static func == (a: TimexValue, b: TimexValue) -> Bool { a.raw == b.raw }
    public func hash(into hasher: inout Hasher) { hasher.combine(raw) }

    public init(_ raw: String) {
        self.raw = raw
        if raw.hasSuffix("_REF") {
            (kind, granularity, dayRange, minuteOfDay) = (.reference, nil, nil, nil)
            return
        }
        if raw.hasPrefix("P") && !raw.hasPrefix("PUB") {
            (kind, granularity, dayRange, minuteOfDay) = (.duration, nil, nil, nil)
            return
        }
        let (datePart, timePart) = Self.split(raw)
        let minute = timePart.flatMap(Self.minute(of:))
        let fine: TimeGranularity? = timePart == nil ? nil : (timePart!.contains(":") ? .clock : .partOfDay)
        if let (range, g) = Self.calendarRange(datePart) {
            kind = .calendar
            dayRange = range
            granularity = fine ?? g
            minuteOfDay = minute
            return
        }
        kind = .relative
        dayRange = nil
        minuteOfDay = minute
        var base: TimeGranularity?
        if datePart.hasPrefix("PUB") {
            switch datePart.count > 3 ? datePart.last! : "D" {
            case "W": base = .week
            case "M": base = .month
            case "Y": base = .year
            default: base = .day
            }
        } else if datePart.hasPrefix("XXXX-") {
            base = datePart.split(separator: "-").count == 3 ? .day : .month
        }
        granularity = base == .day ? (fine ?? .day) : base
    }

    /// True for a point or span of the calendar (not relative to an unknown
    /// publication day, not a duration).
    public var isCalendarDate: Bool { kind == .calendar }

    /// The day of a calendar value that has day granularity or finer.
    public var day: CalendarDate? {
        guard kind == .calendar, let g = granularity, g >= .day, let r = dayRange else { return nil }
        return r.lowerBound
    }

    /// Whether this calendar value lies inside (or equals) another's span.
    public func isInside(_ other: TimexValue) -> Bool {
        guard let a = dayRange, let b = other.dayRange else { return false }
        return a.lowerBound >= b.lowerBound && a.upperBound <= b.upperBound
    }

    // MARK: - Ordering

    /// Orders calendar values by start, the coarser first inside its span
    /// ("2022" < "2022-09" < "2022-09-13" < "2022-09-13T06:00" <
    /// "2022-09-13TEV"); everything that is not on the calendar comes last.
    public var sortKey: SortKey {
        guard kind == .calendar, let r = dayRange, let g = granularity else {
            return SortKey(placed: false, year: 0, month: 0, day: 0, coarseness: 0, minute: 0)
        }
        let d = r.lowerBound
        switch g {
        case .century, .decade, .year:
            return SortKey(placed: true, year: d.year, month: 0, day: 0, coarseness: g.rank, minute: -1)
        case .month:
            return SortKey(placed: true, year: d.year, month: d.month, day: 0, coarseness: g.rank, minute: -1)
        case .week, .day:
            return SortKey(placed: true, year: d.year, month: d.month, day: d.day, coarseness: g.rank, minute: -1)
        case .partOfDay, .clock:
            return SortKey(placed: true, year: d.year, month: d.month, day: d.day,
                           coarseness: TimeGranularity.partOfDay.rank, minute: minuteOfDay ?? 0)
        }
    }

    /// See `sortKey`.
    public struct SortKey: Comparable, Hashable, Sendable {
        var placed: Bool
        var year: Int, month: Int, day: Int
        var coarseness: Int
        var minute: Int

        public static func < (a: SortKey, b: SortKey) -> Bool {
            if a.placed != b.placed { return a.placed }
            return (a.year, a.month, a.day, a.coarseness, a.minute) < (b.year, b.month, b.day, b.coarseness, b.minute)
        }
    }

    // MARK: - Reading the value

    static func split(_ raw: String) -> (date: String, time: String?) {
        // "PUB-1DTEV", "2022-09-13T06:00", "XXXX-WXX-2TEV": the time part
        // starts at the last "T" that follows a digit, "D", "X" or "B".
        let chars = Array(raw)
        var i = chars.count - 1
        while i > 0 {
            if chars[i] == "T", i + 1 < chars.count {
                let rest = String(chars[(i + 1)...])
                if ["MO", "MI", "AF", "EV", "NI"].contains(rest) || rest.contains(":") {
                    return (String(chars[..<i]), rest)
                }
            }
            i -= 1
        }
        return (raw, nil)
    }

    static func minute(of time: String) -> Int? {
        if let pod = TimeLexicon.PartOfDay(rawValue: time) { return pod.typicalMinute }
        let parts = time.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2 else { return nil }
        return parts[0] * 60 + parts[1]
    }

    /// The days a calendar value covers, with its granularity.
    static func calendarRange(_ s: String) -> (ClosedRange<CalendarDate>, TimeGranularity)? {
        guard let first = s.first, first.isASCII, first.isNumber else { return nil }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        switch parts.count {
        case 1:
            guard let n = Int(parts[0]) else { return nil }
            switch parts[0].count {
            case 2:  // century "20" = 2000–2099
                guard let a = CalendarDate(year: n * 100, month: 1, day: 1),
                      let b = CalendarDate(year: n * 100 + 99, month: 12, day: 31) else { return nil }
                return (a...b, .century)
            case 3:  // decade "199" = 1990–1999
                guard let a = CalendarDate(year: n * 10, month: 1, day: 1),
                      let b = CalendarDate(year: n * 10 + 9, month: 12, day: 31) else { return nil }
                return (a...b, .decade)
            case 4:
                guard let a = CalendarDate(year: n, month: 1, day: 1), let b = CalendarDate(year: n, month: 12, day: 31)
                else { return nil }
                return (a...b, .year)
            default:
                return nil
            }
        case 2:
            guard parts[0].count == 4, let y = Int(parts[0]) else { return nil }
            if parts[1].hasPrefix("W"), let w = Int(parts[1].dropFirst()), let monday = Self.monday(ofWeek: w, year: y) {
                return (monday...monday.adding(days: 6), .week)
            }
            guard let m = Int(parts[1]), let a = CalendarDate(year: y, month: m, day: 1),
                  let b = CalendarDate(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y)) else { return nil }
            return (a...b, .month)
        case 3:
            guard parts[0].count == 4, let d = CalendarDate(iso: s) else { return nil }
            return (d...d, .day)
        default:
            return nil
        }
    }

    /// ISO 8601 weeks (Monday first, week 1 holds the year's first Thursday).
    static let isoCalendar: Calendar = {
        var c = Calendar(identifier: .iso8601)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    static func monday(ofWeek week: Int, year: Int) -> CalendarDate? {
        guard (1...53).contains(week),
              let date = isoCalendar.date(from: DateComponents(hour: 12, weekday: 2, weekOfYear: week, yearForWeekOfYear: year))
        else { return nil }
        return CalendarDate(date)
    }

    /// "2022-W37" for a day.
    static func isoWeek(of day: CalendarDate) -> String {
        let c = isoCalendar.dateComponents([.weekOfYear, .yearForWeekOfYear], from: day.date)
        return String(format: "%04d-W%02d", c.yearForWeekOfYear!, c.weekOfYear!)
    }

    // MARK: - For people

    private static let englishMonths: [String] = {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        return f.monthSymbols
    }()

    private static let englishWeekdays: [String] = {  // ISO order, Monday first
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        let sundayFirst = f.weekdaySymbols
        return Array(sundayFirst[1...]) + [sundayFirst[0]]
    }()

    private static let partNames: [String: String] = [
        "MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night",
    ]

    /// The value in words: "Tuesday 13 September 2022, evening",
    /// "September 2022", "Tuesday, publication unknown", "44 days".
    public var readable: String {
        let (datePart, timePart) = Self.split(raw)
        let timeWords = timePart.map { Self.partNames[$0] ?? $0 }
        switch kind {
        case .reference:
            switch raw {
            case "PAST_REF": return "the past"
            case "PRESENT_REF": return "now"
            default: return "the future"
            }
        case .duration:
            return Self.readableDuration(raw)
        case .calendar:
            guard let r = dayRange, let g = granularity else { return raw }
            let d = r.lowerBound
            var text: String
            switch g {
            case .century: text = "the \(d.year / 100 + 1)th century"
            case .decade: text = "the \(d.year)s"
            case .year: text = String(d.year)
            case .month: text = "\(Self.englishMonths[d.month - 1]) \(d.year)"
            case .week: text = "the week of \(d.day) \(Self.englishMonths[d.month - 1]) \(d.year)"
            case .day, .partOfDay, .clock:
                text = "\(Self.englishWeekdays[d.isoWeekday - 1]) \(d.day) \(Self.englishMonths[d.month - 1]) \(d.year)"
            }
            if let timeWords { text += ", \(timeWords)" }
            return text
        case .relative:
            var text: String
            if datePart.hasPrefix("XXXX-WXX-"), let w = Int(datePart.dropFirst(9)), (1...7).contains(w) {
                text = Self.englishWeekdays[w - 1]
            } else if datePart.hasPrefix("XXXX-") {
                let p = datePart.split(separator: "-")
                if p.count == 3, let m = Int(p[1]), (1...12).contains(m), let day = Int(p[2]) {
                    text = "\(day) \(Self.englishMonths[m - 1])"
                } else if p.count == 2, let m = Int(p[1]), (1...12).contains(m) {
                    text = Self.englishMonths[m - 1]
                } else {
                    text = datePart
                }
                if let timeWords { text += ", \(timeWords)" }
                return text + ", year unknown"
            } else if datePart == "PUB" {
                // "the publication day, publication unknown" says it twice.
                return "the day of publication (unknown)" + (timeWords.map { ", \($0)" } ?? "")
            } else {
                text = Self.readableOffset(String(datePart.dropFirst(3)))
            }
            if let timeWords { text += ", \(timeWords)" }
            return text + ", publication unknown"
        }
    }

    /// "" → "publication day", "-1D" → "yesterday", "+1W" → "next week".
    private static func readableOffset(_ offset: String) -> String {
        guard !offset.isEmpty, let unit = offset.last, let n = Int(offset.dropLast()) else { return "publication day" }
        let names: [Character: (String, String)] = ["D": ("day", "days"), "W": ("week", "weeks"),
                                                    "M": ("month", "months"), "Y": ("year", "years")]
        guard let (one, many) = names[unit] else { return offset }
        switch (n, unit) {
        case (0, "D"): return "publication day"
        case (-1, "D"): return "yesterday"
        case (1, "D"): return "tomorrow"
        case (0, _): return "this \(one)"
        case (-1, _): return "last \(one)"
        case (1, _): return "next \(one)"
        default: return n < 0 ? "\(-n) \(many) before publication" : "\(n) \(many) after publication"
        }
    }

    private static func readableDuration(_ raw: String) -> String {
        var body = Substring(raw.dropFirst())
        var isTime = false
        if body.hasPrefix("T") { body = body.dropFirst(); isTime = true }
        let digits = body.prefix { $0.isNumber || $0 == "X" }
        let unit = String(body.dropFirst(digits.count))
        let names: [String: (String, String)] = isTime
            ? ["H": ("hour", "hours"), "M": ("minute", "minutes")]
            : ["D": ("day", "days"), "W": ("week", "weeks"), "M": ("month", "months"), "Y": ("year", "years"),
               "DE": ("decade", "decades"), "CE": ("century", "centuries")]
        guard let (one, many) = names[unit] else { return raw }
        if digits == "X" { return many }
        return digits == "1" ? "1 \(one)" : "\(digits) \(many)"
    }
}
