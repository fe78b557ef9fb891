import Foundation
import MarsadModel
@testable import MarsadTUI
import XCTest

final class SearchQueryTests: XCTestCase {
    func matches(_ query: String, _ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SearchQuery(query)!.matches(in: scalars, range: 0..<scalars.count).map { scalars.string(in: $0) }
    }

    func testNormalizedMatching() {
        XCTAssertEqual(matches("الاسرة", "ودعت الأسرة الدولية"), ["الأسرة"])
        XCTAssertEqual(matches("أمس", "وبالأمس قال"), ["وبالأمس"])
        XCTAssertEqual(matches("اذربيجان", "لأذربيجان وأرمينيا"), ["لأذربيجان"])
        XCTAssertEqual(matches("مُواجَه", "مواجهات بين"), ["مواجهات"], "harakat ignored; the last word may be a prefix")
        XCTAssertEqual(matches("وزارة الدفاع", "أعلنت وزارة الدفاع الأذربيجانية"), ["وزارة الدفاع"])
        XCTAssertEqual(matches("putin", "Vladimir PUTIN said"), ["PUTIN"])
        XCTAssertTrue(matches("لبنان", "باكو").isEmpty)
        // The words in search form, as the archive indexes them (SearchWords).
        XCTAssertEqual(matches("بوتين", "قال بوتين ولبوتين وبوتين"), ["بوتين", "ولبوتين", "وبوتين"])
        XCTAssertEqual(matches("احمد", "أحمد وإحمد"), ["أحمد", "وإحمد"])
        XCTAssertNil(SearchQuery("  ،. "))
    }
}

final class ReadStateStoreTests: XCTestCase {
    var dir: URL!

    override func setUp() {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-read-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: dir)
    }

    func testSavesAtomicallyAndLoadsBack() throws {
        let store = ReadStateStore.standard(environment: ["XDG_STATE_HOME": dir.path])
        XCTAssertEqual(store.fileURL.path, dir.path + "/marsad/read.json")
        XCTAssertEqual(store.load(), [])
        let keys = Set(Fixtures.corpus.articles.prefix(2).map(ReadStateStore.key(for:)))
        try store.save(keys)
        XCTAssertEqual(store.load(), keys)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/marsad")
        XCTAssertEqual(files, ["read.json"], "no temporary file is left behind")
    }

    func testMergesWithWhatAnotherReaderSaved() throws {
        let store = ReadStateStore(fileURL: dir.appendingPathComponent("read.json"))
        try store.save(["a#1"])
        try store.save(["b#2"])
        XCTAssertEqual(store.load(), ["a#1", "b#2"])
    }

    func testACorruptFileCountsAsEmptyAndIsReplaced() throws {
        let store = ReadStateStore(fileURL: dir.appendingPathComponent("read.json"))
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("{\"version\":1,\"read\":[\"a".utf8).write(to: store.fileURL)
        XCTAssertEqual(store.load(), [])
        try store.save(["x#1"])
        XCTAssertEqual(store.load(), ["x#1"])
    }

    func testFallsBackToHomeLocalState() {
        let store = ReadStateStore.standard(environment: ["HOME": "/home/reader"])
        XCTAssertEqual(store.fileURL.path, "/home/reader/.local/state/marsad/read.json")
        let relative = ReadStateStore.standard(environment: ["HOME": "/home/reader", "XDG_STATE_HOME": "relative/path"])
        XCTAssertEqual(relative.fileURL.path, "/home/reader/.local/state/marsad/read.json",
                       "a relative XDG_STATE_HOME is ignored, as the spec says")
    }

    func testKeyChangesWithTheTextNotWithTheFolder() {
        let loader = CorpusLoader()
        let a = loader.load(text: "قال بوتين", id: "x/a.txt")
        let b = loader.load(text: "قال بوتين", id: "y/a.txt")
        let c = loader.load(text: "قال ماكرون", id: "x/a.txt")
        XCTAssertEqual(ReadStateStore.key(for: a), ReadStateStore.key(for: b))
        XCTAssertNotEqual(ReadStateStore.key(for: a), ReadStateStore.key(for: c))
    }
}

final class KeyMapTests: XCTestCase {
    func testPaneKeys() {
        let state = Fixtures.state()
        func action(_ key: Key) -> String { KeyMap.action(for: .key(key), in: state).map { "\($0)" } ?? "nil" }
        XCTAssertEqual(action(.character("j")), "moveBy(1)")
        XCTAssertEqual(action(.up), "moveBy(-1)")
        XCTAssertEqual(action(.character(" ")), "pageBy(1)")
        XCTAssertEqual(action(.character("G")), "moveToEnd")
        XCTAssertEqual(action(.character("]")), "stepEvent(1)")
        XCTAssertEqual(action(.character("E")), "stepMention(-1)")
        XCTAssertEqual(action(.character("F")), "clearFilter")
        XCTAssertEqual(action(.backTab), "focusPrevious")
        XCTAssertEqual(action(.character("?")), "toggleHelp")
        XCTAssertEqual(KeyMap.action(for: .mouse(.wheelDown(x: 1, y: 2)), in: state).map { "\($0)" },
                       "scroll(x: 1, y: 2, lines: 3)")
    }

    func testArabicTypedIntoThePicker() {
        var state = Fixtures.state()
        _ = reduce(&state, .openActorPicker)
        let action = KeyMap.action(for: .key(.character("ب")), in: state)
        XCTAssertEqual(action.map { "\($0)" }, "insertText(\"ب\")")
        XCTAssertEqual(KeyMap.action(for: .key(.escape), in: state).map { "\($0)" }, "closeOverlay")
    }
}
