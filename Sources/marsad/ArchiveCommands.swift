import ArgumentParser
import Foundation
import MarsadArchive
import MarsadModel

/// `--archive FILE`: which archive a command uses.
struct ArchiveOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The archive file. Default: $XDG_DATA_HOME/marsad/archive.sqlite (else ~/.local/share/marsad/archive.sqlite).",
                               valueName: "file"),
            completion: .file())
    var archive: String?

    var path: String { archive ?? Archive.defaultPath() }

    /// Opens the archive, or says why not on stderr and exits with status 1.
    func open(readOnly: Bool) throws -> Archive {
        try archiveStep { try Archive(path: path, readOnly: readOnly) }
    }
}

/// Runs an archive operation; a failure is one line on stderr and exit 1.
func archiveStep<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ArchiveError {
        warn("\(error)")
        throw ExitCode(1)
    }
}

/// `marsad add PATH…`: imports articles into the archive.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Import files, folders and JSON Lines into the archive.",
        discussion: """
            Each article is committed with its search index in its own \
            transaction: an interrupted import keeps what it committed. An \
            article whose text (SHA-256) or URL the archive already holds is \
            skipped and reported on stderr. Then every article without an \
            analysis of the current version is analysed and its analysis kept, \
            so the reader opens on it at once (--no-analysis leaves that to \
            the first read).
            """
    )

    @OptionGroup var archive: ArchiveOptions
    @Flag(help: "Import only; analyse on the first read.") var noAnalysis = false
    @Argument(help: "Files and folders of articles (.txt, .jsonl).", completion: .file())
    var paths: [String]

    func run() throws {
        let corpus = CorpusLoader().load(paths: paths)
        for issue in corpus.issues { warn("\(issue)") }
        let store = try archive.open(readOnly: false)
        let report = try archiveStep { try store.add(corpus) }
        for d in report.duplicates {
            let why = d.sameURL ? "the same URL as" : "the same text as"
            warn("\(d.doc): skipped, \(why) \(d.existing)")
        }
        printOut("added \(report.added.count) article\(report.added.count == 1 ? "" : "s"), "
                 + "\(report.duplicates.count) duplicate\(report.duplicates.count == 1 ? "" : "s") skipped, to \(store.path)")
        var badRows = false
        if !noAnalysis {
            let (catalog, issues) = ActorCatalog.withUserFile(nil)
            for issue in issues { warn("\(issue)") }
            badRows = !issues.isEmpty
            let all = try archiveStep { try store.corpus() }
            let analysis = CorpusAnalysis.analyze(all, catalog: catalog, parts: [.entities, .times], cache: store)
            CorpusOptions.reportCacheFailure(store)
            printOut("analysed \(analysis.counts.analyzed) article\(analysis.counts.analyzed == 1 ? "" : "s"), "
                     + "\(analysis.counts.reused) already analysed")
        }
        if corpus.hasErrors || badRows { throw inputFailedExitCode }
    }
}

/// `marsad archive`: what the archive holds.
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Say what the archive holds: articles, outlets, date span, size, analysis.",
        discussion: """
            An article is analysed once for each analyser version (the code, \
            the NER model, the word lists and your actor catalog); --prune \
            drops the analyses kept for other versions than the current one.
            """
    )

    @OptionGroup var archive: ArchiveOptions
    @Option(help: "table or jsonl.") var format: OutputFormat = .table
    @Flag(help: "Drop analyses of other analyser versions first (they are only kept for going back).")
    var prune = false

    func run() throws {
        let store = try archive.open(readOnly: !prune)
        let version = AnalysisVersion.current(catalog: ActorCatalog.withUserFile(nil).catalog)
        if prune {
            let dropped = try archiveStep { try store.dropAnalyses(otherThan: version) }
            warn("dropped \(dropped) analys\(dropped == 1 ? "is" : "es") of other versions")
        }
        let s = try archiveStep { try store.stats(version: version) }
        switch format {
        case .jsonl:
            printOut(Output.jsonLine([
                "archive": store.path, "articles": s.articles, "undated": s.undated, "first_date": s.firstDate,
                "last_date": s.lastDate, "text_bytes": s.textBytes, "file_bytes": s.fileBytes,
                "schema": s.schemaVersion, "analysis_version": version, "analysed": s.analysed,
                "pending": s.pending, "other_version_analyses": s.otherVersions,
                "outlets": s.outlets.map { ["name": $0.name, "articles": $0.articles] as [String: Any] },
            ]))
        case .table:
            var lines = [
                "archive   \(store.path)",
                "articles  \(s.articles) (\(s.undated) undated)",
                "dates     \(s.firstDate ?? "-") … \(s.lastDate ?? "-")",
                "size      \(s.textBytes / 1024) KB of text, \(s.fileBytes / 1024) KB on disk",
                "schema    \(s.schemaVersion)",
                "analysis  \(s.analysed) analysed, \(s.pending) pending (version \(version))"
                    + (s.otherVersions > 0 ? "; \(s.otherVersions) of older versions" : ""),
                "outlets   \(s.outlets.count)",
            ]
            lines += s.outlets.prefix(20).map {
                "  " + String($0.articles).padding(toLength: 6, withPad: " ", startingAt: 0) + " "
                    + ($0.name.isEmpty ? "(none)" : $0.name)
            }
            printOut(lines.map(\.terminalSafe).joined(separator: "\n"))
        }
    }
}

/// `marsad search QUERY`: full-text search over the archive.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search every article of the archive, best first (bm25).",
        discussion: """
            Words are matched on normalized Arabic (hamza forms, alef maqsura, \
            taa marbuta, harakat and tatweel folded) without proclitics, so \
            بوتين finds لبوتين and وبوتين. Several words are a phrase (adjacent, \
            in order); the last may be the start of a word (of two letters or \
            more). --from and --to keep \
            the articles dated in the range (undated ones are left out); --actor \
            keeps those naming the actor outside boilerplate, as `marsad articles \
            --actor` does, reading only the articles the words find.
            """
    )

    @OptionGroup var archive: ArchiveOptions
    @OptionGroup var actors: ActorOptions
    @Argument(help: "The words to look for.") var query: [String]
    @Option(help: ArgumentHelp("Keep articles dated on or after this date (2015, 2015-07 or 2015-07-21).", valueName: "date"))
    var from: String?
    @Option(help: ArgumentHelp("Keep articles dated on or before this date (2015, 2015-07 or 2015-07-21).", valueName: "date"))
    var to: String?
    @Option(help: "At most this many articles.") var limit = 20
    @Option(help: "table or jsonl.") var format: OutputFormat = .table

    func validate() throws {
        do {
            _ = try DateRange(from: from, to: to)
        } catch {
            throw ValidationError("--\(error.bound.rawValue) takes a date such as 2015, 2015-07 or 2015-07-21, not '\(error.text)'")
        }
        guard limit > 0 else { throw ValidationError("--limit takes a number of articles above 0, not \(limit)") }
    }

    func run() throws {
        let dates = try DateRange(from: from, to: to)
        var badRows = false
        var actor: SearchActor?
        if let name = actors.actor {
            let (catalog, hadErrors) = actors.catalog()
            badRows = hadErrors
            actor = SearchActor(name, includeChildren: actors.includeChildren, catalog: catalog)
        }
        let store = try archive.open(readOnly: true)
        let hits: [SearchHit]
        do {
            hits = try archiveStep { try store.search(query.joined(separator: " "), limit: limit, dates: dates, actor: actor) }
        } catch let error as ActorQuery.ResolutionError {
            switch error {
            case .ambiguous(_, let candidates):
                warn("--actor '\(error.name)' could be: \(ActorQuery.ResolutionError.list(candidates)); give an id")
            case .notFound:
                warn("no actor matches --actor '\(error.name)' in the catalog or in the articles the words find")
            }
            throw ExitCode(2)
        }
        switch format {
        case .jsonl:
            for h in hits {
                printOut(Output.jsonLine([
                    "doc": h.doc.rawValue, "title": h.title, "date": h.date, "outlet": h.outlet, "rank": h.rank,
                    "snippet": h.snippet, "offset": h.offset,
                    "highlights": h.highlights.map { [$0.start, $0.end] },
                ]))
            }
        case .table:
            printOut(Output.table(header: ["doc", "date", "title", "snippet"],
                                  rows: hits.map { [$0.doc.rawValue, $0.date ?? "-", $0.title, $0.snippet] }))
        }
        if badRows { throw inputFailedExitCode }
    }
}
