import Foundation
import MarsadModel
import MarsadTraining
import XCTest

/// The time tagger against the seeds' annotation file, read and scored as
/// `marsad-dev eval-times` does.
final class TimeEvaluationTests: XCTestCase {
    func testEverySeedExpressionResolvesAsAnnotated() throws {
        let file = try TimeAnnotationFile(path: Seeds.repository.appendingPathComponent("eval/times/seeds.tsv").path)
        let corpus = Seeds.corpus
        var predictions: [ArticleID: [TimeExpression]] = [:]
        for article in corpus.articles { predictions[article.id] = TimeTagger().tag(article) }
        let result = TimeEvaluation.evaluate(file, corpus: corpus, predictions: predictions)
        XCTAssertEqual(result.counts.gold, 55)
        XCTAssertEqual(result.counts.strict, 55, result.issues.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(result.counts.valueCorrect, 55, result.issues.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(result.counts.predicted, 55, result.issues.map(\.description).joined(separator: "\n"))
    }

    func testAnnotationFileErrorsNameTheLine() {
        let text = "# corpus: seeds\ndoc\tcontext\ttype\tvalue\n004.txt\tقوله [[أمس]] إن\tDAY\t2022-09-14\n"
        XCTAssertThrowsError(try TimeAnnotationFile(text: text, path: "x.tsv")) { error in
            XCTAssertEqual("\(error)", "x.tsv:3: unknown type 'DAY' (DATE, TIME, DURATION, SET)")
        }
    }
}

/// The repository's seed articles.
private enum Seeds {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let corpus: Corpus = CorpusLoader().load(paths: [repository.appendingPathComponent("seeds").path])
}
