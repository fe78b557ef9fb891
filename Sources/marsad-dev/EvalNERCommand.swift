import ArgumentParser
import Foundation
import MarsadModel
import MarsadTraining

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
            split, which it never saw. Development sentences are tagged in \
            documents of --document-size consecutive sentences, as training \
            reads them. With --tune: the same on the three tuning folds, \
            which lie outside both development splits (for choosing settings). \
            With --test FILE: scores a saved model (the shipped one unless \
            --model is given) on every sentence of FILE.
            """
    )

    @OptionGroup var options: NERTrainingOptions
    @Option(help: "Score a saved model on this file instead (same format).")
    var test: String?
    @Option(help: "With --test: the model file (default: the shipped model).")
    var model: String?
    @Flag(help: "Print each sentence with a wrong entity.")
    var errors = false
    @Flag(help: """
        Score on the three tuning folds instead (blocks 2, 5, 7 mod 10 outside both development splits, \
        each trained on the rest outside both): the figure for choosing features and settings.
        """)
    var tune = false
    @Option(parsing: .upToNextOption, help: "Also score with these extra O penalties on the last pass (no retraining).")
    var sweep: [Float] = []

    func run() throws {
        let penalties: [Float] = [0] + sweep
        var results = [NEREvaluation](repeating: NEREvaluation(), count: penalties.count)
        let started = Date()
        if let test {
            let sentences = CoNLLData.read(try String(contentsOfFile: test, encoding: .utf8))
            let loaded: NERModel
            if let model {
                loaded = try NERModel(data: try Data(contentsOf: URL(fileURLWithPath: model)))
            } else {
                guard let standard = NERModel.standard else { throw ValidationError("the shipped model is missing") }
                loaded = standard
            }
            print("model: \(model ?? "shipped"), scored on every sentence of \(test)")
            score(loaded, CliticSplitter(), sentences, penalties, into: &results)
        } else if tune {
            let all = try options.sentences()
            let extra = try options.wikifaneSentences().train
            for fold in 0..<3 {
                let (train, dev) = CoNLLData.tuningSplit(all, fold: fold)
                var foldResults = [NEREvaluation](repeating: NEREvaluation(), count: penalties.count)
                let (trained, splitter) = self.train(train, extra: extra)
                score(trained, splitter, dev, penalties, into: &foldResults)
                for (k, penalty) in penalties.enumerated() {
                    print("fold \(fold), trained on \(train.count), scored on \(dev.count), "
                          + summary(foldResults[k], penalty: penalty))
                    results[k].merge(foldResults[k])
                }
            }
            print("tuning folds pooled:")
        } else {
            let (train, dev) = options.splitSentences(try options.sentences())
            let wikifane = try options.wikifaneSentences()
            let (trained, splitter) = self.train(train, extra: wikifane.train)
            print("trained on \(train.count) sentences of \(options.data) and \(wikifane.train.count) of WikiFANE; "
                  + "scored on \(dev.count) others: \(options.splitDescription)")
            if !wikifane.dev.isEmpty {
                var held = [NEREvaluation](repeating: NEREvaluation(), count: 1)
                score(trained, splitter, wikifane.dev, [0], into: &held)
                print("WikiFANE dev (every tenth block of 50 sentences, \(wikifane.dev.count) sentences):")
                print(held[0].report)
            }
            score(trained, splitter, dev, penalties, into: &results)
        }
        if penalties.count > 1 {
            for (k, penalty) in penalties.enumerated() { print(summary(results[k], penalty: penalty)) }
        }
        print(results[0].report)
        print(String(format: "(%.0f s)", Date().timeIntervalSince(started)))
    }

    /// A model trained as train-ner would on `sentences` and `extra`
    /// (WikiFANE), with the clitic lexicon counted on `sentences` alone.
    private func train(_ sentences: [TaggedSentence], extra: [TaggedSentence]) -> (NERModel, CliticSplitter) {
        let splitter = CliticSplitter(lexicon: CoNLLData.lexicon(sentences))
        let model = options.train(options.trainer(splitter: splitter), sentences, extra: extra) {
            FileHandle.standardError.write(Data(("  " + $0 + "\n").utf8))
        }
        return (model, splitter)
    }

    /// Tags `sentences` in documents of consecutive sentences, once per O
    /// penalty, and adds up the scores.
    private func score(_ model: NERModel, _ splitter: CliticSplitter, _ sentences: [TaggedSentence],
                       _ penalties: [Float], into results: inout [NEREvaluation]) {
        var trainer = NERTrainer()
        trainer.documentSize = options.documentSize
        let documents = trainer.documents(sentences.count)
        for (k, penalty) in penalties.enumerated() {
            let tagger = NERTagger(model: penalty == 0 ? model : model.addingOutsideBias(penalty), splitter: splitter)
            for d in documents {
                let tagged = tagger.tagDocument(sentences[d].map(\.tokens))
                for (sentence, tags) in zip(sentences[d], tagged) {
                    let predicted = tags.map { NERTags.index($0) }
                    results[k].add(gold: sentence.tags, predicted: predicted)
                    if errors, k == 0, predicted != sentence.tags { printErrors(sentence, predicted) }
                }
            }
        }
    }

    private func summary(_ e: NEREvaluation, penalty: Float) -> String {
        let c = e.total([.person, .organization, .location])
        return String(format: "extra O penalty %.2f: PER %.2f ORG %.2f LOC %.2f  PER+ORG+LOC P %.2f R %.2f F1 %.2f", penalty,
                      (e.byType[.person]?.f1 ?? 0) * 100, (e.byType[.organization]?.f1 ?? 0) * 100,
                      (e.byType[.location]?.f1 ?? 0) * 100, c.precision * 100, c.recall * 100, c.f1 * 100)
    }

    private func printErrors(_ sentence: TaggedSentence, _ predicted: [Int]) {
        let line = zip(sentence.tokens, zip(sentence.tags, predicted)).map { token, tags in
            tags.0 == tags.1 ? token : "\(token)[\(NERTags.names[tags.0])→\(NERTags.names[tags.1])]"
        }.joined(separator: " ")
        print(line)
    }
}
