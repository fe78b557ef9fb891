import ArgumentParser
import MarsadModel

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the actors a corpus names: id, names, type, parent, mention and article counts, spellings seen.",
        discussion: """
            Counts leave boilerplate out; nisbas ("الأذربيجانية") count for their \
            country. Most mentioned first.
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
        var mentionCount: [ActorID: Int] = [:]
        var articleSets: [ActorID: Set<ArticleID>] = [:]
        var spellings: [ActorID: [String: Int]] = [:]
        var named: Set<ActorID> = []
        for (articleID, mentions) in analysis.mentionsByArticle {
            for m in mentions {
                named.insert(m.actorID)
                guard !m.inBoilerplate else { continue }
                mentionCount[m.actorID, default: 0] += 1
                articleSets[m.actorID, default: []].insert(articleID)
                spellings[m.actorID, default: [:]][m.spelling, default: 0] += 1
            }
        }
        let ids = named.filter(query.keeps(actorID:))
            .sorted { (mentionCount[$0] ?? 0, $1) > (mentionCount[$1] ?? 0, $0) }
        var rows: [[String]] = []
        for id in ids {
            guard let actor = analysis.actors[id] else { continue }
            let seen = (spellings[id] ?? [:]).sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
            switch format {
            case .jsonl:
                printOut(Output.jsonLine([
                    "id": id.rawValue, "english": actor.englishName, "arabic": actor.arabicName, "type": actor.type.rawValue,
                    "parent": actor.parentID?.rawValue, "mentions": mentionCount[id] ?? 0, "articles": articleSets[id]?.count ?? 0,
                    "spellings": seen, "from_catalog": actor.isFromCatalog,
                ]))
            case .table:
                rows.append([id.rawValue, actor.type.rawValue, actor.parentID?.rawValue ?? "-", String(mentionCount[id] ?? 0),
                             String(articleSets[id]?.count ?? 0), actor.englishName.isEmpty ? "-" : actor.englishName,
                             actor.arabicName, seen.joined(separator: "، ")])
            }
        }
        if format == .table {
            printOut(Output.table(header: ["id", "type", "parent", "mentions", "articles", "english", "arabic", "spellings"],
                                  rows: rows))
        }
        if loaded.hasErrors || badRows { throw inputFailedExitCode }
    }
}
