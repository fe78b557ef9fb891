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

    public func article(id: String) -> Article? { articles.first { $0.id == id } }

    /// Marks short lines that stand in two or more articles (a site's
    /// banner, its section labels, its footer) as boilerplate. Headlines are
    /// left alone: two outlets may run one agency story under one title.
    mutating func markLinesSharedAcrossArticles() {
        guard articles.count >= 2 else { return }
        var owners: [String: Set<Int>] = [:]
        func key(_ a: Article, _ p: Paragraph) -> String? {
            guard p.role == .body || p.role == .subheading else { return nil }
            let f = BoilerplateRules.facts(a.scalars, p.range)
            guard f.wordCount <= 8, !f.endsWithTerminator else { return nil }
            return BoilerplateRules.strip(f.normalized)
        }
        for (ai, a) in articles.enumerated() {
            for p in a.paragraphs { if let k = key(a, p) { owners[k, default: []].insert(ai) } }
        }
        for ai in articles.indices {
            for pi in articles[ai].paragraphs.indices {
                let p = articles[ai].paragraphs[pi]
                if let k = key(articles[ai], p), (owners[k]?.count ?? 0) >= 2 {
                    articles[ai].paragraphs[pi].role = .boilerplate
                    articles[ai].paragraphs[pi].boilerplateReason = .sharedAcrossArticles
                }
            }
        }
    }
}
