/// Finds and links the named entities of a corpus. (Scaffold: issue #4
/// replaces this with the tagger and the catalog.)
public struct EntityAnalyzer: Sendable {
    public var catalog: ActorCatalog
    public init(catalog: ActorCatalog) { self.catalog = catalog }

    public func analyze(_ corpus: Corpus) -> (mentionsByArticle: [String: [Mention]], actors: [String: Actor]) {
        ([:], [:])
    }
}

/// The actors Marsad knows by name. (Scaffold: issue #4.)
public struct ActorCatalog: Sendable {
    public var actors: [Actor]
    public init(actors: [Actor]) { self.actors = actors }
    public static let standard = ActorCatalog(actors: [])
}
