import ArgumentParser
import MarsadModel

/// Prints each paragraph of each article with its role, so boilerplate
/// rules can be checked on a new corpus.
struct StructureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "structure",
        abstract: "Show paragraph roles (headline, dateline, body, boilerplate and why) and sentence counts."
    )

    @Argument(help: "Files and folders of articles.") var paths: [String]

    func run() throws {
        let corpus = CorpusLoader().load(paths: paths)
        for issue in corpus.issues { print("! \(issue)") }
        for article in corpus.articles {
            print("== \(article.id)  date=\(article.metadata.date?.iso ?? "-") (\(article.metadata.dateSource?.rawValue ?? "-"))")
            for p in article.paragraphs {
                let role = p.boilerplateReason.map { "boilerplate/\($0.rawValue)" } ?? p.role.rawValue
                let text = article.text(in: p.range).terminalSafe
                print("  [\(role)] s=\(p.sentenceIndexes.count) \(text.prefix(70))")
            }
        }
    }
}
