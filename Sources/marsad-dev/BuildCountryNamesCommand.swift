import ArgumentParser
import Foundation
import MarsadModel

/// `marsad-dev build-country-names`: rebuilds
/// `Sources/MarsadModel/Resources/country-names.tsv`, every common English
/// name of each country (CLDR's territory names with their variant and
/// short forms), from Debian's `unicode-cldr-core`.
struct BuildCountryNamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-country-names",
        abstract: "Write the English country names (CLDR en.xml, with variants and short forms) as a resource."
    )

    @Option(help: "CLDR's English locale file (Debian unicode-cldr-core).")
    var cldr: String = "/usr/share/unicode/cldr/common/main/en.xml"
    @Option(help: "Where to write the resource.")
    var output: String = "Sources/MarsadModel/Resources/country-names.tsv"

    func run() throws {
        let xml = try String(contentsOfFile: cldr, encoding: .utf8)
        let names = CountryNames.fromCLDR(xml: xml)
        let source = "Unicode CLDR \(cldr), Debian unicode-cldr-core; Unicode License"
        try CountryNames.tsv(names, source: source).write(toFile: output, atomically: true, encoding: .utf8)
        print("\(names.count) territories, \(names.reduce(0) { $0 + $1.names.count }) names; wrote \(output)")
    }
}
