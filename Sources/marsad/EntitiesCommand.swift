import ArgumentParser
import MarsadModel

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List every mention of a person, organization or place: file, offsets, text, type, actor.",
        discussion: """
            Offsets are Unicode scalars into the file's text, end exclusive. \
            Mentions in boilerplate are listed and marked (the reader dims them; \
            --actor ignores them). A nisba standing alone ("جندي أرميني") is a \
            mention of its country marked nisba.
            """
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var actors: ActorOptions
    @Option(help: "table or jsonl.") var format: OutputFormat = .table

    func run() throws {
        let input = try corpus.load()
        let loaded = input.corpus
        let (analysis, actorQuery, badRows) = try actors.analyse(input, parts: .entities)
        let query = CorpusQuery(actors: actorQuery)
        var rows: [[String]] = []
        for article in analysis.corpus.articles {
            for m in query.mentions(of: article, in: analysis) {
                let name = analysis.actors[m.actorID]?.displayName ?? m.actorID.rawValue
                switch format {
                case .jsonl:
                    printOut(Output.jsonLine([
                        "doc": article.id.rawValue, "start": m.range.start, "end": m.range.end, "text": m.text,
                        "type": m.type.rawValue, "actor_id": m.actorID.rawValue, "actor_name": name,
                        "boilerplate": m.inBoilerplate, "nisba": m.isNisba,
                    ]))
                case .table:
                    rows.append([article.id.rawValue, String(m.range.start), String(m.range.end), m.type.rawValue,
                                 m.isNisba ? "nisba" : "name", m.inBoilerplate ? "yes" : "no", m.actorID.rawValue, name, m.text])
                }
            }
        }
        if format == .table {
            printOut(Output.table(header: ["doc", "start", "end", "type", "kind", "boilerplate", "actor", "actor name", "text"],
                                  rows: rows))
        }
        if loaded.hasErrors || badRows { throw inputFailedExitCode }
    }
}
