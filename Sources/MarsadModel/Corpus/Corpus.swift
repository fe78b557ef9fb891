/// The articles Marsad reads, in the order they were given, and what went
/// wrong while loading them.
public struct Corpus: Sendable {
    public var articles: [Article]
    public var issues: [LoadIssue]

    public init(articles: [Article], issues: [LoadIssue] = []) {
        self.articles = articles
        self.issues = issues
    }

    /// True when some input could not be read (the CLI's exit status).
    public var hasErrors: Bool { issues.contains { $0.severity == .error } }

    public func article(id: ArticleID) -> Article? { articles.first { $0.id == id } }

    /// Keys of short lines that stand in several articles: a site's banner,
    /// section labels, footer. A line of three words or more must stand in
    /// three articles, since two outlets may run one agency story under one
    /// headline.
    package func templateLines() -> Set<String> {
        guard articles.count >= 2 else { return [] }
        // Each article's keys on every core; then counted in order.
        let articles = self.articles
        return CorpusLoader.templateLines(keys: concurrentMap(articles.count) { articles[$0].templateKeys })
    }
}
