/// Organization names without their head noun: "العمال الكردستاني" is
/// "حزب العمال الكردستاني", "أحرار الشام" is "حركة أحرار الشام".
///
/// A name of three words or more whose first word is an organization head
/// (`NameTriggers.organizationHeads`: حزب، حركة، جبهة، منظمة…) has a
/// headless form, its other words' consonant skeletons. This type holds
/// the catalog's; `ActorLinker` adds the corpus's own as it meets them. A
/// headless form two organizations share names neither.
struct HeadlessOrganizations {
    /// Headless skeleton → the catalog organizations that have it.
    private var catalog: [String: Set<ActorID>] = [:]

    /// The catalog's strong organization aliases, read once (one pass over
    /// the aliases).
    init(index: CatalogIndex) {
        for entry in index.entries where !entry.weak {
            guard case .actor(let id) = entry.target, index.actorsByID[id]?.type == .organization,
                  let rest = Self.headless(entry.tokens) else { continue }
            catalog[rest, default: []].insert(id)
        }
    }

    /// The headless skeleton of a name (normalized tokens), or nil when
    /// it has fewer than three words or does not start with a head noun.
    static func headless(_ tokens: [String]) -> String? {
        guard tokens.count >= 3 else { return nil }
        let first = tokens[0].hasPrefix("ال") ? String(tokens[0].dropFirst(2)) : tokens[0]
        guard NameTriggers.organizationHeads.contains(first) || NameTriggers.organizationHeads.contains(tokens[0])
        else { return nil }
        return tokens.dropFirst().map(ActorLinker.skeleton).joined(separator: " ")
    }

    /// The one catalog organization with this headless skeleton.
    func catalogActor(_ skeleton: String) -> ActorID? {
        guard let ids = catalog[skeleton], ids.count == 1 else { return nil }
        return ids.first
    }
}
