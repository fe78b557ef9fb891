import ArgumentParser
import Foundation
import MarsadModel
import MarsadTraining

/// Scores the time tagger against annotation files (`eval/times/*.tsv`).
struct EvalTimesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-times",
        abstract: "Precision, recall and value accuracy of time expressions against annotation files.",
        discussion: """
            Each file names its corpus ('# corpus: PATH') and lists the expected \
            expressions (doc, context with [[expression]], type, value); see the \
            README. Articles are dated as 'marsad times' dates them (metadata, \
            dateline, else inferred from the text). Default: every .tsv file in \
            the repository's eval/times/.
            """
    )

    @Argument(help: "Annotation files (.tsv).", completion: .file(extensions: ["tsv"]))
    var files: [String] = []
    @Flag(help: "List every disagreement.")
    var errors = false

    func run() throws {
        let paths = try files.isEmpty ? Self.defaultFiles() : files
        var total = TimeEvaluation.Counts()
        var rows: [[String]] = []
        for path in paths {
            let file = try TimeAnnotationFile(path: path)
            let corpus = PublicationDateInference().apply(to: CorpusLoader().load(paths: file.corpusPaths))
            for issue in corpus.issues { FileHandle.standardError.write(Data("marsad-dev: \(issue)\n".utf8)) }
            let tagger = TimeTagger()
            var predictions: [ArticleID: [TimeExpression]] = [:]
            for article in corpus.articles { predictions[article.id] = tagger.tag(article) }
            let result = TimeEvaluation.evaluate(file, corpus: corpus, predictions: predictions)
            total = total + result.counts
            rows.append(Self.row(URL(fileURLWithPath: path).lastPathComponent, result.counts))
            if errors {
                for issue in result.issues { print("  \(URL(fileURLWithPath: path).lastPathComponent): \(issue)") }
            }
        }
        if paths.count > 1 { rows.append(Self.row("all", total)) }
        print(Self.table(rows))
    }

    static func row(_ name: String, _ c: TimeEvaluation.Counts) -> [String] {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        return [name, String(c.gold), String(c.predicted), f(c.strictPrecision), f(c.strictRecall),
                f(c.lenientPrecision), f(c.lenientRecall), f(c.lenientF1), f(c.typeAccuracy),
                "\(f(c.valueAccuracy)) (\(c.valueCorrect)/\(c.lenient))"]
    }

    static func table(_ rows: [[String]]) -> String {
        let header = ["file", "gold", "found", "P strict", "R strict", "P", "R", "F1", "type acc", "value acc"]
        let all = [header] + rows
        var widths = Array(repeating: 0, count: header.count)
        for r in all { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        return all.map { r in
            r.enumerated().map { i, c in c.padding(toLength: widths[i], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }

    /// The repository's eval/times/*.tsv, found from this source file.
    static func defaultFiles() throws -> [String] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("eval/times")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let files = names.filter { $0.hasSuffix(".tsv") }.sorted().map { folder.appendingPathComponent($0).path }
        guard !files.isEmpty else { throw ValidationError("no annotation files in \(folder.path); give paths") }
        return files
    }
}
