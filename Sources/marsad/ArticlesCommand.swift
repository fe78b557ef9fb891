import ArgumentParser
import Foundation
import MarsadModel

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "List articles: file, date and its source, outlet, title, word count."
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var actors: ActorOptions
    @Option(help: "table or jsonl.") var format: OutputFormat = .table

    func run() throws {
        let input = try corpus.load()
        let loaded = input.corpus
        var badRows = false
        var keep: [Int]?
        if actors.actor != nil {
            let (analysis, actorQuery, hadErrors) = try actors.analyse(input, parts: .entities)
            badRows = hadErrors
            keep = CorpusQuery(actors: actorQuery).articleIndexes(in: analysis)
        }
        // Undated articles get a date inferred from their text, marked as such.
        var dated = CorpusAnalysis.analyze(loaded, catalog: actors.unreportedCatalog, parts: .times, cache: input.cache).corpus
        CorpusOptions.reportCacheFailure(input.cache)
        if let keep { dated.articles = keep.map { dated.articles[$0] } }
        switch format {
        case .jsonl:
            for a in dated.articles {
                printOut(Output.jsonLine([
                    "doc": a.id.rawValue, "date": a.metadata.date?.iso, "date_source": a.metadata.dateSource?.rawValue,
                    "date_confidence": a.metadata.dateSource == .inferred ? a.metadata.dateConfidence : nil,
                    "outlet": a.metadata.outlet, "url": a.metadata.url, "title": a.title, "words": a.wordCount,
                ]))
            }
        case .table:
            let rows = dated.articles.map { a in
                [a.id.rawValue, a.metadata.date?.iso ?? "undated", Self.dateSource(a.metadata),
                 a.metadata.outlet ?? "-", String(a.wordCount), a.title]
            }
            printOut(Output.table(header: ["doc", "date", "date from", "outlet", "words", "title"], rows: rows))
        }
        if loaded.hasErrors || badRows { throw inputFailedExitCode }
    }

    /// "metadataFile", or "inferred (0.8)" with how sure the inference is.
    static func dateSource(_ m: ArticleMetadata) -> String {
        guard let source = m.dateSource else { return "-" }
        if source == .inferred, let c = m.dateConfidence { return "inferred (\(String(format: "%.1f", c)))" }
        return source.rawValue
    }
}
