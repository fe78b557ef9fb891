import Foundation
import MarsadModel
import MarsadTestSupport
@testable import MarsadTUI
import XCTest

/// Issue 16: 100,000 characters pasted into a prompt, 5,000 keys at once.
/// The prompts hold at most `AppState.promptLimit` characters and say when
/// a paste was cut. Work is counted (candidate searches), not timed.
final class PasteFloodTests: XCTestCase {
    static let cutMessage = "pasted text cut to \(AppState.promptLimit) characters"

    /// 100,000 Arabic characters: "بوتين " over and over.
    static let flood: String = String(String(repeating: "بوتين ", count: 100_000 / 6 + 1).prefix(100_000))

    func testTheFloodIsAHundredThousandArabicCharacters() {
        XCTAssertEqual(Self.flood.count, 100_000)
        XCTAssertTrue(Self.flood.unicodeScalars.allSatisfy { $0 == " " || (0x0600...0x06FF).contains($0.value) })
    }

    // MARK: the reducer

    func testTheSearchPromptKeepsTwoHundredOfAHundredThousandKeysAndStillSearches() throws {
        var state = Fixtures.state()
        _ = reduce(&state, .beginSearch)
        var cutSaid = 0
        for c in Self.flood {
            _ = reduce(&state, .insertText(String(c)))
            if state.message == Self.cutMessage { cutSaid += 1 }
        }
        guard case .search(let prompt) = state.overlay else { return XCTFail("the prompt closed") }
        XCTAssertEqual(prompt.text.count, AppState.promptLimit)
        XCTAssertEqual(prompt.text, String(Self.flood.prefix(AppState.promptLimit)))
        XCTAssertEqual(state.message, Self.cutMessage)
        XCTAssertEqual(cutSaid, 100_000 - AppState.promptLimit, "every key that did not fit says so")

        // Backspace makes room for one more; Enter runs the search.
        _ = reduce(&state, .deleteBackward)
        XCTAssertNil(state.message)
        _ = reduce(&state, .insertText("ن"))
        XCTAssertNil(state.message, "a key that fits is not cut")
        _ = reduce(&state, .submit)
        XCTAssertNil(state.overlay)
        let search = try XCTUnwrap(state.search)
        XCTAssertEqual(search.query.text.count, AppState.promptLimit)
        XCTAssertNotNil(state.message, "the search says what it found")
        XCTAssertNotEqual(state.message, Self.cutMessage)
        _ = reduce(&state, .closeOverlay)
        XCTAssertNil(state.search, "Esc clears the search")
    }

    func testOnePasteOfAHundredThousandIsCutAtOnce() {
        var state = Fixtures.state()
        _ = reduce(&state, .beginSearch)
        _ = reduce(&state, .insertText("روسيا "))
        _ = reduce(&state, .insertText(Self.flood))
        guard case .search(let prompt) = state.overlay else { return XCTFail("the prompt closed") }
        XCTAssertEqual(prompt.text, "روسيا " + String(Self.flood.prefix(AppState.promptLimit - 6)))
        XCTAssertEqual(state.message, Self.cutMessage)
    }

    func testTheActorPickerSearchesOnceAKeyThatFitsAndNeverBeyondTheCap() throws {
        var state = Fixtures.state()
        _ = reduce(&state, .openActorPicker)
        XCTAssertEqual(state.work.actorCandidateSearches, 1, "opening lists every actor")
        for c in Self.flood { _ = reduce(&state, .insertText(String(c))) }
        guard case .actorPicker(let picker) = state.overlay else { return XCTFail("the picker closed") }
        XCTAssertEqual(picker.query.count, AppState.promptLimit)
        XCTAssertEqual(state.message, Self.cutMessage)
        XCTAssertEqual(state.work.actorCandidateSearches, 1 + AppState.promptLimit,
                       "one search a character that fit, none for the 99,800 cut")

        // 5,000 more keys at the cap, and Backspace on nothing: no search.
        for _ in 0..<5_000 { _ = reduce(&state, .insertText("ب")) }
        XCTAssertEqual(state.work.actorCandidateSearches, 1 + AppState.promptLimit)
        _ = reduce(&state, .deleteBackward)
        XCTAssertEqual(state.work.actorCandidateSearches, 2 + AppState.promptLimit)

        // Esc closes it; the picker opens again and finds Putin.
        _ = reduce(&state, .closeOverlay)
        XCTAssertNil(state.overlay)
        _ = reduce(&state, .openActorPicker)
        for _ in 0..<3 { _ = reduce(&state, .deleteBackward) }
        let searches = state.work.actorCandidateSearches
        XCTAssertEqual(searches, 3 + AppState.promptLimit, "Backspace on an empty query searches nothing")
        for c in "بوتين" { _ = reduce(&state, .insertText(String(c))) }
        _ = reduce(&state, .submit)
        XCTAssertEqual(state.filter?.actorID, "putin")
    }

    func testOnePasteIntoThePickerIsOneSearch() {
        var state = Fixtures.state()
        _ = reduce(&state, .openActorPicker)
        _ = reduce(&state, .insertText(Self.flood))
        guard case .actorPicker(let picker) = state.overlay else { return XCTFail("the picker closed") }
        XCTAssertEqual(picker.query.count, AppState.promptLimit)
        XCTAssertEqual(state.work.actorCandidateSearches, 2)
        XCTAssertEqual(state.message, Self.cutMessage)
    }

    func testControlCharactersMadeVisibleStillFitTheCap() {
        var state = Fixtures.state()
        _ = reduce(&state, .beginSearch)
        // CR LF is one character, made visible two (␍␊).
        _ = reduce(&state, .insertText(String(repeating: "ب", count: AppState.promptLimit - 1) + "\r\n"))
        guard case .search(let prompt) = state.overlay else { return XCTFail("the prompt closed") }
        XCTAssertEqual(prompt.text.count, AppState.promptLimit)
        XCTAssertTrue(prompt.text.hasSuffix("␍"))
        XCTAssertEqual(state.message, Self.cutMessage)
    }

    func testALongPromptShowsItsEndAndTheCut() {
        var state = Fixtures.state()
        _ = reduce(&state, .beginSearch)
        _ = reduce(&state, .insertText("xyz" + String(repeating: "a", count: 150) + Self.flood))
        let status = Screen.render(state).line(39)
        XCTAssertTrue(status.hasPrefix(" Search articles: /…"), status)
        XCTAssertFalse(status.contains("xyz"), "the start gives way to the end")
        XCTAssertTrue(status.contains(Self.cutMessage), status)
    }
}
