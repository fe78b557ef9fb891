import ArgumentParser
import Foundation
import MarsadModel

/// Rebuilds `Sources/MarsadModel/Resources/lexicon.tsv`, the word-form
/// frequencies the clitic splitter consults, from ANERcorp's training file.
struct BuildLexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-lexicon",
        abstract: "Count normalized word forms of a CoNLL-style corpus into the clitic lexicon."
    )

    @Option(help: "Training data, one 'token TAG' pair a line.")
    var data: String = "../shared/data/ner/anercorp-train.txt"
    @Option(help: "Where to write the lexicon.")
    var output: String = "Sources/MarsadModel/Resources/lexicon.tsv"
    @Option(help: "Keep forms seen at least this often.")
    var minimumCount: Int = 2

    func run() throws {
        let text = try String(contentsOfFile: data, encoding: .utf8)
        let words = text.split(separator: "\n").compactMap { line -> String? in
            guard let space = line.lastIndex(of: " ") else { return nil }
            let token = String(line[..<space])
            return token.unicodeScalars.contains { $0.properties.isAlphabetic } ? token : nil
        }
        let lexicon = Lexicon.counting(words)
        try lexicon.tsv(minimumCount: minimumCount).write(toFile: output, atomically: true, encoding: .utf8)
        print("\(words.count) tokens, \(lexicon.size) forms; wrote forms seen ≥ \(minimumCount) times to \(output)")
    }
}
