/// Kinds of state institution that news names by a head noun and a nisba
/// or a country ("وزارة الدفاع الأذربيجانية", "وزارة الدفاع في أذربيجان",
/// "الجيش الأذري", "بالخارجية الروسية"). Each country with a nisba gets
/// them without a row in the catalog; the actor id is `<country>.<kind>`
/// ("AZ.defense-ministry"), its parent the country. A catalog row with that
/// id overrides the made-up names.
struct InstitutionKind: Sendable {
    /// Id suffix: "defense-ministry".
    var key: String
    var englishName: String
    /// Definite heads with the gender of the nisba that follows them.
    var heads: [(words: String, feminine: Bool)]
    /// Heads in construct before a country name ("وزارة دفاع أذربيجان").
    var constructHeads: [String]

    static let all: [InstitutionKind] = [
        InstitutionKind(key: "defense-ministry", englishName: "Ministry of Defence",
                        heads: [("وزارة الدفاع", true)], constructHeads: ["وزارة دفاع"]),
        InstitutionKind(key: "foreign-ministry", englishName: "Ministry of Foreign Affairs",
                        heads: [("وزارة الخارجية", true), ("الخارجية", true)], constructHeads: ["وزارة خارجية"]),
        InstitutionKind(key: "interior-ministry", englishName: "Ministry of the Interior",
                        heads: [("وزارة الداخلية", true)], constructHeads: ["وزارة داخلية"]),
        InstitutionKind(key: "army", englishName: "Armed Forces",
                        heads: [("الجيش", false), ("القوات المسلحة", true)], constructHeads: ["جيش"]),
        InstitutionKind(key: "government", englishName: "Government",
                        heads: [("الحكومة", true)], constructHeads: ["حكومة"]),
        InstitutionKind(key: "parliament", englishName: "Parliament",
                        heads: [("البرلمان", false)], constructHeads: ["برلمان"]),
        InstitutionKind(key: "security-council", englishName: "Security Council",
                        heads: [("مجلس الأمن", false)], constructHeads: []),
        InstitutionKind(key: "presidency", englishName: "Presidency",
                        heads: [("الرئاسة", true)], constructHeads: []),
        InstitutionKind(key: "prosecutor", englishName: "Prosecutor General's Office",
                        heads: [("النيابة العامة", true)], constructHeads: []),
    ]

    /// The Arabic name for a country: head + the definite nisba
    /// ("وزارة الدفاع" + "أذربيجاني" → "وزارة الدفاع الأذربيجانية").
    func arabicName(nisba: String) -> String {
        let head = heads[0]
        return head.words + " ال" + nisba + (head.feminine ? "ة" : "")
    }
}
