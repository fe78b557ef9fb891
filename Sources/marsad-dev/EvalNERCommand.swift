import ArgumentParser
import Foundation
import MarsadModel

/// Scores the tagger with CoNLL entity-level precision, recall and F1.
struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-ner",
        abstract: "Entity-level precision, recall and F1 of the NER tagger, per type.",
        discussion: """
            Default: splits the training file (the last --dev-fraction of its \
            sentences is the development split), trains a model on the rest \
            with the same settings as train-ner — clitic lexicon counted on \
            the training part too — and scores it on the development split, \
            which it never saw. With --test FILE: scores a saved model (the \
            shipped one unless --model is given) on every sentence of FILE.
            """
    )

    @Option(help: "Training data, one 'token TAG' pair a line.")
    var data: String = "../shared/data/ner/anercorp-train.txt"
    @Option(help: "Fraction of sentences, at the end of the file, that form the development split.")
    var devFraction: Double = 0.1
    @Option(help: "Score a saved model on this file instead (same format).")
    var test: String?
    @Option(help: "With --test: the model file (default: the shipped model).")
    var model: String?
    @Option(help: "Training passes over the data.")
    var epochs: Int = 12
    @Option(help: "Drop features seen fewer times than this.")
    var minCount: Int = 2
    @Option(help: "Seed for shuffling sentences.")
    var seed: UInt64 = 20_240_613
    @Flag(help: "Print each sentence with a wrong entity.")
    var errors = false

    func run() throws {
        let evaluated: [TaggedSentence]
        let tagger: NERTagger
        if let test {
            evaluated = CoNLLData.read(try String(contentsOfFile: test, encoding: .utf8))
            let loaded: NERModel
            if let model {
                loaded = try NERModel(data: try Data(contentsOf: URL(fileURLWithPath: model)))
            } else {
                guard let standard = NERModel.standard else { throw ValidationError("the shipped model is missing") }
                loaded = standard
            }
            tagger = NERTagger(model: loaded)
            print("model: \(model ?? "shipped"), scored on every sentence of \(test)")
        } else {
            let all = CoNLLData.read(try String(contentsOfFile: data, encoding: .utf8))
            let (train, dev) = CoNLLData.split(all, devFraction: devFraction)
            let splitter = CliticSplitter(lexicon: CoNLLData.lexicon(train))
            var trainer = NERTrainer()
            trainer.splitter = splitter
            trainer.epochs = epochs
            trainer.minimumFeatureCount = minCount
            trainer.seed = seed
            let trained = trainer.train(train) { FileHandle.standardError.write(Data(("  " + $0 + "\n").utf8)) }
            tagger = NERTagger(model: trained, splitter: splitter)
            evaluated = dev
            print("trained on the first \(train.count) sentences of \(data), scored on the last \(dev.count) (development split)")
        }
        var evaluation = NEREvaluation()
        for sentence in evaluated {
            let predicted = tagger.tag(sentence.tokens).map { NERTags.index($0) }
            evaluation.add(gold: sentence.tags, predicted: predicted)
            if errors, predicted != sentence.tags {
                let line = zip(sentence.tokens, zip(sentence.tags, predicted)).map { token, tags in
                    tags.0 == tags.1 ? token : "\(token)[\(NERTags.names[tags.0])→\(NERTags.names[tags.1])]"
                }.joined(separator: " ")
                print(line)
            }
        }
        print(evaluation.report)
    }
}
