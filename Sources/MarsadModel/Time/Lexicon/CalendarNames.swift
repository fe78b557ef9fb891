import Foundation

/// Month and weekday names of Arabic news, from Foundation's Arabic locale
/// data (Egyptian/Gulf, Levantine and Iraqi, Maghrebi month names and the
/// Hijri months) plus the common spelling variants the locales lack.
/// Keys are normalized (`ArabicNormalizer`). The variants are data:
/// `Resources/words/calendar.tsv`.
public enum CalendarNames {
    /// Normalized Gregorian month name → 1...12 ("سبتمبر", "ايلول", "كانون الثاني").
    public static let gregorianMonths: [String: Int] = {
        var table: [String: Int] = [:]
        for id in ["ar", "ar_LB", "ar_IQ", "ar_DZ", "ar_MA", "ar_TN"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: id)
            formatter.calendar = Calendar(identifier: .gregorian)
            for (i, name) in formatter.monthSymbols.enumerated() {
                table[ArabicNormalizer.normalize(name)] = i + 1
            }
        }
        // Spellings the locales do not carry (calendar.tsv).
        for (name, month) in WordLists.calendar.pairs("gregorian-month", normalized: true, { Int($0) }) {
            table[name] = month
        }
        return table
    }()

    /// Normalized Hijri month name → 1...12 ("رمضان", "ذو الحجة").
    public static let hijriMonths: [String: Int] = {
        var table: [String: Int] = [:]
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "ar")
        formatter.calendar = Calendar(identifier: .islamicUmmAlQura)
        for (i, name) in formatter.monthSymbols.enumerated() {
            table[ArabicNormalizer.normalize(name)] = i + 1
        }
        for (name, month) in WordLists.calendar.pairs("hijri-month", normalized: true, { Int($0) }) {
            table[name] = month
        }
        return table
    }()

    /// Normalized weekday name (with and without the article) → ISO
    /// weekday, 1 = Monday … 7 = Sunday.
    public static let weekdays: [String: Int] = {
        var table: [String: Int] = [:]
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "ar")
        formatter.calendar = Calendar(identifier: .gregorian)
        for (i, name) in formatter.weekdaySymbols.enumerated() {  // Sunday first
            let iso = (i + 6) % 7 + 1
            let n = ArabicNormalizer.normalize(name)
            table[n] = iso
            if n.hasPrefix("ال") { table[String(n.dropFirst(2))] = iso }
        }
        for (name, day) in WordLists.calendar.pairs("weekday", normalized: true, { Int($0) }) { table[name] = day }
        return table
    }()

    /// The longest month name in `table` starting at token `index`, as
    /// (month, number of tokens it spans). Clitics on the first word are
    /// allowed ("وسبتمبر", "بأيلول").
    public static func month(in tokens: [Token], at index: Int, table: [String: Int],
                             splitter: CliticSplitter = CliticSplitter()) -> (month: Int, tokenCount: Int)? {
        guard index < tokens.count, tokens[index].kind == .arabicWord else { return nil }
        var firsts = [tokens[index].normalized]
        for a in splitter.analyses(tokens[index].text) where !a.proclitics.isEmpty && a.proclitics.last != "ال" {
            firsts.append(a.stem)
        }
        for first in firsts {
            if index + 1 < tokens.count, tokens[index + 1].kind == .arabicWord,
               tokens[index + 1].range.start - tokens[index].range.end <= 2,
               let m = table[first + " " + tokens[index + 1].normalized] {
                return (m, 2)
            }
            if let m = table[first] { return (m, 1) }
        }
        return nil
    }
}
