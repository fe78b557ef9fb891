import Foundation

extension ActorCatalog {
    /// Countries and world regions from the platform's locale data: ids are
    /// region codes ("AZ", "150"), names come from Foundation's English and
    /// Arabic locales, and each one-word country name gets its nisba
    /// (روسيا → روسي، أذربيجان → أذربيجاني، العراق → عراقي).
    static func regions() -> ActorCatalog {
        let arabic = Locale(identifier: "ar")
        let english = Locale(identifier: "en")
        var actors: [Actor] = []
        let codes = Locale.Region.isoRegions.map(\.identifier).sorted()
        for code in codes where code != "001" && code != "QO" {
            guard let ar = arabic.localizedString(forRegionCode: code),
                  let en = english.localizedString(forRegionCode: code),
                  ar != code, ar.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) })
            else { continue }
            let nisbas = code.count == 2 ? derivedNisba(ar).map { [$0] } ?? [] : []
            actors.append(Actor(id: ActorID(code), englishName: en, arabicName: ar, aliases: [ar], nisbas: nisbas, type: .location))
        }
        actors += cities()
        var catalog = ActorCatalog(actors: actors)
        for city in catalog.actors where city.id.rawValue.hasPrefix("tz:") {
            catalog.weakAliases.insert(CatalogIndex.tokens(city.arabicName).joined(separator: " "))
        }
        return catalog
    }

    /// Cities from the platform's time-zone data: the exemplar city of each
    /// zone in Arabic ("Asia/Baku" → باكو), as places with weak aliases
    /// (some are also common words). Ids are "tz:" + the zone id.
    static func cities() -> [Actor] {
        let arabic = DateFormatter(), english = DateFormatter()
        arabic.locale = Locale(identifier: "ar")
        english.locale = Locale(identifier: "en")
        arabic.dateFormat = "VVV"   // the zone's exemplar city
        english.dateFormat = "VVV"
        let now = Date(timeIntervalSince1970: 1_600_000_000)
        var seen: Set<String> = []
        var result: [Actor] = []
        for id in TimeZone.knownTimeZoneIdentifiers.sorted() where id.contains("/") && !id.hasPrefix("Etc/") {
            guard let zone = TimeZone(identifier: id) else { continue }
            arabic.timeZone = zone
            english.timeZone = zone
            let ar = arabic.string(from: now), en = english.string(from: now)
            guard ar.unicodeScalars.contains(where: { (0x0621...0x064A).contains($0.value) }),
                  !en.hasPrefix("Unknown"), seen.insert(ArabicNormalizer.normalize(ar)).inserted
            else { continue }
            result.append(Actor(id: ActorID("tz:" + id), englishName: en, arabicName: ar, aliases: [ar], type: .location))
        }
        return result
    }

    /// The masculine nisba of a one-word country name, or nil for names of
    /// several words (their nisbas are listed in `actors.tsv`).
    static func derivedNisba(_ name: String) -> String? {
        var stem = name
        guard !stem.contains(" "), !stem.contains("-") else { return nil }
        if stem.hasPrefix("ال") { stem.removeFirst(2) }
        let letters = Array(stem.unicodeScalars).filter { !ArabicNormalizer.isIgnorable($0) }
        guard letters.count >= 3 else { return nil }
        var view = String.UnicodeScalarView()
        if stem.hasSuffix("يا") {
            view.append(contentsOf: letters.dropLast(1))           // روسيا → روسي
        } else if stem.hasSuffix("ا") || stem.hasSuffix("ة") {
            view.append(contentsOf: letters.dropLast(1))           // فرنسا → فرنسي
            view.append("\u{064A}")
        } else if stem.hasSuffix("ي") {
            return nil                                             // مالي، جيبوتي: no safe nisba
        } else {
            view.append(contentsOf: letters)                       // إيران → إيراني
            view.append("\u{064A}")
        }
        return String(view)
    }
}
