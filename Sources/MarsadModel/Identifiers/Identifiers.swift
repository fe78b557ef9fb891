/// The id of an actor: a catalog id ("PUTIN", "AZ") or "auto:<normalized
/// name>" ("auto:جده") for an actor made from a name found in the corpus.
///
/// A typed wrapper around the string, so an actor's id cannot be passed
/// where an article's is wanted. It orders, prints and encodes exactly as
/// its string: sorts and output are those of the plain `String`.
///
/// ```swift
/// let putin: ActorID = "PUTIN"
/// putin.rawValue                    // "PUTIN", for JSON, tables and SQL
/// ActorID("auto:جده") < "PUTIN"     // false, as the strings compare
/// ```
public struct ActorID: Hashable, Comparable, Sendable, Codable, RawRepresentable, ExpressibleByStringLiteral,
    CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (a: ActorID, b: ActorID) -> Bool { a.rawValue < b.rawValue }

    /// Decodes and encodes as a plain string, not `{"rawValue": …}`.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// The id of an article: its document name, the file name relative to the
/// folder given ("000_cf7b6ba5e297149c.txt") or `file.jsonl:LINE`
/// ("feed.jsonl:3") for a record of a JSON Lines file.
///
/// Like `ActorID`, it orders, prints and encodes exactly as its string.
public struct ArticleID: Hashable, Comparable, Sendable, Codable, RawRepresentable, ExpressibleByStringLiteral,
    CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (a: ArticleID, b: ArticleID) -> Bool { a.rawValue < b.rawValue }

    /// Decodes and encodes as a plain string, not `{"rawValue": …}`.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
