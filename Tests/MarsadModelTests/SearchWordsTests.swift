import MarsadModel
import MarsadTestSupport
import XCTest

/// The one search-word rule: what the archive indexes and looks up, and
/// what the reader's `/` compares, on real Arabic.
final class SearchWordsTests: XCTestCase {
    func testProcliticsHamzaTaaMarbutaHarakatAndTatweelFold() {
        XCTAssertEqual(SearchWords.forms(in: "بوتين لبوتين وبوتين"), ["بوتين", "بوتين", "بوتين"])
        XCTAssertEqual(SearchWords.forms(in: "أحمد احمد"), ["احمد", "احمد"])
        XCTAssertEqual(SearchWords.forms(in: "إيران ايران"), ["ايران", "ايران"])
        XCTAssertEqual(SearchWords.forms(in: "الأسرة الاسره"), ["اسره", "اسره"], "taa marbuta and the article")
        XCTAssertEqual(SearchWords.forms(in: "مُواجَهة مواجـــهة"), ["مواجهه", "مواجهه"], "harakat and tatweel")
        XCTAssertEqual(SearchWords.forms(in: "مستشفى مستشفي"), ["مستشفي", "مستشفي"], "alef maqsura")
        XCTAssertEqual(SearchWords.forms(in: "وبالأمس"), ["امس"])
        XCTAssertEqual(SearchWords.forms(in: "لبنان باكو فرنسا"), ["لبنان", "باكو", "فرنسا"], "no proclitic in these")
        XCTAssertEqual(SearchWords.forms(in: "PUTIN، ٢٠٢٢."), ["putin", "2022"], "punctuation has no form")
    }

    /// The archive indexes `forms(of:)` and looks queries up with
    /// `forms(in:)`; the reader compares `words(in:range:)` with
    /// `words(in:)`. On every paragraph of the seeds and on the spellings
    /// above the four give the same forms, so a word the reader finds in an
    /// article is a word the archive finds it by.
    func testTheArchiveAndTheReaderReadWordsTheSameWay() {
        let texts = SeedCorpus.paragraphs + ["بوتين لبوتين وبوتين", "أحمد احمد إحمد", "الأسرة الاسرة الاسره", "وبالأمس ـ"]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            let reader = SearchWords.words(in: scalars, range: 0..<scalars.count).map(\.form).filter { !$0.isEmpty }
            let query = SearchWords.words(in: text).map(\.form).filter { !$0.isEmpty }
            XCTAssertEqual(SearchWords.forms(in: text), reader, text)
            XCTAssertEqual(query, reader, text)
        }
        for article in SeedCorpus.corpus.articles {
            var reader = article.metadata.title.map { SearchWords.words(in: $0).map(\.form) } ?? []
            for p in article.paragraphs {
                reader += SearchWords.words(in: article.scalars, range: p.range.start..<p.range.end).map(\.form)
            }
            XCTAssertEqual(SearchWords.forms(of: article), reader.filter { !$0.isEmpty }, article.id.rawValue)
        }
    }

    func testAWordKeepsItsTokenBesideItsForm() {
        let text = "قال لبوتين، أمس"
        let scalars = Array(text.unicodeScalars)
        let words = SearchWords.words(in: scalars, range: 0..<scalars.count)
        XCTAssertEqual(words.map { scalars.string(in: $0.token.range) }, ["قال", "لبوتين", "أمس"])
        XCTAssertEqual(words.map(\.form), ["قال", "بوتين", "امس"])
    }
}
