import ArgumentParser
import MarsadModel

/// `marsad times`: every time expression with its TIMEX3 type and value.
struct TimesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "times",
        abstract: "List time expressions: doc, start, end, text, TIMEX3 type and value.",
        discussion: """
            Every time expression of every article, boilerplate included (marked \
            as such). Relative expressions are resolved against the article's \
            publication date (metadata, dateline, or inferred from the text); an \
            undated article keeps relative values such as XXXX-WXX-2 (a Tuesday) \
            or PUB-1D (the day before publication). Offsets are Unicode scalars.
            """
    )

    @OptionGroup var corpus: CorpusOptions
    @Option(help: "table or jsonl.") var format: OutputFormat = .table

    func run() throws {
        let input = try corpus.load()
        let loaded = input.corpus
        // The catalog is part of the cache's key: the one every command uses.
        let analysis = CorpusAnalysis.analyze(loaded, catalog: ActorCatalog.withUserFile(nil).catalog, parts: .times,
                                              cache: input.cache)
        CorpusOptions.reportCacheFailure(input.cache)
        var rows: [[String]] = []
        for article in analysis.corpus.articles {
            for t in analysis.timesByArticle[article.id] ?? [] {
                let part = t.inBoilerplate ? "boilerplate" : "text"
                switch format {
                case .jsonl:
                    printOut(Output.jsonLine([
                        "doc": t.articleID.rawValue, "start": t.range.start, "end": t.range.end, "text": t.text,
                        "type": t.type.rawValue, "value": t.value, "boilerplate": t.inBoilerplate,
                        "zone": t.timeZone, "readable": t.readableValue,
                        "publication": article.metadata.date?.iso,
                        "publication_source": article.metadata.dateSource?.rawValue,
                        "publication_confidence": article.metadata.dateSource == .inferred
                            ? article.metadata.dateConfidence : nil,
                    ]))
                case .table:
                    rows.append([t.articleID.rawValue, String(t.range.start), String(t.range.end), t.type.rawValue, t.value,
                                 part, t.text])
                }
            }
        }
        if format == .table {
            printOut(Output.table(header: ["doc", "start", "end", "type", "value", "where", "text"], rows: rows))
        }
        if loaded.hasErrors { throw inputFailedExitCode }
    }
}
