/// Words that announce a name: titles and roles before a person, head
/// nouns of organizations and of places. Matched on the normalized stem
/// with proclitics and the article cut off ("والرئيس" → "رئيس"). The
/// words are data (`Resources/words/names.tsv`), normalized on load.
enum NameTriggers {
    enum Kind: UInt8 {
        case none = 0, personTitle, organizationHead, placeHead
    }

    static func kind(ofStem stem: String) -> Kind {
        if personTitles.contains(stem) { return .personTitle }
        if organizationHeads.contains(stem) { return .organizationHead }
        if placeHeads.contains(stem) { return .placeHead }
        return .none
    }

    /// Titles and roles ("الرئيس الروسي فلاديمير بوتين", "المتحدث باسم…").
    static let personTitles: Set<String> = WordLists.names.set("person-title", normalized: true)

    /// Head nouns of organization names ("وزارة الدفاع", "منظمة…").
    static let organizationHeads: Set<String> = WordLists.names.set("organization-head", normalized: true)

    /// Head nouns of place names ("مدينة غوريس", "منطقة ناغورني قره باغ").
    static let placeHeads: Set<String> = WordLists.names.set("place-head", normalized: true)
}
