import Foundation
import MarsadModel
import MarsadTraining
import XCTest

/// The trainer, the model-file writer and entity-level scoring: what
/// `marsad-dev train-ner` and `eval-ner` rest on.
final class NERTrainingTests: XCTestCase {
    func testModelFileRoundTripsAndRejectsGarbage() throws {
        let model = try XCTUnwrap(NERModel.standard)
        let again = try NERModel(data: model.serialized())
        XCTAssertEqual(again.featureCount, model.featureCount)
        let sentence = ["أعلن", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "في", "باريس", "."]
        XCTAssertEqual(NERTagger(model: again).tag(sentence), NERTagger(model: model).tag(sentence))
        XCTAssertThrowsError(try NERModel(data: Data("not a model".utf8)))
        XCTAssertThrowsError(try NERModel(data: model.serialized().prefix(100)))
    }

    func testTrainingIsDeterministicAndLearnsATinyCorpus() {
        let text = """
            قال B-PER
            زيد I-PER
            . O

            زار O
            عمرو B-PER
            مدينة O
            طنطا B-LOC
            . O

            زار O
            زيد B-PER
            مدينة O
            دمنهور B-LOC
            . O
            """
        let sentences = CoNLLData.read(text)
        XCTAssertEqual(sentences.count, 3)
        XCTAssertEqual(sentences[1].tokens, ["زار", "عمرو", "مدينة", "طنطا", "."])
        var trainer = NERTrainer()
        trainer.minimumFeatureCount = 1
        trainer.epochs = 5
        let a = trainer.train(sentences).serialized(), b = trainer.train(sentences).serialized()
        XCTAssertEqual(a, b, "same seed, same model bytes")
        let split = CoNLLData.split(Array(repeating: sentences[0], count: 10) + [sentences[1]], devFraction: 0.1)
        XCTAssertEqual(split.dev.count, 1)
        XCTAssertEqual(split.dev[0].tokens, sentences[1].tokens, "the development split is the tail")
    }

    func testEntityLevelScoringCountsWholeEntities() {
        var e = NEREvaluation()
        let idx = { (names: [String]) in names.map { NERTags.index($0) } }
        // Gold: PER(0-1) LOC(3). Predicted: PER(0) only → no PER match, LOC right.
        e.add(gold: idx(["B-PER", "I-PER", "O", "B-LOC"]), predicted: idx(["B-PER", "O", "O", "B-LOC"]))
        XCTAssertEqual(e.byType[.person]?.truePositives, 0)
        XCTAssertEqual(e.byType[.person]?.falsePositives, 1)
        XCTAssertEqual(e.byType[.person]?.falseNegatives, 1)
        XCTAssertEqual(e.byType[.location]?.f1, 1)
        XCTAssertEqual(e.total([.person, .location]).precision, 0.5)
        XCTAssertTrue(e.report.contains("PER+ORG+LOC"))
        // A stray I- starts an entity, as conlleval reads it.
        XCTAssertEqual(NERTags.spans(idx(["I-ORG", "I-ORG", "O"])).count, 1)
    }
}
