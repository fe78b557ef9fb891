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

    /// The kinds, in this order; their Arabic heads are data
    /// (`Resources/words/names.tsv`, classes institution-head and
    /// institution-construct-head, as spelled).
    static let all: [InstitutionKind] = {
        let kinds: [(key: String, englishName: String)] = [
            ("defense-ministry", "Ministry of Defence"), ("foreign-ministry", "Ministry of Foreign Affairs"),
            ("interior-ministry", "Ministry of the Interior"), ("army", "Armed Forces"), ("government", "Government"),
            ("parliament", "Parliament"), ("security-council", "Security Council"), ("presidency", "Presidency"),
            ("prosecutor", "Prosecutor General's Office"),
        ]
        let list = WordLists.names
        let heads = list.rows("institution-head", values: 2)
        let constructs = list.rows("institution-construct-head", values: 1)
        for row in heads + constructs where !kinds.contains(where: { $0.key == row.values[0] }) {
            list.fail(row, "no institution kind \"\(row.values[0])\"")
        }
        return kinds.map { kind in
            let own = heads.filter { $0.values[0] == kind.key }.map { row -> (words: String, feminine: Bool) in
                switch row.values[1] {
                case "feminine": return (row.word, true)
                case "masculine": return (row.word, false)
                default: list.fail(row, "gender \"\(row.values[1])\" is neither feminine nor masculine")
                }
            }
            guard !own.isEmpty else { fatalError("words/names.tsv: no institution-head for \(kind.key)") }
            return InstitutionKind(key: kind.key, englishName: kind.englishName, heads: own,
                                   constructHeads: constructs.filter { $0.values[0] == kind.key }.map(\.word))
        }
    }()

    /// The Arabic name for a country: head + the definite nisba
    /// ("وزارة الدفاع" + "أذربيجاني" → "وزارة الدفاع الأذربيجانية").
    func arabicName(nisba: String) -> String {
        let head = heads[0]
        return head.words + " ال" + nisba + (head.feminine ? "ة" : "")
    }
}
