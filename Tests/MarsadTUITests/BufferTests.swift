import MarsadModel
import MarsadTestSupport
@testable import MarsadTUI
import TerminalText
import XCTest

final class BufferTests: XCTestCase {
    func testWideCharacterTakesTwoCellsAndIsNeverCutInHalf() {
        var buffer = Buffer(columns: 5, rows: 1)
        var x = buffer.put("中", width: 2, style: .plain, x: 0, y: 0)
        x = buffer.put("文", width: 2, style: .plain, x: x, y: 0)
        // The third wide character would straddle the right edge: a blank stands in.
        x = buffer.put("字", width: 2, style: .plain, x: x, y: 0)
        XCTAssertEqual(buffer.line(0), "中文 ")
        XCTAssertEqual(x, 5)
        XCTAssertTrue(buffer[1, 0].isContinuation)
    }

    func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = Buffer(columns: 4, rows: 1)
        buffer.put("中", width: 2, style: .plain, x: 1, y: 0)
        buffer.put("a", width: 1, style: .plain, x: 2, y: 0)
        XCTAssertEqual(buffer.line(0), "  a ")
        XCTAssertFalse(buffer.cells.contains { $0.isContinuation })
    }

    func testArabicTitleIsShapedRightAlignedAndCutWithAnEllipsis() {
        let title = "مواجهات بين أرمينيا واذربيجان تخلف قتلى وجرحى"
        var buffer = Buffer(columns: 60, rows: 2)
        buffer.drawText(title, x: 0, y: 0, width: 60)
        buffer.drawText(title, x: 0, y: 1, width: 20)
        // Joined presentation forms in visual order, against the right edge
        // of the field; cut to 20 cells, the title keeps its start (مواجهات,
        // on the right) and "…" marks the cut at its logical end, the left.
        assertBuffer(buffer, equals: [
            "               ﻰﺣﺮﺟﻭ ﻰﻠﺘﻗ ﻒﻠﺨﺗ ﻥﺎﺠﻴﺑﺭﺫﺍﻭ ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ ﺕﺎﻬﺟﺍﻮﻣ",
            "…ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ ﺕﺎﻬﺟﺍﻮﻣ",
        ])
    }

    func testControlCharactersNeverReachTheBuffer() {
        var buffer = Buffer(columns: 30, rows: 1)
        buffer.drawText("قال\u{1B}[2J بوتين\u{07}", x: 0, y: 0, width: 30)
        // ESC and BEL are drawn as their visible placeholders (␛, ␇); the
        // unpaired "[" is mirrored in the right-to-left line.
        assertBuffer(buffer, equals: [
            "                ␇ﻦﻴﺗﻮﺑ 2J]␛ﻝﺎﻗ",
        ])
    }

    func testASCIIFastPathCutsWithEllipsis() {
        var buffer = Buffer(columns: 8, rows: 1)
        buffer.drawText("unknown outlet", x: 0, y: 0, width: 8)
        XCTAssertEqual(buffer.line(0), "unknown…")
    }
}

final class BadInputRenderingTests: XCTestCase {
    func testEmptyCorpusRendersAtEverySize() {
        for (w, h) in [(120, 40), (100, 30), (60, 20), (10, 3)] {
            var state = AppState(corpus: Corpus(articles: []), corpusName: "empty", size: ScreenSize(columns: w, rows: h))
            _ = reduce(&state, .analysisFinished(CorpusAnalysis.analyze(Corpus(articles: [])), seconds: 0))
            for action: Action in [.activate, .stepEvent(1), .stepMention(1), .focusNext, .moveToEnd, .openActorPicker, .toggleHelp,
                                   .beginSearch, .insertText("بوتين")] {
                _ = reduce(&state, action)
                let buffer = Screen.render(state)
                XCTAssertEqual(buffer.lines.count, h)
            }
        }
        let state = AppState(corpus: Corpus(articles: []), corpusName: "empty", size: ScreenSize(columns: 120, rows: 40))
        XCTAssertTrue(Screen.render(state).lines[1].contains("no articles were loaded"))
    }

    func testControlCharactersAndAHugeLineNeverReachTheScreen() {
        let loader = CorpusLoader()
        let huge = String(repeating: "قال بوتين إن القتال يجب أن يتوقف ", count: 30_000)
        let articles = [
            loader.load(text: "عنوان\u{1B}]0;pwned\u{07} الخبر\nنص\u{9B}2J الخبر.\n", id: "evil.txt"),
            loader.load(text: huge + "\n", id: "huge.txt"),
        ]
        var state = AppState(corpus: Corpus(articles: articles), corpusName: "bad", size: ScreenSize(columns: 120, rows: 40))
        _ = reduce(&state, .activate)
        var buffer = Screen.render(state)
        for line in buffer.lines {
            XCTAssertFalse(line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, line)
        }
        _ = reduce(&state, .focus(.list))
        _ = reduce(&state, .moveBy(1))
        _ = reduce(&state, .activate)
        buffer = Screen.render(state)
        XCTAssertEqual(buffer.lines.count, 40)
        XCTAssertGreaterThan(state.reader.document!.lines.count, 1000, "the huge paragraph is wrapped, all of it")
    }
}
