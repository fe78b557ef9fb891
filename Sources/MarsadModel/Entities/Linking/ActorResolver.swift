import Foundation

/// What a user's actor query resolved to.
public enum ActorResolution: Equatable, Sendable {
    case found(Actor)
    /// Several actors fit equally well: the caller lists them and asks.
    case ambiguous([Actor])
    case notFound
}

/// Turns what a user types into an actor: an id ("AZ", "PUTIN",
/// "auto:…"), an English name in any case ("Putin", "azerbaijan"), or any
/// Arabic spelling, with or without proclitics and hamza ("بوتين",
/// "لبوتين", "اذربيجان", "الأذربيجانية").
///
/// Tried in order, the first step with an answer wins: exact id, id in any
/// case, English name, Arabic alias or nisba (every clitic reading of the
/// first word), English surname or words, Arabic consonant skeleton. One
/// actor is `.found`; several are `.ambiguous`, never guessed between.
///
/// ```swift
/// let resolver = ActorResolver(catalog: .standard)
/// resolver.resolve("Putin")    // .found(PUTIN)
/// resolver.resolve("لأذربيجان") // .found(AZ)
/// ```
public struct ActorResolver: Sendable {
    private let actors: [ActorID: Actor]
    private let index: CatalogIndex
    private let splitter: CliticSplitter

    /// A resolver over the catalog plus the actors of an analysed corpus
    /// (names the catalog does not know, `auto:` ids).
    public init(catalog: ActorCatalog = .standard, corpusActors: [ActorID: Actor] = [:],
                splitter: CliticSplitter = CliticSplitter()) {
        var all: [ActorID: Actor] = [:]
        for a in catalog.actors { all[a.id] = a }
        for (id, a) in corpusActors { all[id] = a }
        actors = all
        index = catalog.index
        self.splitter = splitter
    }

    public func resolve(_ query: String) -> ActorResolution {
        let q = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !q.isEmpty else { return .notFound }
        if let a = actors[ActorID(q)] { return .found(a) }
        let lower = q.lowercased()
        let steps: [() -> [Actor]] = [
            { actors.values.filter { $0.id.rawValue.lowercased() == lower } },
            { actors.values.filter { !$0.englishName.isEmpty && $0.englishName.lowercased() == lower } },
            { arabicMatches(q) },
            { englishWordMatches(lower) },
            { skeletonMatches(q) },
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
        let tokens = CatalogIndex.tokens(q)
        guard let first = tokens.first, let original = Tokenizer.tokenize(q).first else { return [] }
        var readings: [String] = [first]
        if original.kind == .arabicWord {
            for a in splitter.analyses(original.text) { readings.append(a.hasArticle ? "ال" + a.stem : a.stem) }
        }
        var ids: Set<ActorID> = []
        var result: [Actor] = []
        for key in readings {
            for e in index.byFirstToken[key] ?? [] {
                let entry = index.entries[Int(e)]
                guard entry.tokens.count == tokens.count, Array(entry.tokens.dropFirst()) == Array(tokens.dropFirst()),
                      let actor = index.actor(for: entry.target), ids.insert(actor.id).inserted
                else { continue }
                result.append(actor)
            }
            if !result.isEmpty { break }  // the barest reading that names someone wins
        }
        // Corpus actors made from names.
        let key = tokens.joined(separator: " ")
        for a in actors.values where !a.isFromCatalog && ids.insert(a.id).inserted {
            if a.aliases.contains(where: { CatalogIndex.tokens($0).joined(separator: " ") == key }) { result.append(a) }
        }
        return result
    }

    /// Actors whose English name contains every word of the query ("aliyev").
    private func englishWordMatches(_ lower: String) -> [Actor] {
        let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard !words.isEmpty, lower.unicodeScalars.allSatisfy({ $0.isASCII }) else { return [] }
        return actors.values.filter { a in
            let name = Set(a.englishName.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
            return words.allSatisfy { name.contains($0) }
        }
    }

    /// Actors with an alias of the same consonant skeleton (باشنيان).
    private func skeletonMatches(_ q: String) -> [Actor] {
        let key = CatalogIndex.tokens(q).map(ActorLinker.skeleton).joined(separator: " ")
        guard key.unicodeScalars.filter({ $0 != " " }).count >= 4 else { return [] }
        var result = (index.skeletons[key] ?? []).compactMap { actors[$0] }
        for a in actors.values where !a.isFromCatalog {
            if a.aliases.contains(where: { CatalogIndex.tokens($0).map(ActorLinker.skeleton).joined(separator: " ") == key }) {
                result.append(a)
            }
        }
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
