import Foundation

/// Month and weekday names of Arabic news, from Foundation's Arabic locale
/// data (Egyptian/Gulf, Levantine and Iraqi, Maghrebi month names and the
/// Hijri months) plus the common spelling variants the locales lack.
/// Keys are normalized (`ArabicNormalizer`).
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
        // Spellings the locales do not carry.
        let variants: [(String, Int)] = [
            ("إبريل", 4), ("ابريل", 4), ("أبريل", 4), ("ماي", 5), ("يوليه", 7), ("يونيه", 6),
            ("اغسطس", 8), ("أغسطس", 8), ("اغسطوس", 8), ("سيبتمبر", 9), ("اكتوبر", 10), ("أوكتوبر", 10),
            ("نوفمير", 11), ("دیسمبر", 12), ("فبرایر", 2), ("كانون ثاني", 1), ("تشرين اول", 10),
            ("تشرين ثاني", 11), ("كانون اول", 12),
        ]
        for (name, month) in variants { table[ArabicNormalizer.normalize(name)] = month }
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
        let variants: [(String, Int)] = [
            ("ربيع الثاني", 4), ("جمادى الثانية", 6), ("جمادى الأول", 5), ("جمادى الاولى", 5),
            ("ذي القعدة", 11), ("ذي الحجة", 12), ("محرم الحرام", 1),
        ]
        for (name, month) in variants { table[ArabicNormalizer.normalize(name)] = month }
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
        for variant in ["الإثنين", "اثنين", "إثنين"] { table[ArabicNormalizer.normalize(variant)] = 1 }
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
