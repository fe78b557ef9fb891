import ArgumentParser
import Foundation
import MarsadModel

/// Settings shared by `train-ner` and `eval-ner`, so the figure eval-ner
/// reports comes from a model trained exactly as the shipped one.
struct NERTrainingOptions: ParsableArguments {
    @Option(help: "Training data, one 'token TAG' pair a line, blank lines between sentences.")
    var data: String = "../shared/data/ner/anercorp-train.txt"
    @Option(help: "Development split: 'blocks' (every tenth block of 50 sentences) or 'tail' (the last tenth).")
    var split: DevSplit = .blocks
    @Option(help: "Training passes over the data.")
    var epochs: Int = 12
    @Option(help: "Drop features seen fewer times than this.")
    var minCount: Int = 2
    @Option(help: "Penalty on the O tag's score, trading precision for recall.")
    var outsideBias: Float = 10
    @Option(help: "Margin of cost-augmented training (extra score for wrong tags while training).")
    var margin: Float = 0
    @Option(help: "Seed for shuffling sentences.")
    var seed: UInt64 = 20_240_613

    enum DevSplit: String, ExpressibleByArgument { case blocks, tail }

    func sentences() throws -> [TaggedSentence] {
        CoNLLData.read(try String(contentsOfFile: data, encoding: .utf8))
    }

    /// Training and development sentences of the chosen split.
    func splitSentences(_ all: [TaggedSentence]) -> (train: [TaggedSentence], dev: [TaggedSentence]) {
        split == .tail ? CoNLLData.split(all, devFraction: 0.1) : CoNLLData.blockSplit(all)
    }

    var splitDescription: String {
        split == .tail ? "the last tenth of the sentences"
            : "every tenth block of 50 sentences, less verbatim repeats of training sentences"
    }

    func trainer(splitter: CliticSplitter) -> NERTrainer {
        var trainer = NERTrainer()
        trainer.splitter = splitter
        trainer.epochs = epochs
        trainer.minimumFeatureCount = minCount
        trainer.outsideBias = outsideBias
        trainer.margin = margin
        trainer.seed = seed
        return trainer
    }
}

/// Trains the named-entity tagger and writes the model file the library
/// loads (`Sources/MarsadModel/Resources/ner-model.bin`).
struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-ner",
        abstract: "Train the NER tagger (averaged perceptron) on ANERcorp and write the model file.",
        discussion: """
            Deterministic for a seed. By default trains on every sentence of the \
            file with the shipped clitic lexicon (the shipped model); \
            --exclude-dev leaves out the development split that eval-ner scores \
            on, and then counts the clitic lexicon on the training part only.
            """
    )

    @OptionGroup var options: NERTrainingOptions
    @Option(help: "Where to write the model.")
    var output: String = "Sources/MarsadModel/Resources/ner-model.bin"
    @Flag(help: "Leave out the development split.")
    var excludeDev = false

    func run() throws {
        var sentences = try options.sentences()
        var splitter = CliticSplitter()
        if excludeDev {
            sentences = options.splitSentences(sentences).train
            splitter = CliticSplitter(lexicon: CoNLLData.lexicon(sentences))
        }
        let started = Date()
        let model = options.trainer(splitter: splitter).train(sentences) { print($0) }
        let bytes = model.serialized()
        try bytes.write(to: URL(fileURLWithPath: output))
        print(String(format: "wrote %@: %d feature rows, %.1f MB, trained in %.1f s", output, model.featureCount,
                     Double(bytes.count) / 1_000_000, Date().timeIntervalSince(started)))
    }
}
