import Foundation

/// What a user's actor query resolved to.
public enum ActorResolution: Equatable, Sendable {
    case found(Actor)
    /// Several actors fit equally well: the caller lists them and asks.
    case ambiguous([Actor])
    case notFound
}

/// Turns what a user types into an actor: an id ("AZ", "PUTIN",
/// "auto:…"), an English name in any case and with or without diacritics
/// ("Putin", "azerbaijan", "Turkey", "Türkiye", "Ivory Coast"), an acronym
/// the catalog lists ("PKK", "ISIL"), any Arabic spelling, with or without
/// proclitics and hamza ("بوتين", "لبوتين", "اذربيجان", "الأذربيجانية"), or
/// a Latin spelling of an Arabic name ("Hadi" → هادي, "Ocalan" → أوجلان).
///
/// Tried in order, the first step with an answer wins: exact id, id in any
/// case, English name or Latin alias (CLDR's country names included),
/// Arabic alias or nisba (every clitic reading of the first word), English
/// words, Arabic consonant skeleton, then the Latin consonant skeleton of
/// the whole name, then of its words (`LatinSkeleton`). One actor is
/// `.found`; several are `.ambiguous` (sorted by id), never guessed
/// between. Every step is a look-up in an `ActorIndex`.
///
/// ```swift
/// let resolver = ActorResolver(catalog: .standard)
/// resolver.resolve("Putin")    // .found(PUTIN)
/// resolver.resolve("لأذربيجان") // .found(AZ)
/// resolver.resolve("Turkey")   // .found(TR)
/// ```
public struct ActorResolver: Sendable {
    /// The index every step asks.
    public let index: ActorIndex
    private let splitter: CliticSplitter

    /// A resolver over the catalog plus the actors of an analysed corpus
    /// (names the catalog does not know, `auto:` ids).
    public init(catalog: ActorCatalog = .standard, corpusActors: [ActorID: Actor] = [:],
                splitter: CliticSplitter = CliticSplitter()) {
        self.init(index: ActorIndex(catalog: catalog, corpusActors: corpusActors), splitter: splitter)
    }

    /// A resolver over an index made already (an analysis's `actorIndex`).
    public init(index: ActorIndex, splitter: CliticSplitter = CliticSplitter()) {
        self.index = index
        self.splitter = splitter
    }

    public func resolve(_ query: String) -> ActorResolution {
        let q = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !q.isEmpty else { return .notFound }
        if let a = index.actor(id: ActorID(q)) { return .found(a) }
        let steps: [() -> [Actor]] = [
            { index.actors(idIgnoringCase: q) },
            { index.actors(englishName: q) },
            { arabicMatches(q) },
            { index.actors(englishWords: q) },
            { skeletonMatches(q) },
            { index.actors(latinSkeletonOf: q, words: false) },
            { index.actors(latinSkeletonOf: q, words: true) },
        ]
        for step in steps {
            let found = preferCatalog(step())
            if found.count == 1 { return .found(found[0]) }
            if found.count > 1 { return .ambiguous(found.sorted { $0.id < $1.id }) }
        }
        return .notFound
    }

    /// Actors with an alias, a nisba or an institution name equal to the
    /// query in one of its clitic readings.
    private func arabicMatches(_ q: String) -> [Actor] {
        let catalogIndex = index.catalogIndex
        let tokens = CatalogIndex.tokens(q)
        guard let first = tokens.first, let original = Tokenizer.tokenize(q).first else { return [] }
        var readings: [String] = [first]
        if original.kind == .arabicWord {
            for a in splitter.analyses(original.text) { readings.append(a.hasArticle ? "ال" + a.stem : a.stem) }
        }
        var ids: Set<ActorID> = []
        var result: [Actor] = []
        for key in readings {
            for e in catalogIndex.byFirstToken[key] ?? [] {
                let entry = catalogIndex.entries[Int(e)]
                guard entry.tokens.count == tokens.count, Array(entry.tokens.dropFirst()) == Array(tokens.dropFirst()),
                      let target = catalogIndex.actor(for: entry.target), ids.insert(target.id).inserted
                else { continue }
                // The corpus's version of a catalog actor, when it has one.
                result.append(index.actor(id: target.id) ?? target)
            }
            if !result.isEmpty { break }  // the barest reading that names someone wins
        }
        // Corpus actors made from names.
        for a in index.corpusActors(aliasTokens: tokens) where ids.insert(a.id).inserted { result.append(a) }
        return result
    }

    /// Actors with an alias of the same Arabic consonant skeleton (باشنيان).
    private func skeletonMatches(_ q: String) -> [Actor] {
        let key = CatalogIndex.tokens(q).map(ActorLinker.skeleton).joined(separator: " ")
        guard key.unicodeScalars.filter({ $0 != " " }).count >= 4 else { return [] }
        var result = (index.catalogIndex.skeletons[key] ?? []).compactMap { index.actor(id: $0) }
        result += index.corpusActors(arabicSkeleton: key)
        return result
    }

    /// Time-zone cities only when nothing else answers (تونس is Tunisia).
    private func preferCatalog(_ found: [Actor]) -> [Actor] {
        var unique: [ActorID: Actor] = [:]
        for a in found { unique[a.id] = a }
        let values = Array(unique.values)
        let main = values.filter { !$0.id.rawValue.hasPrefix("tz:") }
        return main.isEmpty ? values : main
    }
}
