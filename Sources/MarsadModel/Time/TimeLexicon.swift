/// The closed-class words Arabic news uses to say when: relative days,
/// parts of the day, units of duration, number words, modifiers.
///
/// Month and weekday names are not here: they come from Foundation's
/// Arabic locale data through `CalendarNames`. All keys are normalized
/// (`ArabicNormalizer`: أ→ا, ة→ه, ى→ي, no harakat or tatweel).
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
    static let partOfDayAdverbs: [String: PartOfDay] = [
        "صباحا": .morning, "فجرا": .morning, "ضحي": .morning, "ظهرا": .midday, "عصرا": .afternoon,
        "مساء": .evening, "مساءا": .evening, "ليلا": .night,
        // With the article, after a preposition: "في المساء".
        "الصباح": .morning, "الفجر": .morning, "الظهيره": .midday, "المساء": .evening, "الليل": .night,
    ]

    /// Parts of the day that need a day after them ("مساء الثلاثاء",
    /// "صباح أمس", "ليل 14 أيلول", "فجر اليوم").
    static let partOfDayNouns: [String: PartOfDay] = [
        "صباح": .morning, "فجر": .morning, "ضحي": .morning, "ظهر": .midday, "ظهيره": .midday, "عصر": .afternoon,
        "مساء": .evening, "ليل": .night, "ليله": .night,
    ]

    /// Words after which "ظهر"/"الظهر" is the afternoon, not "appeared".
    static let noonPrepositions: [String: PartOfDay] = ["بعد": .afternoon, "قبل": .morning]

    /// Single words naming a day relative to publication.
    static let relativeDays: [String: Int] = [
        "اليوم": 0, "امس": -1, "الامس": -1, "البارحه": -1, "غدا": 1, "الغد": 1,
    ]

    /// Words that, after "اليوم", make it "the first/next/same day", not today.
    static let notTodayAfterYawm: Set<String> = [
        "التالي", "السابق", "نفسه", "ذاته", "الموالي", "الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
        "السابع", "الثامن", "التاسع", "العاشر", "الاخير", "العالمي", "الوطني", "الدولي", "المفتوح", "الموعود",
        "الحادي", "ال",
    ]

    /// Modifiers after a weekday, month or unit: which occurrence.
    enum Direction: Sendable { case past, next, current }
    static let directions: [String: Direction] = [
        "الماضي": .past, "الماضيه": .past, "المنصرم": .past, "المنصرمه": .past, "الفائت": .past, "الفائته": .past,
        "السابق": .past, "المقبل": .next, "المقبله": .next, "القادم": .next, "القادمه": .next, "التالي": .next,
        "الجاري": .current, "الحالي": .current, "الحاليه": .current, "الجاريه": .current,
    ]

    /// "الأخيرة"/"الماضية" after a plural unit: "the last N units".
    static let recentWords: Set<String> = [
        "الماضي", "الماضيه", "الاخيره", "الاخير", "المنصرمه", "المنصرم", "الفائته", "السابقه",
        // after a dual: "اليومين الماضيين", "الساعتين الأخيرتين"
        "الماضيين", "الماضيتين", "الاخيرين", "الاخيرتين", "المنصرمين", "المنصرمتين",
    ]

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
    static let singularUnits: [String: Unit] = [
        "دقيقه": .minute, "ساعه": .hour, "يوم": .day, "يوما": .day, "اسبوع": .week, "اسبوعا": .week,
        "شهر": .month, "شهرا": .month, "عام": .year, "عاما": .year, "سنه": .year, "عقد": .decade, "عقدا": .decade,
        "قرن": .century, "قرنا": .century,
        "الدقيقه": .minute, "الساعه": .hour, "اليوم": .day, "الاسبوع": .week, "الشهر": .month, "العام": .year,
        "السنه": .year, "العقد": .decade, "القرن": .century,
    ]

    /// Plural unit words ("5 أيام", "منذ عقود", "العقود الثلاثة الماضية").
    static let pluralUnits: [String: Unit] = [
        "دقائق": .minute, "ساعات": .hour, "ايام": .day, "اسابيع": .week, "اشهر": .month, "شهور": .month,
        "اعوام": .year, "سنوات": .year, "سنين": .year, "عقود": .decade, "قرون": .century,
        "الدقائق": .minute, "الساعات": .hour, "الايام": .day, "الاسابيع": .week, "الاشهر": .month, "الشهور": .month,
        "الاعوام": .year, "السنوات": .year, "السنين": .year, "العقود": .decade, "القرون": .century,
    ]

    /// Dual unit words: two of the unit ("عامين", "أسبوعين"; with the
    /// article only before "الماضيين"/"الأخيرين").
    static let dualUnits: [String: Unit] = {
        let base: [String: Unit] = [
            "دقيقتين": .minute, "دقيقتان": .minute, "ساعتين": .hour, "ساعتان": .hour, "يومين": .day, "يومان": .day,
            "اسبوعين": .week, "اسبوعان": .week, "شهرين": .month, "شهران": .month, "عامين": .year, "عامان": .year,
            "سنتين": .year, "سنتان": .year, "عقدين": .decade, "عقدان": .decade, "قرنين": .century, "قرنان": .century,
        ]
        var table = base
        for (w, u) in base { table["ال" + w] = u }
        return table
    }()

    /// Ordinal day numbers with the article ("الثاني من أبريل"): units,
    /// "الحادي عشر"… take "عشر", "والعشرين", "والثلاثين" after them.
    static let ordinalDays: [String: Int] = [
        "الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7, "الثامن": 8,
        "التاسع": 9, "العاشر": 10, "الحادي": 1, "العشرين": 20, "الثلاثين": 30,
    ]

    /// Words that mark a future tense or a schedule near a date.
    static let futureMarkers: Set<String> = [
        "سوف", "المقرر", "يعتزم", "تعتزم", "سيتم", "ستتم", "المرتقب", "المرتقبه", "المنتظر", "المزمع", "يرتقب",
    ]

    /// Cardinal number words, both genders, with and without the article.
    static let numberWords: [String: Int] = {
        let base: [(String, Int)] = [
            ("واحد", 1), ("واحده", 1), ("اثنين", 2), ("اثنان", 2), ("اثنتين", 2), ("ثلاث", 3), ("ثلاثه", 3),
            ("اربع", 4), ("اربعه", 4), ("خمس", 5), ("خمسه", 5), ("ست", 6), ("سته", 6), ("سبع", 7), ("سبعه", 7),
            ("ثماني", 8), ("ثمانيه", 8), ("ثمان", 8), ("تسع", 9), ("تسعه", 9), ("عشر", 10), ("عشره", 10),
            ("عشرين", 20), ("عشرون", 20), ("ثلاثين", 30), ("ثلاثون", 30), ("اربعين", 40), ("اربعون", 40),
            ("خمسين", 50), ("خمسون", 50), ("ستين", 60), ("ستون", 60), ("سبعين", 70), ("سبعون", 70),
            ("ثمانين", 80), ("ثمانون", 80), ("تسعين", 90), ("تسعون", 90), ("مئه", 100), ("مائه", 100),
        ]
        var table: [String: Int] = [:]
        for (w, n) in base {
            table[w] = n
            table["ال" + w] = n
        }
        return table
    }()

    /// Words for "several, a few": the count of the duration is unknown.
    static let vagueCounts: Set<String> = ["عده", "بضعه", "بضع", "عشرات", "مئات"]

    /// Words before a number that make it approximate ("نحو 50").
    static let approximators: Set<String> = ["نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل", "يقارب", "يقل", "يزيد"]

    /// Words before a bare four-digit number that make it a year.
    static let yearCues: Set<String> = [
        "في", "منذ", "حتي", "خلال", "قبل", "بعد", "مطلع", "اوائل", "اواخر", "اواسط", "منتصف", "بدايه", "نهايه",
        "مع", "عن", "حرب", "انتخابات", "احداث", "ثوره", "اتفاق", "اتفاقيه", "دستور", "قمه", "موازنه", "ميزانيه",
        "صيف", "خريف", "شتاء", "ربيع", "عامي", "الي",
    ]
    /// "عام 2020", "العام 2020", "سنة 2020".
    static let yearNouns: Set<String> = ["عام", "العام", "سنه", "السنه", "عامي"]

    /// Words before a month name that make a bare month a date ("في سبتمبر").
    static let monthCues: Set<String> = [
        "في", "منذ", "حتي", "خلال", "مطلع", "اوائل", "اواخر", "اواسط", "منتصف", "بدايه", "نهايه", "قبل", "بعد",
        "الي", "مع", "شهر", "شهري", "طوال", "غره",
    ]
    /// Month names that are also common words: they need a day, a year or "شهر".
    static let ambiguousMonths: Set<String> = ["مارس", "اب", "ماي", "نيسان", "تموز", "اوت", "جوان", "ايار"]

    /// Words in front of a span that mark where inside it ("مطلع سبتمبر").
    static let spanModifiers: Set<String> = [
        "مطلع", "اوائل", "اواخر", "اواسط", "منتصف", "بدايه", "نهايه", "اخر", "اول", "اوسط", "اوخر", "مستهل", "غره",
    ]

    /// Marks after a year: Hijri or Gregorian era.
    static let hijriMarks: Set<String> = ["ه", "هـ", "هجري", "هجريه", "للهجره"]
    static let gregorianMarks: Set<String> = ["م", "ميلادي", "ميلاديه", "للميلاد"]

    /// "ت غ", "بتوقيت غرينتش", "GMT": zones after a clock time.
    static let greenwichWords: Set<String> = [
        "غرينتش", "غرينيتش", "جرينتش", "جرينيتش", "غرينيش", "غرينتشن", "gmt", "utc",
    ]

    /// Feminine ordinals naming clock hours ("الساعة السادسة").
    static let hourWords: [String: Int] = [
        "الواحده": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4, "الخامسه": 5, "السادسه": 6, "السابعه": 7,
        "الثامنه": 8, "التاسعه": 9, "العاشره": 10, "الحاديه": 11,
    ]

    /// Decades named by their tens ("التسعينيات" = the 1990s).
    static let decades: [String: Int] = {
        let stems: [(String, Int)] = [
            ("عشريني", 2), ("ثلاثيني", 3), ("اربعيني", 4), ("خمسيني", 5), ("ستيني", 6), ("سبعيني", 7),
            ("ثمانيني", 8), ("تسعيني", 9),
        ]
        var table: [String: Int] = [:]
        for (s, n) in stems {
            let short = String(s.dropLast())  // "تسعين"
            for form in [s + "ات", short + "ات"] {
                table[form] = n
                table["ال" + form] = n
            }
        }
        return table
    }()

    /// References without a fixed point (TIMEX3 PAST_REF, PRESENT_REF, FUTURE_REF).
    static let pointReferences: [String: String] = [
        "حاليا": "PRESENT_REF", "الان": "PRESENT_REF", "مؤخرا": "PAST_REF", "سابقا": "PAST_REF",
        "قريبا": "FUTURE_REF", "لاحقا": "FUTURE_REF", "انذاك": "PAST_REF", "حينها": "PAST_REF",
    ]
    /// Two-word references ("وقت سابق", "الوقت الحالي", "الآونة الأخيرة").
    static let twoWordReferences: [String: String] = [
        "وقت سابق": "PAST_REF", "وقت لاحق": "FUTURE_REF", "الوقت الحالي": "PRESENT_REF",
        "الوقت الراهن": "PRESENT_REF", "الاونه الاخيره": "PAST_REF", "الفتره الاخيره": "PAST_REF",
        "الفتره المقبله": "FUTURE_REF", "المرحله المقبله": "FUTURE_REF", "الايام المقبله": "FUTURE_REF",
        "الاسابيع المقبله": "FUTURE_REF", "الاشهر المقبله": "FUTURE_REF", "المستقبل القريب": "FUTURE_REF",
    ]

    /// Words that turn "كل" + unit into a set: "كل يوم" = every day.
    static let setAdverbs: [String: String] = [
        "يوميا": "P1D", "اسبوعيا": "P1W", "شهريا": "P1M", "سنويا": "P1Y", "عاميا": "P1Y",
    ]

    /// Words that can open a time expression (in some reading without
    /// proclitics): only tokens with one of these, or numbers, are tried.
    static let starters: Set<String> = {
        var set: Set<String> = [
            "وقت", "بعد", "قبل", "منتصف", "ساعات", "الساعات", "هذا", "هذه", "الليله", "يوم", "اول", "امس", "الامس",
            "البارحه", "غدا", "الغد", "غد", "اليوم", "غداه", "عشيه", "الساعه", "ساعه", "ال", "نصف", "ربع", "شهر",
            "شهري", "القرن", "العام", "السنه", "نفس", "ذات", "الاسبوع", "الشهر", "كل", "الماضي", "المستقبل",
        ]
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
        .union(["توقيت", "التوقيت"])

    /// Verbs of speech and report whose subject is the speaker.
    static let attributionVerbs: Set<String> = [
        "قال", "قالت", "يقول", "تقول", "اعلن", "اعلنت", "يعلن", "تعلن", "اكد", "اكدت", "يؤكد", "تؤكد",
        "صرح", "صرحت", "افاد", "افادت", "ذكر", "ذكرت", "اتهم", "اتهمت", "يتهم", "تتهم", "اوضح", "اوضحت",
        "اشار", "اشارت", "نقل", "نقلت", "اضاف", "اضافت", "نفي", "نفت", "اعتبر", "اعتبرت", "ابلغ", "ابلغت",
        "حذر", "حذرت", "كشف", "كشفت", "اعرب", "اعربت", "شدد", "شددت", "دان", "دانت", "ندد", "نددت",
    ]
}
