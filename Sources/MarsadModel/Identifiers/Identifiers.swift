import Foundation

/// An id of one kind of thing, wrapping its string: `Kind` is a tag that
/// no value has (`ActorKind`, `ArticleKind`), so an actor's id cannot be
/// passed where an article's is wanted, while the two share one
/// definition. It orders, prints and encodes exactly as its string: sorts
/// and output are those of the plain `String`.
///
/// ```swift
/// let putin: ActorID = "PUTIN"
/// putin.rawValue                         // "PUTIN", for JSON, tables and SQL
/// ActorID("auto:جده") < "PUTIN"          // false, as the strings compare
/// let article = ArticleID("feed.jsonl:3")
/// // putin == article                    // does not compile: other kinds
/// ```
///
/// This is the shape of pointfreeco/swift-tagged's `Tagged<Tag, RawValue>`,
/// written out rather than depended on: it is thirty lines, and `Tagged`
/// over a `String` brings more than an id should have: it is a
/// `Collection` of characters and reaches every `String` member through
/// dynamic member lookup (`id.count`, `id.first`), it is
/// `ExpressibleByStringInterpolation` and `LosslessStringConvertible`, its
/// raw value is mutable, and as a `CodingKeyRepresentable` it would encode
/// a dictionary keyed by ids as a JSON object instead of the array of
/// pairs `Codable` writes now. A package more to resolve and build for
/// that is not worth it.
public struct Identifier<Kind>: Hashable, Comparable, Sendable, Codable, RawRepresentable,
    ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// Ids are equal when their strings are the same bytes, and hash their
    /// bytes: `String`'s own equality and hashing go through canonical
    /// normalization for every non-ASCII id ("auto:بوتين"), which made
    /// them the costliest part of linking and counting 600,000 mentions.
    /// (Marsad makes its ids from normalized names and from file names,
    /// which Linux compares as bytes too.)
    public static func == (a: Self, b: Self) -> Bool {
        var x = a.rawValue, y = b.rawValue
        return x.withUTF8 { p in
            y.withUTF8 { q in
                p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0)
            }
        }
    }

    public func hash(into hasher: inout Hasher) {
        var s = rawValue
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Decodes and encodes as a plain string, not `{"rawValue": …}`.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// The kind of `ActorID`; it has no values.
public enum ActorKind {}

/// The kind of `ArticleID`; it has no values.
public enum ArticleKind {}

/// The id of an actor: a catalog id ("PUTIN", "AZ") or "auto:<normalized
/// name>" ("auto:جده") for an actor made from a name found in the corpus.
public typealias ActorID = Identifier<ActorKind>

/// The id of an article: its document name, the file name relative to the
/// folder given ("000_cf7b6ba5e297149c.txt") or `file.jsonl:LINE`
/// ("feed.jsonl:3") for a record of a JSON Lines file.
public typealias ArticleID = Identifier<ArticleKind>
