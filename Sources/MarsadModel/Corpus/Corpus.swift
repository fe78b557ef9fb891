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
    func templateLines() -> Set<String> {
        guard articles.count >= 2 else { return [] }
        var owners: [String: (articles: Set<Int>, words: Int)] = [:]
        // Each article's keys on every core; then counted in order.
        let articles = self.articles
        let keys = concurrentMap(articles.count) { ai in
            articles[ai].paragraphs.compactMap { p -> (String, Int)? in
                guard p.role != .frontMatter else { return nil }
                let f = BoilerplateRules.facts(articles[ai].scalars, p.range)
                return ArticleStructure.templateKey(f).map { ($0, f.wordCount) }
            }
        }
        for (ai, list) in keys.enumerated() {
            for (key, words) in list { owners[key, default: ([], words)].articles.insert(ai) }
        }
        return Set(owners.filter { $0.value.articles.count >= ($0.value.words >= 3 ? 3 : 2) }.keys)
    }
}
