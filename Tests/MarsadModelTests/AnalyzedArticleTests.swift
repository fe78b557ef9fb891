import MarsadTestSupport
import XCTest
@testable import MarsadModel

final class AnalyzedArticleTests: XCTestCase {
    /// The document's sentences hold exactly the tokens a reader sees in
    /// each sentence: the same as tokenizing the sentence's text alone.
    func testSentenceTokensAreTheTokensOfEachSentence() {
        for article in SeedCorpus.corpus.articles {
            let doc = AnalyzedArticle(article)
            XCTAssertEqual(doc.sentenceSpans.count, article.sentences.count)
            for (i, sentence) in article.sentences.enumerated() {
                let alone = Tokenizer.tokenize(article.scalars, range: sentence.range.start..<sentence.range.end)
                XCTAssertEqual(doc.tokens(doc.sentenceSpans[i]), alone, "\(article.id) sentence \(i)")
            }
        }
    }

    func testFirstSentenceOfTheSeedIsReadAsWords() {
        let article = SeedCorpus.article("000")
        let doc = AnalyzedArticle(article)
        let title = doc.tokens(doc.paragraphSpans[0]).map(\.text)
        XCTAssertEqual(title, ["مواجهات", "بين", "أرمينيا", "واذربيجان", "تخلف", "قتلى", "وجرحى"])
    }
}
