import ArgumentParser
import Foundation
import MarsadModel

/// Scores the tagger with CoNLL entity-level precision, recall and F1.
struct EvalNERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-ner",
        abstract: "Entity-level precision, recall and F1 of the NER tagger, per type.",
        discussion: """
            Default: splits the training file into a training part and a \
            development split (--split), trains a model on the training part \
            with the same settings as train-ner — the clitic lexicon counted \
            on the training part too — and scores it on the development \
            split, which it never saw. With --test FILE: scores a saved model \
            (the shipped one unless --model is given) on every sentence of FILE.
            """
    )

    @OptionGroup var options: NERTrainingOptions
    @Option(help: "Score a saved model on this file instead (same format).")
    var test: String?
    @Option(help: "With --test: the model file (default: the shipped model).")
    var model: String?
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
            let (train, dev) = options.splitSentences(try options.sentences())
            let splitter = CliticSplitter(lexicon: CoNLLData.lexicon(train))
            let trained = options.trainer(splitter: splitter).train(train) {
                FileHandle.standardError.write(Data(("  " + $0 + "\n").utf8))
            }
            tagger = NERTagger(model: trained, splitter: splitter)
            evaluated = dev
            print("trained on \(train.count) sentences of \(options.data); scored on \(dev.count) others: \(options.splitDescription)")
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
