/// The closed-class words Arabic news uses to say when: relative days,
/// parts of the day, units of duration, number words, modifiers.
///
/// The words are data, in `Resources/words/time.tsv` (one class a list;
/// see `WordList`), read once here. Month and weekday names are not here:
/// they come from Foundation's Arabic locale data through `CalendarNames`.
/// All keys are normalized (`ArabicNormalizer`: أ→ا, ة→ه, ى→ي, no harakat
/// or tatweel).
enum TimeLexicon {
    /// TIMEX3 part-of-day codes.
    enum PartOfDay: String, Sendable {
        case morning = "MO", midday = "MI", afternoon = "AF", evening = "EV", night = "NI"

        /// Minutes after midnight that stand for the part when ordering
        /// events inside a day.
        var typicalMinute: Int {
            switch self {
            case .morning: return 8 * 60
            case .midday: return 12 * 60
            case .afternoon: return 15 * 60
            case .evening: return 19 * 60
            case .night: return 22 * 60
            }
        }
    }

    /// Parts of the day that stand alone as adverbs ("ومساء اعلنت",
    /// "اعلن صباحا", "اندلعت ليلا").
    static let partOfDayAdverbs: [String: PartOfDay] = WordLists.time.table("part-of-day-adverb", PartOfDay.init(rawValue:))

    /// Parts of the day that need a day after them ("مساء الثلاثاء",
    /// "صباح أمس", "ليل 14 أيلول", "فجر اليوم").
    static let partOfDayNouns: [String: PartOfDay] = WordLists.time.table("part-of-day-noun", PartOfDay.init(rawValue:))

    /// Words after which "ظهر"/"الظهر" is the afternoon, not "appeared".
    static let noonPrepositions: [String: PartOfDay] = WordLists.time.table("noon-preposition", PartOfDay.init(rawValue:))

    /// Single words naming a day relative to publication.
    static let relativeDays: [String: Int] = {
        let table = WordLists.time.integers("relative-day")
        for entry in WordLists.time.entries("relative-day") where !["-1", "0", "1"].contains(entry.values[0]) {
            WordLists.time.fail(entry, "a relative day is -1, 0 or 1")
        }
        return table
    }()
    /// The relative days by offset, as the grammar reads them ("أمس",
    /// "أمس الأول"; "غدا"; "اليوم" unless "اليوم التالي"…).
    static let yesterdayWords = Set(relativeDays.filter { $0.value == -1 }.keys)
    static let todayWords = Set(relativeDays.filter { $0.value == 0 }.keys)
    static let tomorrowWords = Set(relativeDays.filter { $0.value == 1 }.keys)

    /// Words that, after "اليوم", make it "the first/next/same day", not today.
    static let notTodayAfterYawm: Set<String> = WordLists.time.set("not-today-after-yawm")

    /// Modifiers after a weekday, month or unit: which occurrence.
    enum Direction: String, Sendable { case past, next, current }
    static let directions: [String: Direction] = WordLists.time.table("direction", Direction.init(rawValue:))

    /// "الأخيرة"/"الماضية" after a plural unit: "the last N units".
    static let recentWords: Set<String> = WordLists.time.set("recent")

    /// TIMEX3 duration units.
    enum Unit: String, Sendable {
        case minute = "MIN", hour = "H", day = "D", week = "W", month = "M", year = "Y", decade = "DE", century = "CE"

        /// Duration value for `count` of the unit ("P44D", "PT2H", "PXDE").
        func duration(_ count: Int?) -> String {
            let n = count.map(String.init) ?? "X"
            switch self {
            case .minute: return "PT\(n)M"
            case .hour: return "PT\(n)H"
            default: return "P\(n)\(rawValue)"
            }
        }
    }

    /// Singular unit words (also the accusative with tanween alef).
    static let singularUnits: [String: Unit] = WordLists.time.table("unit-singular", Unit.init(rawValue:))

    /// Plural unit words ("5 أيام", "منذ عقود", "العقود الثلاثة الماضية").
    static let pluralUnits: [String: Unit] = WordLists.time.table("unit-plural", Unit.init(rawValue:))

    /// Dual unit words: two of the unit ("عامين", "أسبوعين"; with the
    /// article only before "الماضيين"/"الأخيرين").
    static let dualUnits: [String: Unit] = {
        let base = WordLists.time.table("unit-dual", Unit.init(rawValue:))
        var table = base
        for (w, u) in base { table["ال" + w] = u }
        return table
    }()

    /// Ordinal day numbers with the article ("الثاني من أبريل"): units,
    /// "الحادي عشر"… take "عشر", "والعشرين", "والثلاثين" after them.
    static let ordinalDays: [String: Int] = WordLists.time.integers("ordinal-day")

    /// Words that mark a future tense or a schedule near a date.
    static let futureMarkers: Set<String> = WordLists.time.set("future-marker")

    /// Cardinal number words, both genders, with and without the article.
    static let numberWords: [String: Int] = {
        var table: [String: Int] = [:]
        for (w, n) in WordLists.time.pairs("number", { Int($0) }) {
            table[w] = n
            table["ال" + w] = n
        }
        return table
    }()

    /// Words for "several, a few": the count of the duration is unknown.
    static let vagueCounts: Set<String> = WordLists.time.set("vague-count")

    /// Words before a number that make it approximate ("نحو 50").
    static let approximators: Set<String> = WordLists.time.set("approximator")

    /// Words before a bare four-digit number that make it a year.
    static let yearCues: Set<String> = WordLists.time.set("year-cue")
    /// "عام 2020", "العام 2020", "سنة 2020".
    static let yearNouns: Set<String> = WordLists.time.set("year-noun")

    /// Words before a month name that make a bare month a date ("في سبتمبر").
    static let monthCues: Set<String> = WordLists.time.set("month-cue")
    /// Month names that are also common words: they need a day, a year or "شهر".
    static let ambiguousMonths: Set<String> = WordLists.time.set("ambiguous-month")

    /// Words in front of a span that mark where inside it ("مطلع سبتمبر").
    static let spanModifiers: Set<String> = WordLists.time.set("span-modifier")

    /// Marks after a year: Hijri or Gregorian era.
    static let hijriMarks: Set<String> = WordLists.time.set("hijri-mark")
    static let gregorianMarks: Set<String> = WordLists.time.set("gregorian-mark")

    /// "ت غ", "بتوقيت غرينتش", "GMT": zones after a clock time.
    static let greenwichWords: Set<String> = WordLists.time.set("greenwich")

    /// Feminine ordinals naming clock hours ("الساعة السادسة").
    static let hourWords: [String: Int] = WordLists.time.integers("hour")

    /// Decades named by their tens ("التسعينيات" = the 1990s).
    static let decades: [String: Int] = {
        var table: [String: Int] = [:]
        for (s, n) in WordLists.time.pairs("decade-stem", { Int($0) }) {
            let short = String(s.dropLast())  // "تسعين"
            for form in [s + "ات", short + "ات"] {
                table[form] = n
                table["ال" + form] = n
            }
        }
        return table
    }()

    /// References without a fixed point (TIMEX3 PAST_REF, PRESENT_REF, FUTURE_REF).
    static let pointReferences: [String: String] = WordLists.time.table("point-reference", { $0 })
    /// Two-word references ("وقت سابق", "الوقت الحالي", "الآونة الأخيرة").
    static let twoWordReferences: [String: String] = WordLists.time.table("two-word-reference", { $0 })

    /// Words that turn "كل" + unit into a set: "كل يوم" = every day.
    static let setAdverbs: [String: String] = WordLists.time.table("set-adverb", { $0 })

    /// Words that can open a time expression (in some reading without
    /// proclitics): only tokens with one of these, or numbers, are tried.
    static let starters: Set<String> = {
        var set = WordLists.time.set("starter")
        set.formUnion(partOfDayNouns.keys)
        set.formUnion(partOfDayAdverbs.keys)
        set.formUnion(relativeDays.keys)
        set.formUnion(CalendarNames.weekdays.keys)
        for table in [CalendarNames.gregorianMonths, CalendarNames.hijriMonths] {
            for name in table.keys { set.insert(String(name.split(separator: " ")[0])) }
        }
        set.formUnion(ordinalDays.keys)
        set.formUnion(dualUnits.keys)
        set.formUnion(numberWords.keys)
        set.formUnion(pluralUnits.keys)
        set.formUnion(singularUnits.keys)
        set.formUnion(vagueCounts)
        set.formUnion(spanModifiers)
        set.formUnion(yearNouns)
        set.formUnion(decades.keys)
        set.formUnion(setAdverbs.keys)
        set.formUnion(pointReferences.keys)
        for phrase in twoWordReferences.keys { set.insert(String(phrase.split(separator: " ")[0])) }
        return set
    }()

    /// Every word the grammar looks up in a reading without proclitics:
    /// the starters, and words it checks around them.
    static let vocabulary: Set<String> = starters.union(yearCues).union(approximators).union(futureMarkers)
        .union(zoneLeads)

    /// Verbs of speech and report whose subject is the speaker
    /// (`timeline.tsv`, class attribution-verb).
    static let attributionVerbs: Set<String> = WordLists.timeline.set("attribution-verb")

    // MARK: - Word classes of single grammar rules (TimeGrammar)

    /// "بتوقيت", "التوقيت": the word before a zone.
    static let zoneLeads: Set<String> = WordLists.time.set("zone-lead")
    /// "في وقت سابق اليوم": earlier or later after "وقت".
    static let afterWaqt: Set<String> = WordLists.time.set("after-waqt")
    /// "غداة", "عشية".
    static let eventRelativeDays: Set<String> = WordLists.time.set("event-relative-day")
    /// "الظهر" after a noon preposition; "ظهر", which needs a day after it.
    static let noon: Set<String> = WordLists.time.set("noon")
    static let noonNouns: Set<String> = WordLists.time.set("noon-noun")
    /// "ساعات المساء" and what may follow ("ساعات الصباح الأولى").
    static let hoursOf: Set<String> = WordLists.time.set("hours-of")
    static let hoursQualifiers: Set<String> = WordLists.time.set("hours-qualifier")
    /// "هذا", "هذه".
    static let demonstratives: Set<String> = WordLists.time.set("demonstrative")
    /// Words before a part of the day with the article ("في المساء").
    static let partOfDayCues: Set<String> = WordLists.time.set("part-of-day-cue")
    /// Words before "اليوم" that make it that day, not today ("ذلك اليوم").
    static let notTodayBeforeYawm: Set<String> = WordLists.time.set("not-today-before-yawm")
    /// Words before "الاثنين" that make it "the two" ("بين الاثنين").
    static let twoNotMonday: Set<String> = WordLists.time.set("two-not-monday")
    /// Words before a bare plural unit that make it a duration ("منذ عقود").
    static let durationSignals: Set<String> = WordLists.time.set("duration-signal")
    /// "لمدة عام", "عام كامل": one unit.
    static let oneUnitSignals: Set<String> = WordLists.time.set("one-unit-signal")
    static let oneUnitQualifiers: Set<String> = WordLists.time.set("one-unit-qualifier")
    /// Definite units naming the current one ("مطلع العام", "هذا الشهر").
    static let currentUnits: [String: Unit] = WordLists.time.table("current-unit", Unit.init(rawValue:))
    /// "شهر سبتمبر"; "مطلع شهر سبتمبر".
    static let monthNouns: Set<String> = WordLists.time.set("month-noun")
    static let monthNounsAfterModifier: Set<String> = WordLists.time.set("month-noun-after-modifier")
    /// "العام نفسه", "نفس العام".
    static let sameYearNouns: Set<String> = WordLists.time.set("same-year-noun")
    static let sameAfter: Set<String> = WordLists.time.set("same-after")
    static let sameBefore: Set<String> = WordLists.time.set("same-before")
    /// "الساعة" before a clock time.
    static let hourNouns: Set<String> = WordLists.time.set("hour-noun")
    /// "في الماضي", "في المستقبل".
    static let referencesAfterFi: [String: String] = WordLists.time.table("reference-after-fi", { $0 })
}
