import ArgumentParser
import MarsadModel

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List articles: file, date and its source, outlet, title, word count."
    )

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "table or jsonl.") var format: OutputFormat = .table

    func run() throws {
        let loaded = try corpus.load()
        switch format {
        case .jsonl:
            for a in loaded.articles {
                printOut(Output.jsonLine([
                    "doc": a.id, "date": a.metadata.date?.iso, "date_source": a.metadata.dateSource?.rawValue,
                    "outlet": a.metadata.outlet, "url": a.metadata.url, "title": a.title, "words": a.wordCount,
                ]))
            }
        case .table:
            let rows = loaded.articles.map { a in
                [a.id, a.metadata.date?.iso ?? "undated", a.metadata.dateSource?.rawValue ?? "-",
                 a.metadata.outlet ?? "-", String(a.wordCount), a.title]
            }
            printOut(Output.table(header: ["doc", "date", "date from", "outlet", "words", "title"], rows: rows))
        }
        if loaded.hasErrors { throw inputFailedExitCode }
    }
}
