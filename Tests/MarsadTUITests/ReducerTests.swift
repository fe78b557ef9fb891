import MarsadModel
@testable import MarsadTUI
import TerminalText
import XCTest

final class ReducerTests: XCTestCase {
    /// Articles that name an actor outside boilerplate, by the hand analysis.
    func articlesNaming(_ actorID: ActorID) -> [Int] {
        Fixtures.corpus.articles.indices.filter { i in
            let a = Fixtures.corpus.articles[i]
            return Fixtures.analysis.mentionsByArticle[a.id]!.contains { $0.actorID == actorID && !$0.inBoilerplate }
        }
    }

    func testFilterByPutinFollowsEverywhere() {
        var state = Fixtures.state()
        _ = reduce(&state, .setFilter(actorID: "putin"))
        let expected = articlesNaming("putin")
        XCTAssertFalse(expected.isEmpty)
        XCTAssertLessThan(expected.count, 5)
        XCTAssertEqual(state.filtered.articleIndexes, expected)
        XCTAssertEqual(state.filtered.eventIndexes, [0], "only the event with Putin stays on the timeline")
        XCTAssertTrue(state.filtered.actorRows.contains { $0.id == "putin" })
        // What the screen shows: ScreenRenderingTests.testFilterByPutinShowsItsArticlesAndStaysInSightAtThePrompt.
        _ = reduce(&state, .clearFilter)
        XCTAssertEqual(state.filtered.articleIndexes, [0, 1, 2, 3, 4])
        XCTAssertNil(state.filter)
    }

    func testFilterByACountryIncludesItsMinistryOnlyWhenAsked() {
        var state = Fixtures.state()
        _ = reduce(&state, .setFilter(actorID: "AZ"))
        XCTAssertEqual(state.filter?.query.coveredIDs, ["AZ"], "as the command line: the actor itself")
        state.includeChildren = true
        _ = reduce(&state, .setFilter(actorID: "AZ"))
        XCTAssertEqual(state.filter?.query.coveredIDs, ["AZ", "AZ-MOD"])
    }

    func testPickerUnderstandsProcliticsThroughTheResolver() {
        var state = Fixtures.state()
        _ = reduce(&state, .openActorPicker)
        for ch in "لبوتين" { _ = reduce(&state, .insertText(String(ch))) }
        guard case .actorPicker(let picker) = state.overlay else { return XCTFail("picker open") }
        XCTAssertEqual(picker.candidates.first, "putin", "لبوتين is ل + بوتين")
    }

    func testReaderHighlightsFollowTheFilter() {
        var state = Fixtures.state()
        _ = reduce(&state, .moveBy(1))
        _ = reduce(&state, .activate)
        let all = state.reader.document!.mentions
        XCTAssertTrue(Set(all.map(\.actorID)).isSuperset(of: ["putin", "AM", "AZ"]))
        _ = reduce(&state, .setFilter(actorID: "putin"))
        let filtered = state.reader.document!.mentions
        XCTAssertFalse(filtered.isEmpty)
        XCTAssertTrue(filtered.allSatisfy { $0.actorID == "putin" })
    }

    func testActorPickerTypeAheadInArabicAndEnglish() {
        var state = Fixtures.state()
        _ = reduce(&state, .openActorPicker)
        for ch in "بوت" { _ = reduce(&state, .insertText(String(ch))) }
        guard case .actorPicker(let picker) = state.overlay else { return XCTFail("picker open") }
        XCTAssertEqual(picker.candidates.first, "putin")
        _ = reduce(&state, .closeOverlay)
        _ = reduce(&state, .openActorPicker)
        for ch in "armen" { _ = reduce(&state, .insertText(String(ch))) }
        guard case .actorPicker(let picker2) = state.overlay else { return XCTFail("picker open") }
        XCTAssertEqual(picker2.candidates, ["AM"])
        _ = reduce(&state, .submit)
        XCTAssertEqual(state.filter?.actorID, "AM")
        XCTAssertNil(state.overlay)
        // Hamza does not matter: اذربيجان finds أذربيجان.
        _ = reduce(&state, .openActorPicker)
        for ch in "اذربيجان" { _ = reduce(&state, .insertText(String(ch))) }
        guard case .actorPicker(let picker3) = state.overlay else { return XCTFail("picker open") }
        XCTAssertEqual(picker3.candidates.first, "AZ")
        _ = reduce(&state, .deleteBackward)
        guard case .actorPicker(let picker4) = state.overlay else { return XCTFail("picker open") }
        XCTAssertEqual(picker4.query, "اذربيجا")
    }

    func testStepEventsOpensEachArticleAtItsSentence() {
        var state = Fixtures.state()
        var effects = reduce(&state, .stepEvent(1))
        XCTAssertEqual(effects, [.saveReadState], "opening an unread article saves the read state")
        let first = Fixtures.analysis.timeline[0]
        XCTAssertEqual(state.reader.document?.articleIndex, state.articleIndex(id: first.articleID))
        XCTAssertEqual(state.reader.eventSentence, first.sentenceRange)
        assertSentenceVisible(state, first.sentenceRange)
        effects = reduce(&state, .stepEvent(1))
        let second = Fixtures.analysis.timeline[1]
        XCTAssertEqual(state.reader.eventSentence, second.sentenceRange)
        XCTAssertEqual(state.selectedEvent, 1)
        XCTAssertEqual(state.list.selected, state.articleIndex(id: second.articleID), "the list follows")
        _ = reduce(&state, .stepEvent(1))
        _ = reduce(&state, .stepEvent(1))
        XCTAssertEqual(state.selectedEvent, 2, "stops at the last event")
        XCTAssertEqual(state.message, "the last event")
        _ = reduce(&state, .stepEvent(-1))
        XCTAssertEqual(state.selectedEvent, 1)
    }

    func testEnterOnATimelineEventOpensItsArticle() {
        var state = Fixtures.state()
        _ = reduce(&state, .focusTimeline)
        XCTAssertEqual(state.focus, .timeline)
        _ = reduce(&state, .moveBy(2))
        _ = reduce(&state, .activate)
        let event = Fixtures.analysis.timeline[2]
        XCTAssertEqual(state.reader.articleIndex, state.articleIndex(id: event.articleID))
        XCTAssertEqual(state.reader.eventSentence, event.sentenceRange)
        XCTAssertEqual(state.focus, .timeline, "all panes show: focus stays to walk on")
        assertSentenceVisible(state, event.sentenceRange)
    }

    func testOnSmallScreensEventsSwitchToTheReader() {
        var state = Fixtures.state(columns: 70, rows: 20)
        _ = reduce(&state, .stepEvent(1))
        XCTAssertEqual(state.focus, .reader)
        assertSentenceVisible(state, Fixtures.analysis.timeline[0].sentenceRange)
    }

    func assertSentenceVisible(_ state: AppState, _ range: ScalarRange, file: StaticString = #filePath, line: UInt = #line) {
        let doc = state.reader.document!
        let shown = doc.lines[state.reader.top..<min(doc.lines.count, state.reader.top + state.contentHeight(.reader))]
        XCTAssertTrue(shown.contains { $0.articleScalars?.contains(range.start) == true }, "sentence start on screen",
                      file: file, line: line)
    }

    func testSearchIgnoresHamzaTaaMarbutaHarakatAndClitics() {
        var state = Fixtures.state()
        _ = reduce(&state, .activate)  // article 000
        _ = reduce(&state, .beginSearch)
        for ch in "الاسره" { _ = reduce(&state, .insertText(String(ch))) }
        _ = reduce(&state, .submit)
        let article = Fixtures.corpus.articles[0]
        XCTAssertFalse(state.reader.searchHits.isEmpty, state.message ?? "")
        for hit in state.reader.searchHits {
            XCTAssertEqual(ArabicNormalizer.normalize(article.text(in: hit)).hasSuffix("اسره"), true, article.text(in: hit))
        }
        XCTAssertEqual(state.reader.currentHit, 0)
        // "بوتين" with a clitic attached in the query still finds the bare name.
        _ = reduce(&state, .beginSearch)
        for ch in "وبوتين" { _ = reduce(&state, .insertText(String(ch))) }
        _ = reduce(&state, .submit)
        let hits = state.reader.searchHits
        XCTAssertEqual(hits.count, Fixtures.occurrences(of: "بوتين", in: article).count)
        _ = reduce(&state, .stepSearchHit(1))
        XCTAssertEqual(state.reader.currentHit, 1 % hits.count)
        _ = reduce(&state, .stepSearchHit(-1))
        XCTAssertEqual(state.reader.currentHit, 0)
    }

    func testSearchInTheListSelectsMatchingTitles() {
        var state = Fixtures.state()
        _ = reduce(&state, .beginSearch)
        // Typed with taa marbuta folded and no hamza; the title has "قرة باغ".
        for ch in "قره باغ" { _ = reduce(&state, .insertText(String(ch))) }
        _ = reduce(&state, .submit)
        let expected = Fixtures.corpus.articles.indices.filter {
            ArabicNormalizer.normalize(Fixtures.corpus.articles[$0].title).contains("قره باغ")
                || !SearchQuery("قره باغ")!.matches(in: Fixtures.corpus.articles[$0].scalars,
                                                     range: 0..<Fixtures.corpus.articles[$0].scalars.count).isEmpty
        }
        XCTAssertFalse(expected.isEmpty)
        XCTAssertEqual(state.search?.rowHits, expected)
        XCTAssertEqual(state.list.selected, expected[0])
    }

    func testSearchInTheListFindsArticlesByTheirTextAndOpensThemAtTheHit() {
        var state = Fixtures.state(columns: 120, rows: 40)
        _ = reduce(&state, .beginSearch)
        // "درونز" stands in the text of one seed only, in no title.
        for ch in "الدرونز" { _ = reduce(&state, .insertText(String(ch))) }
        _ = reduce(&state, .submit)
        let holders = Fixtures.corpus.articles.indices.filter {
            !Fixtures.occurrences(of: "درونز", in: Fixtures.corpus.articles[$0]).isEmpty
        }
        XCTAssertEqual(holders.count, 1)
        XCTAssertEqual(state.search?.rowHits, holders)
        XCTAssertEqual(state.list.selected, holders[0])
        // Enter opens it at the first hit, and n walks the article's hits.
        _ = reduce(&state, .activate)
        XCTAssertEqual(state.focus, .reader)
        XCTAssertEqual(state.reader.document?.articleIndex, holders[0])
        let article = Fixtures.corpus.articles[holders[0]]
        let first = Fixtures.occurrences(of: "درونز", in: article)[0]
        XCTAssertEqual(state.reader.currentHit, 0)
        XCTAssertTrue(state.reader.searchHits[0].contains(first) || first.contains(state.reader.searchHits[0]))
        assertSentenceVisible(state, first)
        _ = reduce(&state, .stepSearchHit(1))
        XCTAssertEqual(state.reader.currentHit, 1 % state.reader.searchHits.count)
    }

    func testAFullTextIndexDecidesWhichArticlesTheListSearchReads() {
        var state = Fixtures.state()
        let chosen = Fixtures.corpus.articles[3].id
        state.fullTextSearch = FullTextSearch { _ in [chosen, "no-such-article"] }
        _ = reduce(&state, .beginSearch)
        for ch in "باكو" { _ = reduce(&state, .insertText(String(ch))) }
        _ = reduce(&state, .submit)
        // Only the article the index names is read for text hits; titles still count.
        let titles = Fixtures.corpus.articles.indices.filter { SearchQuery("باكو")!.matches(Fixtures.corpus.articles[$0].title) }
        XCTAssertEqual(state.search?.rowHits, Array(Set(titles + [3])).sorted())
        XCTAssertEqual(Array(state.search!.textHits.keys), [3])
    }

    func testNextMentionWalksThroughNamesAndScrolls() {
        var state = Fixtures.state(columns: 120, rows: 40)
        _ = reduce(&state, .moveBy(1))
        _ = reduce(&state, .activate)
        let mentions = state.reader.document!.mentions
        _ = reduce(&state, .stepMention(1))
        XCTAssertEqual(state.reader.currentMention, 0)
        for _ in 0..<(mentions.count - 1) { _ = reduce(&state, .stepMention(1)) }
        XCTAssertEqual(state.reader.currentMention, mentions.count - 1)
        assertSentenceVisible(state, mentions.last!.range)
        _ = reduce(&state, .stepMention(1))
        XCTAssertEqual(state.reader.currentMention, mentions.count - 1)
        _ = reduce(&state, .stepMention(-1))
        XCTAssertEqual(state.reader.currentMention, mentions.count - 2)
    }

    func testResizeRelaysOutAndKeepsTheReadingPlace() {
        var state = Fixtures.state()
        _ = reduce(&state, .moveBy(1))
        _ = reduce(&state, .activate)
        _ = reduce(&state, .pageBy(1))
        _ = reduce(&state, .pageBy(1))
        let offset = state.firstVisibleOffset!
        let widthBefore = state.reader.document!.width
        _ = reduce(&state, .resize(ScreenSize(columns: 200, rows: 60)))
        XCTAssertNotEqual(state.reader.document!.width, widthBefore)
        XCTAssertEqual(state.reader.document!.width, state.readerTextWidth)
        let doc = state.reader.document!
        let top = doc.lines[state.reader.top]
        XCTAssertTrue(top.articleScalars!.contains(offset) || top.articleScalars!.lowerBound <= offset,
                      "the paragraph read before is still on top")
        _ = reduce(&state, .resize(ScreenSize(columns: 60, rows: 20)))
        XCTAssertEqual(state.layout.arrangement, .single)
        XCTAssertEqual(state.layout.visiblePanes, [.reader])
        let buffer = Screen.render(state)
        XCTAssertEqual(buffer.columns, 60)
        for line in buffer.lines { XCTAssertEqual(TextLayout.cellWidth(of: line), 60) }
    }

    func testPagingAndEndsInLists() {
        var state = Fixtures.state()
        _ = reduce(&state, .moveToEnd)
        XCTAssertEqual(state.list.selected, 4)
        _ = reduce(&state, .moveBy(10))
        XCTAssertEqual(state.list.selected, 4)
        _ = reduce(&state, .moveToStart)
        XCTAssertEqual(state.list.selected, 0)
        _ = reduce(&state, .focus(.actors))
        _ = reduce(&state, .pageBy(1))
        XCTAssertEqual(state.actors.selected, min(state.filtered.actorRows.count - 1, state.contentHeight(.actors) - 1))
    }

    func testEnterOnAnActorFilters() {
        var state = Fixtures.state()
        _ = reduce(&state, .focus(.actors))
        let id = state.filtered.actorRows[0].id
        _ = reduce(&state, .activate)
        XCTAssertEqual(state.filter?.actorID, id)
    }

    func testMouseClickSelectsPaneAndRowAndWheelScrolls() {
        var state = Fixtures.state()
        let list = state.layout.list!
        _ = reduce(&state, .click(x: 10, y: list.y + 3))
        XCTAssertEqual(state.focus, .list)
        XCTAssertEqual(state.list.selected, 2)
        let effects = reduce(&state, .click(x: 10, y: list.y + 3))
        XCTAssertEqual(state.reader.articleIndex, 2, "a click on the selected row opens it")
        XCTAssertEqual(effects, [.saveReadState])
        let reader = state.layout.reader!
        _ = reduce(&state, .scroll(x: reader.x + 5, y: reader.y + 5, lines: 3))
        XCTAssertEqual(state.reader.top, 3)
        let actors = state.layout.actors!
        _ = reduce(&state, .click(x: actors.x + 3, y: actors.y + 2))
        XCTAssertEqual(state.focus, .actors)
        XCTAssertEqual(state.actors.selected, 1)
    }

    func testQuitAndEscape() {
        var state = Fixtures.state()
        _ = reduce(&state, .beginSearch)
        XCTAssertEqual(KeyMap.action(for: .key(.character("q")), in: state).map { "\($0)" }, "insertText(\"q\")",
                       "q is text in the prompt")
        _ = reduce(&state, .closeOverlay)
        XCTAssertNil(state.overlay)
        XCTAssertEqual(reduce(&state, .quit), [.quit])
        XCTAssertFalse(state.isRunning)
    }

    func testReadStateIsMarkedOnceAndSurvivesInState() {
        var state = Fixtures.state()
        XCTAssertEqual(reduce(&state, .activate), [.saveReadState])
        XCTAssertTrue(state.isRead(0))
        _ = reduce(&state, .focus(.list))
        XCTAssertEqual(reduce(&state, .activate), [], "already read: nothing to save")
        let again = AppState(corpus: Fixtures.corpus, corpusName: "seeds", size: ScreenSize(columns: 120, rows: 40),
                             readKeys: state.readKeys)
        XCTAssertTrue(again.isRead(0))
        XCTAssertFalse(again.isRead(1))
    }

    func testBeforeTheAnalysisTheFilterAndTimelineSaySo() {
        var state = Fixtures.state(analysed: false)
        _ = reduce(&state, .openActorPicker)
        XCTAssertNil(state.overlay)
        XCTAssertEqual(state.message, "actors are still being analysed…")
        _ = reduce(&state, .stepEvent(1))
        XCTAssertEqual(state.message, "the timeline is being built…")
        _ = reduce(&state, .activate)
        XCTAssertNotNil(state.reader.document, "articles open before the analysis")
        XCTAssertTrue(state.reader.document!.mentions.isEmpty)
        _ = reduce(&state, .analysisFinished(Fixtures.analysis, seconds: 1))
        XCTAssertFalse(state.reader.document!.mentions.isEmpty, "highlights appear when the analysis is in")
    }
}
