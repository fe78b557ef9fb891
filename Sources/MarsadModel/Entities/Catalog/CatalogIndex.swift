/// What a catalog alias names.
enum AliasTarget: Hashable, Sendable {
    /// An actor of the catalog.
    case actor(ActorID)
    /// A nisba adjective of an actor (الأذربيجانية → AZ).
    case nisba(ActorID)
    /// A state institution of a country (`InstitutionKind.all[kind]`).
    case institution(kind: Int, country: ActorID)
}

/// One alias as a sequence of normalized tokens.
struct AliasEntry: Sendable {
    /// Normalized tokens; the first keeps the article but no other proclitic.
    var tokens: [String]
    var target: AliasTarget
    var weak: Bool
}

/// The catalog's aliases, nisbas and institution names, indexed by their
/// first token for matching against text.
///
/// Text is matched token by token on normalized forms; the first token is
/// tried in every clitic reading (وبأذربيجان → أذربيجان, للأمم → الأمم),
/// so spellings with proclitics need no aliases of their own.
package final class CatalogIndex: Sendable {
    let entries: [AliasEntry]
    /// First token → entry indexes, longest alias first.
    let byFirstToken: [String: [Int32]]
    /// The aliases as a token trie (node 0 is the root), so matching costs
    /// one look-up a token however many aliases share a start ("وزارة").
    let trie: [TrieNode]

    struct TrieNode: Sendable {
        var children: [String: Int32] = [:]
        /// Entries whose last token is this node.
        var entries: [Int32] = []
    }
    let actorsByID: [ActorID: Actor]
    /// `actor(for: entries[i].target)?.type` for every entry, so matching
    /// reads a type without looking up and copying the actor.
    let entryTypes: [EntityType?]
    /// Consonant skeleton of every strong alias → actor ids, for names
    /// spelled in a way the catalog does not list.
    let skeletons: [String: Set<ActorID>]

    init(catalog: ActorCatalog) {
        var entries: [AliasEntry] = []
        var seen: Set<[String]> = []        // tokens of names
        var seenNisbas: Set<[String]> = []  // tokens of nisba forms (may equal a name: أرمينيا)
        var actorsByID: [ActorID: Actor] = [:]
        func add(_ tokens: [String], _ target: AliasTarget, weak: Bool) {
            guard !tokens.isEmpty else { return }
            if target.isNisba {
                guard seenNisbas.insert(tokens).inserted else { return }
            } else {
                guard seen.insert(tokens).inserted else { return }
            }
            entries.append(AliasEntry(tokens: tokens, target: target, weak: weak))
        }
        // Cities from time-zone data last: a catalog row or a country with
        // the same name (تونس) names the actor.
        let ordered = catalog.actors.filter { !$0.id.rawValue.hasPrefix("tz:") } + catalog.actors.filter { $0.id.rawValue.hasPrefix("tz:") }
        for actor in ordered {
            actorsByID[actor.id] = actor
            var names = actor.aliases
            if actor.englishName.unicodeScalars.allSatisfy({ $0.isASCII }) && !actor.englishName.isEmpty {
                names.append(actor.englishName)
            }
            for name in names {
                let tokens = Self.tokens(name)
                add(tokens, .actor(actor.id), weak: catalog.weakAliases.contains(tokens.joined(separator: " ")))
            }
        }
        // Nisbas after names, so a form that is both (روسيا) names the actor.
        for actor in catalog.actors {
            for nisba in actor.nisbas {
                for form in Self.nisbaForms(nisba) { add(form, .nisba(actor.id), weak: false) }
            }
        }
        // Institutions of every country that has a nisba.
        for actor in catalog.actors where actor.id.rawValue.count == 2 && actor.type == .location {
            let bases = actor.nisbas.map { ArabicNormalizer.normalize($0) }
                .filter { $0.hasSuffix("ي") && !$0.contains(" ") }
            let names = actor.aliases.map(Self.tokens).filter { !catalog.weakAliases.contains($0.joined(separator: " ")) }
            guard !bases.isEmpty else { continue }
            for (k, kind) in InstitutionKind.all.enumerated() {
                let target = AliasTarget.institution(kind: k, country: actor.id)
                for head in kind.heads {
                    let headTokens = Self.tokens(head.words)
                    for base in bases { add(headTokens + ["ال" + base + (head.feminine ? "ه" : "")], target, weak: false) }
                    for name in names { add(headTokens + ["في"] + name, target, weak: false) }
                }
                for head in kind.constructHeads {
                    for name in names { add(Self.tokens(head) + name, target, weak: false) }
                }
            }
        }
        var byFirst: [String: [Int32]] = [:]
        for (i, entry) in entries.enumerated() { byFirst[entry.tokens[0], default: []].append(Int32(i)) }
        for key in byFirst.keys {
            byFirst[key]!.sort { entries[Int($0)].tokens.count > entries[Int($1)].tokens.count }
        }
        var skeletons: [String: Set<ActorID>] = [:]
        for entry in entries where !entry.weak {
            guard case .actor(let id) = entry.target else { continue }
            skeletons[entry.tokens.map(ActorLinker.skeleton).joined(separator: " "), default: []].insert(id)
        }
        self.skeletons = skeletons
        var trie = [TrieNode()]
        for (i, entry) in entries.enumerated() {
            var node = 0
            for token in entry.tokens {
                if let next = trie[node].children[token] {
                    node = Int(next)
                } else {
                    trie.append(TrieNode())
                    trie[node].children[token] = Int32(trie.count - 1)
                    node = trie.count - 1
                }
            }
            trie[node].entries.append(Int32(i))
        }
        self.trie = trie
        self.entries = entries
        self.byFirstToken = byFirst
        self.actorsByID = actorsByID
        entryTypes = entries.map { entry in
            switch entry.target {
            case .actor(let id), .nisba(let id):
                return actorsByID[id]?.type
            case .institution(let k, let country):
                if let known = actorsByID[ActorID(country.rawValue + "." + InstitutionKind.all[k].key)] { return known.type }
                return actorsByID[country] == nil ? nil : .organization
            }
        }
    }

    /// Normalized tokens of a name, as the tokenizer would cut it in text.
    static func tokens(_ name: String) -> [String] {
        Tokenizer.tokenize(name).map(\.normalized)
    }

    /// Every inflected form of a nisba, as token sequences: a form ending
    /// in ي gets ية، يين، يون، يا، يان، يتين، يتان، يات, each with and
    /// without the article; other forms (أرمن، روس) are taken as written,
    /// with and without the article.
    static func nisbaForms(_ nisba: String) -> [[String]] {
        let words = tokens(nisba)
        guard !words.isEmpty else { return [] }
        let inflects = words.allSatisfy { $0.hasSuffix("ي") }
        let suffixes = inflects ? ["", "ه", "ين", "ون", "ا", "ان", "تين", "تان", "ات"] : [""]
        var forms: [[String]] = []
        for suffix in suffixes {
            let bare = words.map { $0 + suffix }
            forms.append(bare)
            forms.append(bare.map { $0.hasPrefix("ال") ? $0 : "ال" + $0 })
        }
        return forms
    }

    /// The nisba entry of `country` that this word is, if any.
    func nisbaMatch(_ word: Int32, country: ActorID, table: WordTable) -> Int32? {
        for start in table.infos[Int(word)].catalogStarts {
            for e in trie[Int(start.node)].entries where entries[Int(e)].target == .nisba(country) { return e }
        }
        return nil
    }

    /// The actor an alias target names (institutions are made up from
    /// their country unless the catalog has a row for them).
    func actor(for target: AliasTarget) -> Actor? {
        switch target {
        case .actor(let id), .nisba(let id):
            return actorsByID[id]
        case .institution(let k, let country):
            let kind = InstitutionKind.all[k]
            let id = ActorID(country.rawValue + "." + kind.key)
            if let known = actorsByID[id] { return known }
            guard let parent = actorsByID[country] else { return nil }
            let nisba = parent.nisbas.first { ArabicNormalizer.normalize($0).hasSuffix("ي") && !$0.contains(" ") }
            let arabic = nisba.map { kind.arabicName(nisba: $0) } ?? kind.heads[0].words + " " + parent.arabicName
            return Actor(id: id, englishName: parent.englishName + " " + kind.englishName, arabicName: arabic,
                         aliases: [arabic], type: .organization, parentID: country)
        }
    }

    func actorID(for target: AliasTarget) -> ActorID {
        switch target {
        case .actor(let id), .nisba(let id): return id
        case .institution(let k, let country): return ActorID(country.rawValue + "." + InstitutionKind.all[k].key)
        }
    }
}
