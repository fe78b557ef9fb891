/// Finds time expressions. (Scaffold: issue #5 replaces it.)
public struct TimeTagger: Sendable {
    public init() {}
    public func tag(_ article: Article) -> [TimeExpression] { [] }
}
