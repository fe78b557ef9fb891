/// Builds the timeline. (Scaffold: issue #5 replaces it.)
public struct TimelineBuilder: Sendable {
    public init() {}
    public func build(corpus: Corpus, times: [String: [TimeExpression]], mentions: [String: [Mention]]) -> [TimelineEvent] {
        []
    }
}
