import MarsadModel
import MarsadTestSupport
@testable import MarsadTUI
import XCTest

/// The `f` picker on a real analysis: it asks the analysis's actor index,
/// lists by mentions, and takes English and Latin spellings.
final class ActorPickerIndexTests: XCTestCase {
    private func state() -> AppState {
        let analysis = YemenTurkeySample.analysis
        var state = AppState(corpus: analysis.corpus, corpusName: "sample", size: ScreenSize(columns: 120, rows: 40))
        _ = reduce(&state, .analysisFinished(analysis, seconds: 0.1))
        return state
    }

    private func type(_ text: String, into state: inout AppState) -> [ActorID] {
        _ = reduce(&state, .openActorPicker)
        for ch in text { _ = reduce(&state, .insertText(String(ch))) }
        guard case .actorPicker(let picker) = state.overlay else { return [] }
        return picker.candidates
    }

    private func mentions(_ id: ActorID, _ state: AppState) -> Int {
        state.allActorRows[state.actorRowIndex[id]!].mentionCount
    }

    func testTheEmptyPickerListsEveryActorByMentions() {
        var state = state()
        let listed = type("", into: &state)
        XCTAssertEqual(listed.count, state.allActorRows.count)
        XCTAssertGreaterThan(listed.count, 5)
        let counts = listed.map { mentions($0, state) }
        XCTAssertEqual(counts, counts.sorted(by: >), "most mentioned first")
    }

    func testATypedPrefixListsItsActorsMostMentionedFirst() {
        var state = state()
        // عبد starts عبد ربه منصور هادي, علي عبد الله صالح (a later word), عبد الله أوجلان.
        let listed = type("عبد", into: &state)
        XCTAssertGreaterThanOrEqual(listed.count, 2, "\(listed)")
        let index = YemenTurkeySample.analysis.actorIndex
        let tiers = Dictionary(index.ranked(matching: "عبد").map { (index.actors[Int($0.rank)].id, $0.tier) },
                               uniquingKeysWith: min)
        for (a, b) in zip(listed, listed.dropFirst()) where tiers[a] == tiers[b] {
            XCTAssertGreaterThanOrEqual(mentions(a, state), mentions(b, state), "\(a) before \(b)")
        }
    }

    func testLatinSpellingsAndEnglishNamesInThePicker() {
        var state = state()
        let hadi = type("Hadi", into: &state)
        let first = hadi.first.flatMap { YemenTurkeySample.analysis.actors[$0] }
        XCTAssertTrue(first?.aliases.contains { ArabicNormalizer.normalize($0).contains("هادي") } ?? false, "\(hadi)")
        _ = reduce(&state, .closeOverlay)
        XCTAssertEqual(type("Turk", into: &state).first, "TR", "Turkey, CLDR's name, though the locale says Türkiye")
        _ = reduce(&state, .closeOverlay)
        XCTAssertEqual(type("Merkel", into: &state), [])
    }

    func testThePickerAsksTheIndexAtEachKey() {
        var state = state()
        let index = YemenTurkeySample.analysis.actorIndex
        let before = index.lookupCount
        _ = type("Oca", into: &state)
        XCTAssertGreaterThanOrEqual(index.lookupCount - before, 3, "one look-up a key at least")
    }
}
