import ArgumentParser
import Foundation
import MarsadModel

/// Trains the named-entity tagger and writes the model file the library
/// loads (`Sources/MarsadModel/Resources/ner-model.bin`).
struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-ner",
        abstract: "Train the NER tagger (averaged perceptron) on ANERcorp and write the model file.",
        discussion: """
            Deterministic for a seed. By default trains on every sentence of the \
            file (the shipped model); --exclude-dev leaves out the development \
            split that eval-ner scores on, and then also counts the clitic \
            lexicon on the training part only.
            """
    )

    @Option(help: "Training data, one 'token TAG' pair a line, blank lines between sentences.")
    var data: String = "../shared/data/ner/anercorp-train.txt"
    @Option(help: "Where to write the model.")
    var output: String = "Sources/MarsadModel/Resources/ner-model.bin"
    @Flag(help: "Leave out the development split (the last --dev-fraction of the sentences).")
    var excludeDev = false
    @Option(help: "Fraction of sentences, at the end of the file, that form the development split.")
    var devFraction: Double = 0.1
    @Option(help: "Training passes over the data.")
    var epochs: Int = 12
    @Option(help: "Drop features seen fewer times than this.")
    var minCount: Int = 2
    @Option(help: "Seed for shuffling sentences.")
    var seed: UInt64 = 20_240_613

    func run() throws {
        let text = try String(contentsOfFile: data, encoding: .utf8)
        var sentences = CoNLLData.read(text)
        var trainer = NERTrainer()
        if excludeDev {
            sentences = CoNLLData.split(sentences, devFraction: devFraction).train
            trainer.splitter = CliticSplitter(lexicon: CoNLLData.lexicon(sentences))
        }
        trainer.epochs = epochs
        trainer.minimumFeatureCount = minCount
        trainer.seed = seed
        let started = Date()
        let model = trainer.train(sentences) { print($0) }
        let bytes = model.serialized()
        try bytes.write(to: URL(fileURLWithPath: output))
        print(String(format: "wrote %@: %d feature rows, %.1f MB, trained in %.1f s", output, model.featureCount,
                     Double(bytes.count) / 1_000_000, Date().timeIntervalSince(started)))
    }
}
