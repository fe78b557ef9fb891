/// The actors a query keeps: one or several actors and, when asked, their
/// parts (a country's ministries, army, leaders, cities), at any depth.
///
/// Made for an analysis: the parts are the actors of that corpus below
/// each actor. Boilerplate mentions never count; nisba mentions do
/// ("جندي أرميني" involves Armenia).
///
/// ```swift
/// let az = ActorQuery(["AZ"], includeChildren: true, in: analysis)
/// az.coveredIDs         // ⊇ ["AZ", "AZ.defense-ministry", "BAKU", "STEPANAKERT"]
/// az.matches(event)     // one of them acts in it, or says it
/// ```
public struct ActorQuery: Hashable, Sendable {
    /// The actors asked for, in the order given.
    public let actorIDs: [ActorID]
    /// Whether the actors' parts are kept too.
    public let includeChildren: Bool
    /// Every id the query keeps: `actorIDs`, and with `includeChildren`
    /// every actor of the corpus below one of them.
    public let coveredIDs: Set<ActorID>

    /// A query on actors of an analysis (ids as in `analysis.actors`).
    ///
    /// Complexity: O(*n* · *d*) for *n* actors in the corpus and parts *d*
    /// levels deep, with `includeChildren`.
    public init(_ actorIDs: [ActorID], includeChildren: Bool = false, in analysis: CorpusAnalysis) {
        self.actorIDs = actorIDs
        self.includeChildren = includeChildren
        var ids = Set(actorIDs)
        if includeChildren {
            var changed = true
            while changed {
                changed = false
                for actor in analysis.actors.values where !ids.contains(actor.id) {
                    if let parent = actor.parentID, ids.contains(parent) {
                        ids.insert(actor.id)
                        changed = true
                    }
                }
            }
        }
        coveredIDs = ids
    }

    /// True when the query keeps this actor.
    public func covers(_ actorID: ActorID) -> Bool { coveredIDs.contains(actorID) }

    /// True when a mention counts for the query: it names a kept actor (or
    /// is a nisba pointing to one), outside boilerplate.
    public func matches(_ mention: Mention) -> Bool {
        !mention.inBoilerplate && coveredIDs.contains(mention.actorID)
    }

    /// True when a kept actor is involved in the event: named in its
    /// sentence, or the one the sentence quotes.
    public func matches(_ event: TimelineEvent) -> Bool {
        event.actorIDs.contains(where: coveredIDs.contains) || event.speakerID.map(coveredIDs.contains) == true
    }
}

extension ActorQuery {
    /// Why a name a user typed names no single actor.
    public enum ResolutionError: Error, Hashable, Sendable, CustomStringConvertible {
        case notFound(name: String)
        /// Several actors fit equally well (sorted by id): give an id.
        case ambiguous(name: String, candidates: [Actor])

        public var name: String {
            switch self {
            case .notFound(let name), .ambiguous(let name, _): return name
            }
        }

        /// "no actor matches 'زززز'", "'Dmitry' could be: MEDVEDEV (دميتري ميدفيديف), PESKOV (…); give an id".
        public var description: String {
            switch self {
            case .notFound(let name):
                return "no actor matches '\(name)'"
            case .ambiguous(let name, let candidates):
                return "'\(name)' could be: \(Self.list(candidates)); give an id"
            }
        }

        /// The first twelve candidates, "ID (name)" each.
        public static func list(_ candidates: [Actor]) -> String {
            candidates.prefix(12).map { "\($0.id) (\($0.displayName))" }.joined(separator: ", ")
        }
    }

    /// A query on the actors `names` name in an analysis, each resolved
    /// with `CorpusAnalysis.resolveActor` (an id, an English name, any
    /// Arabic spelling).
    ///
    /// Only the entities are needed: a command resolves its `--actor`
    /// before the time analysis, so a name that names nobody costs no more.
    ///
    /// Throws for the first name that names no single actor.
    public init(resolving names: [String], includeChildren: Bool = false, in analysis: CorpusAnalysis)
        throws(ResolutionError) {
        var ids: [ActorID] = []
        for name in names {
            switch analysis.resolveActor(name) {
            case .found(let actor): if !ids.contains(actor.id) { ids.append(actor.id) }
            case .ambiguous(let candidates): throw .ambiguous(name: name, candidates: candidates)
            case .notFound: throw .notFound(name: name)
            }
        }
        self.init(ids, includeChildren: includeChildren, in: analysis)
    }
}
