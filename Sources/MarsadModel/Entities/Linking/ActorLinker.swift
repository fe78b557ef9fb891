/// Gives every name found in a corpus its actor.
///
/// Catalog names already have one. A name the catalog does not know is
/// first compared with the catalog's aliases by its consonant skeleton
/// (باشنيان ~ باشينيان); failing that it becomes an actor of its own,
/// `auto:<normalized name>`, shared by all its spellings in the corpus:
/// names with one skeleton are one actor, and a bare surname joins the one
/// full name it ends ("توراسيان" after "أرتوم توراسيان"). A one-word
/// unknown name that is another article's name with proclitics ("ودقلو"
/// where "دقلو" is a name elsewhere) loses them first.
struct ActorLinker {
    let index: CatalogIndex
    var splitter = CliticSplitter()

    func link(_ found: [ArticleID: [FoundName]]) -> (mentionsByArticle: [ArticleID: [Mention]], actors: [ActorID: Actor]) {
        let found = joiningLastWordsOfOrganizations(cuttingProclitics(found))
        var actors: [ActorID: Actor] = [:]
        // Unknown names, grouped by skeleton.
        var groups: [String: NameGroup] = [:]

        // In article-id order, then text order: the first name of a key
        // decides its group (its type picks the catalog match), so the order
        // must not depend on the dictionary's per-process hash seed.
        // Each key is decided once, by its first name; its other names only
        // add to the counts of the group it joins.
        var keyIndex: [String: Int32] = [:]
        var perKey: [(first: FoundName, tokens: [String], names: NameGroup)] = []
        // Each article's names' key numbers (-1: a catalog name).
        var keysOf: [ArticleID: [Int32]] = [:]
        keysOf.reserveCapacity(found.count)
        // The tails of every person's name of two words or more (catalog
        // people as they are named in the corpus included): a shorter name
        // joins the one owner of its tail (`NameTails`).
        var tails = NameTails()
        var catalogSpellings: Set<String> = []
        for article in found.keys.sorted() {
            let names = found[article]!
            var keys = [Int32](repeating: -1, count: names.count)
            for name in names where name.type == .person && !name.isNisba {
                guard case .actor(let id)? = name.target, FoundName.isMultiword(name.spelling),
                      catalogSpellings.insert(name.spelling).inserted else { continue }
                tails.add(Self.tokens(name.spelling), owner: NameTails.catalogOwner(id))
            }
            for (n, name) in names.enumerated() where name.target == nil {
                if let k = keyIndex[name.key] {
                    perKey[Int(k)].names.add(name)
                    keys[n] = k
                } else {
                    let k = Int32(perKey.count)
                    keyIndex[name.key] = k
                    var group = NameGroup()
                    group.add(name)
                    perKey.append((name, name.key.split(separator: " ").map(String.init), group))
                    keys[n] = k
                }
            }
            keysOf[article] = keys
        }
        // Full names first, so a surname can find its full name.
        // (Keys are normalized, so their UTF-8 order is `String`'s order, and cheaper.)
        let ordered = perKey.indices.sorted {
            let a = perKey[$0].tokens.count, b = perKey[$1].tokens.count
            return a != b ? a > b : perKey[$0].first.key.utf8.lexicographicallyPrecedes(perKey[$1].first.key.utf8)
        }
        // Each key's catalog actor, or else its group.
        var catalogOfKey = [ActorID?](repeating: nil, count: perKey.count)
        var groupOfKey = [String](repeating: "", count: perKey.count)
        let headless = HeadlessOrganizations(index: index)
        var headlessOwners: [String: Set<String>] = [:]
        for k in ordered {
            let (name, tokens, names) = perKey[k]
            let key = name.key
            let skeleton = tokens.map(Self.skeleton).joined(separator: " ")
            if let id = catalogMatch(skeleton: skeleton, type: name.type) {
                catalogOfKey[k] = id
                continue
            }
            var groupKey = skeleton
            if name.type == .person {
                // "عبد ربه" and "عبدربه" are one word of a name.
                groupKey = NameTails.skeleton(tokens)
                if let owner = tails.owner(of: tokens) {
                    if let id = NameTails.catalogID(owner) {
                        catalogOfKey[k] = id
                        continue
                    }
                    groupKey = owner
                }
            } else if name.type == .organization, tokens.count >= 2 {
                // "العمال الكردستاني" after "حزب العمال الكردستاني".
                var owners = headlessOwners[skeleton] ?? []
                if let id = headless.catalogActor(skeleton) { owners.insert(NameTails.catalogOwner(id)) }
                if owners.count == 1, let owner = owners.first {
                    if let id = NameTails.catalogID(owner) {
                        catalogOfKey[k] = id
                        continue
                    }
                    groupKey = owner
                }
            }
            groupOfKey[k] = groupKey
            groups[groupKey, default: NameGroup()].merge(names, key: key)
            if name.type == .person, tokens.count >= 2 {
                tails.add(tokens, owner: groupKey)
            } else if name.type == .organization, let rest = HeadlessOrganizations.headless(tokens) {
                headlessOwners[rest, default: []].insert(groupKey)
            }
        }
        var autoIDs: [String: (id: ActorID, type: EntityType)] = [:]
        for (groupKey, group) in groups {
            let type = group.type.count == 1 ? group.type.first!.key
                : group.type.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }!.key
            let key: String, longest: Int
            if group.keys.count == 1 {
                key = group.keys.first!.key
                longest = key.split(separator: " ").count
            } else {
                longest = group.keys.keys.map { $0.split(separator: " ").count }.max() ?? 1
                key = group.keys.filter { $0.key.split(separator: " ").count == longest }
                    .max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            }
            let display = group.spellings.filter { Self.tokenCount($0.key) == longest }
                .max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? key
            let id = ActorID("auto:" + key)
            autoIDs[groupKey] = (id, type)
            let spellings = group.spellings.count == 1 ? [group.spellings.first!.key] : group.spellings.keys.sorted()
            actors[id] = Actor(id: id, englishName: "", arabicName: display, aliases: spellings, type: type,
                               isFromCatalog: false)
        }
        // Each key's actor, and its type when the actor is already known.
        var actorOfKey: [(id: ActorID, type: EntityType?)] = []
        actorOfKey.reserveCapacity(perKey.count)
        for k in perKey.indices {
            if let id = catalogOfKey[k] {
                actorOfKey.append((id, nil))
            } else {
                let auto = autoIDs[groupOfKey[k]]!
                actorOfKey.append((auto.id, auto.type))
            }
        }

        // Each name's actor, and every actor named, first (one thread: it
        // fills `actors`); then each article's mentions on all cores.
        for (articleID, names) in found {
            let keys = keysOf[articleID]!
            for (n, name) in names.enumerated() {
                if let target = name.target {
                    let actorID = index.actorID(for: target)
                    if actors[actorID] == nil, let actor = index.actor(for: target) { actors[actorID] = actor }
                } else {
                    let known = actorOfKey[Int(keys[n])]
                    if known.type == nil, actors[known.id] == nil, let actor = index.actorsByID[known.id] {
                        actors[known.id] = actor
                    }
                }
            }
        }
        let articles = Array(found.keys)
        let named = actors
        let lists: [[Mention]] = concurrentMap(articles.count) { a in
            let articleID = articles[a]
            let names = found[articleID]!
            let keys = keysOf[articleID]!
            var list: [Mention] = []
            list.reserveCapacity(names.count)
            for (n, name) in names.enumerated() {
                let actorID: ActorID
                // The actor's type (nil: no actor).
                let actorType: EntityType?
                if let target = name.target {
                    actorID = index.actorID(for: target)
                    actorType = named[actorID]?.type
                } else {
                    let known = actorOfKey[Int(keys[n])]
                    actorID = known.id
                    actorType = known.type ?? named[actorID]?.type
                }
                var type = name.type
                if !name.isNisba, let actorType { type = actorType }
                list.append(Mention(articleID: articleID, range: name.range, text: name.text, type: type,
                                    actorID: actorID, inBoilerplate: name.inBoilerplate, isNisba: name.isNisba,
                                    spelling: name.spelling))
            }
            list.sort { $0.range < $1.range }
            return list
        }
        var mentions: [ArticleID: [Mention]] = [:]
        mentions.reserveCapacity(found.count)
        for (a, articleID) in articles.enumerated() { mentions[articleID] = lists[a] }
        return (mentions, actors)
    }

    /// One-word unknown names whose reading without proclitics is a name
    /// (or a person's surname) found elsewhere in the corpus, cut to it.
    private func cuttingProclitics(_ found: [ArticleID: [FoundName]]) -> [ArticleID: [FoundName]] {
        var keys: Set<String> = []
        for names in found.values {
            for name in names where name.target == nil && !name.isNisba {
                keys.insert(name.key)
                guard name.type == .person, FoundName.isMultiword(name.key) else { continue }
                let tokens = name.key.split(separator: " ")
                if tokens.count >= 2, let last = tokens.last, last.unicodeScalars.count >= 3,
                   !NamePropagator.particles.contains(String(last)) {
                    keys.insert(String(last))
                }
            }
        }
        var result = found
        // A spelling's readings with proclitics and a stem of three letters
        // or more, barest first; computed once per spelling.
        var readingsOf: [String: [(form: String, letters: Int)]] = [:]
        for (article, names) in found {
            for (n, name) in names.enumerated()
            where name.target == nil && !name.isNisba && !FoundName.isMultiword(name.key) {
                guard Self.mayStartWithProclitic(name.text) else { continue }
                let readings: [(form: String, letters: Int)]
                if let known = readingsOf[name.text] {
                    readings = known
                } else {
                    readings = splitter.analyses(name.text).reversed().compactMap { reading in
                        let letters = reading.proclitics.filter { $0 != "ال" }.count
                        guard letters > 0, reading.stem.unicodeScalars.count >= 3 else { return nil }
                        return (reading.hasArticle ? "ال" + reading.stem : reading.stem, letters)
                    }
                    readingsOf[name.text] = readings
                }
                guard !readings.isEmpty else { continue }
                let original = Array(name.text.unicodeScalars)
                for (form, letters) in readings {
                    guard form != name.key, keys.contains(form) else { continue }
                    let skip = WordTable.scalarsOf(letters: letters, in: original)
                    var cut = name
                    cut.range = ScalarRange(start: name.range.start + skip, end: name.range.end)
                    cut.text = String(String.UnicodeScalarView(original[skip...]))
                    cut.key = form
                    cut.restoresArticle = FoundName.restoresArticle(text: cut.text, readsArticle: form.hasPrefix("ال"),
                                                                    type: name.type, words: 1)
                    result[article]![n] = cut
                    break
                }
            }
        }
        return result
    }

    /// One-word unknown names that are the last word of one organization
    /// the same article names ("الكردستاني" after "حزب العمال الكردستاني"):
    /// that organization's. The word must be tagged an organization or
    /// carry the article, and no other organization of the article may end
    /// with it.
    private func joiningLastWordsOfOrganizations(_ found: [ArticleID: [FoundName]]) -> [ArticleID: [FoundName]] {
        struct Owner: Hashable {
            var target: AliasTarget?
            var key: String
        }
        var result = found
        for (article, names) in found {
            var owners: [String: Set<Owner>] = [:]
            for name in names where name.type == .organization && !name.isNisba && FoundName.isMultiword(name.spelling) {
                let tokens = name.target == nil ? name.key.split(separator: " ").map(String.init) : Self.tokens(name.spelling)
                guard tokens.count >= 2, let last = tokens.last, last.unicodeScalars.count >= 3 else { continue }
                owners[last, default: []].insert(Owner(target: name.target, key: name.target == nil ? name.key : ""))
            }
            guard !owners.isEmpty else { continue }
            for (n, name) in names.enumerated()
            where name.target == nil && !name.isNisba && !FoundName.isMultiword(name.key) {
                guard name.type == .organization || name.key.hasPrefix("ال"), let set = owners[name.key], set.count == 1,
                      let owner = set.first else { continue }
                var joined = name
                joined.type = .organization
                joined.target = owner.target
                joined.key = owner.key
                result[article]![n] = joined
            }
        }
        return result
    }

    /// Whether a word's first letter, normalized, can begin a proclitic
    /// other than the article (و، ف، ب، ل، ك): without one the splitter
    /// has no reading to offer.
    static func mayStartWithProclitic(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { !ArabicNormalizer.isIgnorable($0) }) else { return false }
        var folded: [Unicode.Scalar] = []
        ArabicNormalizer.fold(first, into: &folded)
        guard let letter = folded.first else { return false }
        return letter == "و" || letter == "ف" || letter == "ب" || letter == "ل" || letter == "ك"
    }

    /// The catalog actor whose alias has this skeleton and type, when
    /// exactly one has (skeletons of fewer than four consonants, the
    /// article not counted, are too short to trust).
    private func catalogMatch(skeleton: String, type: EntityType) -> ActorID? {
        guard let ids = index.skeletons[skeleton] else { return nil }
        // The article is no consonant of the name: "السد" is not "السويد".
        let consonants = skeleton.split(separator: " ").reduce(0) { total, token in
            total + token.unicodeScalars.count - (token.hasPrefix("ال") && token.unicodeScalars.count > 2 ? 2 : 0)
        }
        guard consonants >= 4 else { return nil }
        let typed = ids.filter { index.actorsByID[$0]?.type == type }
        return typed.count == 1 ? typed.first : nil
    }

    static func tokens(_ text: String) -> [String] { CatalogIndex.tokens(text) }

    /// `tokens(text).count`, from the scanner that cuts where the tokenizer
    /// does, without normalizing or building token strings.
    static func tokenCount(_ text: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        var spans: [TokenSpan] = []
        scalars.withUnsafeBufferPointer { Tokenizer.scan($0, range: 0..<$0.count, into: &spans) }
        return spans.count
    }

    /// A word's consonant skeleton: the first letter, then the letters
    /// other than long vowels and hamza seats (باشينيان → بشنن).
    static func skeleton(_ normalized: String) -> String {
        var out = String.UnicodeScalarView()
        for (i, s) in normalized.unicodeScalars.enumerated() {
            if i > 0 {
                switch s {
                case "ا", "و", "ي", "ء", "ئ", "ؤ": continue
                default: break
                }
            }
            out.append(s)
        }
        return String(out)
    }
}

private struct NameGroup {
    var type: [EntityType: Int] = [:]
    /// Surface text → count.
    var spellings: [String: Int] = [:]
    /// Normalized name → count.
    var keys: [String: Int] = [:]
    /// Names added (the count of a one-key group's key).
    var count = 0

    /// Adds a name of the group's one key (`merge` files them under it).
    mutating func add(_ name: FoundName) {
        type[name.type, default: 0] += 1
        spellings[name.spelling, default: 0] += 1
        count += 1
    }

    /// Adds the names of a one-key group, all with normalized name `key`.
    mutating func merge(_ other: NameGroup, key: String) {
        type.merge(other.type, uniquingKeysWith: +)
        spellings.merge(other.spellings, uniquingKeysWith: +)
        keys[key, default: 0] += other.count
        count += other.count
    }
}
