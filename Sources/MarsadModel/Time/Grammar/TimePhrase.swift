/// What a time expression says, before it is resolved against the
/// publication date: "أمس الأربعاء" is a relative day with a weekday,
/// "ليل 14 أيلول" a night of a month day whose year is not given.
enum TimePhrase: Hashable, Sendable {
    case day(DayPhrase)
    /// A month, with its year when given ("سبتمبر 2022", "شهر رمضان").
    case month(MonthPhrase)
    case year(Int)
    /// "العام نفسه", "نفس العام": the year the paragraph last named.
    case sameYear
    case hijriYear(Int)
    /// "199" for the 1990s.
    case decade(Int)
    /// "19" for the twentieth century.
    case century(Int)
    /// "الأسبوع الماضي" (offset -1), "هذا العام" (0), "الشهر المقبل" (+1).
    case relativeUnit(TimeLexicon.Unit, offset: Int)
    /// "قبل 5 أيام": a date that many units before publication.
    case ago(TimeLexicon.Unit, count: Int)
    /// A TIMEX3 duration value ("P44D").
    case duration(String)
    /// A TIMEX3 set value ("P1D" for "كل يوم").
    case set(String)
    /// "كل جمعة": every Friday.
    case weekdaySet(Int)
    /// PAST_REF, PRESENT_REF, FUTURE_REF.
    case reference(String)
}

/// A day, or a part of it, as the text names it.
struct DayPhrase: Hashable, Sendable {
    /// Days from publication: 0 "اليوم", -1 "أمس", -2 "أول من أمس", 1 "غدا".
    var relativeDay: Int?
    /// ISO weekday, 1 = Monday.
    var weekday: Int?
    var weekdayDirection: TimeLexicon.Direction?
    /// A month day, with its year when given (Gregorian; a Hijri date with
    /// its year is converted when parsed).
    var date: PhraseDate?
    var dateDirection: TimeLexicon.Direction?
    var partOfDay: TimeLexicon.PartOfDay?
    var hour: Int?
    var minute: Int?
    /// "GMT", "local" or the place named after "بتوقيت".
    var zone: String?
    /// "غداة", "عشية": the day of an event named after it; in practice the
    /// day the sentence already gave, else publication.
    var eventRelative = false
    /// A future verb near a weekday ("سيجتمع الخميس"): the next such day.
    var future = false

    /// True when the phrase names a day (not only a part of day or a clock time).
    var namesDay: Bool { relativeDay != nil || weekday != nil || date != nil }
}

struct PhraseDate: Hashable, Sendable {
    var year: Int?
    var month: Int
    var day: Int
    /// A Hijri month day whose year is not given (kept in the Hijri calendar).
    var hijri = false
}

struct MonthPhrase: Hashable, Sendable {
    var year: Int?
    var month: Int
    var hijri = false
    var direction: TimeLexicon.Direction?
    /// "أكتوبر من العام نفسه": the year the paragraph last named.
    var sameYear = false
    /// A future tense near it ("ستجرى في سبتمبر").
    var future = false
}
