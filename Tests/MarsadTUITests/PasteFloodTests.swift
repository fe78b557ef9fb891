import Foundation
import MarsadModel
import MarsadTestSupport
@testable import MarsadTUI
import XCTest

/// Issue 16: 100,000 characters pasted into a prompt, 5,000 keys at once.
/// The prompts hold at most `AppState.promptLimit` characters and say when
/// a paste was cut; the run loop takes pending input in batches and draws
/// once a batch. Work is counted (candidate searches, frames), not timed.
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

    // MARK: the run loop

    /// A batch as the loop reads it, applied with the reducer.
    static func handle(_ events: [InputEvent], in state: inout AppState) -> [Action] {
        var applied: [Action] = []
        Runtime.handle(events, in: &state) { state, action in
            applied.append(action)
            _ = reduce(&state, action)
        }
        return applied
    }

    func testABatchOfTypedKeysIsOneInsertAndOneSearch() {
        var state = Fixtures.state()
        let keys: [InputEvent] = [.key(.character("f"))] + "بوتين".map { .key(.character($0)) } + [.key(.down), .key(.up)]
            + "روسيا".map { .key(.character($0)) }
        let applied = Self.handle(keys, in: &state)
        // f opens the picker; the keys after it are read as typed text.
        XCTAssertEqual(applied.count, 5)
        guard case .insertText("بوتين") = applied[1], case .insertText("روسيا") = applied[4] else {
            return XCTFail("\(applied)")
        }
        XCTAssertEqual(state.work.actorCandidateSearches, 3, "opening, then one search an insert")
        guard case .actorPicker(let picker) = state.overlay else { return XCTFail("the picker closed") }
        XCTAssertEqual(picker.query, "بوتينروسيا")
    }

    func testABatchStopsAtQuitAndKeysAfterAnEnterAreReadByThePanes() {
        var state = Fixtures.state()
        let keys: [InputEvent] = [.key(.character("/")), .key(.character("q")), .key(.enter), .key(.character("j")),
                                  .key(.character("q")), .key(.character("j"))]
        let applied = Self.handle(keys, in: &state)
        // q is text in the prompt, then Enter searches, j moves, q quits.
        XCTAssertEqual(applied.count, 5)
        XCTAssertFalse(state.isRunning)
        XCTAssertEqual(state.search?.query.text, "q")
    }

    func testAHundredThousandKeysInOneBatchAreOneSearch() {
        var state = Fixtures.state()
        _ = reduce(&state, .openActorPicker)
        _ = Self.handle(Self.flood.map { .key(.character($0)) }, in: &state)
        XCTAssertEqual(state.work.actorCandidateSearches, 2)
        XCTAssertEqual(state.message, Self.cutMessage)
    }

    func options(_ folder: TemporaryFolder) -> Runtime.Options {
        Runtime.Options(corpusName: "seeds", readState: ReadStateStore(fileURL: folder.url.appendingPathComponent("read.json")),
                        environment: [:])
    }

    /// Frames drawn for a paste of `count` keys, at most: one a batch.
    static func batches(_ count: Int) -> Int { (count + Runtime.maxEventsPerFrame - 1) / Runtime.maxEventsPerFrame }

    func testAPasteIntoTheSearchPromptIsDrawnOnceABatchAndEnterStillSearches() throws {
        let terminal = ScriptedTerminal(size: ScreenSize(columns: 120, rows: 40), script: [
            RuntimeTests.analysisIsIn,
            .key(.character("/")),
            .paste(Self.flood),
            .key(.enter),
            .key(.character("q")),
        ])
        _ = Runtime.run(corpus: Fixtures.corpus, options: options(try TemporaryFolder()), terminal: terminal) { _, _ in Fixtures.analysis }
        XCTAssertEqual(terminal.problems, [])
        XCTAssertEqual(terminal.remainingSteps, 0, "q ended the session")
        let promptFrames = terminal.frames.filter { $0.line(39).hasPrefix(" Search") }
        // The empty prompt, then one frame a batch of the paste.
        XCTAssertEqual(promptFrames.count, 1 + Self.batches(100_000))
        XCTAssertTrue(promptFrames.last!.line(39).contains(Self.cutMessage), promptFrames.last!.line(39))
        let status = try XCTUnwrap(terminal.lastFrame).line(39)
        XCTAssertFalse(status.hasPrefix(" Search"), "Enter closed the prompt: \(status)")
        XCTAssertTrue(status.contains("“"), "the search says what it found: \(status)")
    }

    func testAPasteIntoThePickerIsDrawnOnceABatchAndThePickerStillAnswers() throws {
        let terminal = ScriptedTerminal(size: ScreenSize(columns: 120, rows: 40), script: [
            RuntimeTests.analysisIsIn,
            .key(.character("f")),
            .paste(Self.flood),
            .waitFor("the cut said") { $0.line(39).contains(Self.cutMessage) },
            .key(.escape),
            .key(.character("f")),
            .type("بوتين"),
            .key(.enter),
            .key(.character("q")),
        ])
        _ = Runtime.run(corpus: Fixtures.corpus, options: options(try TemporaryFolder()), terminal: terminal) { _, _ in Fixtures.analysis }
        XCTAssertEqual(terminal.problems, [])
        XCTAssertEqual(terminal.remainingSteps, 0, "q ended the session")
        let pickerFrames = terminal.frames.filter { $0.lines.contains { $0.contains("Filter by actor") } }
        // Opened, a frame a batch of the paste; opened again, a frame a key.
        XCTAssertEqual(pickerFrames.count, 1 + Self.batches(100_000) + 1 + 5)
        let status = try XCTUnwrap(terminal.lastFrame).line(39)
        XCTAssertTrue(status.contains("(Vladimir Putin)"), status)
    }

    func testFiveThousandKeysAtOnceAreTwoFrames() throws {
        let terminal = ScriptedTerminal(size: ScreenSize(columns: 120, rows: 40), script: [
            RuntimeTests.analysisIsIn,
            .keysAtOnce(Array(repeating: .character("j"), count: 5_000)),
            .waitFor("the last article") { $0.line(39).contains("article 5/5") },
            .keysAtOnce([.character("g"), .character("/")] + Array(repeating: .character("ب"), count: 4_998)),
            .waitFor("the prompt") { $0.line(39).hasPrefix(" Search") },
            .key(.escape),
            .key(.character("q")),
        ])
        _ = Runtime.run(corpus: Fixtures.corpus, options: options(try TemporaryFolder()), terminal: terminal) { _, _ in Fixtures.analysis }
        XCTAssertEqual(terminal.problems, [])
        XCTAssertEqual(terminal.remainingSteps, 0, "q ended the session")
        let moved = terminal.frames.filter { $0.line(39).contains("article 5/5") }
        XCTAssertEqual(moved.count, 2, "5,000 j: two batches, each drawn once")
        let prompts = terminal.frames.filter { $0.line(39).hasPrefix(" Search") }
        XCTAssertEqual(prompts.count, 2)
        XCTAssertTrue(prompts.last!.line(39).contains(Self.cutMessage))
        XCTAssertTrue(try XCTUnwrap(terminal.lastFrame).line(39).contains("article 1/5"), "Esc closed the prompt; g went to the top")
    }
}
