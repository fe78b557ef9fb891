/// The kind of a named entity (ANERcorp's tag set).
public enum EntityType: String, Codable, Sendable, CaseIterable {
    case person = "PER"
    case organization = "ORG"
    case location = "LOC"
    case misc = "MISC"
}

/// Someone or something the news talks about: a person, an organization,
/// a country or a place, with every spelling that names it.
public struct Actor: Hashable, Sendable, Identifiable {
    /// Stable id: catalog ids ("AZ", "putin"), or "auto:<normalized name>"
    /// for actors made from names found in the corpus.
    public var id: ActorID
    public var englishName: String
    public var arabicName: String
    /// Spellings that name the actor (not normalized; matching normalizes).
    public var aliases: [String]
    /// Adjectives that point to the actor ("الأذربيجانية", "الروسي").
    public var nisbas: [String]
    public var type: EntityType
    /// The actor this one belongs to (a ministry to its country).
    public var parentID: ActorID?
    /// False for actors created from names found in the corpus.
    public var isFromCatalog: Bool

    public init(id: ActorID, englishName: String, arabicName: String, aliases: [String] = [], nisbas: [String] = [],
                type: EntityType, parentID: ActorID? = nil, isFromCatalog: Bool = true) {
        self.id = id
        self.englishName = englishName
        self.arabicName = arabicName
        self.aliases = aliases
        self.nisbas = nisbas
        self.type = type
        self.parentID = parentID
        self.isFromCatalog = isFromCatalog
    }

    /// The name to show: Arabic when known, else English.
    public var displayName: String { arabicName.isEmpty ? englishName : arabicName }
}

/// One place in an article where an actor is named.
public struct Mention: Hashable, Sendable {
    public var articleID: ArticleID
    /// The name itself, without proclitics or titles (scalar offsets).
    public var range: ScalarRange
    public var text: String
    public var type: EntityType
    public var actorID: ActorID
    /// True when the mention stands in boilerplate (dimmed; ignored by
    /// filters and the timeline).
    public var inBoilerplate: Bool
    /// A nisba adjective standing alone ("جندي أرميني"): counts toward its
    /// country for filtering but is not highlighted as a name.
    public var isNisba: Bool
    /// The name as a word: `text`, except that where the cut proclitics
    /// took the article's alef (ل + ال is written لل) it is put back:
    /// "للأمم المتحدة" has text "لأمم المتحدة" and spelling "الأمم المتحدة".
    public var spelling: String

    public init(articleID: ArticleID, range: ScalarRange, text: String, type: EntityType, actorID: ActorID,
                inBoilerplate: Bool, isNisba: Bool = false, spelling: String? = nil) {
        self.articleID = articleID
        self.range = range
        self.text = text
        self.type = type
        self.actorID = actorID
        self.inBoilerplate = inBoilerplate
        self.isNisba = isNisba
        self.spelling = spelling ?? text
    }
}
