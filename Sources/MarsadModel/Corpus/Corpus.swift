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
        for (ai, a) in articles.enumerated() {
            for p in a.paragraphs where p.role != .frontMatter {
                let f = BoilerplateRules.facts(a.scalars, p.range)
                guard let key = ArticleStructure.templateKey(f) else { continue }
                owners[key, default: ([], f.wordCount)].articles.insert(ai)
            }
        }
        return Set(owners.filter { $0.value.articles.count >= ($0.value.words >= 3 ? 3 : 2) }.keys)
    }
}
