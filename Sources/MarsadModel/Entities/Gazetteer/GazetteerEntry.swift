/// One name of a place in the gazetteer: a governorate, province or state
/// (from CLDR's Arabic subdivision names) or a city (from GeoNames'
/// Arabic alternate names).
///
/// A place has as many entries as it has names (GeoNames lists several
/// Arabic spellings of many cities), and a name as many as the places it
/// names: تعز is a governorate (YE-TA) and a city (GeoNames 70225).
public struct GazetteerEntry: Hashable, Sendable {
    /// What kind of place an entry names.
    public enum Kind: String, CaseIterable, Sendable {
        /// A first-level subdivision: governorate, province, state, region.
        case subdivision
        /// A populated place from GeoNames.
        case city

        /// The kind's letter in the resource file (s, c), which keeps
        /// the file small.
        public var fileCode: String {
            switch self {
            case .subdivision: return "s"
            case .city: return "c"
            }
        }

        /// The kind a file letter stands for.
        public init?(fileCode: String) {
            guard let kind = Self.allCases.first(where: { $0.fileCode == fileCode }) else { return nil }
            self = kind
        }
    }

    /// The name as normalized tokens joined by single spaces
    /// (`ArabicNormalizer`, the tokenizer's cuts): "دير الزور".
    public var name: String
    public var kind: Kind
    /// ISO 3166-1 alpha-2 code of the place's country ("YE").
    public var country: String
    /// The place's identifier in its source: a CLDR subdivision code
    /// ("YE-TA") or a GeoNames id ("71137").
    public var code: String
    /// Inhabitants, for cities (GeoNames); nil for subdivisions.
    public var population: Int?

    public init(name: String, kind: Kind, country: String, code: String, population: Int? = nil) {
        self.name = name
        self.kind = kind
        self.country = country
        self.code = code
        self.population = population
    }
}

/// The kinds of place a gazetteer phrase names, as a set of bits cheap to
/// copy into a tagger feature.
public struct GazetteerKinds: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let subdivision = GazetteerKinds(rawValue: 1)
    public static let city = GazetteerKinds(rawValue: 2)

    /// The bit of one entry kind.
    public init(_ kind: GazetteerEntry.Kind) {
        switch kind {
        case .subdivision: self = .subdivision
        case .city: self = .city
        }
    }
}

/// A gazetteer phrase found in a run of tokens.
public struct GazetteerMatch: Hashable, Sendable {
    /// Tokens the phrase covers, from the token it starts at.
    public var length: Int
    /// The kinds of the places the phrase names (one phrase can be both a
    /// province and its capital: تعز).
    public var kinds: GazetteerKinds
    /// Scalars of proclitics at the start of the first token that are not
    /// part of the name (وتعز → 1, لدير الزور → 1).
    public var skipScalars: Int
    /// The proclitics read off the first token, the article not counted.
    public var clitics: Int
    /// The trie node of the phrase's last token, for `Gazetteer.entries(of:)`.
    let node: Int32
}
