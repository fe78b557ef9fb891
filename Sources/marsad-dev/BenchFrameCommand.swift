import ArgumentParser
import Foundation
import MarsadModel
import MarsadTUI

/// `marsad-dev bench-frame`: time to render a full reader frame.
///
/// Opens the busiest seed article (most mentions; the longest when the
/// analysis finds none) in a 200×60 screen with every pane showing, then
/// renders the whole frame (list, reader, actors, timeline with its chart,
/// status line) into a cell buffer again and again. A second figure adds
/// what a resize costs: laying the article out again at a new width.
struct BenchFrameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-frame",
        abstract: "Time to render a full 200×60 reader frame of the busiest seed article (median, p99).")

    @Option(help: "Folder of articles (default: $MARSAD_SEEDS, else the repository's seeds/).")
    var seeds: String?

    @Option(help: "Frames to time.")
    var frames = 1000

    @Option(help: "Screen width in cells.")
    var columns = 200

    @Option(help: "Screen height in cells.")
    var rows = 60

    func run() throws {
        let folder = try SeedFolder.resolve(seeds)
        let corpus = CorpusLoader().load(paths: [folder])
        guard !corpus.articles.isEmpty else { throw ValidationError("no articles in \(folder)") }
        let analysis = CorpusAnalysis.analyze(corpus)
        func mentions(_ a: Article) -> Int { analysis.mentionsByArticle[a.id]?.count ?? 0 }
        let busiest = analysis.corpus.articles.indices.max { a, b in
            let x = analysis.corpus.articles[a], y = analysis.corpus.articles[b]
            return (mentions(x), x.scalars.count) < (mentions(y), y.scalars.count)
        }!
        let article = analysis.corpus.articles[busiest]

        var state = AppState(corpus: corpus, corpusName: "seeds", size: ScreenSize(columns: columns, rows: rows))
        _ = reduce(&state, .analysisFinished(analysis, seconds: 0))
        _ = reduce(&state, .moveBy(busiest))
        _ = reduce(&state, .activate)
        // An event of this article selected, so its sentence is highlighted too.
        if let row = state.filtered.eventIndexes.firstIndex(where: { analysis.timeline[$0].articleID == article.id }) {
            _ = reduce(&state, .focus(.timeline))
            _ = reduce(&state, .moveBy(row))
            _ = reduce(&state, .activate)
        }
        guard state.layout.arrangement == .all else {
            throw ValidationError("\(columns)×\(rows) does not show every pane; use at least 120×40")
        }

        var buffer = Buffer(columns: columns, rows: rows)
        for _ in 0..<20 { Screen.render(state, into: &buffer) }  // warm-up
        var frameTimes: [Double] = []
        frameTimes.reserveCapacity(frames)
        for _ in 0..<frames {
            let start = DispatchTime.now().uptimeNanoseconds
            Screen.render(state, into: &buffer)
            frameTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }

        // A resize: the article laid out again at another width, then drawn.
        let resizes = max(10, frames / 5)
        var resizeTimes: [Double] = []
        var resized = state
        for i in 0..<resizes {
            let size = ScreenSize(columns: columns - 10 * (i % 2), rows: rows)
            let start = DispatchTime.now().uptimeNanoseconds
            _ = reduce(&resized, .resize(size))
            Screen.render(resized, into: &buffer)
            resizeTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }

        let lines = state.reader.document?.lines.count ?? 0
        print("article: \(article.id) (\(mentions(article)) mentions, \(article.scalars.count) scalars, \(lines) reader lines)")
        print("screen: \(columns)×\(rows), all panes, \(state.filtered.actorRows.count) actors, \(state.filtered.eventIndexes.count) events")
        print(String(format: "frame:           median %.3f ms  p99 %.3f ms  (%d frames)",
                     percentile(frameTimes, 0.5), percentile(frameTimes, 0.99), frames))
        print(String(format: "resize + frame:  median %.3f ms  p99 %.3f ms  (%d resizes)",
                     percentile(resizeTimes, 0.5), percentile(resizeTimes, 0.99), resizes))
    }

    private func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        let index = min(sorted.count - 1, max(0, Int((Double(sorted.count) * p).rounded(.up)) - 1))
        return sorted[index]
    }

}
