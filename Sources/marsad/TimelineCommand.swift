import ArgumentParser
import Foundation
import MarsadModel

/// `marsad timeline`: the dated events of all articles in time order.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "List dated events in time order: date, doc, offsets, kind, actors, sources, sentence.",
        discussion: """
            An event is a body sentence anchored to a date: its own time \
            expression, the date of the sentence before it in its paragraph, or \
            the publication date in the lead. Coarse dates come before the finer \
            dates inside their span (2022 before 2022-09 before 2022-09-13); \
            dates relative to an unknown publication day come last. The same \
            fact reported by several articles shares a group; 'sources' lists \
            its articles (--grouped prints one row per group). Offsets are \
            Unicode scalars of the sentence in its article.
            """
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var actors: ActorOptions
    @Option(help: ArgumentHelp("Keep events on or after this date (2022, 2022-09 or 2022-09-13).", valueName: "date"))
    var from: String?
    @Option(help: ArgumentHelp("Keep events on or before this date (2022, 2022-09 or 2022-09-13).", valueName: "date"))
    var to: String?
    @Flag(help: "One row per group of events reporting the same fact.")
    var grouped = false
    @Option(help: "table or jsonl.") var format: OutputFormat = .table

    func validate() throws {
        do {
            _ = try DateRange(from: from, to: to)
        } catch {
            throw ValidationError("--\(error.bound.rawValue) takes a date such as 2022, 2022-09 or 2022-09-13, not '\(error.text)'")
        }
    }

    func run() throws {
        let dates = try DateRange(from: from, to: to)
        let input = try corpus.load()
        let loaded = input.corpus
        let (analysis, actorQuery, badRows) = try actors.analyse(input, parts: .timeline)
        let events = CorpusQuery(actors: actorQuery, dates: dates).events(in: analysis)
        func names(_ ids: [ActorID]) -> [String] { ids.map { analysis.actors[$0]?.displayName ?? $0.rawValue } }
        if grouped {
            printEntries(TimelineBuilder.entries(events), names: names)
        } else {
            printEvents(events, names: names)
        }
        if loaded.hasErrors || badRows { throw inputFailedExitCode }
    }

    private func printEvents(_ events: [TimelineEvent], names: ([ActorID]) -> [String]) {
        switch format {
        case .jsonl:
            for e in events {
                printOut(Output.jsonLine([
                    "doc": e.articleID.rawValue, "date": e.date.raw, "date_origin": e.dateOrigin.rawValue,
                    "readable_date": e.readableDate, "granularity": e.granularity?.rawValue, "text": e.text,
                    "start": e.sentenceRange.start, "end": e.sentenceRange.end, "actors": e.actorIDs.map(\.rawValue),
                    "actor_names": names(e.actorIDs), "speaker": e.speakerID?.rawValue, "kind": e.kind.rawValue,
                    "group": e.groupID, "sources": e.sources.map(\.rawValue),
                ]))
            }
        case .table:
            let rows = events.map { e in
                [e.date.raw, e.articleID.rawValue, String(e.sentenceRange.start), String(e.sentenceRange.end), e.kind.rawValue,
                 e.actorIDs.map(\.rawValue).joined(separator: ","), e.sources.count > 1 ? e.sources.map(\.rawValue).joined(separator: ",") : "-", e.text]
            }
            printOut(Output.table(header: ["date", "doc", "start", "end", "kind", "actors", "sources", "sentence"],
                                  rows: rows))
        }
    }

    private func printEntries(_ entries: [TimelineEntry], names: ([ActorID]) -> [String]) {
        switch format {
        case .jsonl:
            for g in entries {
                printOut(Output.jsonLine([
                    "group": g.groupID, "date": g.date.raw, "readable_date": g.date.readable,
                    "sources": g.sources.map(\.rawValue), "events": g.events.map { "\($0.articleID)#\($0.sentenceIndex)" },
                    "kind": g.events[0].kind.rawValue, "text": g.events[0].text,
                ]))
            }
        case .table:
            let rows = entries.map { g in
                [g.date.raw, String(g.groupID), g.events[0].kind.rawValue, g.sources.map(\.rawValue).joined(separator: ","), g.events[0].text]
            }
            printOut(Output.table(header: ["date", "group", "kind", "sources", "sentence"], rows: rows))
        }
    }
}
