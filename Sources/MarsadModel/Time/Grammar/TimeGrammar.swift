/// Recognizes time phrases in the tokens of one paragraph.
///
/// A hand-written grammar, tried at each token in a fixed order (days and
/// parts of days, durations and "… ago", relative weeks/months/years,
/// months, years, sets, vague references); the first that matches wins and
/// the scan resumes after it. Words may carry the proclitics و ف ب ل ك
/// ("ومساء", "لعام"); the expression's span starts after them. Signal words
/// (منذ, خلال, في) stay outside the span, as in TimeML.
struct TimeGrammar {
    struct Match {
        var phrase: TimePhrase
        /// First and one-past-last token.
        var start: Int
        var end: Int
        /// Scalars of proclitics on the first token, outside the span.
        var prefix: Int
    }

    typealias Lex = TimeLexicon
    let tokens: [Token]
    let lexicon: Lexicon
    /// For each token: its normalized form, then readings without
    /// proclitics (never without the article), with the clitics' length.
    private let forms: [[(form: String, prefix: Int)]]

    /// Readings of each word form, shared by the paragraphs of an article.
    final class FormCache {
        var forms: [String: [(form: String, prefix: Int)]] = [:]
    }

    init(tokens: [Token], splitter: CliticSplitter, cache: FormCache = FormCache()) {
        self.tokens = tokens
        self.lexicon = splitter.lexicon
        forms = tokens.map { token in
            // Only words that may carry a proclitic need (and cache) readings.
            guard token.kind == .arabicWord, let first = token.normalized.unicodeScalars.first,
                  "وفبلك".unicodeScalars.contains(first) else { return [(token.normalized, 0)] }
            if let known = cache.forms[token.text] { return known }
            let list = Self.readings(token, splitter: splitter)
            cache.forms[token.text] = list
            return list
        }
    }

    /// The token's normalized form, then its readings without proclitics —
    /// computed only when a reading could be a word the grammar knows (or a
    /// future verb "سيـ"), which keeps the clitic analysis off most words.
    static func readings(_ token: Token, splitter: CliticSplitter) -> [(form: String, prefix: Int)] {
        var list = [(token.normalized, 0)]
        let scalars = Array(token.normalized.unicodeScalars)
        guard token.kind == .arabicWord, let first = scalars.first, "وفبلك".unicodeScalars.contains(first) else { return list }
        var worth = false
        let clitics = "وفبلك".unicodeScalars
        for drop in 1...3 where scalars.count > drop + 1 && clitics.contains(scalars[drop - 1]) {
            var rest = String.UnicodeScalarView()
            rest.append(contentsOf: scalars[drop...])
            let r = String(rest)
            // "للساعة" is ل + the article + ساعة.
            if Lex.vocabulary.contains(r) || scalars[drop - 1] == "ل" && Lex.vocabulary.contains("ال" + r)
                || r.hasPrefix("سي") || r.hasPrefix("ست") || r.hasPrefix("سن") {
                worth = true
                break
            }
        }
        guard worth else { return list }
        let analyses = splitter.analyses(token.text)
        for a in analyses where !a.proclitics.isEmpty && !a.proclitics.contains("ال") {
            list.append((a.stem, a.prefixScalarCount))
        }
        // "لل" is ل + the article: "للهجرة" also reads as "الهجرة".
        for a in analyses where a.proclitics.last == "ال" && a.proclitics.contains("ل") {
            list.append(("ال" + a.stem, a.prefixScalarCount - 1))
        }
        return list
    }

    /// True when a phrase may start at token `i`: a number, or a word one
    /// of whose readings opens some time expression.
    func canStart(_ i: Int) -> Bool {
        tokens[i].kind == .number || forms[i].contains { Lex.starters.contains($0.form) }
    }

    // MARK: - Token helpers

    func norm(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].normalized : "" }
    func isNumber(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .number }
    func text(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].text : "" }

    /// The first reading of token `i` in `set`, with its clitic length.
    func match(_ i: Int, _ set: Set<String>) -> (form: String, prefix: Int)? {
        guard i >= 0, i < tokens.count else { return nil }
        for f in forms[i] where set.contains(f.form) { return f }
        return nil
    }

    func lookup<V>(_ i: Int, _ table: [String: V]) -> (value: V, form: String, prefix: Int)? {
        guard i >= 0, i < tokens.count else { return nil }
        for f in forms[i] { if let v = table[f.form] { return (v, f.form, f.prefix) } }
        return nil
    }

    func isPunct(_ i: Int, _ chars: Set<String>) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punctuation && chars.contains(tokens[i].text)
    }

    /// Scalars between two tokens (to refuse joining across a gap in text).
    func gap(_ a: Int, _ b: Int) -> Int { tokens[b].range.start - tokens[a].range.end }

    /// A plain integer token ("44", "١٤"), no separators.
    func integer(_ i: Int) -> Int? {
        guard isNumber(i) else { return nil }
        let n = norm(i)
        guard n.allSatisfy({ $0.isASCII && $0.isNumber }), n.count <= 6 else { return nil }
        return Int(n)
    }

    // MARK: - Entry

    func parse(at i: Int) -> Match? {
        guard canStart(i) else { return nil }
        if let m = parseDay(i) { return m }
        if let m = parseAgoOrDuration(i) { return m }
        if let m = parseRelativeUnit(i) { return m }
        if let m = parseMonth(i) { return m }
        if let m = parseYear(i) { return m }
        if let m = parseSet(i) { return m }
        if let m = parseReference(i) { return m }
        return nil
    }

    // MARK: - Days, parts of days, clock times

    func parseDay(_ i: Int) -> Match? {
        var p = DayPhrase()
        var j: Int
        var prefix = 0
        if let m = match(i, ["وقت"]), Lex.afterWaqt.contains(norm(i + 1)) {
            // "في وقت سابق اليوم": earlier today is today.
            guard let core = parseDayCore(i + 2, &p) else { return nil }
            j = core.end
            prefix = m.prefix
        } else if let lead = partOfDayLead(i) {
            var q = p
            q.partOfDay = lead.pod
            q.relativeDay = lead.today ? 0 : nil
            if lead.today {
                p = q
                j = lead.end
            } else if let core = parseDayCore(lead.end, &q) {
                p = q
                j = core.end
            } else if !lead.needsDay {
                p = q
                j = lead.end
            } else {
                return nil
            }
            prefix = lead.prefix
        } else if let core = parseDayCore(i, &p) {
            j = core.end
            prefix = core.prefix
        } else if let clock = parseClock(i, &p) {
            if p.weekday != nil && p.date == nil && p.relativeDay == nil { p.future = isFutureContext(around: i) }
            return Match(phrase: .day(p), start: i, end: clock.end, prefix: clock.prefix)
        } else if let m = match(i, Lex.eventRelativeDays) {
            p.eventRelative = true
            return Match(phrase: .day(p), start: i, end: i + 1, prefix: m.prefix)
        } else {
            return nil
        }
        // A part of the day or a clock time after the day: "الثلاثاء مساء".
        if p.partOfDay == nil, j < tokens.count, let pod = Lex.partOfDayAdverbs[norm(j)], !norm(j).hasPrefix("ال") {
            p.partOfDay = pod
            j += 1
        } else if p.partOfDay == nil, let pod = Lex.noonPrepositions[norm(j)], Lex.noon.contains(norm(j + 1)) {
            p.partOfDay = pod
            j += 2
        }
        if p.hour == nil, let clock = parseClock(j, &p) { j = clock.end }
        if p.weekday != nil && p.date == nil && p.relativeDay == nil { p.future = isFutureContext(around: i) }
        return Match(phrase: .day(p), start: i, end: j, prefix: prefix)
    }

    /// A part of the day that opens a phrase: "مساء" (then maybe a day),
    /// "بعد الظهر", "ساعات المساء", "الليلة", "صباحا".
    private func partOfDayLead(_ i: Int) -> (pod: Lex.PartOfDay, end: Int, prefix: Int, needsDay: Bool, today: Bool)? {
        if let (pod, _, pre) = lookup(i, Lex.noonPrepositions) {
            if Lex.noon.contains(norm(i + 1)) { return (pod, i + 2, pre, false, false) }
            if Lex.noonNouns.contains(norm(i + 1)) { return (pod, i + 2, pre, true, false) }
        }
        if let m = match(i, ["منتصف"]) {
            if norm(i + 1) == "الليل" { return (.night, i + 2, m.prefix, false, false) }
            if norm(i + 1) == "ليل" || norm(i + 1) == "ليله" { return (.night, i + 2, m.prefix, true, false) }
        }
        if let m = match(i, Lex.hoursOf), norm(i + 1).hasPrefix("ال"), let pod = Lex.partOfDayAdverbs[norm(i + 1)] {
            var end = i + 2
            if Lex.hoursQualifiers.contains(norm(end)) { end += 1 }
            return (pod, end, m.prefix, false, false)
        }
        if let m = match(i, Lex.demonstratives) {
            let pod: Lex.PartOfDay? = norm(i + 1) == "الليله" ? .night : Lex.partOfDayAdverbs[norm(i + 1)]
            if let pod, norm(i + 1).hasPrefix("ال") { return (pod, i + 2, m.prefix, false, true) }
        }
        if let m = match(i, ["الليله"]) {
            // "الليلة" is tonight; "الليلة الماضية" last night (a relative day).
            if Lex.recentWords.contains(norm(i + 1)) { return nil }
            return (.night, i + 1, m.prefix, false, true)
        }
        if let (pod, form, pre) = lookup(i, Lex.partOfDayNouns) {
            return (pod, i + 1, pre, form != "مساء", false)
        }
        if let (pod, form, pre) = lookup(i, Lex.partOfDayAdverbs) {
            if form.hasPrefix("ال") {
                // "في المساء", "حتى الصباح": not "صحيفة الصباح".
                let cue = Lex.partOfDayCues.contains(norm(i - 1))
                return cue || pre > 0 ? (pod, i + 1, pre, false, false) : nil
            }
            return (pod, i + 1, pre, false, false)
        }
        return nil
    }

    /// A day: [يوم] [relative day] [weekday [modifier]] [،] [date [modifier]].
    private func parseDayCore(_ i: Int, _ p: inout DayPhrase) -> (end: Int, prefix: Int)? {
        var k = i
        var prefix: Int?
        var afterYawm = false
        if let m = match(k, ["يوم"]), relativeDay(k + 1, afterYawm: true) != nil || weekdayAt(k + 1, afterYawm: true) != nil
            || explicitDate(k + 1) != nil {
            prefix = m.prefix
            afterYawm = true
            k += 1
        }
        var found = false
        if let r = relativeDay(k, afterYawm: afterYawm || p.partOfDay != nil) {
            p.relativeDay = r.offset
            prefix = prefix ?? r.prefix
            k = r.end
            found = true
            // "الليلة الماضية" is last night.
            if r.night { p.partOfDay = .night }
        }
        if let (m, w) = weekdayAt(k, afterYawm: afterYawm) {
            p.weekday = w
            prefix = prefix ?? m
            k += 1
            found = true
            // "ليل الأحد الاثنين", "ليل الأحد - الاثنين": one night across two days.
            if p.partOfDay == .night {
                var n = k
                if isPunct(n, ["-", "/"]) || norm(n) == "الي" { n += 1 }
                if weekdayAt(n, afterYawm: false) != nil { k = n + 1 }
            }
            if let dir = Lex.directions[norm(k)] {
                p.weekdayDirection = dir
                k += 1
            }
        }
        var d = k
        if found, isPunct(d, ["،", ","]) { d += 1 }
        if let date = explicitDate(d) {
            p.date = date.date
            prefix = prefix ?? date.prefix
            k = date.end
            found = true
            if let dir = Lex.directions[norm(k)], dir != .next || date.date.year == nil {
                p.dateDirection = dir
                k += 1
            }
        }
        guard found, let prefix else { return nil }
        return (k, prefix)
    }

    /// "اليوم", "أمس", "أول من أمس", "غدا", "بعد غد", "الليلة الماضية".
    private func relativeDay(_ k: Int, afterYawm: Bool) -> (offset: Int, end: Int, prefix: Int, night: Bool)? {
        if let m = match(k, ["اول"]) {
            if norm(k + 1) == "من", ["امس", "الامس"].contains(norm(k + 2)) { return (-2, k + 3, m.prefix, false) }
            if norm(k + 1) == "امس" { return (-2, k + 2, m.prefix, false) }
        }
        if let m = match(k, ["قبل"]), norm(k + 1) == "امس", norm(k - 1) != "من" { return (-2, k + 2, m.prefix, false) }
        if let m = match(k, ["بعد"]), ["غد", "الغد"].contains(norm(k + 1)) { return (2, k + 2, m.prefix, false) }
        if let m = match(k, Lex.yesterdayWords) {
            if norm(k + 1) == "الاول" { return (-2, k + 2, m.prefix, false) }
            return (-1, k + 1, m.prefix, false)
        }
        if let m = match(k, Lex.tomorrowWords) { return (1, k + 1, m.prefix, false) }
        if afterYawm, let m = match(k, ["غد"]) { return (1, k + 1, m.prefix, false) }
        if let m = match(k, ["الليله"]), Lex.recentWords.contains(norm(k + 1)) { return (-1, k + 2, m.prefix, true) }
        if let m = match(k, Lex.todayWords), isToday(k) { return (0, k + 1, m.prefix, false) }
        return nil
    }

    /// "اليوم" is today unless an ordinal or "نفسه" follows ("اليوم الخامس",
    /// "اليوم التالي") or it ends a quoted name («روسيا اليوم»).
    private func isToday(_ k: Int) -> Bool {
        // "اليوم الـ5" is the fifth day; "اليوم الخميس 1 أكتوبر" is today.
        if Lex.notTodayAfterYawm.contains(norm(k + 1)) { return false }
        if norm(k + 1) == "ال" && isNumber(k + 2) { return false }
        if Lex.notTodayBeforeYawm.contains(norm(k - 1)) { return false }
        let closers: Set<String> = ["»", "”", "\"", "'", "’"]
        let openers: Set<String> = ["«", "“", "\"", "'", "‘"]
        if isPunct(k + 1, closers) {
            for back in 1...3 where isPunct(k - back, openers) { return false }
        }
        return true
    }

    /// A weekday: with the article, or bare after "يوم"/"كل" ("يوم ثلاثاء").
    private func weekdayAt(_ k: Int, afterYawm: Bool) -> (prefix: Int, weekday: Int)? {
        guard k >= 0, k < tokens.count else { return nil }
        for f in forms[k] {
            guard let w = CalendarNames.weekdays[f.form] else { continue }
            if !f.form.hasPrefix("ال") && !afterYawm { continue }
            // "بين الاثنين" is "between the two".
            if w == 1 && Lex.twoNotMonday.contains(norm(k - 1)) { continue }
            return (f.prefix, w)
        }
        return nil
    }

    /// A month day: "12 سبتمبر/أيلول 2022", "١٤ سبتمبر ٢٠٢٢", "الـ12 من
    /// سبتمبر", "الثاني من أبريل", "26 / يناير / 2024", "14/09/2022",
    /// "2022-09-14", "5 رمضان 1444 هـ" (converted to the Gregorian day).
    func explicitDate(_ i: Int) -> (date: PhraseDate, end: Int, prefix: Int)? {
        var k = i
        if norm(k) == "ال", isNumber(k + 1) { k += 1 }
        if let ordinal = ordinalDay(k) {
            // "الثاني من أبريل", "الحادي والعشرين من سبتمبر"
            guard norm(ordinal.end) == "من", let tail = dateTail(day: ordinal.day, monthAt: ordinal.end + 1) else { return nil }
            return (tail.date, tail.end, ordinal.prefix)
        }
        guard isNumber(k) else { return nil }
        let digits = norm(k)
        // Numeric dates in one token: 14/09/2022, 14.09.2022, 2022/09/14.
        if digits.contains("/") || digits.contains(".") {
            let parts = digits.split(whereSeparator: { $0 == "/" || $0 == "." }).map(String.init)
            if parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) {
                if parts[0].count == 4, CalendarDate(year: a, month: b, day: c) != nil {
                    return (PhraseDate(year: a, month: b, day: c), k + 1, 0)
                }
                if parts[2].count == 4, CalendarDate(year: c, month: b, day: a) != nil {
                    return (PhraseDate(year: c, month: b, day: a), k + 1, 0)
                }
            }
            return nil
        }
        // 2022-09-14 and 14-09-2022 come as five tokens.
        if let a = integer(k), isPunct(k + 1, ["-"]), let b = integer(k + 2), isPunct(k + 3, ["-"]), let c = integer(k + 4),
           gap(k, k + 4) <= 4 {
            if norm(k).count == 4, CalendarDate(year: a, month: b, day: c) != nil {
                return (PhraseDate(year: a, month: b, day: c), k + 5, 0)
            }
            if norm(k + 4).count == 4, CalendarDate(year: c, month: b, day: a) != nil {
                return (PhraseDate(year: c, month: b, day: a), k + 5, 0)
            }
        }
        guard let day = integer(k), (1...31).contains(day), norm(k).count <= 2 else { return nil }
        var m = k + 1
        if isPunct(m, ["/", "-"]) || norm(m) == "من" { m += 1 }
        guard let tail = dateTail(day: day, monthAt: m) else { return nil }
        return (tail.date, tail.end, 0)
    }

    /// The month name (and year) after a day: "سبتمبر/أيلول 2022".
    private func dateTail(day: Int, monthAt m: Int) -> (date: PhraseDate, end: Int)? {
        guard let month = monthName(m) else { return nil }
        let e = endOfMonthName(month)
        var date = PhraseDate(year: nil, month: month.month, day: day, hijri: month.hijri)
        if let (year, era, end) = yearAfter(e) {
            let hijri = era == .hijri || (month.hijri && era != .gregorian && year < 1600)
            if hijri {
                guard month.hijri, let g = HijriCalendar.gregorian(year: year, month: month.month, day: day) else { return nil }
                return (PhraseDate(year: g.year, month: g.month, day: g.day), end)
            }
            if !month.hijri, (1000...2200).contains(year), CalendarDate(year: year, month: month.month, day: day) != nil {
                date.year = year
                return (date, end)
            }
        }
        guard month.hijri || CalendarDate(year: 2000, month: month.month, day: day) != nil else { return nil }
        return (date, e)
    }

    /// Where a month name ends, the same month named again in the other
    /// system included: "سبتمبر/أيلول", "أيلول (سبتمبر)".
    private func endOfMonthName(_ month: (month: Int, end: Int, prefix: Int, hijri: Bool, form: String)) -> Int {
        let e = month.end
        if isPunct(e, ["/"]), let alt = monthName(e + 1), alt.month == month.month, alt.hijri == month.hijri {
            return alt.end
        }
        if isPunct(e, ["("]), let alt = monthName(e + 1), alt.month == month.month, isPunct(alt.end, [")"]) {
            return alt.end + 1
        }
        return e
    }

    /// A four-digit year at token `e` (after "/", "-" or a comma), with
    /// its era mark if one follows ("2022", "، 1444 هـ"); `end` is past both.
    private func yearAfter(_ e: Int) -> (year: Int, era: Era?, end: Int)? {
        var y = e
        if isPunct(y, ["/", "-", "،", ","]) { y += 1 }
        guard let year = integer(y), norm(y).count == 4 else { return nil }
        let era = eraMark(y + 1)
        return (year, era, era == nil ? y + 1 : y + 2)
    }

    /// An ordinal day: "الثاني", "الحادي عشر", "الخامس والعشرين", "الثلاثين".
    private func ordinalDay(_ k: Int) -> (day: Int, end: Int, prefix: Int)? {
        guard let (n, form, prefix) = lookup(k, Lex.ordinalDays), form.hasPrefix("ال") else { return nil }
        if n >= 20 { return (n, k + 1, prefix) }
        switch norm(k + 1) {
        case "عشر": return n == 10 ? nil : (n + 10, k + 2, prefix)
        case "والعشرين": return n == 10 ? nil : (n + 20, k + 2, prefix)
        case "والثلاثين": return n == 1 ? (31, k + 2, prefix) : nil
        default: return form == "الحادي" ? nil : (n, k + 1, prefix)
        }
    }

    /// A month name at `k` (one or two words, Gregorian first), with
    /// proclitics allowed on its first word.
    func monthName(_ k: Int) -> (month: Int, end: Int, prefix: Int, hijri: Bool, form: String)? {
        guard k >= 0, k < tokens.count, tokens[k].kind == .arabicWord else { return nil }
        for (table, hijri) in [(CalendarNames.gregorianMonths, false), (CalendarNames.hijriMonths, true)] {
            for f in forms[k] {
                if k + 1 < tokens.count, tokens[k + 1].kind == .arabicWord, gap(k, k + 1) <= 2,
                   let m = table[f.form + " " + norm(k + 1)] {
                    return (m, k + 2, f.prefix, hijri, f.form)
                }
                if let m = table[f.form] { return (m, k + 1, f.prefix, hijri, f.form) }
            }
        }
        return nil
    }

    enum Era { case hijri, gregorian }

    func eraMark(_ k: Int) -> Era? {
        let n = norm(k)
        if Lex.hijriMarks.contains(n) { return .hijri }
        if Lex.gregorianMarks.contains(n) { return .gregorian }
        return nil
    }

    /// "الساعة 06,00 ت غ", "الساعة السادسة صباحا", "الساعة 3 بعد الظهر
    /// بتوقيت موسكو", "الساعة العاشرة من صباح اليوم", "18:30 بتوقيت غرينتش".
    private func parseClock(_ i: Int, _ p: inout DayPhrase) -> (end: Int, prefix: Int)? {
        var k = i
        var prefix = 0
        var hour: Int
        var minute = 0
        if let m = match(i, Lex.hourNouns) {
            prefix = m.prefix
            k = i + 1
            if isNumber(k) {
                let parts = norm(k).split(whereSeparator: { $0 == ":" || $0 == "," || $0 == "." }).compactMap { Int($0) }
                guard (1...2).contains(parts.count), parts[0] <= 24 else { return nil }
                hour = parts[0]
                if parts.count == 2 {
                    guard parts[1] < 60 else { return nil }
                    minute = parts[1]
                }
                k += 1
            } else if let h = Lex.hourWords[norm(k)] {
                hour = h
                k += 1
                if norm(k) == "عشره" || norm(k) == "عشر" { hour += 10; k += 1 }
                if ["والنصف", "النصف"].contains(norm(k)) || norm(k) == "و" && norm(k + 1) == "النصف" {
                    minute = 30
                    k += norm(k) == "و" ? 2 : 1
                } else if ["والربع", "الربع"].contains(norm(k)) || norm(k) == "و" && norm(k + 1) == "الربع" {
                    minute = 15
                    k += norm(k) == "و" ? 2 : 1
                } else if norm(k) == "الا" && ["ربعا", "ربع"].contains(norm(k + 1)) {
                    hour -= 1
                    minute = 45
                    k += 2
                }
            } else {
                return nil
            }
        } else if isNumber(i), norm(i).contains(":") {
            // A bare "18:30" is a time only with a part of day or a zone after it.
            let parts = norm(i).split(separator: ":").compactMap { Int($0) }
            guard parts.count == 2, parts[0] <= 24, parts[1] < 60 else { return nil }
            hour = parts[0]
            minute = parts[1]
            k = i + 1
            let n = norm(k)
            guard Lex.partOfDayAdverbs[n] != nil || n == "ت" || n.hasSuffix("توقيت") || Lex.greenwichWords.contains(n)
            else { return nil }
        } else {
            return nil
        }
        // A part of the day after the time.
        var pod: Lex.PartOfDay?
        if let found = Lex.partOfDayAdverbs[norm(k)], !norm(k).hasPrefix("ال") {
            pod = found
            k += 1
        } else if let found = Lex.noonPrepositions[norm(k)], Lex.noon.contains(norm(k + 1)) {
            pod = found
            k += 2
        } else if norm(k) == "من", let lead = partOfDayLead(k + 1) {
            // "الساعة العاشرة من صباح اليوم"
            var q = p
            q.partOfDay = lead.pod
            if lead.today {
                q.relativeDay = 0
                pod = lead.pod
                p = q
                k = lead.end
            } else if let core = parseDayCore(lead.end, &q) {
                pod = lead.pod
                p = q
                k = core.end
            } else if !lead.needsDay {
                pod = lead.pod
                k = lead.end
            }
        }
        if let pod {
            p.partOfDay = pod
            switch pod {
            case .afternoon, .evening: if hour < 12 { hour += 12 }
            case .night: if hour >= 6 && hour < 12 { hour += 12 }
            case .midday: if hour < 6 { hour += 12 }
            case .morning: if hour == 12 { hour = 0 }
            }
        }
        // The zone.
        if norm(k) == "ت", norm(k + 1) == "غ" || isPunct(k + 1, ["."]) && norm(k + 2) == "غ" {
            p.zone = "GMT"
            k += norm(k + 1) == "غ" ? 2 : 3
            if isPunct(k, ["."]) && gap(k - 1, k) == 0 { k += 1 }
        } else if Lex.greenwichWords.contains(norm(k)) {
            p.zone = "GMT"
            k += 1
        } else if match(k, Lex.zoneLeads) != nil {
            let zoneWord = norm(k + 1)
            if Lex.greenwichWords.contains(zoneWord) {
                p.zone = "GMT"
                k += 2
            } else if zoneWord == "المحلي" {
                p.zone = "local"
                k += 2
            } else if tokens.indices.contains(k + 1), tokens[k + 1].kind == .arabicWord {
                p.zone = text(k + 1)
                k += 2
            }
        }
        guard hour <= 24 else { return nil }
        p.hour = hour
        p.minute = minute
        return (k, prefix)
    }

    /// A future tense near a weekday: "سيجتمع الخميس", "من المقرر … الأحد".
    func isFutureContext(around i: Int) -> Bool {
        for k in max(0, i - 6)..<min(tokens.count, i + 3) where k != i {
            if isPunct(k, [".", "؟", "!"]) && k < i { continue }
            for f in forms[k] {
                let w = f.form
                if Lex.futureMarkers.contains(w) { return true }
                let s = Array(w.unicodeScalars)
                if s.count >= 5, s[0] == "س", ["ي", "ت", "ن"].contains(String(s[1])) {
                    var rest = String.UnicodeScalarView()
                    rest.append(contentsOf: s[1...])
                    if lexicon.count(String(rest)) > lexicon.count(w) { return true }
                }
            }
        }
        return false
    }

    // MARK: - Durations and "… ago"

    func parseAgoOrDuration(_ i: Int) -> Match? {
        if let m = match(i, ["قبل"]), norm(i - 1) != "من", let d = durationCore(i + 1) {
            if norm(d.end) == "من" || norm(d.end) == "علي" {
                // "قبل عامين من الحرب": two years before an event.
                return Match(phrase: .duration(d.unit.duration(d.count)), start: i + 1, end: d.end, prefix: d.prefix)
            }
            if let count = d.count {
                return Match(phrase: .ago(d.unit, count: count), start: i, end: d.end, prefix: m.prefix)
            }
            return Match(phrase: .reference("PAST_REF"), start: i, end: d.end, prefix: m.prefix)
        }
        if let d = durationCore(i) {
            return Match(phrase: .duration(d.unit.duration(d.count)), start: i, end: d.end, prefix: d.prefix)
        }
        return nil
    }

    /// "44 يوماً", "5 أيام", "عامين", "ثلاثة أشهر", "عدة أيام", "منذ عقود"
    /// (the unit alone after a signal), "العقود الثلاثة الماضية",
    /// "الـ24 ساعة الماضية", "لمدة عام", "نصف ساعة".
    func durationCore(_ i: Int) -> (unit: Lex.Unit, count: Int?, end: Int, prefix: Int)? {
        var k = i
        var hasArticle = false
        if norm(k) == "ال", isNumber(k + 1) {
            hasArticle = true
            k += 1
        }
        if let n = integer(k), n > 0, n < 100_000, norm(k).count <= 5,
           let unit = Lex.singularUnits[norm(k + 1)] ?? Lex.pluralUnits[norm(k + 1)], !norm(k + 1).hasPrefix("ال") {
            var end = k + 2
            if Lex.recentWords.contains(norm(end)) { end += 1 }
            if hasArticle && end == k + 2 { return nil }
            return (unit, n, end, 0)
        }
        if hasArticle { return nil }
        if let (unit, form, pre) = lookup(i, Lex.dualUnits) {
            // "الأسبوعين الماضيين"; a bare "اليومين" is no duration.
            if form.hasPrefix("ال") {
                return Lex.recentWords.contains(norm(i + 1)) ? (unit, 2, i + 2, pre) : nil
            }
            return (unit, 2, i + 1, pre)
        }
        if let (n, form, pre) = lookup(i, Lex.numberWords), !form.hasPrefix("ال"), n >= 3,
           let unit = Lex.pluralUnits[norm(i + 1)] ?? Lex.singularUnits[norm(i + 1)], !norm(i + 1).hasPrefix("ال") {
            var end = i + 2
            if Lex.recentWords.contains(norm(end)) { end += 1 }
            return (unit, n, end, pre)
        }
        if let (unit, form, pre) = lookup(i, Lex.pluralUnits) {
            if form.hasPrefix("ال") {
                // "العقود الثلاثة الماضية", "الأيام الأخيرة".
                if let n = Lex.numberWords[norm(i + 1)], norm(i + 1).hasPrefix("ال"), Lex.recentWords.contains(norm(i + 2)) {
                    return (unit, n, i + 3, pre)
                }
                if Lex.recentWords.contains(norm(i + 1)) { return (unit, nil, i + 2, pre) }
                return nil
            }
            // The unit alone: "منذ عقود", "لسنوات", "بعد ساعات".
            let signal = Lex.durationSignals.contains(norm(i - 1))
            let withLam = pre > 0 && (norm(i).hasPrefix("ل") || norm(i).hasPrefix("ول") || norm(i).hasPrefix("فل"))
            if signal || withLam {
                return (unit, nil, i + 1, pre)
            }
            return nil
        }
        if let m = match(i, Lex.vagueCounts), let unit = Lex.pluralUnits[norm(i + 1)] {
            return (unit, nil, i + 2, m.prefix)
        }
        if let m = match(i, ["نصف", "ربع"]) {
            let half = m.form == "نصف"
            switch norm(i + 1) {
            case "ساعه": return (.minute, half ? 30 : 15, i + 2, m.prefix)
            case "قرن": return (.year, half ? 50 : 25, i + 2, m.prefix)
            default: break
            }
        }
        // "لمدة عام", "طوال شهر": one unit.
        if Lex.oneUnitSignals.contains(norm(i - 1)), !norm(i).hasPrefix("ال"),
           let unit = Lex.singularUnits[norm(i)] {
            var end = i + 1
            if Lex.oneUnitQualifiers.contains(norm(end)) { end += 1 }
            return (unit, 1, end, 0)
        }
        return nil
    }

    // MARK: - Relative weeks, months, years

    func parseRelativeUnit(_ i: Int) -> Match? {
        if let m = match(i, Lex.spanModifiers) {
            if let core = relativeUnitCore(i + 1) {
                return Match(phrase: .relativeUnit(core.unit, offset: core.offset), start: i, end: core.end, prefix: m.prefix)
            }
            // "مطلع العام", "نهاية الشهر": the current one ("نهاية العام 2020" is a year).
            if let unit = Lex.currentUnits[norm(i + 1)], !isNumber(i + 2), sameYear(i + 1) == nil, monthName(i + 2) == nil {
                return Match(phrase: .relativeUnit(unit, offset: 0), start: i, end: i + 2, prefix: m.prefix)
            }
        }
        guard let core = relativeUnitCore(i) else { return nil }
        return Match(phrase: .relativeUnit(core.unit, offset: core.offset), start: i, end: core.end, prefix: core.prefix)
    }

    private func relativeUnitCore(_ k: Int) -> (unit: Lex.Unit, offset: Int, end: Int, prefix: Int)? {
        if let m = match(k, Lex.demonstratives), let unit = Lex.currentUnits[norm(k + 1)] {
            return (unit, 0, k + 2, m.prefix)
        }
        if let (unit, _, pre) = lookup(k, Lex.currentUnits), let dir = Lex.directions[norm(k + 1)] {
            let offset: Int
            switch dir {
            case .past: offset = -1
            case .next: offset = 1
            case .current: offset = 0
            }
            return (unit, offset, k + 2, pre)
        }
        return nil
    }

    // MARK: - Months

    func parseMonth(_ i: Int) -> Match? {
        var k = i
        var prefix: Int?
        var cued = false
        var namedMonth = false
        if let m = match(k, Lex.spanModifiers), monthName(k + 1) != nil || Lex.monthNounsAfterModifier.contains(norm(k + 1)) {
            prefix = m.prefix
            cued = true
            k += 1
        }
        if let m = match(k, Lex.monthNouns), monthName(k + 1) != nil {
            prefix = prefix ?? m.prefix
            namedMonth = true
            k += 1
        }
        guard let month = monthName(k) else { return nil }
        prefix = prefix ?? month.prefix
        var e = endOfMonthName(month)
        var phrase = MonthPhrase(year: nil, month: month.month, hijri: month.hijri)
        phrase.future = isFutureContext(around: k)
        // "أكتوبر من العام نفسه", "في مارس من نفس العام".
        if let same = sameYear(norm(e) == "من" ? e + 1 : e) {
            phrase.sameYear = true
            return Match(phrase: .month(phrase), start: i, end: same, prefix: prefix!)
        }
        if let (year, era, end) = yearAfter(e) {
            if month.hijri && era != .gregorian && year < 1600 || era == .hijri && month.hijri {
                phrase.year = year
                return Match(phrase: .month(phrase), start: i, end: end, prefix: prefix!)
            }
            if !month.hijri && (1000...2200).contains(year) {
                phrase.year = year
                return Match(phrase: .month(phrase), start: i, end: end, prefix: prefix!)
            }
        }
        // Without a year the month name needs support: "شهر"/a modifier, a
        // signal word before it, or "الماضي"/"المقبل" after it.
        if let dir = Lex.directions[norm(e)] {
            phrase.direction = dir
            e += 1
            if month.hijri && !namedMonth { return nil }
            return Match(phrase: .month(phrase), start: i, end: e, prefix: prefix!)
        }
        if namedMonth || cued && !month.hijri {
            return Match(phrase: .month(phrase), start: i, end: e, prefix: prefix!)
        }
        // "بأيلول": the preposition is a clitic.
        let withBa = month.prefix > 0 && (norm(k).hasPrefix("ب") || norm(k).hasPrefix("وب") || norm(k).hasPrefix("فب"))
        let signal = Lex.monthCues.contains(norm(i - 1)) || withBa
        if signal, !month.hijri, !Lex.ambiguousMonths.contains(month.form) {
            return Match(phrase: .month(phrase), start: i, end: e, prefix: prefix!)
        }
        return nil
    }

    // MARK: - Years, decades, centuries

    /// "العام نفسه", "العام ذاته", "نفس العام", "السنة نفسها": the end index.
    func sameYear(_ k: Int) -> Int? {
        if Lex.sameYearNouns.contains(norm(k)), Lex.sameAfter.contains(norm(k + 1)) { return k + 2 }
        if Lex.sameBefore.contains(norm(k)), Lex.sameYearNouns.contains(norm(k + 1)) { return k + 2 }
        return nil
    }

    func parseYear(_ i: Int) -> Match? {
        // "أواخر 2014", "مطلع عام 2020": the modifier is part of the span.
        if let m = match(i, Lex.spanModifiers), let inner = parseYearCore(i + 1), inner.start == i + 1 {
            return Match(phrase: inner.phrase, start: i, end: inner.end, prefix: m.prefix)
        }
        return parseYearCore(i)
    }

    private func parseYearCore(_ i: Int) -> Match? {
        if let end = sameYear(i) { return Match(phrase: .sameYear, start: i, end: end, prefix: 0) }
        if let m = match(i, Lex.yearNouns), let n = integer(i + 1), norm(i + 1).count == 4 {
            var end = i + 2
            let era = eraMark(end)
            if era != nil { end += 1 }
            if era == .hijri { return Match(phrase: .hijriYear(n), start: i, end: end, prefix: m.prefix) }
            guard (1000...2200).contains(n) else { return nil }
            return Match(phrase: .year(n), start: i, end: end, prefix: m.prefix)
        }
        if let (tens, _, pre) = lookup(i, Lex.decades) {
            var century = 19
            var end = i + 1
            if norm(end) == "من" { end += 1 }
            if norm(end) == "القرن" {
                switch norm(end + 1) {
                case "الماضي", "العشرين": century = 19; end += 2
                case "الحالي", "الجاري": century = 20; end += 2
                case "الحادي": century = 20; end += norm(end + 2) == "والعشرين" ? 3 : 2
                default: end = i + 1
                }
            } else {
                end = i + 1
            }
            return Match(phrase: .decade(century * 10 + tens), start: i, end: end, prefix: pre)
        }
        if let m = match(i, ["القرن"]) {
            switch norm(i + 1) {
            case "العشرين": return Match(phrase: .century(19), start: i, end: i + 2, prefix: m.prefix)
            case "التاسع" where norm(i + 2) == "عشر": return Match(phrase: .century(18), start: i, end: i + 3, prefix: m.prefix)
            case "الحادي" where norm(i + 2) == "والعشرين":
                return Match(phrase: .century(20), start: i, end: i + 3, prefix: m.prefix)
            default: break
            }
        }
        // A bare year: "في 2020", "حرب 2020", "2020-2022", with an era mark, …
        guard let n = integer(i), norm(i).count == 4 else { return nil }
        let era = eraMark(i + 1)
        if era == .hijri { return Match(phrase: .hijriYear(n), start: i, end: i + 2, prefix: 0) }
        guard (1900...2100).contains(n) else { return nil }
        if era == .gregorian { return Match(phrase: .year(n), start: i, end: i + 2, prefix: 0) }
        if match(i - 1, Lex.approximators) != nil { return nil }
        if norm(i - 1) == "من" && match(i - 2, Lex.approximators) != nil { return nil }
        let previousIsYear = (isPunct(i - 1, ["-", "/"]) || norm(i - 1) == "و") && integer(i - 2).map { (1900...2100).contains($0) } == true
        let cue = match(i - 1, Lex.yearCues) != nil || previousIsYear
        let endsClause = i + 1 >= tokens.count || tokens[i + 1].kind == .punctuation && !isPunct(i + 1, ["%"])
        guard cue || endsClause && !isPunct(i - 1, [":", "(", "/"]) else { return nil }
        return Match(phrase: .year(n), start: i, end: i + 1, prefix: 0)
    }

    // MARK: - Sets and references

    func parseSet(_ i: Int) -> Match? {
        if let m = match(i, ["كل"]) {
            if norm(i + 1) == "يوم", let (_, weekday) = weekdayAt(i + 2, afterYawm: true) {
                return Match(phrase: .weekdaySet(weekday), start: i, end: i + 3, prefix: m.prefix)
            }
            if let unit = Lex.singularUnits[norm(i + 1)], !norm(i + 1).hasPrefix("ال") {
                return Match(phrase: .set(unit.duration(1)), start: i, end: i + 2, prefix: m.prefix)
            }
            if let unit = Lex.dualUnits[norm(i + 1)] {
                return Match(phrase: .set(unit.duration(2)), start: i, end: i + 2, prefix: m.prefix)
            }
            if let (_, weekday) = weekdayAt(i + 1, afterYawm: true) {
                return Match(phrase: .weekdaySet(weekday), start: i, end: i + 2, prefix: m.prefix)
            }
        }
        if let (value, _, pre) = lookup(i, Lex.setAdverbs) {
            return Match(phrase: .set(value), start: i, end: i + 1, prefix: pre)
        }
        return nil
    }

    func parseReference(_ i: Int) -> Match? {
        if let (value, _, pre) = lookup(i, Lex.pointReferences) {
            return Match(phrase: .reference(value), start: i, end: i + 1, prefix: pre)
        }
        if i + 1 < tokens.count {
            for f in forms[i] {
                if let value = Lex.twoWordReferences[f.form + " " + norm(i + 1)] {
                    return Match(phrase: .reference(value), start: i, end: i + 2, prefix: f.prefix)
                }
            }
        }
        if norm(i - 1) == "في", let value = Lex.referencesAfterFi[norm(i)] {
            return Match(phrase: .reference(value), start: i, end: i + 1, prefix: 0)
        }
        return nil
    }
}
