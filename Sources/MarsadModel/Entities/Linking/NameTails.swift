/// The tails of people's full names across a corpus, so that a shorter
/// name joins the one person whose name ends with it: "هادي" and "منصور
/// هادي" after "عبد ربه منصور هادي", when no other full name of the corpus
/// ends the same way (two people sharing a surname keep it apart).
///
/// Names are compared word by word on consonant skeletons, with a name
/// particle glued to the word after it ("عبد ربه" and "عبدربه" are one
/// word). A tail never starts with a particle or right after بن، ابن،
/// بنت or ولد (what follows is the father's or the family's name: "سلمان"
/// is not "محمد بن سلمان"), and a one-word tail is no given name, function
/// word or word of fewer than three letters ("أحمد" is nobody's surname
/// alone).
///
/// Each name adds one entry per word, so the table grows with the corpus's
/// names, never with their pairs.
struct NameTails {
    /// Tail skeleton → owners: group keys, or `catalogOwner(id)`.
    private var owners: [String: Set<String>] = [:]

    /// Particles glued to the next word of a name.
    private static let glued: Set<String> = ["عبد", "ابو", "ام", "ال"]
    /// Particles after which the rest of a name is another person's.
    private static let filial: Set<String> = ["بن", "ابن", "بنت", "ولد"]

    /// The owner standing for a catalog actor.
    static func catalogOwner(_ id: ActorID) -> String { "#" + id.rawValue }

    /// The catalog actor an owner stands for, if it does.
    static func catalogID(_ owner: String) -> ActorID? {
        owner.hasPrefix("#") ? ActorID(String(owner.dropFirst())) : nil
    }

    /// The words of a name, each particle glued to the word after it.
    static func words(_ tokens: [String]) -> [String] {
        var words: [String] = []
        var pending = ""
        for token in tokens {
            if glued.contains(token) {
                pending += token
                continue
            }
            words.append(pending + token)
            pending = ""
        }
        if !pending.isEmpty { words.append(pending) }
        return words
    }

    /// The skeleton of a whole name, particles glued.
    static func skeleton(_ tokens: [String]) -> String {
        words(tokens).map(ActorLinker.skeleton).joined(separator: " ")
    }

    /// Adds the tails of a full name (normalized tokens) for `owner`.
    mutating func add(_ tokens: [String], owner: String) {
        let words = Self.words(tokens)
        guard words.count >= 2 else { return }
        for start in 1..<words.count {
            guard !Self.filial.contains(words[start - 1]), !NamePropagator.particles.contains(words[start]) else { continue }
            if start == words.count - 1 && !Self.maySurname(words[start]) { continue }
            let tail = words[start...].map(ActorLinker.skeleton).joined(separator: " ")
            owners[tail, default: []].insert(owner)
        }
    }

    /// The one owner of the full names this name (normalized tokens) is a
    /// tail of, or nil when there is none or more than one.
    func owner(of tokens: [String]) -> String? {
        guard let set = owners[Self.skeleton(tokens)], set.count == 1 else { return nil }
        return set.first
    }

    /// A word that may stand alone for a person: three letters or more
    /// (the article not counted), no given name or function word.
    private static func maySurname(_ word: String) -> Bool {
        let core = word.hasPrefix("ال") ? String(word.dropFirst(2)) : word
        return core.unicodeScalars.count >= 3 && !GivenNames.all.contains(word)
            && !CliticSplitter.closedClass.contains(word)
    }
}
