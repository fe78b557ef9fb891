import MarsadModel
import MarsadTestSupport
@testable import MarsadTUI
import TerminalText
import XCTest

/// Whole screens on the seeds, every row compared with a literal screen.
///
/// The screens were captured from the reader and read through by hand:
/// Arabic is in visual order (a row is its cells left to right) and in
/// joined presentation forms, right-to-left text sits against the right
/// edge of its field, and a text too long for its field is cut at its
/// logical end, which is the left in Arabic, with "…". An editor that
/// reorders right-to-left text shows these literals reversed; a failing
/// test prints the rows between bars, as the terminal shows them.
///
/// Where a test is about highlighting, it also draws the styles of the
/// cells in question as a mask: one character a cell, a legend letter for
/// each style looked at, "." for any other.
final class ScreenRenderingTests: XCTestCase {
    func testAt120x40EveryPaneShowsAndTheListHasTheShapedTitles() {
        let buffer = Screen.render(Fixtures.state())
        assertBuffer(buffer, equals: [
            " Articles 5 articles",
            " N 2022-09-13  unknown outlet (AFP rep…                                   ﻰﺣﺮﺟﻭ ﻰﻠﺘﻗ ﻒﻠﺨﺗ ﻥﺎﺠﻴﺑﺭﺫﺍﻭ ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ ﺕﺎﻬﺟﺍﻮﻣ",
            " N 2020-10-01  (Arabi21) 21ﻲﺑﺮﻋ                                 \"ﺔﻳﺭﺎﺤﺘﻧﺍ ﺰﻧﻭﺭﺩ\" ﻡﺍﺪﺨﺘﺳﺍ ﻒﺜﻜﻳ ﻱﺭﺫﻷﺍ ﺶﻴﺠﻟﺍﻭ ﺕﺎﻃﺎﺳﻮﻠﻟ ﻞﺸﻓ",
            " N 2022-09-14  …Lebano) ﺪﻳﻮﻠﺑﺎﺗ ﻥﻮﻧﺎﺒﻴﻟ                            ﺎﻴﻨﻴﻣﺭﺍﻭ ﻥﺎﺠﻴﺑﺭﺫﺍ ﻦﻴﺑ ﺔﻳﺮﻜﺴﻌﻟﺍ ﺔﻬﺟﺍﻮﻤﻟﺍ ﻖﻳﻮﻄﺘﻟ ﻲﻋﺎﺴﻣ",
            " N 2023-09-20  unknown outlet                                    ﺪﻴﻌﺼﺘﻟﺍ ﻒﻗﻮﻟ ﺕﺍﻮﻋﺩﻭ ﻰﺣﺮﺠﻟﺍ ﺕﺎﺌﻣﻭ ﻰﻠﺘﻘﻟﺍ ﺕﺍﺮﺸﻋ :ﻍﺎﺑ ﺓﺮﻗ",
            " N 2022-09-15  unknown outlet (agency …  … ﺩﺪﺠﺗ … ﺔﺒﻗﺍﺮﻤﻠﻟ ﻞﻤﻋ ﺔﻋﻮﻤﺠﻣ ﻞﻜﺸﺗ «ﻲﻋﺎﻤﺠﻟﺍ ﻦﻣﻷﺍ»ﻭ ﺭﺍﺮﻘﺘﺳﻻﺍ ﻝﻼﺣﺇ ﻰﻠﻋ ﻞﻤﻌﺗ ﻮﻜﺳﻮﻣ",
            " Reader                                                                        │ Actors 5 · by mentions",
            " Enter opens the selected article                                              │ LOC    60  Azerbaijan         ﻥﺎﺠﻴﺑﺭﺫﺃ",
            "                                                                               │ LOC    29  Armenia             ﺎﻴﻨﻴﻣﺭﺃ",
            "                                                                               │ LOC    16  Russia                ﺎﻴﺳﻭﺭ",
            "                                                                               │ PER    10  Vladimir Putin        ﻦﻴﺗﻮﺑ",
            "                                                                               │ ORG     1  Azerbaijani D… …ﺎﻓﺪﻟﺍ ﺓﺭﺍﺯﻭ",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            " Timeline 3 events · [ ] step",
            " 2020-09-30 ▄                                                              █                                 2023-09-20",
            "  2020-09-30 day   diplomacy  …ﺮﻴﻈﻧﻭ ،ﻦﻴﺗﻮﺑ ﺮﻴﻤﻳﺩﻼﻓ ﻲﺳﻭﺮﻟﺍ ﺲﻴﺋﺮﻟﺍ ﺎﻋﺩ ،ءﺎﻌﺑﺭﻷﺍ ءﺎﺴﻣﻭ Vladimir Putin           #2",
            "  2022-09-13 day   casualties …ﻲﻓ ءﺎﺛﻼﺜﻟﺍ ﻲﻧﺎﺠﻴﺑﺭﺫﺍﻭ ﻲﻨﻴﻣﺭﺃ ﻱﺪﻨﺟ 100 ﻦﻋ ﻞﻘﻳ ﻻ ﺎﻣ ﻞﺘﻗ Armenia, Azerbaijan      #1",
            "  2022-09-14 day   clash      … ﺕﺍﺮﺋﺎﻄﻟﺍ ﻡﺍﺪﺨﺘﺳﺎﺑ ﻥﺎﺠﻴﺑﺭﺫﺃ ءﺎﻌﺑﺭﻷﺍ ﺲﻣﺃ ﺎﻴﻨﻴﻣﺭﺃ ﺖﻤﻬﺗﺍ Armenia, Azerbaijan      #5",
            "",
            "",
            "",
            "",
            "",
            "",
            " seeds · 5 articles │ article 1/5                                                                        ? help  q quit",
        ])
    }

    func testOpeningAnArticleShowsItsFirstSentenceRightAligned() {
        var state = Fixtures.state()
        _ = reduce(&state, .moveBy(2))
        _ = reduce(&state, .activate)
        XCTAssertEqual(state.reader.articleIndex, 2)
        XCTAssertEqual(state.focus, .reader)
        // The reader: metadata, the title as headline, then the body, each
        // paragraph right-aligned one cell short of the rule; the list
        // marks the open article (">") and no longer counts it unread ("N").
        let buffer = Screen.render(state)
        assertBuffer(buffer, equals: [
            " Articles 5 articles",
            " N 2022-09-13  unknown outlet (AFP rep…                                   ﻰﺣﺮﺟﻭ ﻰﻠﺘﻗ ﻒﻠﺨﺗ ﻥﺎﺠﻴﺑﺭﺫﺍﻭ ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ ﺕﺎﻬﺟﺍﻮﻣ",
            " N 2020-10-01  (Arabi21) 21ﻲﺑﺮﻋ                                 \"ﺔﻳﺭﺎﺤﺘﻧﺍ ﺰﻧﻭﺭﺩ\" ﻡﺍﺪﺨﺘﺳﺍ ﻒﺜﻜﻳ ﻱﺭﺫﻷﺍ ﺶﻴﺠﻟﺍﻭ ﺕﺎﻃﺎﺳﻮﻠﻟ ﻞﺸﻓ",
            ">  2022-09-14  …Lebano) ﺪﻳﻮﻠﺑﺎﺗ ﻥﻮﻧﺎﺒﻴﻟ                            ﺎﻴﻨﻴﻣﺭﺍﻭ ﻥﺎﺠﻴﺑﺭﺫﺍ ﻦﻴﺑ ﺔﻳﺮﻜﺴﻌﻟﺍ ﺔﻬﺟﺍﻮﻤﻟﺍ ﻖﻳﻮﻄﺘﻟ ﻲﻋﺎﺴﻣ",
            " N 2023-09-20  unknown outlet                                    ﺪﻴﻌﺼﺘﻟﺍ ﻒﻗﻮﻟ ﺕﺍﻮﻋﺩﻭ ﻰﺣﺮﺠﻟﺍ ﺕﺎﺌﻣﻭ ﻰﻠﺘﻘﻟﺍ ﺕﺍﺮﺸﻋ :ﻍﺎﺑ ﺓﺮﻗ",
            " N 2022-09-15  unknown outlet (agency …  … ﺩﺪﺠﺗ … ﺔﺒﻗﺍﺮﻤﻠﻟ ﻞﻤﻋ ﺔﻋﻮﻤﺠﻣ ﻞﻜﺸﺗ «ﻲﻋﺎﻤﺠﻟﺍ ﻦﻣﻷﺍ»ﻭ ﺭﺍﺮﻘﺘﺳﻻﺍ ﻝﻼﺣﺇ ﻰﻠﻋ ﻞﻤﻌﺗ ﻮﻜﺳﻮﻣ",
            " Reader 1–21 of 67                                                             │ Actors 5 · by mentions",
            "     002_6b939b76667bada4.txt · (Lebanon Tabloid) ﺪﻳﻮﻠﺑﺎﺗ ﻥﻮﻧﺎﺒﻴﻟ · 2022-09-14 │ LOC    60  Azerbaijan         ﻥﺎﺠﻴﺑﺭﺫﺃ",
            "                                                                               │ LOC    29  Armenia             ﺎﻴﻨﻴﻣﺭﺃ",
            " Lebanon News I ﻢﻟﺎﻌﻟﺍﻭ ﻥﺎﻨﺒﻟ ﻦﻣ ﺔﻋﺎﺴﻟﺍ ﺭﺎﺒﺧﺃ : ﺪﻳﻮﻠﺑﺎﺗ ﻥﻮﻧﺎﺒﻴﻟ!               │ LOC    16  Russia                ﺎﻴﺳﻭﺭ",
            "                                                                               │ PER    10  Vladimir Putin        ﻦﻴﺗﻮﺑ",
            "                          ﺎﻴﻨﻴﻣﺭﺍﻭ ﻥﺎﺠﻴﺑﺭﺫﺍ ﻦﻴﺑ ﺔﻳﺮﻜﺴﻌﻟﺍ ﺔﻬﺟﺍﻮﻤﻟﺍ ﻖﻳﻮﻄﺘﻟ ﻲﻋﺎﺴﻣ │ ORG     1  Azerbaijani D… …ﺎﻓﺪﻟﺍ ﺓﺭﺍﺯﻭ",
            "                                                                               │",
            "                              .ﺎﻴﻨﻴﻣﺭﺍﻭ ﻥﺎﺠﻴﺑﺭﺫﺍ ﻦﻴﺑ ﻝﺎﺘﻘﻟﺍ ﻒﻗﻭ ﻰﻟﺍ ﺎﻴﺳﻭﺭ ﻰﻌﺴﺗ │",
            "                                                                               │",
            "                                                        ٢٠٢٢ ﺮﺒﻤﺘﺒﺳ ١٤ ءﺎﻌﺑﺭﻷﺍ │",
            "                                                                               │",
            "                                            ﺔﻣﺪﺧ ﺮﺒﻋ ﻥﻵﺍ ﺪﻳﻮﻠﺑﺎﺗ ﻥﻮﻧﺎﺒﻴﻟ ﺭﺎﺒﺧﺍ │",
            "                                                                               │",
            "                                                                      ﺎﻨﻫ ﻂﻐﺿﺍ │",
            "                                                                               │",
            "                     ﻝﺎﺘﻘﻟﺍ ءﺎﻬﻧﺇ ﻰﻟﺇ ﻰﻌﺴﻳ ﻪﻧﺇ ﻦﻴﺗﻮﺑ ﺮﻴﻤﻳﺩﻼﻓ ﻲﺳﻭﺮﻟﺍ ﺲﻴﺋﺮﻟﺍ ﻝﺎﻗ │",
            " ﺕﺪﻛﺃ ﻦﻴﺣ ﻲﻓ ،ﺎًﻴﻨﻴﻣﺭﺃ ﺎًﻳﺪﻨﺟ 49 ﺖﻠﺘﻗ ﺔﻳﺩﻭﺪﺣ ﺕﺎﻛﺎﺒﺘﺷﺍ ﺪﻌﺑ ،ﻥﺎﺠﻴﺑﺭﺫﺃﻭ ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ │",
            "     ﺏﺮﺣ ﻉﻻﺪﻧﺍ ﻦﻣ ﻑﻭﺎﺨﻣ ﻞﻇ ﻲﻓ ،ﻥﺎﺠﻴﺑﺭﺫﺃ ﺔﻔﻴﻠﺤﻟﺍ ﺐﻧﺎﺟ ﻰﻟﺇ \"ﻢﺋﺍﺪﻟﺍ\" ﺎﻬﻓﻮﻗﻭ ﺎﻴﻛﺮﺗ │",
            "                                              .ﻍﺎﺑ ﻩﺮﻗ ﺔﻛﺮﻌﻣ ﻦﻣ ﻦﻴﻣﺎﻋ ﺪﻌﺑ ﻯﺮﺧﺃ │",
            "                                                                               │",
            "     ﺔﻳﻮﻣﺩ ﺕﺎﻛﺎﺒﺘﺷﺍ ﺪﻌﺑ ،ﺲﻔﻨﻟﺍ ﻂﺒﺿ ﻰﻟﺇ ﺎﺴﻧﺮﻓﻭ ﺓﺪﺤﺘﻤﻟﺍ ﺕﺎﻳﻻﻮﻟﺍﻭ ﺎﻴﺳﻭﺭ ﻦﻣ ﻞﻛ ﺖﻋﺩ │",
            "    ،ﺎًﻣﻮﻳ 44 ﺕﺮﻤﺘﺳﺍﻭ ،2020 ﻲﻓ ﻥﺎﺠﻴﺑﺭﺫﺃﻭ ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ ﺏﺮﺤﻟﺍ ﻉﻻﺪﻧﺍ ﺬﻨﻣ ﻒﻨﻋﻷﺍ ﺖﻧﺎﻛ │",
            " Timeline 3 events · [ ] step",
            " 2020-09-30 ▄                                                              █                                 2023-09-20",
            "  2020-09-30 day   diplomacy  …ﺮﻴﻈﻧﻭ ،ﻦﻴﺗﻮﺑ ﺮﻴﻤﻳﺩﻼﻓ ﻲﺳﻭﺮﻟﺍ ﺲﻴﺋﺮﻟﺍ ﺎﻋﺩ ،ءﺎﻌﺑﺭﻷﺍ ءﺎﺴﻣﻭ Vladimir Putin           #2",
            "  2022-09-13 day   casualties …ﻲﻓ ءﺎﺛﻼﺜﻟﺍ ﻲﻧﺎﺠﻴﺑﺭﺫﺍﻭ ﻲﻨﻴﻣﺭﺃ ﻱﺪﻨﺟ 100 ﻦﻋ ﻞﻘﻳ ﻻ ﺎﻣ ﻞﺘﻗ Armenia, Azerbaijan      #1",
            "  2022-09-14 day   clash      … ﺕﺍﺮﺋﺎﻄﻟﺍ ﻡﺍﺪﺨﺘﺳﺎﺑ ﻥﺎﺠﻴﺑﺭﺫﺃ ءﺎﻌﺑﺭﻷﺍ ﺲﻣﺃ ﺎﻴﻨﻴﻣﺭﺃ ﺖﻤﻬﺗﺍ Armenia, Azerbaijan      #5",
            "",
            "",
            "",
            "",
            "",
            "",
            " seeds · 5 articles │ article 3 · 31%                                                                    ? help  q quit",
        ])
        let theme = state.theme
        assertStyles(buffer, in: state.layout.list!, legend: [
            ("T", theme.paneTitle), ("U", theme.unread), ("o", theme.selectedRowUnfocused),
        ], equal: [
            "TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT",
            "UUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU",
            "UUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU",
            "oooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooo",
            "UUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU",
            "UUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU",
        ])
    }

    func testActorsPaneListsActorsByMentionsWithBothNames() {
        var state = Fixtures.state()
        let rows = state.filtered.actorRows
        XCTAssertEqual(rows.first?.id, "AZ", "Azerbaijan is the most mentioned in the seeds")
        XCTAssertTrue(zip(rows, rows.dropFirst()).allSatisfy { $0.mentionCount >= $1.mentionCount })
        _ = reduce(&state, .focus(.actors))
        _ = reduce(&state, .moveBy(3))
        let buffer = Screen.render(state)
        assertBuffer(buffer, equals: [
            " Articles 5 articles",
            " N 2022-09-13  unknown outlet (AFP rep…                                   ﻰﺣﺮﺟﻭ ﻰﻠﺘﻗ ﻒﻠﺨﺗ ﻥﺎﺠﻴﺑﺭﺫﺍﻭ ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ ﺕﺎﻬﺟﺍﻮﻣ",
            " N 2020-10-01  (Arabi21) 21ﻲﺑﺮﻋ                                 \"ﺔﻳﺭﺎﺤﺘﻧﺍ ﺰﻧﻭﺭﺩ\" ﻡﺍﺪﺨﺘﺳﺍ ﻒﺜﻜﻳ ﻱﺭﺫﻷﺍ ﺶﻴﺠﻟﺍﻭ ﺕﺎﻃﺎﺳﻮﻠﻟ ﻞﺸﻓ",
            " N 2022-09-14  …Lebano) ﺪﻳﻮﻠﺑﺎﺗ ﻥﻮﻧﺎﺒﻴﻟ                            ﺎﻴﻨﻴﻣﺭﺍﻭ ﻥﺎﺠﻴﺑﺭﺫﺍ ﻦﻴﺑ ﺔﻳﺮﻜﺴﻌﻟﺍ ﺔﻬﺟﺍﻮﻤﻟﺍ ﻖﻳﻮﻄﺘﻟ ﻲﻋﺎﺴﻣ",
            " N 2023-09-20  unknown outlet                                    ﺪﻴﻌﺼﺘﻟﺍ ﻒﻗﻮﻟ ﺕﺍﻮﻋﺩﻭ ﻰﺣﺮﺠﻟﺍ ﺕﺎﺌﻣﻭ ﻰﻠﺘﻘﻟﺍ ﺕﺍﺮﺸﻋ :ﻍﺎﺑ ﺓﺮﻗ",
            " N 2022-09-15  unknown outlet (agency …  … ﺩﺪﺠﺗ … ﺔﺒﻗﺍﺮﻤﻠﻟ ﻞﻤﻋ ﺔﻋﻮﻤﺠﻣ ﻞﻜﺸﺗ «ﻲﻋﺎﻤﺠﻟﺍ ﻦﻣﻷﺍ»ﻭ ﺭﺍﺮﻘﺘﺳﻻﺍ ﻝﻼﺣﺇ ﻰﻠﻋ ﻞﻤﻌﺗ ﻮﻜﺳﻮﻣ",
            " Reader                                                                        │ Actors 5 · by mentions",
            " Enter opens the selected article                                              │ LOC    60  Azerbaijan         ﻥﺎﺠﻴﺑﺭﺫﺃ",
            "                                                                               │ LOC    29  Armenia             ﺎﻴﻨﻴﻣﺭﺃ",
            "                                                                               │ LOC    16  Russia                ﺎﻴﺳﻭﺭ",
            "                                                                               │ PER    10  Vladimir Putin        ﻦﻴﺗﻮﺑ",
            "                                                                               │ ORG     1  Azerbaijani D… …ﺎﻓﺪﻟﺍ ﺓﺭﺍﺯﻭ",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            " Timeline 3 events · [ ] step",
            " 2020-09-30 ▄                                                              █                                 2023-09-20",
            "  2020-09-30 day   diplomacy  …ﺮﻴﻈﻧﻭ ،ﻦﻴﺗﻮﺑ ﺮﻴﻤﻳﺩﻼﻓ ﻲﺳﻭﺮﻟﺍ ﺲﻴﺋﺮﻟﺍ ﺎﻋﺩ ،ءﺎﻌﺑﺭﻷﺍ ءﺎﺴﻣﻭ Vladimir Putin           #2",
            "  2022-09-13 day   casualties …ﻲﻓ ءﺎﺛﻼﺜﻟﺍ ﻲﻧﺎﺠﻴﺑﺭﺫﺍﻭ ﻲﻨﻴﻣﺭﺃ ﻱﺪﻨﺟ 100 ﻦﻋ ﻞﻘﻳ ﻻ ﺎﻣ ﻞﺘﻗ Armenia, Azerbaijan      #1",
            "  2022-09-14 day   clash      … ﺕﺍﺮﺋﺎﻄﻟﺍ ﻡﺍﺪﺨﺘﺳﺎﺑ ﻥﺎﺠﻴﺑﺭﺫﺃ ءﺎﻌﺑﺭﻷﺍ ﺲﻣﺃ ﺎﻴﻨﻴﻣﺭﺃ ﺖﻤﻬﺗﺍ Armenia, Azerbaijan      #5",
            "",
            "",
            "",
            "",
            "",
            "",
            " seeds · 5 articles │ actor 4/5 · Enter filters                                                          ? help  q quit",
        ])
        // Putin's row is the selection, reversed across the pane; each
        // type's label has its entity style.
        let theme = state.theme
        assertStyles(buffer, in: state.layout.actors!.droppingTop(1).top(5), legend: [
            ("S", theme.selectedRow), ("s", theme.entityType(.person).merged(with: theme.selectedRow)),
            ("P", theme.entityType(.person)), ("L", theme.entityType(.location)), ("O", theme.entityType(.organization)),
        ], equal: [
            ".LLL",
            ".LLL",
            ".LLL",
            "SsssSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS",
            ".OOO",
        ])
    }

    func testTimelineShowsEventsInOrderWithAChartAndTheSelectedEventMarked() {
        var state = Fixtures.state(theme: .color)
        _ = reduce(&state, .stepEvent(1))
        _ = reduce(&state, .stepEvent(1))
        // The chart runs from the first event to the last publication date;
        // the selected event (">") is the second, opened in the reader.
        let buffer = Screen.render(state)
        assertBuffer(buffer, equals: [
            " Articles 5 articles",
            ">  2022-09-13  unknown outlet (AFP rep…                                   ﻰﺣﺮﺟﻭ ﻰﻠﺘﻗ ﻒﻠﺨﺗ ﻥﺎﺠﻴﺑﺭﺫﺍﻭ ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ ﺕﺎﻬﺟﺍﻮﻣ",
            "   2020-10-01  (Arabi21) 21ﻲﺑﺮﻋ                                 \"ﺔﻳﺭﺎﺤﺘﻧﺍ ﺰﻧﻭﺭﺩ\" ﻡﺍﺪﺨﺘﺳﺍ ﻒﺜﻜﻳ ﻱﺭﺫﻷﺍ ﺶﻴﺠﻟﺍﻭ ﺕﺎﻃﺎﺳﻮﻠﻟ ﻞﺸﻓ",
            " N 2022-09-14  …Lebano) ﺪﻳﻮﻠﺑﺎﺗ ﻥﻮﻧﺎﺒﻴﻟ                            ﺎﻴﻨﻴﻣﺭﺍﻭ ﻥﺎﺠﻴﺑﺭﺫﺍ ﻦﻴﺑ ﺔﻳﺮﻜﺴﻌﻟﺍ ﺔﻬﺟﺍﻮﻤﻟﺍ ﻖﻳﻮﻄﺘﻟ ﻲﻋﺎﺴﻣ",
            " N 2023-09-20  unknown outlet                                    ﺪﻴﻌﺼﺘﻟﺍ ﻒﻗﻮﻟ ﺕﺍﻮﻋﺩﻭ ﻰﺣﺮﺠﻟﺍ ﺕﺎﺌﻣﻭ ﻰﻠﺘﻘﻟﺍ ﺕﺍﺮﺸﻋ :ﻍﺎﺑ ﺓﺮﻗ",
            " N 2022-09-15  unknown outlet (agency …  … ﺩﺪﺠﺗ … ﺔﺒﻗﺍﺮﻤﻠﻟ ﻞﻤﻋ ﺔﻋﻮﻤﺠﻣ ﻞﻜﺸﺗ «ﻲﻋﺎﻤﺠﻟﺍ ﻦﻣﻷﺍ»ﻭ ﺭﺍﺮﻘﺘﺳﻻﺍ ﻝﻼﺣﺇ ﻰﻠﻋ ﻞﻤﻌﺗ ﻮﻜﺳﻮﻣ",
            " Reader 1–21 of 59                                                             │ Actors 5 · by mentions",
            " 2022-09-13 · unknown outlet (AFP report) · 000_cf7b6ba5e297149c.txt           │ LOC    60  Azerbaijan         ﻥﺎﺠﻴﺑﺭﺫﺃ",
            "                                                                               │ LOC    29  Armenia             ﺎﻴﻨﻴﻣﺭﺃ",
            "                                 ﻰﺣﺮﺟﻭ ﻰﻠﺘﻗ ﻒﻠﺨﺗ ﻥﺎﺠﻴﺑﺭﺫﺍﻭ ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ ﺕﺎﻬﺟﺍﻮﻣ │ LOC    16  Russia                ﺎﻴﺳﻭﺭ",
            "                                                                               │ PER    10  Vladimir Putin        ﻦﻴﺗﻮﺑ",
            "    ﺏﺮﺤﻟﺍ ﺬﻨﻣ ﻙﺭﺎﻌﻣ ﻒﻨﻋﺍ ﻲﻓ ءﺎﺛﻼﺜﻟﺍ ﻲﻧﺎﺠﻴﺑﺭﺫﺍﻭ ﻲﻨﻴﻣﺭﺃ ﻱﺪﻨﺟ 100 ﻦﻋ ﻞﻘﻳ ﻻ ﺎﻣ ﻞﺘﻗ │ ORG     1  Azerbaijani D… …ﺎﻓﺪﻟﺍ ﺓﺭﺍﺯﻭ",
            "  .ﺎﻴﻤﻠﺳ ﻉﺍﺰﻨﻟﺍ ﺔﻳﻮﺴﺗﻭ ”ﺲﻔﻨﻟﺍ ﻂﺒﺿ“ ﻰﻟﺍ ﺔﻴﻟﻭﺪﻟﺍ ﺓﺮﺳﻻﺍ ﺖﻋﺩﻭ ،2020 ﻲﻓ ﻦﻳﺪﻠﺒﻟﺍ ﻦﻴﺑ │",
            "                                                                               │",
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
            " Timeline 3 events · [ ] step",
            " 2020-09-30 ▄                                                              █                                 2023-09-20",
            "  2020-09-30 day   diplomacy  …ﺮﻴﻈﻧﻭ ،ﻦﻴﺗﻮﺑ ﺮﻴﻤﻳﺩﻼﻓ ﻲﺳﻭﺮﻟﺍ ﺲﻴﺋﺮﻟﺍ ﺎﻋﺩ ،ءﺎﻌﺑﺭﻷﺍ ءﺎﺴﻣﻭ Vladimir Putin           #2",
            "> 2022-09-13 day   casualties …ﻲﻓ ءﺎﺛﻼﺜﻟﺍ ﻲﻧﺎﺠﻴﺑﺭﺫﺍﻭ ﻲﻨﻴﻣﺭﺃ ﻱﺪﻨﺟ 100 ﻦﻋ ﻞﻘﻳ ﻻ ﺎﻣ ﻞﺘﻗ Armenia, Azerbaijan      #1",
            "  2022-09-14 day   clash      … ﺕﺍﺮﺋﺎﻄﻟﺍ ﻡﺍﺪﺨﺘﺳﺎﺑ ﻥﺎﺠﻴﺑﺭﺫﺃ ءﺎﻌﺑﺭﻷﺍ ﺲﻣﺃ ﺎﻴﻨﻴﻣﺭﺃ ﺖﻤﻬﺗﺍ Armenia, Azerbaijan      #5",
            "",
            "",
            "",
            "",
            "",
            "",
            " seeds · 5 articles │ article 1/5                                                                        ? help  q quit",
        ])
        let theme = state.theme
        let selected = theme.selectedRowUnfocused
        // The chart row and the three events: the selected event's day is
        // the chart's highlighted cell; its row is the timeline's selection.
        assertStyles(buffer, in: state.layout.timeline!.droppingTop(1).top(4), legend: [
            ("c", theme.chart), ("C", theme.chartSelected), ("d", theme.dim),
            ("S", selected), ("D", selected.merged(with: theme.dim)),
        ], equal: [
            ".dddddddddd.cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccCcccccccccccccccccccccccccccccccc.dddddddddd",
            ".............ddd",
            "SSSSSSSSSSSSSDDDSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSS",
            ".............ddd",
        ])
    }

    func testTheEventSentenceIsHighlightedInTheReader() {
        var state = Fixtures.state(theme: .monochrome)
        _ = reduce(&state, .stepEvent(1))
        XCTAssertTrue(state.currentEvent!.articleID.rawValue.hasPrefix("001"))
        // Article 001 scrolled to the event's sentence (ومساء الأربعاء، دعا
        // الرئيس الروسي فلاديمير بوتين…), which is drawn in reverse video,
        // بوتين in it bold as well.
        let buffer = Screen.render(state)
        assertBuffer(buffer, equals: [
            " Articles 5 articles",
            " N 2022-09-13  unknown outlet (AFP rep…                                   ﻰﺣﺮﺟﻭ ﻰﻠﺘﻗ ﻒﻠﺨﺗ ﻥﺎﺠﻴﺑﺭﺫﺍﻭ ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ ﺕﺎﻬﺟﺍﻮﻣ",
            ">  2020-10-01  (Arabi21) 21ﻲﺑﺮﻋ                                 \"ﺔﻳﺭﺎﺤﺘﻧﺍ ﺰﻧﻭﺭﺩ\" ﻡﺍﺪﺨﺘﺳﺍ ﻒﺜﻜﻳ ﻱﺭﺫﻷﺍ ﺶﻴﺠﻟﺍﻭ ﺕﺎﻃﺎﺳﻮﻠﻟ ﻞﺸﻓ",
            " N 2022-09-14  …Lebano) ﺪﻳﻮﻠﺑﺎﺗ ﻥﻮﻧﺎﺒﻴﻟ                            ﺎﻴﻨﻴﻣﺭﺍﻭ ﻥﺎﺠﻴﺑﺭﺫﺍ ﻦﻴﺑ ﺔﻳﺮﻜﺴﻌﻟﺍ ﺔﻬﺟﺍﻮﻤﻟﺍ ﻖﻳﻮﻄﺘﻟ ﻲﻋﺎﺴﻣ",
            " N 2023-09-20  unknown outlet                                    ﺪﻴﻌﺼﺘﻟﺍ ﻒﻗﻮﻟ ﺕﺍﻮﻋﺩﻭ ﻰﺣﺮﺠﻟﺍ ﺕﺎﺌﻣﻭ ﻰﻠﺘﻘﻟﺍ ﺕﺍﺮﺸﻋ :ﻍﺎﺑ ﺓﺮﻗ",
            " N 2022-09-15  unknown outlet (agency …  … ﺩﺪﺠﺗ … ﺔﺒﻗﺍﺮﻤﻠﻟ ﻞﻤﻋ ﺔﻋﻮﻤﺠﻣ ﻞﻜﺸﺗ «ﻲﻋﺎﻤﺠﻟﺍ ﻦﻣﻷﺍ»ﻭ ﺭﺍﺮﻘﺘﺳﻻﺍ ﻝﻼﺣﺇ ﻰﻠﻋ ﻞﻤﻌﺗ ﻮﻜﺳﻮﻣ",
            " Reader 45–65 of 94                                                            │ Actors 5 · by mentions",
            "                                                                               │ LOC    60  Azerbaijan         ﻥﺎﺠﻴﺑﺭﺫﺃ",
            " ﺮﻴﻣﺪﺗ ﻰﻟﺇ ﺔﻓﺎﺿﺇ ،55 ﻰﻟﺇ ﻦﻴﺑﺎﺼﻤﻟﺍ ﺩﺍﺪﻋﺃ ﻉﺎﻔﺗﺭﺍ ﻦﻋ ﺎﻀﻳﺃ ﺕﺮﻔﺳﺃ ﺕﺎﻤﺠﻬﻟﺍ ﻥﺃ ﺖﻓﺎﺿﺃﻭ │ LOC    29  Armenia             ﺎﻴﻨﻴﻣﺭﺃ",
            "                                                      .ﻲﻣﻮﻜﺣ ﺎﻨﺒﻣ 40ﻭ ﻻﺰﻨﻣ 169 │ LOC    16  Russia                ﺎﻴﺳﻭﺭ",
            "                                                                               │ PER    10  Vladimir Putin        ﻦﻴﺗﻮﺑ",
            "     ﺕﺍﺭﺎﻴﺧ ﻩﺬﻫﻭ ..ﺎﻴﻨﻴﻣﺭﺃ ﻉﺍﺭﺫ ﻲّﻟ ﺪﻳﺮﺗ ﺎﻴﺳﻭﺭ :\"21ﻲﺑﺮﻋ\"ـﻟ ﻱﺭﺫﺃ ﺮﻴﺒﺧ :ﺎﻀﻳﺃ ﺃﺮﻗﺍ │ ORG     1  Azerbaijani D… …ﺎﻓﺪﻟﺍ ﺓﺭﺍﺯﻭ",
            "                                                                   (ﺪﻫﺎﺷ) ﻮﻛﺎﺑ │",
            "                                                                               │",
            "       ﻞﻳﻮﻧﺎﻤﻳﺇ ﻲﺴﻧﺮﻔﻟﺍ ﻩﺮﻴﻈﻧﻭ ،ﻦﻴﺗﻮﺑ ﺮﻴﻤﻳﺩﻼﻓ ﻲﺳﻭﺮﻟﺍ ﺲﻴﺋﺮﻟﺍ ﺎﻋﺩ ،ءﺎﻌﺑﺭﻷﺍ ءﺎﺴﻣﻭ │",
            "                    .ﻲﻟﺎﺼﻔﻧﻻﺍ \"ﻍﺎﺑ ﻩﺮﻗ\" ﻢﻴﻠﻗﺈﺑ ﺭﺎﻨﻟﺍ ﻕﻼﻃﻹ ﻱﺭﻮﻓ ﻒﻗﻭ ﻰﻟﺇ ،ﻥﻭﺮﻛﺎﻣ │",
            "                                                                               │",
            "     ﺭﺎﻨﻟﺍ ﻕﻼﻃﺇ ﻒﻗﻭ ﻰﻟﺇ ﻉﺍﺮﺼﻟﺍ ﻲﻓﺮﻃ ﻥﻭﺮﻛﺎﻣﻭ ﻦﻴﺗﻮﺑ ﺎﻋﺩ ،ﺎﻤﻬﻌﻤﺟ ﻲﻔﺗﺎﻫ ﻝﺎﺼﺗﺍ ﻝﻼﺧﻭ │",
            "    ﻞﺣ ﺓﺭﻭﺮﺿ ﻰﻠﻋ ﺍﺩﺪﺷﻭ ،\"ﺲﻔﻨﻟﺍ ﻂﺒﺿ ﺕﺎﺟﺭﺩ ﻰﺼﻗﺃ ﻡﺍﺰﺘﻟﺍ\"ﻭ ،ﺮﺗﻮﺘﻟﺍ ﺾﻔﺧﻭ ،ﻞﻣﺎﻛ ﻞﻜﺸﺑ │",
            "        .ﻲﺳﻭﺮﻟﺍ ﻦﻴﻠﻣﺮﻜﻟﺍ ﻦﻋ ﺭﺩﺎﺻ ﻥﺎﻴﺑ ﺐﺴﺤﺑ ،ﺔﻴﺳﺎﻣﻮﻠﺑﺪﻟﺍ ﻕﺮﻄﻟﺍ ﺮﺒﻋ ﻍﺎﺑ ﻩﺮﻗ ﺔﻣﺯﺃ │",
            "                                                                               │",
            "  ﺎﺑﺮﻋﺃﻭ ،ﻍﺎﺑ ﻩﺮﻘﺑ ﻦﻫﺍﺮﻟﺍ ﻊﺿﻮﻟﺍ ﻝﺎﺼﺗﻻﺍ ﻝﻼﺧ ﻻﻭﺎﻨﺗ ﻥﻭﺮﻛﺎﻣﻭ ﻦﻴﺗﻮﺑ ﻥﺃ ﻥﺎﻴﺒﻟﺍ ﺢﺿﻭﺃﻭ │",
            "                     .ﺎﻴﻨﻴﻣﺭﺃﻭ ﻥﺎﺠﻴﺑﺭﺫﺃ ﻦﻴﺑ ﻝﺎﺘﻘﻟﺍ ﺭﺍﺮﻤﺘﺳﺍ ﻦﻣ ﻎﻟﺎﺒﻟﺍ ﺎﻤﻬﻘﻠﻗ ﻦﻋ │",
            "                                                                               │",
            "    ﻚﺴﻨﻴﻣ ﺔﻋﻮﻤﺠﻣ ﺎﻫﺬﺨﺘﺗ ﺪﻗ ﻲﺘﻟﺍ ﺔﻴﻠﺒﻘﺘﺴﻤﻟﺍ ﺕﺍﻮﻄﺨﻟﺍ ﺎﺜﺤﺑ ﻦﻴﻤﻋﺰﻟﺍ ﻥﺇ ﻥﺎﻴﺒﻟﺍ ﻝﺎﻗﻭ │",
            "    .ﻢﻴﻠﻗﻹﺍ ﻲﻓ ﺪﻴﻌﺼﺘﻟﺍ ﺾﻔﺧ ﻲﻓ ﺓﺪﻋﺎﺴﻤﻠﻟ ؛ﺎﺑﻭﺭﻭﺃ ﻲﻓ ﻥﻭﺎﻌﺘﻟﺍﻭ ﻦﻣﻷﺍ ﺔﻤﻈﻨﻤﻟ ﺔﻌﺑﺎﺘﻟﺍ │",
            "                                                                               │",
            " ﺎﻬﺳﺃﺮﺘﺗ ﻲﺘﻟﺍ ،ﺔﻋﻮﻤﺠﻤﻟﺍ ﻦﻜﻟ ،ﻦﻳﺪﻠﺒﻟﺍ ﻦﻴﺑ ﺔﻃﺎﺳﻮﻠﻟ ؛1992 ﻡﺎﻋ ﻚﺴﻨﻴﻣ ﺔﻋﻮﻤﺠﻣ ﺖﺴﺳﺄﺗﻭ │",
            " Timeline 3 events · [ ] step",
            " 2020-09-30 ▄                                                              █                                 2023-09-20",
            "> 2020-09-30 day   diplomacy  …ﺮﻴﻈﻧﻭ ،ﻦﻴﺗﻮﺑ ﺮﻴﻤﻳﺩﻼﻓ ﻲﺳﻭﺮﻟﺍ ﺲﻴﺋﺮﻟﺍ ﺎﻋﺩ ،ءﺎﻌﺑﺭﻷﺍ ءﺎﺴﻣﻭ Vladimir Putin           #2",
            "  2022-09-13 day   casualties …ﻲﻓ ءﺎﺛﻼﺜﻟﺍ ﻲﻧﺎﺠﻴﺑﺭﺫﺍﻭ ﻲﻨﻴﻣﺭﺃ ﻱﺪﻨﺟ 100 ﻦﻋ ﻞﻘﻳ ﻻ ﺎﻣ ﻞﺘﻗ Armenia, Azerbaijan      #1",
            "  2022-09-14 day   clash      … ﺕﺍﺮﺋﺎﻄﻟﺍ ﻡﺍﺪﺨﺘﺳﺎﺑ ﻥﺎﺠﻴﺑﺭﺫﺃ ءﺎﻌﺑﺭﻷﺍ ﺲﻣﺃ ﺎﻴﻨﻴﻣﺭﺃ ﺖﻤﻬﺗﺍ Armenia, Azerbaijan      #5",
            "",
            "",
            "",
            "",
            "",
            "",
            " seeds · 5 articles │ article 2/5                                                                        ? help  q quit",
        ])
        let theme = state.theme
        assertStyles(buffer, in: state.layout.reader!.droppingTop(1), legend: [
            ("E", theme.style(for: .event)), ("P", theme.style(for: [.event, .person])),
            ("p", theme.style(for: .person)), ("l", theme.style(for: .location)),
            ("b", theme.style(for: .boilerplate)), ("B", theme.style(for: [.boilerplate, .location])),
        ], equal: [
            "",
            "",
            "",
            "",
            ".....bbbbbbbbbbbbbblllllllbbbbbbbbbbbbbblllllbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
            "...................................................................bbbbbbbbbbb",
            "",
            ".......EEEEEEEEEEEEEEEEEEEEEEEEEPPPPPEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE",
            "....................EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE",
            "",
            "............................................ppppp",
            "",
            "",
            "",
            ".........................................................ppppp",
            "......................lllllll..llllllll",
            "",
            "",
            "",
            "",
            "",
        ])
    }

    func testNamedEntitiesHaveDistinctStylesByType() {
        var state = Fixtures.state(theme: .color)
        _ = reduce(&state, .moveBy(1))
        _ = reduce(&state, .activate)
        let buffer = Screen.render(state)
        assertBuffer(buffer, equals: [
            " Articles 5 articles",
            " N 2022-09-13  unknown outlet (AFP rep…                                   ﻰﺣﺮﺟﻭ ﻰﻠﺘﻗ ﻒﻠﺨﺗ ﻥﺎﺠﻴﺑﺭﺫﺍﻭ ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ ﺕﺎﻬﺟﺍﻮﻣ",
            ">  2020-10-01  (Arabi21) 21ﻲﺑﺮﻋ                                 \"ﺔﻳﺭﺎﺤﺘﻧﺍ ﺰﻧﻭﺭﺩ\" ﻡﺍﺪﺨﺘﺳﺍ ﻒﺜﻜﻳ ﻱﺭﺫﻷﺍ ﺶﻴﺠﻟﺍﻭ ﺕﺎﻃﺎﺳﻮﻠﻟ ﻞﺸﻓ",
            " N 2022-09-14  …Lebano) ﺪﻳﻮﻠﺑﺎﺗ ﻥﻮﻧﺎﺒﻴﻟ                            ﺎﻴﻨﻴﻣﺭﺍﻭ ﻥﺎﺠﻴﺑﺭﺫﺍ ﻦﻴﺑ ﺔﻳﺮﻜﺴﻌﻟﺍ ﺔﻬﺟﺍﻮﻤﻟﺍ ﻖﻳﻮﻄﺘﻟ ﻲﻋﺎﺴﻣ",
            " N 2023-09-20  unknown outlet                                    ﺪﻴﻌﺼﺘﻟﺍ ﻒﻗﻮﻟ ﺕﺍﻮﻋﺩﻭ ﻰﺣﺮﺠﻟﺍ ﺕﺎﺌﻣﻭ ﻰﻠﺘﻘﻟﺍ ﺕﺍﺮﺸﻋ :ﻍﺎﺑ ﺓﺮﻗ",
            " N 2022-09-15  unknown outlet (agency …  … ﺩﺪﺠﺗ … ﺔﺒﻗﺍﺮﻤﻠﻟ ﻞﻤﻋ ﺔﻋﻮﻤﺠﻣ ﻞﻜﺸﺗ «ﻲﻋﺎﻤﺠﻟﺍ ﻦﻣﻷﺍ»ﻭ ﺭﺍﺮﻘﺘﺳﻻﺍ ﻝﻼﺣﺇ ﻰﻠﻋ ﻞﻤﻌﺗ ﻮﻜﺳﻮﻣ",
            " Reader 1–21 of 94                                                             │ Actors 5 · by mentions",
            "                      001_43d4576363d43b19.txt · (Arabi21) 21ﻲﺑﺮﻋ · 2020-10-01 │ LOC    60  Azerbaijan         ﻥﺎﺠﻴﺑﺭﺫﺃ",
            "                                                                               │ LOC    29  Armenia             ﺎﻴﻨﻴﻣﺭﺃ",
            "                                                                   ﺔﻴﻟﻭﺩ ﺔﺳﺎﻴﺳ │ LOC    16  Russia                ﺎﻴﺳﻭﺭ",
            "                                                                               │ PER    10  Vladimir Putin        ﻦﻴﺗﻮﺑ",
            "                       \"ﺔﻳﺭﺎﺤﺘﻧﺍ ﺰﻧﻭﺭﺩ\" ﻡﺍﺪﺨﺘﺳﺍ ﻒﺜﻜﻳ ﻱﺭﺫﻷﺍ ﺶﻴﺠﻟﺍﻭ ﺕﺎﻃﺎﺳﻮﻠﻟ ﻞﺸﻓ │ ORG     1  Azerbaijani D… …ﺎﻓﺪﻟﺍ ﺓﺭﺍﺯﻭ",
            "                                                                               │",
            "     ﻲﺘﻴﺟ -ﻲﻟﺎﺼﻔﻧﻻﺍ \"ﻍﺎﺑ ﻩﺮﻗ\" ﻢﻴﻠﻗﺈﺑ ﺭﺎﻨﻟﺍ ﻕﻼﻃﻹ ﻱﺭﻮﻓ ﻒﻗﻭ ﻰﻟﺇ ﻥﻭﺮﻛﺎﻣﻭ ﻦﻴﺗﻮﺑ ﺎﻋﺩ │",
            "                                                                               │",
            "     ﻲﺘﻴﺟ -ﻲﻟﺎﺼﻔﻧﻻﺍ \"ﻍﺎﺑ ﻩﺮﻗ\" ﻢﻴﻠﻗﺈﺑ ﺭﺎﻨﻟﺍ ﻕﻼﻃﻹ ﻱﺭﻮﻓ ﻒﻗﻭ ﻰﻟﺇ ﻥﻭﺮﻛﺎﻣﻭ ﻦﻴﺗﻮﺑ ﺎﻋﺩ │",
            "                                                                               │",
            "   ،ﺭﺎﻨﻟﺍ ﻕﻼﻃﺇ ﻒﻗﻭ ﺕﺍﻮﻋﺪﻟ ﺮﻤﺘﺴﻣ ﺮﺜﻌﺗ ﻲﻓ ،ﺔﻔﻴﻨﻋ ﺕﺎﻛﺎﺒﺘﺷﺍ ﻍﺎﺑ ﻩﺮﻗ ﻢﻴﻠﻗﺇ ﻲﻓ ﺮﻤﺘﺴﺗ │",
            "        ﺕﺍﻮﻘﻟﺍ ﺪﺿ \"ﺔﻳﺭﺎﺤﺘﻧﺍ\" ﺭﺎﻴﻃ ﻥﻭﺪﺑ ﺕﺍﺮﺋﺎﻃ ﻡﺍﺪﺨﺘﺳﻻ ﻱﺭﺫﻷﺍ ﺶﻴﺠﻟﺍ ﻦﻣ ﻒﻴﺜﻜﺗ ﻂﺳﻭ │",
            "                                                                      .ﺔﻴﻨﻣﺭﻷﺍ │",
            "                                                                               │",
            " ﺔﻨﻳﺪﻣ ﻦﻣ ﻖﻠﻃﺃ ﺎﻬﻴﺿﺍﺭﺃ ﻰﻠﻋ ﺥﻭﺭﺎﺻ ﻁﻮﻘﺳ ،ﺲﻴﻤﺨﻟﺍ ،ﺔﻴﻧﺎﺠﻴﺑﺭﺫﻷﺍ ﻉﺎﻓﺪﻟﺍ ﺓﺭﺍﺯﻭ ﺖﻨﻠﻋﺃﻭ │",
            "                                        .\"ﻞﺜﻤﻟﺎﺑ ﺩﺮﻟﺍ\"ـﺑ ﺖﺣﻮّﻟﻭ ،ﺔﻴﻨﻴﻣﺭﻷﺍ ﺲﻳﺭﻮﻏ │",
            "                                                                               │",
            "   ﻪﻗﻼﻃﺇ ﺪﻌﺑ ﻲﻟﻮﻀﻓ-ﻞﻴﺋﺍﺮﺒﺟ ﺔﻘﻄﻨﻤﺑ ﻂﻘﺳ ﺎﻴﻨﻴﻣﺭﺃ ﺎﺧﻭﺭﺎﺻ ﻥﺃ ،ﻥﺎﻴﺑ ﻲﻓ ﺓﺭﺍﺯﻮﻟﺍ ﺕﺮﻛﺫﻭ │",
            "                                                            .ﻲﻨﻴﻣﺭﻷﺍ ﺐﻧﺎﺠﻟﺍ ﻦﻣ │",
            "                                                                               │",
            "     .ﺕﺎﻜﻠﺘﻤﻤﻟﺍ ﻭﺃ ﺡﺍﻭﺭﻷﺍ ﻲﻓ ﺮﺋﺎﺴﺧ ﻊﻗﻭﺃ ﺪﻗ ﺥﻭﺭﺎﺼﻟﺍ ﻥﺎﻛ ﺍﺫﺇ ﺎﻤﻋ ﻥﺎﻴﺒﻟﺍ ﺢﺼﻔﻳ ﻢﻟﻭ │",
            " Timeline 3 events · [ ] step",
            " 2020-09-30 ▄                                                              █                                 2023-09-20",
            "  2020-09-30 day   diplomacy  …ﺮﻴﻈﻧﻭ ،ﻦﻴﺗﻮﺑ ﺮﻴﻤﻳﺩﻼﻓ ﻲﺳﻭﺮﻟﺍ ﺲﻴﺋﺮﻟﺍ ﺎﻋﺩ ،ءﺎﻌﺑﺭﻷﺍ ءﺎﺴﻣﻭ Vladimir Putin           #2",
            "  2022-09-13 day   casualties …ﻲﻓ ءﺎﺛﻼﺜﻟﺍ ﻲﻧﺎﺠﻴﺑﺭﺫﺍﻭ ﻲﻨﻴﻣﺭﺃ ﻱﺪﻨﺟ 100 ﻦﻋ ﻞﻘﻳ ﻻ ﺎﻣ ﻞﺘﻗ Armenia, Azerbaijan      #1",
            "  2022-09-14 day   clash      … ﺕﺍﺮﺋﺎﻄﻟﺍ ﻡﺍﺪﺨﺘﺳﺎﺑ ﻥﺎﺠﻴﺑﺭﺫﺃ ءﺎﻌﺑﺭﻷﺍ ﺲﻣﺃ ﺎﻴﻨﻴﻣﺭﺃ ﺖﻤﻬﺗﺍ Armenia, Azerbaijan      #5",
            "",
            "",
            "",
            "",
            "",
            "",
            " seeds · 5 articles │ article 2 · 22%                                                                    ? help  q quit",
        ])
        // بوتين (a person) and أرمينيا, أذربيجان (places) in their colours,
        // also inside the dimmed caption.
        let theme = state.theme
        XCTAssertNotEqual(theme.style(for: .person), theme.style(for: .location), "a person and a place look different")
        assertStyles(buffer, in: state.layout.reader!.droppingTop(1), legend: [
            ("p", theme.style(for: .person)), ("l", theme.style(for: .location)), ("m", theme.metadata),
            ("h", theme.style(for: .headline)), ("b", theme.style(for: .boilerplate)),
            ("P", theme.style(for: [.boilerplate, .person])),
        ], equal: [
            ".mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm",
            "",
            "...................................................................bbbbbbbbbbb",
            "",
            ".......................hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh",
            "",
            ".....bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbPPPPPbbbb",
            "",
            ".....bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbPPPPPbbbb",
            "",
            "",
            "",
            "",
            "",
            ".................................................llllllll",
            "",
            "",
            "......................................lllllll",
            "",
            "",
            "",
        ])
    }

    func testBoilerplateIsDimmed() {
        var state = Fixtures.state()
        let index = Fixtures.corpus.articles.firstIndex { $0.paragraphs.contains { $0.role == .boilerplate } }!
        XCTAssertEqual(index, 1)
        _ = reduce(&state, .moveBy(index))
        _ = reduce(&state, .activate)
        let article = Fixtures.corpus.articles[index]
        let first = state.reader.document!.lines.firstIndex { line in
            line.paragraphIndex.map { article.paragraphs[$0].role == .boilerplate } ?? false
        }!
        _ = reduce(&state, .moveBy(first))
        // From the first boilerplate line: the section label (سياسة دولية)
        // and the photo caption, twice, dim; the headline and body are not.
        let buffer = Screen.render(state)
        assertBuffer(buffer, equals: [
            " Articles 5 articles",
            " N 2022-09-13  unknown outlet (AFP rep…                                   ﻰﺣﺮﺟﻭ ﻰﻠﺘﻗ ﻒﻠﺨﺗ ﻥﺎﺠﻴﺑﺭﺫﺍﻭ ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ ﺕﺎﻬﺟﺍﻮﻣ",
            ">  2020-10-01  (Arabi21) 21ﻲﺑﺮﻋ                                 \"ﺔﻳﺭﺎﺤﺘﻧﺍ ﺰﻧﻭﺭﺩ\" ﻡﺍﺪﺨﺘﺳﺍ ﻒﺜﻜﻳ ﻱﺭﺫﻷﺍ ﺶﻴﺠﻟﺍﻭ ﺕﺎﻃﺎﺳﻮﻠﻟ ﻞﺸﻓ",
            " N 2022-09-14  …Lebano) ﺪﻳﻮﻠﺑﺎﺗ ﻥﻮﻧﺎﺒﻴﻟ                            ﺎﻴﻨﻴﻣﺭﺍﻭ ﻥﺎﺠﻴﺑﺭﺫﺍ ﻦﻴﺑ ﺔﻳﺮﻜﺴﻌﻟﺍ ﺔﻬﺟﺍﻮﻤﻟﺍ ﻖﻳﻮﻄﺘﻟ ﻲﻋﺎﺴﻣ",
            " N 2023-09-20  unknown outlet                                    ﺪﻴﻌﺼﺘﻟﺍ ﻒﻗﻮﻟ ﺕﺍﻮﻋﺩﻭ ﻰﺣﺮﺠﻟﺍ ﺕﺎﺌﻣﻭ ﻰﻠﺘﻘﻟﺍ ﺕﺍﺮﺸﻋ :ﻍﺎﺑ ﺓﺮﻗ",
            " N 2022-09-15  unknown outlet (agency …  … ﺩﺪﺠﺗ … ﺔﺒﻗﺍﺮﻤﻠﻟ ﻞﻤﻋ ﺔﻋﻮﻤﺠﻣ ﻞﻜﺸﺗ «ﻲﻋﺎﻤﺠﻟﺍ ﻦﻣﻷﺍ»ﻭ ﺭﺍﺮﻘﺘﺳﻻﺍ ﻝﻼﺣﺇ ﻰﻠﻋ ﻞﻤﻌﺗ ﻮﻜﺳﻮﻣ",
            " Reader 3–23 of 94                                                             │ Actors 5 · by mentions",
            "                                                                   ﺔﻴﻟﻭﺩ ﺔﺳﺎﻴﺳ │ LOC    60  Azerbaijan         ﻥﺎﺠﻴﺑﺭﺫﺃ",
            "                                                                               │ LOC    29  Armenia             ﺎﻴﻨﻴﻣﺭﺃ",
            "                       \"ﺔﻳﺭﺎﺤﺘﻧﺍ ﺰﻧﻭﺭﺩ\" ﻡﺍﺪﺨﺘﺳﺍ ﻒﺜﻜﻳ ﻱﺭﺫﻷﺍ ﺶﻴﺠﻟﺍﻭ ﺕﺎﻃﺎﺳﻮﻠﻟ ﻞﺸﻓ │ LOC    16  Russia                ﺎﻴﺳﻭﺭ",
            "                                                                               │ PER    10  Vladimir Putin        ﻦﻴﺗﻮﺑ",
            "     ﻲﺘﻴﺟ -ﻲﻟﺎﺼﻔﻧﻻﺍ \"ﻍﺎﺑ ﻩﺮﻗ\" ﻢﻴﻠﻗﺈﺑ ﺭﺎﻨﻟﺍ ﻕﻼﻃﻹ ﻱﺭﻮﻓ ﻒﻗﻭ ﻰﻟﺇ ﻥﻭﺮﻛﺎﻣﻭ ﻦﻴﺗﻮﺑ ﺎﻋﺩ │ ORG     1  Azerbaijani D… …ﺎﻓﺪﻟﺍ ﺓﺭﺍﺯﻭ",
            "                                                                               │",
            "     ﻲﺘﻴﺟ -ﻲﻟﺎﺼﻔﻧﻻﺍ \"ﻍﺎﺑ ﻩﺮﻗ\" ﻢﻴﻠﻗﺈﺑ ﺭﺎﻨﻟﺍ ﻕﻼﻃﻹ ﻱﺭﻮﻓ ﻒﻗﻭ ﻰﻟﺇ ﻥﻭﺮﻛﺎﻣﻭ ﻦﻴﺗﻮﺑ ﺎﻋﺩ │",
            "                                                                               │",
            "   ،ﺭﺎﻨﻟﺍ ﻕﻼﻃﺇ ﻒﻗﻭ ﺕﺍﻮﻋﺪﻟ ﺮﻤﺘﺴﻣ ﺮﺜﻌﺗ ﻲﻓ ،ﺔﻔﻴﻨﻋ ﺕﺎﻛﺎﺒﺘﺷﺍ ﻍﺎﺑ ﻩﺮﻗ ﻢﻴﻠﻗﺇ ﻲﻓ ﺮﻤﺘﺴﺗ │",
            "        ﺕﺍﻮﻘﻟﺍ ﺪﺿ \"ﺔﻳﺭﺎﺤﺘﻧﺍ\" ﺭﺎﻴﻃ ﻥﻭﺪﺑ ﺕﺍﺮﺋﺎﻃ ﻡﺍﺪﺨﺘﺳﻻ ﻱﺭﺫﻷﺍ ﺶﻴﺠﻟﺍ ﻦﻣ ﻒﻴﺜﻜﺗ ﻂﺳﻭ │",
            "                                                                      .ﺔﻴﻨﻣﺭﻷﺍ │",
            "                                                                               │",
            " ﺔﻨﻳﺪﻣ ﻦﻣ ﻖﻠﻃﺃ ﺎﻬﻴﺿﺍﺭﺃ ﻰﻠﻋ ﺥﻭﺭﺎﺻ ﻁﻮﻘﺳ ،ﺲﻴﻤﺨﻟﺍ ،ﺔﻴﻧﺎﺠﻴﺑﺭﺫﻷﺍ ﻉﺎﻓﺪﻟﺍ ﺓﺭﺍﺯﻭ ﺖﻨﻠﻋﺃﻭ │",
            "                                        .\"ﻞﺜﻤﻟﺎﺑ ﺩﺮﻟﺍ\"ـﺑ ﺖﺣﻮّﻟﻭ ،ﺔﻴﻨﻴﻣﺭﻷﺍ ﺲﻳﺭﻮﻏ │",
            "                                                                               │",
            "   ﻪﻗﻼﻃﺇ ﺪﻌﺑ ﻲﻟﻮﻀﻓ-ﻞﻴﺋﺍﺮﺒﺟ ﺔﻘﻄﻨﻤﺑ ﻂﻘﺳ ﺎﻴﻨﻴﻣﺭﺃ ﺎﺧﻭﺭﺎﺻ ﻥﺃ ،ﻥﺎﻴﺑ ﻲﻓ ﺓﺭﺍﺯﻮﻟﺍ ﺕﺮﻛﺫﻭ │",
            "                                                            .ﻲﻨﻴﻣﺭﻷﺍ ﺐﻧﺎﺠﻟﺍ ﻦﻣ │",
            "                                                                               │",
            "     .ﺕﺎﻜﻠﺘﻤﻤﻟﺍ ﻭﺃ ﺡﺍﻭﺭﻷﺍ ﻲﻓ ﺮﺋﺎﺴﺧ ﻊﻗﻭﺃ ﺪﻗ ﺥﻭﺭﺎﺼﻟﺍ ﻥﺎﻛ ﺍﺫﺇ ﺎﻤﻋ ﻥﺎﻴﺒﻟﺍ ﺢﺼﻔﻳ ﻢﻟﻭ │",
            "                                                                               │",
            "              ﻲﺿﺍﺭﻷﺍ ﻰﻠﻋ ﺭﺎﻨﻟﺍ ﻕﻼﻃﺇ ﻦﻋ ﻱﺭﻮﻔﻟﺍ ﻒﻗﻮﺘﻟﺍ\" ﻰﻟﺇ ﺎﻴﻨﻴﻣﺭﺃ ﺓﺭﺍﺯﻮﻟﺍ ﺖﻋﺩﻭ │",
            " Timeline 3 events · [ ] step",
            " 2020-09-30 ▄                                                              █                                 2023-09-20",
            "  2020-09-30 day   diplomacy  …ﺮﻴﻈﻧﻭ ،ﻦﻴﺗﻮﺑ ﺮﻴﻤﻳﺩﻼﻓ ﻲﺳﻭﺮﻟﺍ ﺲﻴﺋﺮﻟﺍ ﺎﻋﺩ ،ءﺎﻌﺑﺭﻷﺍ ءﺎﺴﻣﻭ Vladimir Putin           #2",
            "  2022-09-13 day   casualties …ﻲﻓ ءﺎﺛﻼﺜﻟﺍ ﻲﻧﺎﺠﻴﺑﺭﺫﺍﻭ ﻲﻨﻴﻣﺭﺃ ﻱﺪﻨﺟ 100 ﻦﻋ ﻞﻘﻳ ﻻ ﺎﻣ ﻞﺘﻗ Armenia, Azerbaijan      #1",
            "  2022-09-14 day   clash      … ﺕﺍﺮﺋﺎﻄﻟﺍ ﻡﺍﺪﺨﺘﺳﺎﺑ ﻥﺎﺠﻴﺑﺭﺫﺃ ءﺎﻌﺑﺭﻷﺍ ﺲﻣﺃ ﺎﻴﻨﻴﻣﺭﺃ ﺖﻤﻬﺗﺍ Armenia, Azerbaijan      #5",
            "",
            "",
            "",
            "",
            "",
            "",
            " seeds · 5 articles │ article 2 · 24%                                                                    ? help  q quit",
        ])
        let theme = state.theme
        XCTAssertTrue(theme.style(for: .boilerplate).attributes.contains(.dim))
        // Bold ("B") is the headline, and بوتين: in monochrome a name is never dimmed.
        assertStyles(buffer, in: state.layout.reader!.droppingTop(1), legend: [
            ("b", theme.style(for: .boilerplate)), ("B", Style(attributes: [.bold])), ("l", theme.style(for: .location)),
        ], equal: [
            "...................................................................bbbbbbbbbbb",
            "",
            ".......................BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB",
            "",
            ".....bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbBBBBBbbbb",
            "",
            ".....bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbBBBBBbbbb",
            "",
            "",
            "",
            "",
            "",
            ".................................................llllllll",
            "",
            "",
            "......................................lllllll",
            "",
            "",
            "",
            "",
            "..........................................................lllllll",
        ])
    }

    func testBelow80x24OnePaneAtATimeAndTabSwitches() {
        var state = Fixtures.state(columns: 70, rows: 20)
        XCTAssertEqual(state.layout.visiblePanes, [.list])
        assertBuffer(Screen.render(state), equals: [
            " Articles 5 articles",
            " N 2022-09-13  unknown outle…  …ﺘﻗ ﻒﻠﺨﺗ ﻥﺎﺠﻴﺑﺭﺫﺍﻭ ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ ﺕﺎﻬﺟﺍﻮﻣ",
            " N 2020-10-01  …Arabi) 21ﻲﺑﺮﻋ  …ﺍﺪﺨﺘﺳﺍ ﻒﺜﻜﻳ ﻱﺭﺫﻷﺍ ﺶﻴﺠﻟﺍﻭ ﺕﺎﻃﺎﺳﻮﻠﻟ ﻞﺸﻓ",
            " N 2022-09-14  …ﻮﻠﺑﺎﺗ ﻥﻮﻧﺎﺒﻴﻟ  …ﺫﺍ ﻦﻴﺑ ﺔﻳﺮﻜﺴﻌﻟﺍ ﺔﻬﺟﺍﻮﻤﻟﺍ ﻖﻳﻮﻄﺘﻟ ﻲﻋﺎﺴﻣ",
            " N 2023-09-20  unknown outlet  …ﺩﻭ ﻰﺣﺮﺠﻟﺍ ﺕﺎﺌﻣﻭ ﻰﻠﺘﻘﻟﺍ ﺕﺍﺮﺸﻋ :ﻍﺎﺑ ﺓﺮﻗ",
            " N 2022-09-15  unknown outle…  …ﺍ ﻦﻣﻷﺍ»ﻭ ﺭﺍﺮﻘﺘﺳﻻﺍ ﻝﻼﺣﺇ ﻰﻠﻋ ﻞﻤﻌﺗ ﻮﻜﺳﻮﻣ",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " seeds · 5 articles │ article 1/5                      ? help  q quit",
        ])
        _ = reduce(&state, .focusNext)
        XCTAssertEqual(state.layout.visiblePanes, [.reader])
        _ = reduce(&state, .focusNext)
        assertBuffer(Screen.render(state), equals: [
            " Actors 5 · by mentions",
            " LOC    60  Azerbaijan                                       ﻥﺎﺠﻴﺑﺭﺫﺃ",
            " LOC    29  Armenia                                           ﺎﻴﻨﻴﻣﺭﺃ",
            " LOC    16  Russia                                              ﺎﻴﺳﻭﺭ",
            " PER    10  Vladimir Putin                                      ﻦﻴﺗﻮﺑ",
            " ORG     1  Azerbaijani Defence Ministry     ﺔﻴﻧﺎﺠﻴﺑﺭﺫﻷﺍ ﻉﺎﻓﺪﻟﺍ ﺓﺭﺍﺯﻭ",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " seeds · 5 articles │ actor 1/5 · Enter filters        ? help  q quit",
        ])
        _ = reduce(&state, .focusNext)
        XCTAssertEqual(state.layout.visiblePanes, [.timeline])
        _ = reduce(&state, .focusPrevious)
        XCTAssertEqual(state.layout.visiblePanes, [.actors])
    }

    func testBetweenTheSizesTheListSitsAboveTheReader() {
        let state = Fixtures.state(columns: 100, rows: 30)
        XCTAssertEqual(state.layout.arrangement, .split)
        XCTAssertEqual(state.layout.visiblePanes, [.list, .reader])
        assertBuffer(Screen.render(state), equals: [
            " Articles 5 articles",
            " N 2022-09-13  unknown outlet (AFP…                   ﻰﺣﺮﺟﻭ ﻰﻠﺘﻗ ﻒﻠﺨﺗ ﻥﺎﺠﻴﺑﺭﺫﺍﻭ ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ ﺕﺎﻬﺟﺍﻮﻣ",
            " N 2020-10-01  (Arabi21) 21ﻲﺑﺮﻋ             \"ﺔﻳﺭﺎﺤﺘﻧﺍ ﺰﻧﻭﺭﺩ\" ﻡﺍﺪﺨﺘﺳﺍ ﻒﺜﻜﻳ ﻱﺭﺫﻷﺍ ﺶﻴﺠﻟﺍﻭ ﺕﺎﻃﺎﺳﻮﻠﻟ ﻞﺸﻓ",
            " N 2022-09-14  …Le) ﺪﻳﻮﻠﺑﺎﺗ ﻥﻮﻧﺎﺒﻴﻟ            ﺎﻴﻨﻴﻣﺭﺍﻭ ﻥﺎﺠﻴﺑﺭﺫﺍ ﻦﻴﺑ ﺔﻳﺮﻜﺴﻌﻟﺍ ﺔﻬﺟﺍﻮﻤﻟﺍ ﻖﻳﻮﻄﺘﻟ ﻲﻋﺎﺴﻣ",
            " N 2023-09-20  unknown outlet                ﺪﻴﻌﺼﺘﻟﺍ ﻒﻗﻮﻟ ﺕﺍﻮﻋﺩﻭ ﻰﺣﺮﺠﻟﺍ ﺕﺎﺌﻣﻭ ﻰﻠﺘﻘﻟﺍ ﺕﺍﺮﺸﻋ :ﻍﺎﺑ ﺓﺮﻗ",
            " N 2022-09-15  unknown outlet (age…  … ﻞﻤﻋ ﺔﻋﻮﻤﺠﻣ ﻞﻜﺸﺗ «ﻲﻋﺎﻤﺠﻟﺍ ﻦﻣﻷﺍ»ﻭ ﺭﺍﺮﻘﺘﺳﻻﺍ ﻝﻼﺣﺇ ﻰﻠﻋ ﻞﻤﻌﺗ ﻮﻜﺳﻮﻣ",
            " Reader",
            " Enter opens the selected article",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " seeds · 5 articles │ article 1/5                                                    ? help  q quit",
        ])
    }

    func testHelpOverlayListsEveryKey() {
        var state = Fixtures.state()
        _ = reduce(&state, .toggleHelp)
        assertBuffer(Screen.render(state), equals: [
            " Articles 5 articles",
            " N 2022-09-13  unknown outlet (AFP rep…                                   ﻰﺣﺮﺟﻭ ﻰﻠﺘﻗ ﻒﻠﺨﺗ ﻥﺎﺠﻴﺑﺭﺫﺍﻭ ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ ﺕﺎﻬﺟﺍﻮﻣ",
            " N 2020-10-01  (Arabi21) 21ﻲﺑﺮﻋ                                 \"ﺔﻳﺭﺎﺤﺘﻧﺍ ﺰﻧﻭﺭﺩ\" ﻡﺍﺪﺨﺘﺳﺍ ﻒﺜﻜﻳ ﻱﺭﺫﻷﺍ ﺶﻴﺠﻟﺍﻭ ﺕﺎﻃﺎﺳﻮﻠﻟ ﻞﺸﻓ",
            " N 2022-09-14  …Lebano) ﺪﻳﻮﻠﺑﺎﺗ ﻥﻮﻧﺎﺒﻴﻟ                            ﺎﻴﻨﻴﻣﺭﺍﻭ ﻥﺎﺠﻴﺑﺭﺫﺍ ﻦﻴﺑ ﺔﻳﺮﻜﺴﻌﻟﺍ ﺔﻬﺟﺍﻮﻤﻟﺍ ﻖﻳﻮﻄﺘﻟ ﻲﻋﺎﺴﻣ",
            " N 2023-09-20  unknown outlet                                    ﺪﻴﻌﺼﺘﻟﺍ ﻒﻗﻮﻟ ﺕﺍﻮﻋﺩﻭ ﻰﺣﺮﺠﻟﺍ ﺕﺎﺌﻣﻭ ﻰﻠﺘﻘﻟﺍ ﺕﺍﺮﺸﻋ :ﻍﺎﺑ ﺓﺮﻗ",
            " N 2022-09-15  unknown outlet (agency …  … ﺩﺪﺠﺗ … ﺔﺒﻗﺍﺮﻤﻠﻟ ﻞﻤﻋ ﺔﻋﻮﻤﺠﻣ ﻞﻜﺸﺗ «ﻲﻋﺎﻤﺠﻟﺍ ﻦﻣﻷﺍ»ﻭ ﺭﺍﺮﻘﺘﺳﻻﺍ ﻝﻼﺣﺇ ﻰﻠﻋ ﻞﻤﻌﺗ ﻮﻜﺳﻮﻣ",
            " Reader                                                                        │ Actors 5 · by mentions",
            " Enter opens the selected article                                              │ LOC    60  Azerbaijan         ﻥﺎﺠﻴﺑﺭﺫﺃ",
            "                                                                               │ LOC    29  Armenia             ﺎﻴﻨﻴﻣﺭﺃ",
            "                      ┌─ Keys  (Esc or ? closes) ────────────────────────────────────────────────┐                ﺎﻴﺳﻭﺭ",
            "                      │                                                                          │ir Putin        ﻦﻴﺗﻮﺑ",
            "                      │ ↑ ↓  j k           move in the pane (the reader scrolls)                 │ijani D… …ﺎﻓﺪﻟﺍ ﺓﺭﺍﺯﻭ",
            "                      │ PgUp PgDn  space   a page up or down                                     │",
            "                      │ g G  Home End      first / last                                          │",
            "                      │ Enter              open the article or event; filter by the actor        │",
            "                      │ Tab  Shift-Tab     next / previous pane                                  │",
            "                      │ 1 2 3 4            articles, reader, actors, timeline                    │",
            "                      │ /                  search the article or the list (normalized Arabic)    │",
            "                      │ n N                next / previous search hit                            │",
            "                      │ e E                next / previous entity mention in the reader          │",
            "                      │ f                  filter by an actor (type Arabic or English)           │",
            "                      │ F                  clear the filter                                      │",
            "                      │ t                  focus the timeline                                    │",
            "                      │ [ ]                previous / next event in time, opened at its sentence │",
            "                      │ ?                  this help                                             │",
            "                      │ Esc                close the help, the prompt or the picker              │",
            "                      │ q  Ctrl-C          quit                                                  │",
            "                      │ mouse              click selects a row or pane; the wheel scrolls        │",
            " Timeline 3 events · [│                                                                          │",
            " 2020-09-30 ▄         └──────────────────────────────────────────────────────────────────────────┘           2023-09-20",
            "  2020-09-30 day   diplomacy  …ﺮﻴﻈﻧﻭ ،ﻦﻴﺗﻮﺑ ﺮﻴﻤﻳﺩﻼﻓ ﻲﺳﻭﺮﻟﺍ ﺲﻴﺋﺮﻟﺍ ﺎﻋﺩ ،ءﺎﻌﺑﺭﻷﺍ ءﺎﺴﻣﻭ Vladimir Putin           #2",
            "  2022-09-13 day   casualties …ﻲﻓ ءﺎﺛﻼﺜﻟﺍ ﻲﻧﺎﺠﻴﺑﺭﺫﺍﻭ ﻲﻨﻴﻣﺭﺃ ﻱﺪﻨﺟ 100 ﻦﻋ ﻞﻘﻳ ﻻ ﺎﻣ ﻞﺘﻗ Armenia, Azerbaijan      #1",
            "  2022-09-14 day   clash      … ﺕﺍﺮﺋﺎﻄﻟﺍ ﻡﺍﺪﺨﺘﺳﺎﺑ ﻥﺎﺠﻴﺑﺭﺫﺃ ءﺎﻌﺑﺭﻷﺍ ﺲﻣﺃ ﺎﻴﻨﻴﻣﺭﺃ ﺖﻤﻬﺗﺍ Armenia, Azerbaijan      #5",
            "",
            "",
            "",
            "",
            "",
            "",
            " seeds · 5 articles │ article 1/5                                                                        ? help  q quit",
        ])
        _ = reduce(&state, .closeOverlay)
        XCTAssertNil(state.overlay)
    }

    func testStatusLineShowsProgressWhileAnalysing() {
        var state = Fixtures.state(analysed: false)
        _ = reduce(&state, .analysisProgress(elapsedSeconds: 1.25, fraction: 0.4))
        // The list shows before the analysis is done; the other panes say they wait for it.
        assertBuffer(Screen.render(state), equals: [
            " Articles 5 articles",
            " N 2022-09-13  unknown outlet (AFP rep…                                   ﻰﺣﺮﺟﻭ ﻰﻠﺘﻗ ﻒﻠﺨﺗ ﻥﺎﺠﻴﺑﺭﺫﺍﻭ ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ ﺕﺎﻬﺟﺍﻮﻣ",
            " N 2020-10-01  (Arabi21) 21ﻲﺑﺮﻋ                                 \"ﺔﻳﺭﺎﺤﺘﻧﺍ ﺰﻧﻭﺭﺩ\" ﻡﺍﺪﺨﺘﺳﺍ ﻒﺜﻜﻳ ﻱﺭﺫﻷﺍ ﺶﻴﺠﻟﺍﻭ ﺕﺎﻃﺎﺳﻮﻠﻟ ﻞﺸﻓ",
            " N 2022-09-14  …Lebano) ﺪﻳﻮﻠﺑﺎﺗ ﻥﻮﻧﺎﺒﻴﻟ                            ﺎﻴﻨﻴﻣﺭﺍﻭ ﻥﺎﺠﻴﺑﺭﺫﺍ ﻦﻴﺑ ﺔﻳﺮﻜﺴﻌﻟﺍ ﺔﻬﺟﺍﻮﻤﻟﺍ ﻖﻳﻮﻄﺘﻟ ﻲﻋﺎﺴﻣ",
            " N 2023-09-20  unknown outlet                                    ﺪﻴﻌﺼﺘﻟﺍ ﻒﻗﻮﻟ ﺕﺍﻮﻋﺩﻭ ﻰﺣﺮﺠﻟﺍ ﺕﺎﺌﻣﻭ ﻰﻠﺘﻘﻟﺍ ﺕﺍﺮﺸﻋ :ﻍﺎﺑ ﺓﺮﻗ",
            " N 2022-09-15  unknown outlet (agency …  … ﺩﺪﺠﺗ … ﺔﺒﻗﺍﺮﻤﻠﻟ ﻞﻤﻋ ﺔﻋﻮﻤﺠﻣ ﻞﻜﺸﺗ «ﻲﻋﺎﻤﺠﻟﺍ ﻦﻣﻷﺍ»ﻭ ﺭﺍﺮﻘﺘﺳﻻﺍ ﻝﻼﺣﺇ ﻰﻠﻋ ﻞﻤﻌﺗ ﻮﻜﺳﻮﻣ",
            " Reader                                                                        │ Actors analysing…",
            " Enter opens the selected article                                              │ names are being analysed…",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            " Timeline being built…",
            " the timeline is being built…",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            " seeds · 5 articles │ ⠹ analysing ▕████░░░░░░▏ 2/5 │ article 1/5                                         ? help  q quit",
        ])
        // Two seconds later the rate is known: text a second and time left.
        _ = reduce(&state, .analysisProgress(elapsedSeconds: 3.25, fraction: 0.76))
        let bytes = state.corpus.articles.reduce(0) { $0 + $1.text.utf8.count }
        let rate = Int(((0.76 - 0.4) / 2 / 0.9 * Double(bytes) / 1000).rounded())
        XCTAssertEqual(BufferSnapshot.lines(Screen.render(state))[39],
                       " seeds · 5 articles │ ⠹ analysing ▕███████▌░░▏ 4/5 · \(rate) KB/s · ~1s left │ article 1/5"
                        .padding(toLength: 105, withPad: " ", startingAt: 0) + "? help  q quit")
        // Then the corpus-wide steps.
        _ = reduce(&state, .analysisProgress(elapsedSeconds: 4.0, fraction: 0.9))
        let last = BufferSnapshot.lines(Screen.render(state))[39]
        XCTAssertTrue(last.contains("analysing: linking actors, grouping events ▕█████████░▏ 4.0s"), last)
        _ = reduce(&state, .analysisFinished(Fixtures.analysis, seconds: 2))
        XCTAssertEqual(BufferSnapshot.lines(Screen.render(state))[39],
                       " seeds · 5 articles │ article 1/5                                                                        ? help  q quit")
    }

    func testFilterByPutinShowsItsArticlesAndStaysInSightAtThePrompt() {
        var state = Fixtures.state()
        _ = reduce(&state, .setFilter(actorID: "putin"))
        // Four articles name بوتين; the timeline keeps the one event with him.
        assertBuffer(Screen.render(state), equals: [
            " Articles 4 of 5 · filter",
            " N 2022-09-13  unknown outlet (AFP rep…                                   ﻰﺣﺮﺟﻭ ﻰﻠﺘﻗ ﻒﻠﺨﺗ ﻥﺎﺠﻴﺑﺭﺫﺍﻭ ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ ﺕﺎﻬﺟﺍﻮﻣ",
            " N 2020-10-01  (Arabi21) 21ﻲﺑﺮﻋ                                 \"ﺔﻳﺭﺎﺤﺘﻧﺍ ﺰﻧﻭﺭﺩ\" ﻡﺍﺪﺨﺘﺳﺍ ﻒﺜﻜﻳ ﻱﺭﺫﻷﺍ ﺶﻴﺠﻟﺍﻭ ﺕﺎﻃﺎﺳﻮﻠﻟ ﻞﺸﻓ",
            " N 2022-09-14  …Lebano) ﺪﻳﻮﻠﺑﺎﺗ ﻥﻮﻧﺎﺒﻴﻟ                            ﺎﻴﻨﻴﻣﺭﺍﻭ ﻥﺎﺠﻴﺑﺭﺫﺍ ﻦﻴﺑ ﺔﻳﺮﻜﺴﻌﻟﺍ ﺔﻬﺟﺍﻮﻤﻟﺍ ﻖﻳﻮﻄﺘﻟ ﻲﻋﺎﺴﻣ",
            " N 2022-09-15  unknown outlet (agency …  … ﺩﺪﺠﺗ … ﺔﺒﻗﺍﺮﻤﻠﻟ ﻞﻤﻋ ﺔﻋﻮﻤﺠﻣ ﻞﻜﺸﺗ «ﻲﻋﺎﻤﺠﻟﺍ ﻦﻣﻷﺍ»ﻭ ﺭﺍﺮﻘﺘﺳﻻﺍ ﻝﻼﺣﺇ ﻰﻠﻋ ﻞﻤﻌﺗ ﻮﻜﺳﻮﻣ",
            " Reader                                                                        │ Actors 5 · by mentions",
            " Enter opens the selected article                                              │ LOC    51  Azerbaijan         ﻥﺎﺠﻴﺑﺭﺫﺃ",
            "                                                                               │ LOC    28  Armenia             ﺎﻴﻨﻴﻣﺭﺃ",
            "                                                                               │ LOC    14  Russia                ﺎﻴﺳﻭﺭ",
            "                                                                               │ PER    10  Vladimir Putin        ﻦﻴﺗﻮﺑ",
            "                                                                               │ ORG     1  Azerbaijani D… …ﺎﻓﺪﻟﺍ ﺓﺭﺍﺯﻭ",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
            "                                                                               │",
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
        _ = reduce(&state, .beginSearch)
        XCTAssertEqual(BufferSnapshot.lines(Screen.render(state))[39],
                       " Search articles: /_                                                                      filter: ﻦﻴﺗﻮﺑ (Vladimir Putin)")
    }

    func testActorPickerShowsWhatIsTypedShaped() {
        var state = Fixtures.state()
        _ = reduce(&state, .openActorPicker)
        for ch in "بوت" { _ = reduce(&state, .insertText(String(ch))) }
        assertBuffer(Screen.render(state), equals: [
            " Articles 5 articles",
            " N 2022-09-13  unknown outlet (AFP rep…                                   ﻰﺣﺮﺟﻭ ﻰﻠﺘﻗ ﻒﻠﺨﺗ ﻥﺎﺠﻴﺑﺭﺫﺍﻭ ﺎﻴﻨﻴﻣﺭﺃ ﻦﻴﺑ ﺕﺎﻬﺟﺍﻮﻣ",
            " N 2020-10-01  (Arabi21) 21ﻲﺑﺮﻋ                                 \"ﺔﻳﺭﺎﺤﺘﻧﺍ ﺰﻧﻭﺭﺩ\" ﻡﺍﺪﺨﺘﺳﺍ ﻒﺜﻜﻳ ﻱﺭﺫﻷﺍ ﺶﻴﺠﻟﺍﻭ ﺕﺎﻃﺎﺳﻮﻠﻟ ﻞﺸﻓ",
            " N 2022-09-14  …Lebano) ﺪﻳﻮﻠﺑﺎﺗ ﻥﻮﻧﺎﺒﻴﻟ                            ﺎﻴﻨﻴﻣﺭﺍﻭ ﻥﺎﺠﻴﺑﺭﺫﺍ ﻦﻴﺑ ﺔﻳﺮﻜﺴﻌﻟﺍ ﺔﻬﺟﺍﻮﻤﻟﺍ ﻖﻳﻮﻄﺘﻟ ﻲﻋﺎﺴﻣ",
            " N 2023-09-20  unknown outlet                                    ﺪﻴﻌﺼﺘﻟﺍ ﻒﻗﻮﻟ ﺕﺍﻮﻋﺩﻭ ﻰﺣﺮﺠﻟﺍ ﺕﺎﺌﻣﻭ ﻰﻠﺘﻘﻟﺍ ﺕﺍﺮﺸﻋ :ﻍﺎﺑ ﺓﺮﻗ",
            " N 2022-09-15  unknown outlet (agency …  … ﺩﺪﺠﺗ … ﺔﺒﻗﺍﺮﻤﻠﻟ ﻞﻤﻋ ﺔﻋﻮﻤﺠﻣ ﻞﻜﺸﺗ «ﻲﻋﺎﻤﺠﻟﺍ ﻦﻣﻷﺍ»ﻭ ﺭﺍﺮﻘﺘﺳﻻﺍ ﻝﻼﺣﺇ ﻰﻠﻋ ﻞﻤﻌﺗ ﻮﻜﺳﻮﻣ",
            " Reader                                                                        │ Actors 5 · by mentions",
            " Enter opens the selected article                                              │ LOC    60  Azerbaijan         ﻥﺎﺠﻴﺑﺭﺫﺃ",
            "                                                                               │ LOC    29  Armenia             ﺎﻴﻨﻴﻣﺭﺃ",
            "                                                                               │ LOC    16  Russia                ﺎﻴﺳﻭﺭ",
            "                                                                               │ PER    10  Vladimir Putin        ﻦﻴﺗﻮﺑ",
            "                        ┌─ Filter by actor  (Enter picks, Esc cancels) ────────────────────────┐baijani D… …ﺎﻓﺪﻟﺍ ﺓﺭﺍﺯﻭ",
            "                        │ Actor: ﺕﻮﺑ_                                                          │",
            "                        │ PER    10  Vladimir Putin                                      ﻦﻴﺗﻮﺑ │",
            "                        │                                                                      │",
            "                        │                                                                      │",
            "                        │                                                                      │",
            "                        │                                                                      │",
            "                        │                                                                      │",
            "                        │                                                                      │",
            "                        │                                                                      │",
            "                        │                                                                      │",
            "                        │                                                                      │",
            "                        │                                                                      │",
            "                        │                                                                      │",
            "                        │                                                                      │",
            "                        └──────────────────────────────────────────────────────────────────────┘",
            "                                                                               │",
            " Timeline 3 events · [ ] step",
            " 2020-09-30 ▄                                                              █                                 2023-09-20",
            "  2020-09-30 day   diplomacy  …ﺮﻴﻈﻧﻭ ،ﻦﻴﺗﻮﺑ ﺮﻴﻤﻳﺩﻼﻓ ﻲﺳﻭﺮﻟﺍ ﺲﻴﺋﺮﻟﺍ ﺎﻋﺩ ،ءﺎﻌﺑﺭﻷﺍ ءﺎﺴﻣﻭ Vladimir Putin           #2",
            "  2022-09-13 day   casualties …ﻲﻓ ءﺎﺛﻼﺜﻟﺍ ﻲﻧﺎﺠﻴﺑﺭﺫﺍﻭ ﻲﻨﻴﻣﺭﺃ ﻱﺪﻨﺟ 100 ﻦﻋ ﻞﻘﻳ ﻻ ﺎﻣ ﻞﺘﻗ Armenia, Azerbaijan      #1",
            "  2022-09-14 day   clash      … ﺕﺍﺮﺋﺎﻄﻟﺍ ﻡﺍﺪﺨﺘﺳﺎﺑ ﻥﺎﺠﻴﺑﺭﺫﺃ ءﺎﻌﺑﺭﻷﺍ ﺲﻣﺃ ﺎﻴﻨﻴﻣﺭﺃ ﺖﻤﻬﺗﺍ Armenia, Azerbaijan      #5",
            "",
            "",
            "",
            "",
            "",
            "",
            " seeds · 5 articles │ article 1/5                                                                        ? help  q quit",
        ])
    }

    func testMonochromeThemeUsesOnlyAttributes() {
        var state = Fixtures.state(theme: .monochrome)
        _ = reduce(&state, .stepEvent(1))
        let buffer = Screen.render(state)
        XCTAssertTrue(buffer.cells.allSatisfy { $0.style.foreground == .default && $0.style.background == .default })
        XCTAssertTrue(buffer.cells.contains { $0.style.attributes.contains(.bold) })
        XCTAssertEqual(Theme.forEnvironment(["NO_COLOR": "1"], terminalHasColors: true).isColor, false)
        XCTAssertEqual(Theme.forEnvironment(["NO_COLOR": ""], terminalHasColors: true).isColor, true)
        XCTAssertEqual(Theme.forEnvironment([:], terminalHasColors: false).isColor, false)
        XCTAssertEqual(Theme.forEnvironment(["TERM": "linux"], terminalHasColors: true).chartLevels.last, "#")
    }
}
