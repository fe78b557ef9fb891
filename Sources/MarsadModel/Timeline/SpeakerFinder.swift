/// Finds who a sentence attributes its claim to: the subject of a verb of
/// speech ("قالت وزارة الدفاع الأذربيجانية …", "أعلن الكرملين …"), the
/// source of "نقل … عن" ("نقلت وكالة تاس عن الكرملين قوله"), or the name
/// after "بحسب"/"وفق".
///
/// Arabic news puts the verb first, so the speaker is the first name after
/// the verb, before its complement ("إن", "أن", a colon or a quote); a name
/// just before the verb is taken when none follows ("باشنيان دان …").
/// Names beat nisba adjectives ("الروسية" alone is a weak speaker).
enum SpeakerFinder {
    private static let complementizers: Set<String> = WordLists.timeline.set("complementizer")
    private static let sourceMarkers: Set<String> = WordLists.timeline.set("source-marker")
    private static let window = 10
    private static let reportVerbs: Set<String> = WordLists.timeline.set("report-verb")

    /// The speaker's actor, if any.
    static func speaker(_ words: SentenceWords, mentions: [Mention]) -> ActorID? {
        speakerIndex(words, mentions: mentions).map { mentions[$0].actorID }
    }

    /// The index in `mentions` of the speaker's mention, if any (the
    /// timeline keeps it, to give it its actor after linking).
    static func speakerIndex(_ words: SentenceWords, mentions: [Mention]) -> Int? {
        guard !mentions.isEmpty else { return nil }
        for v in 0..<words.count where words.has(v, TimeLexicon.attributionVerbs) {
            // "نقلت وكالة تاس عن الكرملين قوله": the source after "عن".
            if words.has(v, reportVerbs) {
                if let an = (v + 1..<min(words.count, v + window)).first(where: { words.norm($0) == "عن" }),
                   let source = firstMention(after: words.tokens[an].range.end, before: clauseEnd(words, from: an + 1), mentions) {
                    return source
                }
            }
            if let subject = firstMention(after: words.tokens[v].range.end, before: clauseEnd(words, from: v + 1), mentions) {
                return subject
            }
            // Subject before the verb: "رئيس الوزراء الأرميني نيكول باشنيان دان".
            let from = words.tokens[max(0, v - 6)].range.start
            if let before = mentions.lastIndex(where: { $0.range.end <= words.tokens[v].range.start && $0.range.start >= from && !$0.isNisba }) {
                return before
            }
        }
        for s in 0..<words.count where words.has(s, sourceMarkers) {
            if let source = firstMention(after: words.tokens[s].range.end, before: clauseEnd(words, from: s + 1), mentions) {
                return source
            }
        }
        return nil
    }

    /// Where the subject can no longer be: a complementizer, a colon, a
    /// quotation mark, or the window's end.
    private static func clauseEnd(_ words: SentenceWords, from i: Int) -> Int {
        var k = i
        while k < min(words.count, i + window) {
            let t = words.tokens[k]
            if complementizers.contains(t.normalized) && k > i { return t.range.start }
            if t.kind == .punctuation, [":", "\"", "“", "«", "؛"].contains(t.text) { return t.range.start }
            k += 1
        }
        return k < words.count ? words.tokens[k].range.start : (words.tokens.last?.range.end ?? 0)
    }

    /// The index of the first name in [start, end), else of the first nisba there.
    private static func firstMention(after start: Int, before end: Int, _ mentions: [Mention]) -> Int? {
        let inside = mentions.indices.filter { mentions[$0].range.start >= start && mentions[$0].range.start < end }
        return inside.first { !mentions[$0].isNisba } ?? inside.first
    }
}
