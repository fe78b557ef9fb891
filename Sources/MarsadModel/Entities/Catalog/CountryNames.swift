import Foundation

/// Every common English name of each country, from CLDR's English
/// territory names with their `alt` variants and short forms (Turkey;
/// Côte d’Ivoire and Ivory Coast; Czechia and Czech Republic; Myanmar and
/// Burma; United Kingdom and UK), so `--actor` and the picker find a
/// country the locale calls otherwise ("Türkiye").
///
/// Shipped as `Resources/country-names.tsv`, written by
/// `marsad-dev build-country-names` from Debian's `unicode-cldr-core`
/// (`common/main/en.xml`); never edited by hand. Used only for look-ups
/// (`ActorIndex`), never to find names in Arabic text.
///
/// ```swift
/// CountryNames.standard["CI"]   // ["Côte d’Ivoire", "Ivory Coast"]
/// ```
package enum CountryNames {
    /// Names by region code, as shipped.
    package static let standard: [ActorID: [String]] = {
        guard let url = Bundle.module.url(forResource: "country-names", withExtension: "tsv", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [:] }
        return parse(tsv: text)
    }()

    /// Reads the resource: `code<TAB>name|name…` a line, `#` comments and
    /// a header row `code names`.
    package static func parse(tsv text: String) -> [ActorID: [String]] {
        var names: [ActorID: [String]] = [:]
        for line in RecordLines.split(text) where !line.hasPrefix("#") {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count == 2, cells[0] != "code" else { continue }
            names[ActorID(String(cells[0])), default: []] += cells[1].split(separator: "|").map(String.init)
        }
        return names
    }

    /// The names of CLDR's `<territory>` elements for two-letter codes:
    /// the name, then its `variant` and `short` forms, then the parts of a
    /// name written "X (Y)" ("Myanmar (Burma)" → Myanmar, Burma), each
    /// once, in that order; codes sorted.
    package static func fromCLDR(xml: String) -> [(code: String, names: [String])] {
        let pattern = #"<territory type="([A-Z]{2})"(?: alt="(variant|short)")?>([^<]+)</territory>"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        var byCode: [String: [String]] = [:]
        let ns = xml as NSString
        for match in regex.matches(in: xml, range: NSRange(location: 0, length: ns.length)) {
            let code = ns.substring(with: match.range(at: 1))
            let name = unescape(ns.substring(with: match.range(at: 3)).trimmingCharacters(in: .whitespaces))
            var forms = [name]
            if let open = name.firstIndex(of: "("), name.hasSuffix(")") {
                let outer = name[..<open].trimmingCharacters(in: .whitespaces)
                let inner = name[name.index(after: open)..<name.index(before: name.endIndex)].trimmingCharacters(in: .whitespaces)
                forms += [outer, inner].filter { !$0.isEmpty }
            }
            for form in forms where !(byCode[code]?.contains(form) ?? false) { byCode[code, default: []].append(form) }
        }
        return byCode.keys.sorted().map { ($0, byCode[$0]!) }
    }

    /// The resource's text for CLDR's names, with a header saying where
    /// they come from.
    package static func tsv(_ names: [(code: String, names: [String])], source: String) -> String {
        var out = """
        # English names of countries and territories: CLDR's territory names with
        # their variant and short forms (\(source)).
        # Written by `marsad-dev build-country-names`; do not edit by hand.
        code\tnames

        """
        for (code, list) in names { out += code + "\t" + list.joined(separator: "|") + "\n" }
        return out
    }

    private static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
