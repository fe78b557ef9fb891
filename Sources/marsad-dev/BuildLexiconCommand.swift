import ArgumentParser
import Foundation
import MarsadModel
import MarsadTraining

/// Rebuilds `Sources/ArabicText/Resources/lexicon.tsv`, the word-form
/// frequencies the clitic splitter consults, from ANERcorp's training file.
struct BuildLexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-lexicon",
        abstract: "Count normalized word forms of a CoNLL-style corpus into the clitic lexicon."
    )

    @Option(help: "Training data, one 'token TAG' pair a line.")
    var data: String = "../shared/data/ner/anercorp-train.txt"
    @Option(help: "Where to write the lexicon.")
    var output: String = "Sources/ArabicText/Resources/lexicon.tsv"
    @Option(help: "Keep forms seen at least this often.")
    var minimumCount: Int = 2
    @Flag(help: "Count only the training part, leaving out eval-ner's development split (--split).")
    var excludeDev = false
    @Option(help: "With --exclude-dev: 'blocks' or 'tail', as eval-ner.")
    var split: NERTrainingOptions.DevSplit = .blocks

    func run() throws {
        let text = try String(contentsOfFile: data, encoding: .utf8)
        var sentences = CoNLLData.read(text)
        if excludeDev {
            sentences = split == .tail ? CoNLLData.split(sentences).train : CoNLLData.blockSplit(sentences).train
        }
        let words = CoNLLData.lexiconWords(sentences)
        let lexicon = Lexicon.counting(words)
        try lexicon.tsv(minimumCount: minimumCount).write(toFile: output, atomically: true, encoding: .utf8)
        print("\(words.count) tokens, \(lexicon.size) forms; wrote forms seen ≥ \(minimumCount) times to \(output)")
    }
}
