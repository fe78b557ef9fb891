import Foundation

/// Hijri dates through Foundation's Umm al-Qura calendar (the one Saudi
/// and Gulf outlets date by), and the day arithmetic the tagger needs.
enum HijriCalendar {
    static let calendar: Calendar = {
        var c = Calendar(identifier: .islamicUmmAlQura)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    /// The Gregorian day of a Hijri date, or nil when the date does not
    /// exist (day 30 of a 29-day month).
    static func gregorian(year: Int, month: Int, day: Int) -> CalendarDate? {
        guard (1...12).contains(month), day >= 1,
              let first = calendar.date(from: DateComponents(year: year, month: month, day: 1, hour: 12)),
              let length = calendar.range(of: .day, in: .month, for: first), day <= length.count
        else { return nil }
        return CalendarDate(first).adding(days: day - 1)
    }

    /// The Gregorian days a Hijri month covers.
    static func gregorianRange(year: Int, month: Int) -> ClosedRange<CalendarDate>? {
        guard let first = gregorian(year: year, month: month, day: 1),
              let date = calendar.date(from: DateComponents(year: year, month: month, day: 1, hour: 12)),
              let length = calendar.range(of: .day, in: .month, for: date)
        else { return nil }
        return first...first.adding(days: length.count - 1)
    }

    /// The Gregorian days a Hijri year covers.
    static func gregorianRange(year: Int) -> ClosedRange<CalendarDate>? {
        guard let first = gregorian(year: year, month: 1, day: 1), let next = gregorian(year: year + 1, month: 1, day: 1)
        else { return nil }
        return first...next.adding(days: -1)
    }

    /// Hijri year and month of a Gregorian day.
    static func hijri(of day: CalendarDate) -> (year: Int, month: Int) {
        let c = calendar.dateComponents([.year, .month], from: day.date)
        return (c.year!, c.month!)
    }

    /// The finest TIMEX3 value that covers a span of Gregorian days: the
    /// month when it lies in one month, else the year; a span across two
    /// years (a Hijri year) is given by the year it starts in.
    static func coarseValue(_ range: ClosedRange<CalendarDate>) -> String {
        let a = range.lowerBound, b = range.upperBound
        if a.year == b.year && a.month == b.month { return String(format: "%04d-%02d", a.year, a.month) }
        return String(format: "%04d", a.year)
    }
}

extension CalendarDate {
    /// Whole days from `self` to `other` (negative when `other` is earlier).
    func days(to other: CalendarDate) -> Int {
        CalendarDate.gregorian.dateComponents([.day], from: date, to: other.date).day!
    }

    /// This day moved by whole months, the day clamped to the month's end.
    func adding(months: Int) -> CalendarDate {
        CalendarDate(CalendarDate.gregorian.date(byAdding: .month, value: months, to: date)!)
    }

    /// The day `month`/`day` in the year that puts it nearest to `self`
    /// (`direction` .past: on or before `self`; .next: on or after).
    func resolving(month: Int, day: Int, direction: TimeLexicon.Direction?) -> CalendarDate? {
        let candidates = [year - 1, year, year + 1].compactMap { CalendarDate(year: $0, month: month, day: day) }
        switch direction {
        case .past?: return candidates.last { $0 <= self }
        case .next?: return candidates.first { $0 >= self }
        case .current?: return CalendarDate(year: year, month: month, day: day)
        case nil: return candidates.min { abs(self.days(to: $0)) < abs(self.days(to: $1)) }
        }
    }

    /// The year of a month named without one: "الماضي" the latest such
    /// month before this one, "المقبل" the first after it; otherwise the
    /// latest on or before this month, or, in a future tense, the first on
    /// or after it.
    func resolvingYear(month: Int, direction: TimeLexicon.Direction?, future: Bool = false) -> Int {
        switch direction {
        case .past?: return month < self.month ? year : year - 1
        case .next?: return month > self.month ? year : year + 1
        case .current?: return year
        case nil:
            if future { return month >= self.month ? year : year + 1 }
            return month <= self.month ? year : year - 1
        }
    }

    /// The day with ISO weekday `weekday` near `self`: the latest on or
    /// before it by default, the first on or after it for a future tense,
    /// strictly before or after it for "الماضي"/"المقبل".
    func resolving(weekday: Int, direction: TimeLexicon.Direction?, future: Bool) -> CalendarDate {
        let back = (isoWeekday - weekday + 7) % 7  // 0...6 days back to that weekday
        switch direction {
        case .past?: return adding(days: -(back == 0 ? 7 : back))
        case .next?:
            let ahead = (weekday - isoWeekday + 7) % 7
            return adding(days: ahead == 0 ? 7 : ahead)
        case .current?, nil:
            if future { return adding(days: (weekday - isoWeekday + 7) % 7) }
            return adding(days: -back)
        }
    }
}
