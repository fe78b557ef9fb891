import Foundation

/// A day in the Gregorian calendar, without time or zone.
public struct CalendarDate: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// A valid date, or nil ("2022-02-30" is nil).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses "2022-09-13".
    public init?(iso: String) {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
    public var description: String { iso }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Gregorian calendar in UTC, the frame all of Marsad's date arithmetic uses.
    static let gregorian: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Noon UTC of this day as a `Date`.
    public var date: Date {
        CalendarDate.gregorian.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!
    }

    public init(_ date: Date) {
        let c = CalendarDate.gregorian.dateComponents([.year, .month, .day], from: date)
        self.year = c.year!
        self.month = c.month!
        self.day = c.day!
    }

    /// This day moved by `days` (negative for earlier).
    public func adding(days: Int) -> CalendarDate {
        if year >= 1601, abs(days) <= 366 { return CalendarDate(dayNumber: dayNumber + days) }
        return CalendarDate(CalendarDate.gregorian.date(byAdding: .day, value: days, to: date)!)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    var isoWeekday: Int {
        let w = CalendarDate.gregorian.component(.weekday, from: date)  // 1 = Sunday
        return (w + 5) % 7 + 1
    }
}
