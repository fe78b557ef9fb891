/// Tells what kind of fact a sentence reports from lexical cues.
///
/// Each kind scores its cue words (normalized, proclitics stripped); a
/// casualty word counts more with a number in the sentence, a ceasefire
/// counts unless it is what someone calls for ("دعا إلى وقف إطلاق النار" is
/// diplomacy) or what was broken despite it ("رغم وقف إطلاق النار … فتحت
/// النيران" is a clash), an accusation verb outweighs the weapons it names.
/// The highest score wins; ties go to the more specific kind (casualties,
/// ceasefire, evacuation, clash, diplomacy, statement); no cue is `other`.
/// The cue words are data: `Resources/words/timeline.tsv`, one class a list.
enum EventClassifier {
    static let casualties: Set<String> = WordLists.timeline.set("casualty")
    static let ceasefireWords: Set<String> = WordLists.timeline.set("truce")
    static let evacuation: Set<String> = WordLists.timeline.set("evacuation")
    static let clash: Set<String> = WordLists.timeline.set("clash")
    static let diplomacy: Set<String> = WordLists.timeline.set("diplomacy")
    static let statements: Set<String> = WordLists.timeline.set("statement")
    static let accusations: Set<String> = WordLists.timeline.set("accusation")
    static let callVerbs: Set<String> = WordLists.timeline.set("call")

    private static let countWords: Set<String> = WordLists.timeline.set("count")
    private static let despite: Set<String> = WordLists.timeline.set("despite")
    private static let stopWords: Set<String> = WordLists.timeline.set("stop")
    private static let firing: Set<String> = WordLists.timeline.set("firing")
    private static let hostilities: Set<String> = WordLists.timeline.set("hostility")
    private static let afterStop = firing.union(hostilities)

    /// What a word can signal, all cue lists folded into one look-up.
    struct Cue: OptionSet {
        let rawValue: UInt16
        static let casualty = Cue(rawValue: 1), evacuation = Cue(rawValue: 2), clash = Cue(rawValue: 4)
        static let diplomacy = Cue(rawValue: 8), statement = Cue(rawValue: 16), accusation = Cue(rawValue: 32)
        static let call = Cue(rawValue: 64), despite = Cue(rawValue: 128), count = Cue(rawValue: 256)
        static let stop = Cue(rawValue: 512), truce = Cue(rawValue: 1024)
    }

    private static let cues: [String: Cue] = {
        var table: [String: Cue] = [:]
        let lists: [(Set<String>, Cue)] = [
            (casualties, .casualty), (evacuation, .evacuation), (clash, .clash), (diplomacy, .diplomacy),
            (statements, .statement), (accusations, .accusation), (callVerbs, .call), (despite, .despite),
            (countWords, .count), (stopWords, .stop), (ceasefireWords, .truce),
        ]
        for (words, cue) in lists { for w in words { table[w, default: []].insert(cue) } }
        return table
    }()

    static func classify(_ words: SentenceWords) -> EventKind {
        // One look-up per reading of each word.
        let flags: [Cue] = words.forms.map { forms in forms.reduce(into: Cue()) { $0.formUnion(cues[$1] ?? []) } }
        var score: [EventKind: Double] = [:]
        let hasNumber = words.tokens.contains { $0.kind == .number } || flags.contains { $0.contains(.count) }
        for (i, f) in flags.enumerated() {
            if f.contains(.casualty) { score[.casualties, default: 0] += hasNumber ? 3 : 1 }
            if f.contains(.evacuation) { score[.evacuation, default: 0] += 2 }
            if f.contains(.clash) { score[.clash, default: 0] += 1 }
            if f.contains(.diplomacy) { score[.diplomacy, default: 0] += 1 }
            if f.contains(.statement) { score[.statement, default: 0] += 0.5 }
            if f.contains(.accusation) { score[.statement, default: 0] += 2.5 }
            if (f.contains(.stop) || f.contains(.truce)) && ceasefire(words, at: i) != nil {
                let before = max(0, i - 10)..<i
                // "دعا … إلى وقف", "تسعى إلى وقف", "دعوات لوقف", "طالب بوقف": a call.
                let called = words.norm(i - 1) == "الي" || ["ل", "ب", "ول", "وب"].contains { words.norm(i).hasPrefix($0 + "وقف") }
                if called || before.contains(where: { flags[$0].contains(.call) }) {
                    score[.diplomacy, default: 0] += 3
                } else if before.contains(where: { flags[$0].contains(.despite) }) {
                    score[.clash, default: 0] += 1
                } else {
                    score[.ceasefire, default: 0] += 3
                }
            }
        }
        let order: [EventKind] = [.casualties, .ceasefire, .evacuation, .clash, .diplomacy, .statement]
        var best: EventKind = .other
        var bestScore = 0.0
        for kind in order where (score[kind] ?? 0) > bestScore {
            best = kind
            bestScore = score[kind]!
        }
        return best
    }

    /// "وقف إطلاق النار", "وقفا لإطلاق النار", "وقف فوري لإطلاق النار",
    /// "وقف القتال", "هدنة": the index after the cue.
    static func ceasefire(_ w: SentenceWords, at i: Int) -> Int? {
        if w.has(i, ceasefireWords) { return i + 1 }
        guard w.has(i, stopWords) else { return nil }
        var j = i + 1
        if !w.has(j, afterStop) { j += 1 }  // "وقف فوري لإطلاق"
        if w.has(j, firing), w.norm(j + 1) == "النار" { return j + 2 }
        if w.has(j, hostilities) { return j + 1 }
        return nil
    }
}
