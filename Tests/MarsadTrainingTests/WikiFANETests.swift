import Foundation
import MarsadModel
import MarsadTraining
import XCTest

/// WikiFANE Gold's distribution format brought to ANERcorp's conventions,
/// as `eval-ner --wikifane` and `train-ner --wikifane` read it.
final class WikiFANETests: XCTestCase {
    /// Two sentences in the distributed shape: a byte-order mark, CRLF,
    /// U+200E before tokens, proclitics and pronoun suffixes as tokens of
    /// their own, fine classes, an empty line between sentences.
    static let sample = "\u{FEFF}"
        + [
            "\u{200E}زار\tO", "\u{200E}الرئيس\tO", "\u{200E}عبد\tB-Politician", "\u{200E}الله\tI-Politician",
            "\u{200E}و\tO", "\u{200E}زوجت\tO", "\u{200E}ه\tO", "\u{200E}مدينة\tO", "\u{200E}تعز\tB-Population-Center",
            "\u{200E}و\tO", "\u{200E}مسجد\tB-Building-Grounds", "\u{200E}ها\tI-Building-Grounds", ".\tO", "\t",
            "\u{200E}قرأ\tO", "\u{200E}العرب\tB-Group", "\u{200E}كتاب\tO", "\u{200E}ب\tO", "\u{200E}الجامعة\tB-Educational",
            "\u{200E}الامريكية\tI-Educational", "\u{200E}في\tO", "\u{200E}2010\tO", "\u{200E}و\tO", "2011\tO", ".\tO", "\t",
        ].joined(separator: "\r\n") + "\r\n"

    func testCliticsAreGluedBackAndClassesMapped() {
        let sentences = WikiFANE.read(Self.sample, mapping: WikiFANE.Mapping())
        XCTAssertEqual(sentences.count, 2)
        XCTAssertEqual(sentences[0].tokens, ["زار", "الرئيس", "عبد", "الله", "وزوجته", "مدينة", "تعز", "ومسجدها", "."])
        XCTAssertEqual(sentences[0].tags.map { NERTags.names[$0] },
                       ["O", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "B-LOC", "O"])
        // A nationality group is O, as in ANERcorp; "ب" joins the university's name; "و" before a number stays.
        XCTAssertEqual(sentences[1].tokens, ["قرأ", "العرب", "كتاب", "بالجامعة", "الامريكية", "في", "2010", "و", "2011", "."])
        XCTAssertEqual(sentences[1].tags.map { NERTags.names[$0] },
                       ["O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O", "O"])
    }

    func testFacilitiesFollowTheMapping() {
        let sentences = WikiFANE.read(Self.sample, mapping: WikiFANE.Mapping(facilitiesAsLocations: false))
        XCTAssertEqual(sentences[0].tags[7], 0, "the mosque is O when facilities are not places")
        XCTAssertEqual(NERTags.names[sentences[0].tags[6]], "B-LOC", "a town stays a place")
    }

    func testTheDevelopmentSplitIsEveryTenthBlockAndNeverTrainedOn() {
        let sentences = (0..<1000).map { TaggedSentence(tokens: ["w\($0)"], tags: [0]) }
        let full = WikiFANE.split(sentences)
        XCTAssertEqual(full.dev.count, 100)
        XCTAssertEqual(full.train.count, 900)
        XCTAssertEqual(full.dev.first?.tokens, ["w450"])
        let half = WikiFANE.split(sentences, share: 0.5)
        XCTAssertEqual(half.train.count, 450)
        XCTAssertEqual(half.dev.map(\.tokens), full.dev.map(\.tokens), "the share never moves the dev split")
        XCTAssertTrue(Set(half.train.map(\.tokens)).isDisjoint(with: Set(full.dev.map(\.tokens))))
    }
}
