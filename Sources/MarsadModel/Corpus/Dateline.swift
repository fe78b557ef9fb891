/// Reads a dateline: a short line near the top of an article that gives its
/// date, such as "الأربعاء ١٤ سبتمبر ٢٠٢٢", "نشر في: 14/09/2022 - 10:30"
/// or "14 أيلول 2022".
enum Dateline {
    /// Opener and time words (`Resources/words/boilerplate.tsv`).
    private static let openers: Set<String> = WordLists.boilerplate.set("dateline-opener")
    private static let timeWords: Set<String> = WordLists.boilerplate.set("dateline-time-word")

    /// The date a line states, when the line is a dateline (the date and
    /// its weekday, time and opener words make up nearly all of it).
    static func parse(_ scalars: [Unicode.Scalar], _ range: ScalarRange) -> CalendarDate? {
        guard range.length <= 160 else { return nil }
        // A date starts with a number, and a number with a digit.
        guard scalars[range.start..<range.end].contains(where: { CharClass.of($0) == .digit }) else { return nil }
        let tokens = Tokenizer.tokenize(scalars, range: range.start..<range.end)
        let words = tokens.filter { $0.kind != .punctuation }
        guard !words.isEmpty, words.count <= 12 else { return nil }
        var date: CalendarDate?
        var covered = 0
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .punctuation { i += 1; continue }
            if date == nil, let (d, used) = parseDate(tokens, at: i) {
                date = d
                covered += used.words
                i += used.tokens
                continue
            }
            if CalendarNames.weekdays[t.normalized] != nil || openers.contains(t.normalized)
                || timeWords.contains(t.normalized)
                || (t.kind == .number && t.text.contains(":")) {
                covered += 1
            }
            i += 1
        }
        guard let date, covered * 10 >= words.count * 8 else { return nil }
        return date
    }

    /// A date starting at token `i`: "14 سبتمبر 2022", "٢٦ / يناير / ٢٠٢٤",
    /// "14/09/2022", "2022-09-14". Returns the date with the number of
    /// tokens and words it took.
    static func parseDate(_ tokens: [Token], at i: Int) -> (CalendarDate, (tokens: Int, words: Int))? {
        let t = tokens[i]
        guard t.kind == .number else { return nil }
        let digits = t.normalized
        // Numeric dates inside one token.
        let parts = digits.split(whereSeparator: { $0 == "/" || $0 == "." }).compactMap { Int($0) }
        if parts.count == 3, digits.contains("/") || digits.contains(".") {
            if parts[0] > 31, let d = CalendarDate(year: parts[0], month: parts[1], day: parts[2]) { return (d, (1, 1)) }
            if let d = CalendarDate(year: fullYear(parts[2]), month: parts[1], day: parts[0]) { return (d, (1, 1)) }
        }
        // 2022-09-14 and 14-09-2022 are split by the tokenizer at "-".
        if let a = Int(digits), i + 4 < tokens.count, tokens[i + 1].text == "-", tokens[i + 3].text == "-",
           let b = Int(tokens[i + 2].normalized), let c = Int(tokens[i + 4].normalized) {
            if a > 31, let d = CalendarDate(year: a, month: b, day: c) { return (d, (5, 3)) }
            if c > 31, let d = CalendarDate(year: c, month: b, day: a) { return (d, (5, 3)) }
        }
        // Day, month name, year, with optional slashes between.
        guard let day = Int(digits), (1...31).contains(day) else { return nil }
        var j = i + 1
        if j < tokens.count, tokens[j].text == "/" || tokens[j].text == "-" { j += 1 }
        guard let (month, span) = CalendarNames.month(in: tokens, at: j, table: CalendarNames.gregorianMonths) else {
            return nil
        }
        var k = j + span
        var words = 1 + span
        // "سبتمبر/أيلول": a second name for the same month.
        if k + 1 < tokens.count, tokens[k].text == "/",
           let (m2, span2) = CalendarNames.month(in: tokens, at: k + 1, table: CalendarNames.gregorianMonths), m2 == month {
            k += 1 + span2
            words += span2
        }
        if k < tokens.count, tokens[k].text == "/" || tokens[k].text == "-" || tokens[k].text == "،" || tokens[k].text == "," {
            k += 1
        }
        guard k < tokens.count, tokens[k].kind == .number, let year = Int(tokens[k].normalized),
              (1900...2100).contains(year), let d = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        return (d, (k + 1 - i, words + 1))
    }

    private static func fullYear(_ y: Int) -> Int { y < 100 ? 2000 + y : y }
}
