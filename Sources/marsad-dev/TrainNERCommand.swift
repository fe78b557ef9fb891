import ArgumentParser
import Foundation
import MarsadModel
import MarsadTraining

extension NERTrainer.Algorithm: ExpressibleByArgument {}

/// Settings shared by `train-ner` and `eval-ner`, so the figure eval-ner
/// reports comes from a model trained exactly as the shipped one. The
/// defaults are the shipped model's; they were chosen on the tuning folds
/// (`eval-ner --tune`), never on the development splits.
struct NERTrainingOptions: ParsableArguments {
    @Option(help: "Training data, one 'token TAG' pair a line, blank lines between sentences.")
    var data: String = "../shared/data/ner/anercorp-train.txt"
    @Option(help: "Development split: 'blocks' (every tenth block of 50 sentences) or 'tail' (the last tenth).")
    var split: DevSplit = .blocks
    @Option(help: "Algorithm of the document pass (of the only pass with --document-size 0): crf or perceptron.")
    var algorithm: NERTrainer.Algorithm = .crf
    @Option(help: "Algorithm of the sentence pass: perceptron or crf.")
    var firstAlgorithm: NERTrainer.Algorithm = .perceptron
    @Option(help: "Perceptron: training passes over the data.")
    var epochs: Int = 12
    @Option(help: "CRF: L-BFGS iterations at most.")
    var iterations: Int = 100
    @Option(help: "CRF: L2 penalty (l2 · |w|² / 2).")
    var l2: Double = 1
    @Option(help: "CRF: drop feature rows whose every weight is smaller than this after training.")
    var pruneBelow: Float = 0.03
    @Option(help: "Perceptron: drop feature rows whose every weight is smaller than this after training.")
    var perceptronPruneBelow: Float = 0.01
    @Option(help: "Drop features seen fewer times than this.")
    var minCount: Int = 2
    @Option(help: "Penalty on the O tag's score in the document pass (the only pass with --document-size 0).")
    var outsideBias: Float = 0.5
    @Option(help: "Penalty on the O tag's score in the sentence pass.")
    var firstOutsideBias: Float = 10
    @Option(help: "Perceptron: margin of cost-augmented training (extra score for wrong tags while training).")
    var margin: Float = 0
    @Option(help: "Consecutive sentences read as one document; 0 trains a one-pass tagger.")
    var documentSize: Int = 50
    @Option(help: "Folds for the sentence-pass tags the document pass learns from.")
    var folds: Int = 5
    @Option(help: "Seed for shuffling sentences (perceptron).")
    var seed: UInt64 = 20_240_613
    @Option(help: "WikiFANE Gold, added to the training data in ANERcorp's conventions ('none': ANERcorp alone).")
    var wikifane: String = "none"
    @Option(help: "Share of WikiFANE's training blocks used (its weight against ANERcorp).")
    var wikifaneShare: Double = 1
    @Option(help: "WikiFANE's facilities, roads and celestial bodies: loc or o.")
    var wikifaneFacilities: String = "loc"
    @Option(help: "WikiFANE's products, vehicles and weapons: misc or o.")
    var wikifaneProducts: String = "misc"

    enum DevSplit: String, ExpressibleByArgument { case blocks, tail }

    func sentences() throws -> [TaggedSentence] {
        CoNLLData.read(try String(contentsOfFile: data, encoding: .utf8))
    }

    /// WikiFANE's training and development sentences (none without --wikifane).
    func wikifaneSentences() throws -> (train: [TaggedSentence], dev: [TaggedSentence]) {
        guard wikifane != "none" else { return ([], []) }
        let mapping = WikiFANE.Mapping(facilitiesAsLocations: wikifaneFacilities == "loc",
                                       productsAsMisc: wikifaneProducts == "misc")
        let all = WikiFANE.read(try String(contentsOfFile: wikifane, encoding: .utf8), mapping: mapping)
        return WikiFANE.split(all, share: wikifaneShare)
    }

    /// A model trained on ANERcorp sentences and extra ones (WikiFANE),
    /// each read in documents of their own.
    func train(_ trainer: NERTrainer, _ sentences: [TaggedSentence], extra: [TaggedSentence],
               log: (String) -> Void) -> NERModel {
        guard !extra.isEmpty, documentSize > 0 else { return trainer.train(sentences + extra, log: log) }
        let documents = trainer.documents(sentences.count)
            + trainer.documents(extra.count).map { ($0.lowerBound + sentences.count)..<($0.upperBound + sentences.count) }
        return trainer.train(sentences + extra, documents: documents, log: log)
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
        trainer.algorithm = algorithm
        trainer.firstAlgorithm = firstAlgorithm
        trainer.epochs = epochs
        trainer.iterations = iterations
        trainer.l2 = l2
        trainer.pruneBelow = pruneBelow
        trainer.perceptronPruneBelow = perceptronPruneBelow
        trainer.minimumFeatureCount = minCount
        trainer.outsideBias = outsideBias
        trainer.firstOutsideBias = firstOutsideBias
        trainer.margin = margin
        trainer.documentSize = documentSize
        trainer.folds = folds
        trainer.seed = seed
        return trainer
    }
}

/// Trains the named-entity tagger and writes the model file the library
/// loads (`Sources/MarsadModel/Resources/ner-model.bin`).
struct TrainNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-ner",
        abstract: "Train the NER tagger (perceptron sentence pass, CRF document pass) on ANERcorp and write the model file.",
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
        let wikifane = try options.wikifaneSentences()
        var extra = wikifane.train
        var splitter = CliticSplitter()
        if excludeDev {
            sentences = options.splitSentences(sentences).train
            splitter = CliticSplitter(lexicon: CoNLLData.lexicon(sentences))
        } else {
            extra += wikifane.dev
        }
        let started = Date()
        let model = options.train(options.trainer(splitter: splitter), sentences, extra: extra) { print($0) }
        let bytes = model.serialized()
        try bytes.write(to: URL(fileURLWithPath: output))
        print(String(format: "wrote %@: %d feature rows, %.1f MB, trained in %.1f s", output, model.featureCount,
                     Double(bytes.count) / 1_000_000, Date().timeIntervalSince(started)))
    }
}
