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
        if year >= 1600, other.year >= 1600 { return other.dayNumber - dayNumber }
        return CalendarDate.gregorian.dateComponents([.day], from: date, to: other.date).day!
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H.
    /// Hinnant's days_from_civil): plain arithmetic, no Foundation. Equal
    /// to Foundation's count from 1600 on; before the Gregorian reform
    /// Foundation's calendar is Julian, so `days(to:)` and
    /// `adding(days:)` ask it for early years.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `dayNumber` days after 1970-01-01 (civil_from_days).
    init(dayNumber z: Int) {
        let z = z + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)!
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
