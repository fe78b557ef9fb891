import Foundation
import MarsadModel
import MarsadTestSupport
import MarsadTUI
import XCTest

/// Whole reader sessions through `Runtime`'s loop, on a scripted terminal:
/// the seeds, the hand analysis of `Fixtures`, keys as a user types them.
final class RuntimeTests: XCTestCase {
    static let analysisIsIn = ScriptedTerminal.Step.waitFor("the analysis to be in") { buffer in
        let status = buffer.line(buffer.rows - 1)
        return status.contains("seeds · ") && !status.contains("analysing")
    }

    func options(_ folder: TemporaryFolder) -> Runtime.Options {
        var options = Runtime.Options(corpusName: "seeds", readState: ReadStateStore(fileURL: folder.url.appendingPathComponent("read.json")),
                                      environment: [:])
        return options
    }

    func testASessionWalksTheTimelineFiltersByPutinAndQuits() throws {
        let folder = try TemporaryFolder()
        let terminal = ScriptedTerminal(size: ScreenSize(columns: 120, rows: 40), script: [
            Self.analysisIsIn,
            .key(.character("]")), .key(.character("]")),
            .key(.character("f")), .type("بوتين"), .key(.enter),
            .key(.character("q")),
        ])
        let problems = Runtime.run(corpus: Fixtures.corpus, options: options(folder), terminal: terminal) { _, _ in Fixtures.analysis }

        XCTAssertEqual(problems, [])
        XCTAssertEqual(terminal.problems, [])
        XCTAssertEqual(terminal.remainingSteps, 0, "q ended the session")
        XCTAssertEqual(terminal.restoreCount, 1, "the terminal is given back")
        // The last frame, before q: filtered by بوتين, four articles left (003
        // does not name him), 001 and 000 read, 000 (the second event's)
        // still open at its sentence; the timeline keeps the one Putin event.
        assertBuffer(try XCTUnwrap(terminal.lastFrame), equals: [
            " Articles 4 of 5 · filter",
            ">  2022-09-13  unknown outlet (AFP rep…                                   ﻰﺣﺮﺟﻭ ﻰﻠﺘﻗ ﻒﻠﺨﺗ ﻥﺎﺠﻴﺑﺭﺫﺍﻭ ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ ﺕﺎﻬﺟﺍﻮﻣ",
            "   2020-10-01  (Arabi21) 21ﻲﺑﺮﻋ                                 \"ﺔﻳﺭﺎﺤﺘﻧﺍ ﺰﻧﻭﺭﺩ\" ﻡﺍﺪﺨﺘﺳﺍ ﻒﺜﻜﻳ ﻱﺭﺫﻷﺍ ﺶﻴﺠﻟﺍﻭ ﺕﺎﻃﺎﺳﻮﻠﻟ ﻞﺸﻓ",
            " N 2022-09-14  …Lebano) ﺪﻳﻮﻠﺑﺎﺗ ﻥﻮﻧﺎﺒﻴﻟ                            ﺎﻴﻨﻴﻣﺭﺍﻭ ﻥﺎﺠﻴﺑﺭﺫﺍ ﻦﻴﺑ ﺔﻳﺮﻜﺴﻌﻟﺍ ﺔﻬﺟﺍﻮﻤﻟﺍ ﻖﻳﻮﻄﺘﻟ ﻲﻋﺎﺴﻣ",
            " N 2022-09-15  unknown outlet (agency …  … ﺩﺪﺠﺗ … ﺔﺒﻗﺍﺮﻤﻠﻟ ﻞﻤﻋ ﺔﻋﻮﻤﺠﻣ ﻞﻜﺸﺗ «ﻲﻋﺎﻤﺠﻟﺍ ﻦﻣﻷﺍ»ﻭ ﺭﺍﺮﻘﺘﺳﻻﺍ ﻝﻼﺣﺇ ﻰﻠﻋ ﻞﻤﻌﺗ ﻮﻜﺳﻮﻣ",
            " Reader 3–24 of 59                                                             │ Actors 5 · by mentions",
            "                                 ﻰﺣﺮﺟﻭ ﻰﻠﺘﻗ ﻒﻠﺨﺗ ﻥﺎﺠﻴﺑﺭﺫﺍﻭ ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ ﺕﺎﻬﺟﺍﻮﻣ │ LOC    51  Azerbaijan         ﻥﺎﺠﻴﺑﺭﺫﺃ",
            "                                                                               │ LOC    28  Armenia             ﺎﻴﻨﻴﻣﺭﺃ",
            "    ﺏﺮﺤﻟﺍ ﺬﻨﻣ ﻙﺭﺎﻌﻣ ﻒﻨﻋﺍ ﻲﻓ ءﺎﺛﻼﺜﻟﺍ ﻲﻧﺎﺠﻴﺑﺭﺫﺍﻭ ﻲﻨﻴﻣﺭﺃ ﻱﺪﻨﺟ 100 ﻦﻋ ﻞﻘﻳ ﻻ ﺎﻣ ﻞﺘﻗ │ LOC    14  Russia                ﺎﻴﺳﻭﺭ",
            "  .ﺎﻴﻤﻠﺳ ﻉﺍﺰﻨﻟﺍ ﺔﻳﻮﺴﺗﻭ ”ﺲﻔﻨﻟﺍ ﻂﺒﺿ“ ﻰﻟﺍ ﺔﻴﻟﻭﺪﻟﺍ ﺓﺮﺳﻻﺍ ﺖﻋﺩﻭ ،2020 ﻲﻓ ﻦﻳﺪﻠﺒﻟﺍ ﻦﻴﺑ │ PER    10  Vladimir Putin        ﻦﻴﺗﻮﺑ",
            "                                                                               │ ORG     1  Azerbaijani D… …ﺎﻓﺪﻟﺍ ﺓﺭﺍﺯﻭ",
            "    ﺍﻮﻠﺘﻗ ﺎﻴﻧﺎﺠﻴﺑﺭﺫﺍ ﺎﻳﺪﻨﺟ 50“ ﻥﺍ ﻥﺎﻴﺑ ﻲﻓ ﺔﻴﻧﺎﺠﻴﺑﺭﺫﻻﺍ ﻉﺎﻓﺪﻟﺍ ﺓﺭﺍﺯﻭ ﺖﻨﻠﻋﺍ ءﺎﺴﻣﻭ │",
            "                     .ﻦﻳﺪﻠﺒﻟﺍ ﻦﻴﺑ ﺩﻭﺪﺤﻟﺍ ﺪﻨﻋ ”ﻊﺳﺍﻭ ﻕﺎﻄﻧ ﻰﻠﻋ ﻲﻨﻴﻣﺭﺃ ﺯﺍﺰﻔﺘﺳﺍ ﺪﻌﺑ │",
            "                                                                               │",
            "    ﺎﻴﻨﻣﺭﺍ ﺎﻳﺪﻨﺟ 49 ﻞﺘﻘﻣ ﺎﺣﺎﺒﺻ ﻥﺎﻴﻨﻴﺷﺎﺑ ﻝﻮﻜﻴﻧ ﻲﻨﻣﺭﻻﺍ ءﺍﺭﺯﻮﻟﺍ ﺲﻴﺋﺭ ﻦﻠﻋﺍ ﻪﺘﻬﺟ ﻦﻣ │",
            "     .”ﺔﻴﺋﺎﻬﻨﻟﺍ ﺔﻠﻴﺼﺤﻟﺍ ﺲﻴﻟ ﻒﺳﻸﻟ“ ﻪﻧﺍ ﺎﺤﺿﻮﻣ ﻥﺎﻔﻳﺮﻳ ﻲﻓ ﻥﺎﻤﻟﺮﺒﻟﺍ ﻡﺎﻣﺍ ﺔﻠﺧﺍﺪﻣ ﻝﻼﺧ │",
            "                                                                               │",
            "                                      .ﺕﺎﻬﺟﺍﻮﻤﻟﺍ ءﺪﺒﺑ ﺕﺎﻣﺎﻬﺗﻻﺍ ﻥﺍﺪﻠﺒﻟﺍ ﻝﺩﺎﺒﺘﻳﻭ │",
            "                                                                               │",
            " ﻲﻓ ﻡﻼﺳ ﻆﻔﺣ ﺓﻮﻗ ﺕﺮﺸﻧ ﻲﺘﻟﺍ ﻮﻜﺳﻮﻣ ﻪﻴﻓ ﻞﺻﺍﻮﺗ ﻱﺬﻟﺍ ﺖﻗﻮﻟﺍ ﻲﻓ ﻒﻨﻌﻟﺍ ﻝﺎﻤﻋﺃ ﻉﻻﺪﻧﺍ ﻲﺗﺄﻳ │",
            "                             .ﺎﻴﻧﺍﺮﻛﻭﺃ ﻲﻓ ﻱﺮﻜﺴﻌﻟﺍ ﺎﻬﻣﻮﺠﻫ ،2020 ﺏﺮﺣ ﺪﻌﺑ ﺔﻘﻄﻨﻤﻟﺍ │",
            "                                                                               │",
            " ﻥﺎﺠﻴﺑﺭﺫﺃ ﺖﻤﻬﺗﺍ ﻦﻴﺣ ﻲﻓ ،ﻍ ﺕ 06,00 ﺔﻋﺎﺴﻟﺍ ﺬﻨﻣ ﻖﺒﻄﻳ ﺭﺎﻨﻟﺍ ﻕﻼﻃﻹ ﺎﻔﻗﻭ ﺎﻴﺳﻭﺭ ﺖﻨﻠﻋﺃﻭ │",
            "                                          .”ﺔﻓﺎﺜﻜﺑ“ ﻪﻛﺎﻬﺘﻧﺎﺑ ﺮﻬﻈﻟﺍ ﺪﻌﺑ ﺎﻴﻨﻴﻣﺭﺃ │",
            "                                                                               │",
            "  ﻦﻣ ﺕﺍﺪﺣﻭ ﺖﺤﺘﻓ (…) ﺭﺎﻨﻟﺍ ﻕﻼﻃﺇ ﻒﻗﻭ ﻦﻣ ﻢﻏﺮﻟﺍ ﻰﻠﻋ“ ﺔﻴﻧﺎﺠﻴﺑﺭﺫﻷﺍ ﻉﺎﻓﺪﻟﺍ ﺓﺭﺍﺯﻭ ﺖﻟﺎﻗ │",
            "     ﺪﻨﻋ ”ﻲﻧﺎﺠﻴﺑﺭﺫﻷﺍ ﺶﻴﺠﻟﺍ ﻊﻗﺍﻮﻣ ﻰﻠﻋ ﺔﻴﻌﻓﺪﻤﻟﺍ ﻥﺍﺮﻴﻧ (…) ﺔﻴﻨﻣﺭﻷﺍ ﺔﺤﻠﺴﻤﻟﺍ ﺕﺍﻮﻘﻟﺍ │",
            "          ﻩﺬﻫ ﻰﻠﻋ ﺩﺮﻠﻟ ﺕﺍءﺍﺮﺟﺇ ﺕﺬﺨﺗﺍ“ ﻪﻧﺍ ﻰﻟﺍ ﺍﺮﻴﺸﻣ ﺔﻴﻨﻣﺭﻷﺍ ﺔﻴﻧﺎﺠﻴﺑﺭﺫﻷﺍ ﺩﻭﺪﺤﻟﺍ │",
            " Timeline 1 event · [ ] step",
            " 2020-09-30 █                                                                                                2023-09-20",
            "  2020-09-30 day   diplomacy  …ﺮﻴﻈﻧﻭ ،ﻦﻴﺗﻮﺑ ﺮﻴﻤﻳﺩﻼﻓ ﻲﺳﻭﺮﻟﺍ ﺲﻴﺋﺮﻟﺍ ﺎﻋﺩ ،ءﺎﻌﺑﺭﻷﺍ ءﺎﺴﻣﻭ Vladimir Putin           #2",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " seeds · 5 articles │ filter: ﻦﻴﺗﻮﺑ (Vladimir Putin) │ 4 of 5 articles name ﻦﻴﺗﻮﺑ (Vladimir Putin)       ? help  q quit",
        ])
        // The two articles the timeline opened are saved as read.
        let saved = ReadStateStore(fileURL: folder.url.appendingPathComponent("read.json")).load()
        XCTAssertEqual(saved, [ReadStateStore.key(for: Fixtures.article("000")), ReadStateStore.key(for: Fixtures.article("001"))])
    }

    func testTheActorOptionFiltersOnceTheAnalysisIsInOrSaysWhyNot() throws {
        let folder = try TemporaryFolder()
        var options = options(folder)
        options.initialFilter = Runtime.InitialFilter(query: "Putin") { _ in "putin" }
        let terminal = ScriptedTerminal(size: ScreenSize(columns: 120, rows: 40), script: [
            .waitFor("the filter") { $0.line(39).contains("filter:") },
            .key(.character("q")),
        ])
        _ = Runtime.run(corpus: Fixtures.corpus, options: options, terminal: terminal) { _, _ in Fixtures.analysis }
        XCTAssertEqual(terminal.problems, [])
        XCTAssertEqual(BufferSnapshot.lines(try XCTUnwrap(terminal.lastFrame))[0], " Articles 4 of 5 · filter")

        options.initialFilter = Runtime.InitialFilter(query: "Nobody") { _ in nil }
        let second = ScriptedTerminal(size: ScreenSize(columns: 120, rows: 40), script: [
            Self.analysisIsIn,
            .key(.character("q")),
        ])
        _ = Runtime.run(corpus: Fixtures.corpus, options: options, terminal: second) { _, _ in Fixtures.analysis }
        XCTAssertEqual(second.problems, [])
        XCTAssertEqual(BufferSnapshot.lines(try XCTUnwrap(second.lastFrame))[39],
                       " seeds · 5 articles │ no single actor matches “Nobody”: press f to choose                                ? help  q quit")
    }

    func testReadStateThatCannotBeSavedIsReportedAndTheScreenFollowsAResize() throws {
        var options = options(try TemporaryFolder())
        options.readState = ReadStateStore(fileURL: URL(fileURLWithPath: "/dev/null/marsad/read.json"))
        let terminal = ScriptedTerminal(size: ScreenSize(columns: 120, rows: 40), script: [
            Self.analysisIsIn,
            .key(.enter),
            .resize(ScreenSize(columns: 70, rows: 20)),
            .key(.character("q")),
        ])
        let problems = Runtime.run(corpus: Fixtures.corpus, options: options, terminal: terminal) { _, _ in Fixtures.analysis }
        XCTAssertEqual(terminal.problems, [])
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].hasPrefix("marsad: could not save read state to /dev/null/marsad/read.json: "), problems[0])
        // 70×20: the reader alone, at the line it showed before.
        assertBuffer(try XCTUnwrap(terminal.lastFrame), equals: [
            " Reader 3–20 of 65",
            "                        ﻰﺣﺮﺟﻭ ﻰﻠﺘﻗ ﻒﻠﺨﺗ ﻥﺎﺠﻴﺑﺭﺫﺍﻭ ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ ﺕﺎﻬﺟﺍﻮﻣ",
            "",
            " ﺬﻨﻣ ﻙﺭﺎﻌﻣ ﻒﻨﻋﺍ ﻲﻓ ءﺎﺛﻼﺜﻟﺍ ﻲﻧﺎﺠﻴﺑﺭﺫﺍﻭ ﻲﻨﻴﻣﺭﺃ ﻱﺪﻨﺟ 100 ﻦﻋ ﻞﻘﻳ ﻻ ﺎﻣ ﻞﺘﻗ",
            " ﺔﻳﻮﺴﺗﻭ ”ﺲﻔﻨﻟﺍ ﻂﺒﺿ“ ﻰﻟﺍ ﺔﻴﻟﻭﺪﻟﺍ ﺓﺮﺳﻻﺍ ﺖﻋﺩﻭ ،2020 ﻲﻓ ﻦﻳﺪﻠﺒﻟﺍ ﻦﻴﺑ ﺏﺮﺤﻟﺍ",
            "                                                        .ﺎﻴﻤﻠﺳ ﻉﺍﺰﻨﻟﺍ",
            "",
            " ﺎﻴﻧﺎﺠﻴﺑﺭﺫﺍ ﺎﻳﺪﻨﺟ 50“ ﻥﺍ ﻥﺎﻴﺑ ﻲﻓ ﺔﻴﻧﺎﺠﻴﺑﺭﺫﻻﺍ ﻉﺎﻓﺪﻟﺍ ﺓﺭﺍﺯﻭ ﺖﻨﻠﻋﺍ ءﺎﺴﻣﻭ",
            "      .ﻦﻳﺪﻠﺒﻟﺍ ﻦﻴﺑ ﺩﻭﺪﺤﻟﺍ ﺪﻨﻋ ”ﻊﺳﺍﻭ ﻕﺎﻄﻧ ﻰﻠﻋ ﻲﻨﻴﻣﺭﺃ ﺯﺍﺰﻔﺘﺳﺍ ﺪﻌﺑ ﺍﻮﻠﺘﻗ",
            "",
            "  ﺎﻳﺪﻨﺟ 49 ﻞﺘﻘﻣ ﺎﺣﺎﺒﺻ ﻥﺎﻴﻨﻴﺷﺎﺑ ﻝﻮﻜﻴﻧ ﻲﻨﻣﺭﻻﺍ ءﺍﺭﺯﻮﻟﺍ ﺲﻴﺋﺭ ﻦﻠﻋﺍ ﻪﺘﻬﺟ ﻦﻣ",
            "        ﺲﻴﻟ ﻒﺳﻸﻟ“ ﻪﻧﺍ ﺎﺤﺿﻮﻣ ﻥﺎﻔﻳﺮﻳ ﻲﻓ ﻥﺎﻤﻟﺮﺒﻟﺍ ﻡﺎﻣﺍ ﺔﻠﺧﺍﺪﻣ ﻝﻼﺧ ﺎﻴﻨﻣﺭﺍ",
            "                                                   .”ﺔﻴﺋﺎﻬﻨﻟﺍ ﺔﻠﻴﺼﺤﻟﺍ",
            "",
            "                             .ﺕﺎﻬﺟﺍﻮﻤﻟﺍ ءﺪﺒﺑ ﺕﺎﻣﺎﻬﺗﻻﺍ ﻥﺍﺪﻠﺒﻟﺍ ﻝﺩﺎﺒﺘﻳﻭ",
            "",
            "   ﺓﻮﻗ ﺕﺮﺸﻧ ﻲﺘﻟﺍ ﻮﻜﺳﻮﻣ ﻪﻴﻓ ﻞﺻﺍﻮﺗ ﻱﺬﻟﺍ ﺖﻗﻮﻟﺍ ﻲﻓ ﻒﻨﻌﻟﺍ ﻝﺎﻤﻋﺃ ﻉﻻﺪﻧﺍ ﻲﺗﺄﻳ",
            "         .ﺎﻴﻧﺍﺮﻛﻭﺃ ﻲﻓ ﻱﺮﻜﺴﻌﻟﺍ ﺎﻬﻣﻮﺠﻫ ،2020 ﺏﺮﺣ ﺪﻌﺑ ﺔﻘﻄﻨﻤﻟﺍ ﻲﻓ ﻡﻼﺳ ﻆﻔﺣ",
            "",
            " seeds · 5 articles │ article 1 · 30%                  ? help  q quit",
        ])
    }

    func testABrokenScriptEndsTheSessionInsteadOfHanging() {
        let terminal = ScriptedTerminal(size: ScreenSize(columns: 120, rows: 40), script: [
            Self.analysisIsIn,
            .key(.character("f")),
            .waitFor("a screen that never comes") { _ in false },
        ])
        _ = Runtime.run(corpus: Fixtures.corpus, options: options(try! TemporaryFolder()), terminal: terminal) { _, _ in Fixtures.analysis }
        XCTAssertEqual(terminal.problems, ["waited for a screen that never comes, but the screen never showed it"])
        XCTAssertEqual(terminal.restoreCount, 1)
    }

    func testTheScreenComesUpWhileTheArticlesAreReadAndQQuitsAtOnce() throws {
        // A load that takes far longer than anyone waits: the first frame
        // says the articles are being read, and q ends the session anyway.
        let terminal = ScriptedTerminal(size: ScreenSize(columns: 120, rows: 40), script: [
            .waitFor("the reading of the articles") { $0.line(39).contains("reading the articles") },
            .key(.character("q")),
        ])
        let started = Date()
        let problems = Runtime.run(loading: { Thread.sleep(forTimeInterval: 30); return (Fixtures.corpus, nil) },
                                   options: options(try TemporaryFolder()), terminal: terminal) { _, _ in Fixtures.analysis }
        XCTAssertEqual(problems, [])
        XCTAssertEqual(terminal.problems, [])
        XCTAssertEqual(terminal.remainingSteps, 0, "q ended the session")
        XCTAssertLessThan(Date().timeIntervalSince(started), 10, "q did not wait for the articles")
        XCTAssertEqual(terminal.restoreCount, 1)
    }

    func testArticlesReadBehindTheFirstScreenComeUpWithTheirNote() throws {
        let terminal = ScriptedTerminal(size: ScreenSize(columns: 120, rows: 40), script: [
            .waitFor("the articles and their analysis") {
                $0.line(39).contains("seeds · 5 articles") && !$0.line(39).contains("analysing")
            },
            .key(.character("q")),
        ])
        _ = Runtime.run(loading: { (Fixtures.corpus, "2 input problems (listed on stderr)") },
                        options: options(try TemporaryFolder()), terminal: terminal) { _, _ in Fixtures.analysis }
        XCTAssertEqual(terminal.problems, [])
        let frame = try XCTUnwrap(terminal.lastFrame)
        XCTAssertTrue(frame.line(0).hasPrefix(" Articles 5 articles"), frame.line(0))
        XCTAssertTrue(frame.line(39).contains("seeds · 5 articles"), frame.line(39))
        XCTAssertTrue(frame.line(39).contains("2 input problems"), frame.line(39))
    }
}
