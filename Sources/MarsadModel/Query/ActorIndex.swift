import Foundation
import Synchronization
import Transliteration

/// Every name of every actor of a catalog and an analysed corpus, indexed
/// once for look-ups as the user types: the reader's actor picker and
/// `ActorResolver` (`--actor`) both ask it.
///
/// Keys are normalized Arabic names, aliases and nisbas (hamza, ة and
/// case folded as `ArabicNormalizer` does), English names and Latin
/// aliases folded to lower-case ASCII (Türkiye → turkiye), CLDR's English
/// country names (`CountryNames`), and each name from its second word on
/// (so "منصور هادي" and "هادي" are word prefixes of "عبد ربه منصور هادي").
/// Latin consonant skeletons of the Arabic names (`LatinSkeleton`) are a
/// second table, made on the first Latin query (ICU's transform is slow).
///
/// ```swift
/// let index = ActorIndex(catalog: .standard, corpusActors: analysis.actors, mentionCounts: counts)
/// index.candidates(matching: "بوت")     // [PUTIN, …]: prefix, most mentioned first
/// index.candidates(matching: "Hadi")    // the actors whose Arabic name is هادي
/// ```
///
/// Complexity: building is O(*k* log *k*) for *k* names; a look-up is
/// O(log *k*) plus the keys that match, plus sorting the actors found.
public final class ActorIndex: Sendable {
    /// How well a name fits what was typed; lower is better.
    public enum Tier: UInt8, Comparable, Sendable {
        /// The whole name or spelling is the query.
        case exact = 0
        /// A name starts with the query.
        case prefix = 1
        /// A word of a name (not the first) starts with the query.
        case wordPrefix = 2
        /// The query's Latin skeleton is a name's or a word's skeleton.
        case skeleton = 3
        /// The query's Latin skeleton starts a name's or a word's skeleton.
        case skeletonPrefix = 4

        public static func < (a: Tier, b: Tier) -> Bool { a.rawValue < b.rawValue }
    }

    /// Every actor, most mentioned first (then by id): an actor's place
    /// here is its rank.
    public let actors: [Actor]
    /// Mentions outside boilerplate of `actors[i]`.
    public let mentionCounts: [Int]
    /// The catalog's alias index, for Arabic spellings with proclitics.
    let catalogIndex: CatalogIndex

    private let rankByID: [ActorID: Int32]
    private let byLowercasedID: [String: [Int32]]
    /// Arabic and Latin keys; tag 0: a whole name, 1: from a later word on.
    private let names: PrefixTable
    /// Folded English names, Latin aliases and CLDR names → actors.
    private let englishNames: [String: [Int32]]
    /// Words of those → actors.
    private let englishWords: [String: [Int32]]
    /// Tokens of the aliases of actors not in the catalog → actors.
    private let corpusAliases: [String: [Int32]]
    /// Arabic consonant skeletons (`ActorLinker.skeleton`) of those.
    private let corpusSkeletons: [String: [Int32]]
    private let latin = LatinSkeletonCache()
    private let lookups = Atomic<Int>(0)

    /// An index over the catalog's actors and a corpus's (the corpus's
    /// win on a shared id), ranked by `mentionCounts` (absent: 0).
    public init(catalog: ActorCatalog = .standard, corpusActors: [ActorID: Actor] = [:],
                mentionCounts counts: [ActorID: Int] = [:]) {
        var all: [ActorID: Actor] = [:]
        for a in catalog.actors { all[a.id] = a }
        for (id, a) in corpusActors { all[id] = a }
        let ranked = all.values.sorted { (counts[$0.id] ?? 0, $1.id) > (counts[$1.id] ?? 0, $0.id) }
        actors = ranked
        mentionCounts = ranked.map { counts[$0.id] ?? 0 }
        catalogIndex = catalog.index
        var rankByID: [ActorID: Int32] = [:], byLowercasedID: [String: [Int32]] = [:]
        var englishNames: [String: [Int32]] = [:], englishWords: [String: [Int32]] = [:]
        var corpusAliases: [String: [Int32]] = [:], corpusSkeletons: [String: [Int32]] = [:]
        var names = PrefixTable.Builder()
        let countryNames = CountryNames.standard
        for (rank, actor) in ranked.enumerated() {
            let r = Int32(rank)
            rankByID[actor.id] = r
            byLowercasedID[actor.id.rawValue.lowercased(), default: []].append(r)
            let arabic = ([actor.arabicName] + actor.aliases + actor.nisbas).filter { !LatinSkeleton.isLatin($0) }
            let english = Self.englishKeys(of: actor, countryNames: countryNames)
            for key in Set(arabic.map(Self.arabicKey) + english) { Self.addName(key, rank: r, to: &names) }
            for key in Set(english) {
                englishNames[key, default: []].append(r)
                for word in Set(key.split(separator: " ")) { englishWords[String(word), default: []].append(r) }
            }
            if !actor.isFromCatalog {
                for alias in Set(actor.aliases.map { CatalogIndex.tokens($0) }) where !alias.isEmpty {
                    corpusAliases[alias.joined(separator: " "), default: []].append(r)
                    corpusSkeletons[alias.map(ActorLinker.skeleton).joined(separator: " "), default: []].append(r)
                }
            }
        }
        self.rankByID = rankByID
        self.byLowercasedID = byLowercasedID
        self.names = names.build()
        self.englishNames = englishNames
        self.englishWords = englishWords
        self.corpusAliases = corpusAliases
        self.corpusSkeletons = corpusSkeletons
    }

    /// The index of an analysis: its catalog and actors, ranked by their
    /// mentions outside boilerplate in the whole corpus.
    public convenience init(_ analysis: CorpusAnalysis) {
        self.init(catalog: analysis.catalog, corpusActors: analysis.actors,
                  mentionCounts: CorpusQuery().mentionCounts(in: analysis))
    }

    /// Look-ups answered so far (`candidates` and the resolver's steps), so
    /// tests can see the index was asked rather than time it.
    public var lookupCount: Int { lookups.load(ordering: .relaxed) }

    /// Makes the Latin skeletons now (the first Latin query would): the
    /// reader calls it off the main loop once the analysis is in.
    public func prepareSkeletons() { _ = skeletons }

    // MARK: - Type-ahead

    /// The actors a typed query fits, best tier first and, within a tier,
    /// most mentioned first; every actor, by mentions, for an empty query.
    public func candidates(matching query: String) -> [ActorID] {
        ranked(matching: query).map { actors[Int($0.rank)].id }
    }

    /// Ranks (places in `actors`) and tiers of the actors a query fits.
    public func ranked(matching query: String) -> [(rank: Int32, tier: Tier)] {
        lookups.add(1, ordering: .relaxed)
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return actors.indices.map { (Int32($0), .exact) } }
        var best = [UInt8](repeating: UInt8.max, count: actors.count)
        var found: [Int32] = []
        func note(_ rank: Int32, _ tier: Tier) {
            let i = Int(rank)
            if best[i] == UInt8.max { found.append(rank) }
            best[i] = min(best[i], tier.rawValue)
        }
        let isLatin = LatinSkeleton.isLatin(trimmed)
        let key = isLatin ? Self.latinKey(trimmed) : Self.arabicKey(trimmed)
        names.forEach(prefix: key) { rank, tag, exact in
            note(rank, tag == 1 ? .wordPrefix : exact ? .exact : .prefix)
        }
        // Skeletons only when no name fits: "Tur" lists Turkey, not every
        // Arabic name that sounds like t-r.
        if found.isEmpty, isLatin, Self.isNameLike(trimmed), let words = LatinSkeleton.words(latin: trimmed) {
            let skeleton = LatinSkeleton.joined(words)
            if skeleton.count >= 2 {
                let prefixes = skeleton.count >= 3
                skeletons.table.forEach(prefix: skeleton) { rank, _, exact in
                    if exact { note(rank, .skeleton) } else if prefixes { note(rank, .skeletonPrefix) }
                }
            }
        }
        found.sort { (best[Int($0)], $0) < (best[Int($1)], $1) }
        return found.map { ($0, Tier(rawValue: best[Int($0)])!) }
    }

    // MARK: - Exact steps, for ActorResolver

    /// The actor with this id, exactly.
    func actor(id: ActorID) -> Actor? { rankByID[id].map { actors[Int($0)] } }

    /// Actors whose id is the query in any case.
    func actors(idIgnoringCase query: String) -> [Actor] {
        lookups.add(1, ordering: .relaxed)
        return (byLowercasedID[query.lowercased()] ?? []).map { actors[Int($0)] }
    }

    /// Actors with an English name, Latin alias or CLDR name equal to the
    /// query, ignoring case and diacritics ("turkey", "Türkiye", "cote d'ivoire").
    func actors(englishName query: String) -> [Actor] {
        lookups.add(1, ordering: .relaxed)
        return (englishNames[Self.latinKey(query)] ?? []).map { actors[Int($0)] }
    }

    /// Actors with every word of the query among the words of one English name.
    func actors(englishWords query: String) -> [Actor] {
        lookups.add(1, ordering: .relaxed)
        let words = Self.latinKey(query).split(separator: " ").map(String.init)
        guard LatinSkeleton.isLatin(query), !words.isEmpty else { return [] }
        var common = Set(englishWords[words[0]] ?? [])
        for word in words.dropFirst() { common.formIntersection(englishWords[word] ?? []) }
        // The words must meet in one name, not across two.
        return common.sorted().map { actors[Int($0)] }.filter { actor in
            englishKeys(of: actor).contains { name in
                let set = Set(name.split(separator: " ").map(String.init))
                return words.allSatisfy(set.contains)
            }
        }
    }

    /// The folded English names, Latin aliases and CLDR names of an actor.
    private func englishKeys(of actor: Actor) -> [String] {
        Self.englishKeys(of: actor, countryNames: CountryNames.standard)
    }

    private static func englishKeys(of actor: Actor, countryNames: [ActorID: [String]]) -> [String] {
        ([actor.englishName] + actor.aliases.filter(LatinSkeleton.isLatin) + (countryNames[actor.id] ?? []))
            .map(latinKey).filter { !$0.isEmpty }
    }

    /// Corpus actors (not the catalog's) with an alias of these tokens.
    func corpusActors(aliasTokens tokens: [String]) -> [Actor] {
        lookups.add(1, ordering: .relaxed)
        return (corpusAliases[tokens.joined(separator: " ")] ?? []).map { actors[Int($0)] }
    }

    /// Corpus actors with an alias of this Arabic consonant skeleton.
    func corpusActors(arabicSkeleton key: String) -> [Actor] {
        (corpusSkeletons[key] ?? []).map { actors[Int($0)] }
    }

    /// Actors with an Arabic name whose whole Latin skeleton is the query's
    /// ("Hadi" → هادي), or, with `words`, that has a word of each of the
    /// query's word skeletons ("Hadi" → عبد ربه منصور هادي). Empty for
    /// queries that are not Latin names.
    func actors(latinSkeletonOf query: String, words: Bool) -> [Actor] {
        lookups.add(1, ordering: .relaxed)
        guard Self.isNameLike(query), let parts = LatinSkeleton.words(latin: query), !parts.isEmpty else { return [] }
        let tables = skeletons
        if !words {
            let whole = LatinSkeleton.joined(parts)
            guard whole.count >= 2 else { return [] }
            return (tables.whole[whole] ?? []).map { actors[Int($0)] }
        }
        guard parts.allSatisfy({ $0.count >= 2 }) else { return [] }
        var common = Set(tables.words[parts[0]] ?? [])
        for part in parts.dropFirst() { common.formIntersection(tables.words[part] ?? []) }
        return common.sorted().map { actors[Int($0)] }
    }

    // MARK: - Keys

    /// A Latin name as a key: ASCII letters and digits in lower case, words
    /// one space apart ("Côte d’Ivoire" → "cote d ivoire").
    static func latinKey(_ name: String) -> String {
        let ascii = name.unicodeScalars.allSatisfy(\.isASCII) ? name : Transliterator.latinToASCII.transform(name)
        return ascii.lowercased().split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).joined(separator: " ")
    }

    /// An Arabic name as a key: normalized, words one space apart.
    static func arabicKey(_ name: String) -> String {
        ArabicNormalizer.normalize(name).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// True for what a person types as a name: letters, spaces, hyphens,
    /// apostrophes and dots only (no digits, brackets or controls).
    static func isNameLike(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || " -'’.".unicodeScalars.contains($0) }
    }

    /// A key under the whole name (tag 0) and from each later word on
    /// (tag 1), also without that word's article ("الحوثي" → "حوثي").
    private static func addName(_ key: String, rank: Int32, to table: inout PrefixTable.Builder) {
        table.add(key, value: rank, tag: 0)
        let words = key.split(separator: " ")
        for i in words.indices {
            let rest = words[i...].joined(separator: " ")
            if i > 0 { table.add(rest, value: rank, tag: 1) }
            if words[i].hasPrefix("ال"), words[i].count > 3 { table.add(String(rest.dropFirst(2)), value: rank, tag: 1) }
        }
    }

    // MARK: - Latin skeletons

    /// The skeleton tables: whole names and words, each → actors.
    struct Skeletons: Sendable {
        var table: PrefixTable
        var whole: [String: [Int32]]
        var words: [String: [Int32]]
    }

    private var skeletons: Skeletons { latin.get { Self.makeSkeletons(actors) } }

    private static func makeSkeletons(_ actors: [Actor]) -> Skeletons {
        var table = PrefixTable.Builder()
        var whole: [String: [Int32]] = [:], words: [String: [Int32]] = [:]
        for (rank, actor) in actors.enumerated() {
            let r = Int32(rank)
            var seenWhole: Set<String> = [], seenWords: Set<String> = []
            for name in [actor.arabicName] + actor.aliases where !name.isEmpty && !LatinSkeleton.isLatin(name) {
                let parts = LatinSkeleton.words(arabic: name)
                let joined = LatinSkeleton.joined(parts)
                if joined.count >= 2, seenWhole.insert(joined).inserted {
                    whole[joined, default: []].append(r)
                    table.add(joined, value: r, tag: 0)
                }
                for part in parts where part.count >= 2 && seenWords.insert(part).inserted {
                    words[part, default: []].append(r)
                    if part != joined { table.add(part, value: r, tag: 1) }
                }
            }
        }
        return Skeletons(table: table.build(), whole: whole, words: words)
    }
}

/// Holds an index's skeleton tables, made once on first use.
private final class LatinSkeletonCache: Sendable {
    private let built = Mutex<ActorIndex.Skeletons?>(nil)

    func get(_ make: () -> ActorIndex.Skeletons) -> ActorIndex.Skeletons {
        built.withLock { value in
            if let value { return value }
            let made = make()
            value = made
            return made
        }
    }
}
