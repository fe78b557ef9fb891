import Foundation

/// A publication date as metadata gives it (a JSON Lines `date`, a
/// `metadata.tsv` cell, a front-matter `date:` line), read whole.
///
/// Accepted: `YYYY-MM-DD`, optionally followed by `T` (or `t`, or one
/// space) and a time `HH:MM[:SS[.fraction]]`, optionally followed by `Z`
/// or an offset `±HH:MM` (`±HHMM`, `±HH`); nothing before, nothing after
/// (spaces around the value are ignored). The article's date is the day
/// as written: an offset is checked, never applied.
///
/// Refused, with a reason for a person to read:
/// - anything else, such as `13/09/2022`, `2015-08-02junk`, or text after
///   the tenth character;
/// - an impossible day (`2022-02-30`) or time (`25:61:00`, an offset
///   beyond ±23:59);
/// - a year before 1800 (`1436-10-17` is taken for a Hijri date when the
///   year is between 1300 and 1500, `0000-01-01` for a placeholder) or
///   after 2100: news metadata means neither.
package enum MetadataDate {
    static let earliestYear = 1800
    static let latestYear = 2100

    /// The day, or why `value` is none; the reason reads after "date 'value' ".
    package static func read(_ value: String) -> Result<CalendarDate, Problem> {
        var s = Substring(value).unicodeScalars[...]
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        let text = Array(s)
        var i = 0
        func digits(_ n: Int) -> Int? {
            guard i + n <= text.count else { return nil }
            var v = 0
            for k in i..<(i + n) {
                guard let d = asciiDigit(text[k]) else { return nil }
                v = v * 10 + d
            }
            i += n
            return v
        }
        func take(_ c: Unicode.Scalar) -> Bool {
            guard i < text.count, text[i] == c else { return false }
            i += 1
            return true
        }
        guard let year = digits(4), take("-"), let month = digits(2), take("-"), let day = digits(2) else {
            return .failure(.notISO)
        }
        if i < text.count {
            guard take("T") || take("t") || take(" ") else { return .failure(.textAfterDate) }
            guard let hour = digits(2), take(":"), let minute = digits(2) else { return .failure(.notISO) }
            var second = 0
            if take(":") {
                guard let s = digits(2) else { return .failure(.notISO) }
                second = s
                if take(".") || take(",") {
                    let start = i
                    while i < text.count, asciiDigit(text[i]) != nil { i += 1 }
                    guard i > start else { return .failure(.notISO) }
                }
            }
            // 60: a leap second.
            guard hour <= 23, minute <= 59, second <= 60 else { return .failure(.impossibleTime) }
            if take("Z") || take("z") {
            } else if take("+") || take("-") {
                guard let oh = digits(2) else { return .failure(.notISO) }
                var om = 0
                if take(":") {
                    guard let m = digits(2) else { return .failure(.notISO) }
                    om = m
                } else if let m = digits(2) {
                    om = m
                }
                guard oh <= 23, om <= 59 else { return .failure(.impossibleTime) }
            }
            guard i == text.count else { return .failure(.textAfterDate) }
        }
        if year < earliestYear {
            if year <= 1 { return .failure(.placeholder) }
            if (1300...1500).contains(year) && (1...12).contains(month) && (1...30).contains(day) {
                return .failure(.hijri)
            }
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else { return .failure(.impossibleDay) }
        if year < earliestYear { return .failure(.tooEarly) }
        if year > latestYear { return .failure(.tooLate) }
        return .success(date)
    }

    package enum Problem: Error, Equatable {
        case notISO, textAfterDate, impossibleDay, impossibleTime, placeholder, hijri, tooEarly, tooLate

        var reason: String {
            switch self {
            case .notISO: return "is not YYYY-MM-DD (optionally with a time THH:MM[:SS][Z|±HH:MM])"
            case .textAfterDate: return "has text after the date that is not a time"
            case .impossibleDay: return "is not a day of the calendar"
            case .impossibleTime: return "has an impossible time"
            case .placeholder: return "is a placeholder, not a date"
            case .hijri: return "looks like a Hijri date"
            case .tooEarly: return "is before \(MetadataDate.earliestYear)"
            case .tooLate: return "is after \(MetadataDate.latestYear)"
            }
        }
    }

    /// "date '1436-10-17' looks like a Hijri date; the article is undated".
    static func message(_ label: String, value: String, _ problem: Problem) -> String {
        "\(label) '\(value)' \(problem.reason); the article is undated"
    }

    /// For a JSON `date` that is not a string: "date is a number (20150802), …".
    static func message(label: String, nonString value: Any) -> String {
        let what: String
        switch value {
        case is NSNull: return "\(label) is null; the article is undated"
        case let n as NSNumber:
            // JSON true and false come as NSNumbers of a C char ("c").
            what = String(cString: n.objCType) == "c" ? "a boolean (\(n.boolValue))" : "a number (\(n))"
        case is [Any]: what = "an array"
        case is [String: Any]: what = "an object"
        default: what = "not a string"
        }
        return "\(label) is \(what), not a \"YYYY-MM-DD\" string; the article is undated"
    }

    private static func asciiDigit(_ c: Unicode.Scalar) -> Int? {
        c.value >= 0x30 && c.value <= 0x39 ? Int(c.value - 0x30) : nil
    }
}
