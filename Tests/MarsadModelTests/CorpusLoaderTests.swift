import Foundation
import MarsadTestSupport
import XCTest
@testable import MarsadModel

final class CorpusLoaderTests: XCTestCase {
    func testSeedFolderLoadsFiveArticlesSortedWithMetadataDates() {
        let corpus = SeedCorpus.corpus
        XCTAssertEqual(corpus.issues, [])
        XCTAssertEqual(corpus.articles.map(\.id), [
            "000_cf7b6ba5e297149c.txt", "001_43d4576363d43b19.txt", "002_6b939b76667bada4.txt",
            "003_b8023ad682ae37fc.txt", "004_d0bff4b9121d95b6.txt",
        ])
        XCTAssertEqual(corpus.articles.map { $0.metadata.date?.iso }, [
            "2022-09-13", "2020-10-01", "2022-09-14", "2023-09-20", "2022-09-15",
        ])
        XCTAssertTrue(corpus.articles.allSatisfy { $0.metadata.dateSource == .metadataFile })
        XCTAssertEqual(SeedCorpus.article("001").metadata.outlet, "عربي21 (Arabi21)")
    }

    func testSeedFilesAreByteForByteTheCollectedOnes() throws {
        let shared = URL(fileURLWithPath: SeedCorpus.folder).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/seeds")
        guard FileManager.default.fileExists(atPath: shared.path) else {
            throw XCTSkip("shared/seeds is not beside the repository")
        }
        for article in SeedCorpus.corpus.articles {
            let ours = try Data(contentsOf: URL(fileURLWithPath: article.sourcePath))
            let theirs = try Data(contentsOf: shared.appendingPathComponent(article.id.rawValue))
            XCTAssertEqual(ours, theirs, article.id.rawValue)
        }
    }

    func testDatelineGivesTheDateWhenNoMetadataDoes() throws {
        let folder = try TemporaryFolder()
        let text = try String(contentsOfFile: SeedCorpus.folder + "/002_6b939b76667bada4.txt", encoding: .utf8)
        try folder.write("002.txt", text)
        let article = CorpusLoader().load(paths: [folder.path]).articles[0]
        XCTAssertEqual(article.metadata.date?.iso, "2022-09-14")
        XCTAssertEqual(article.metadata.dateSource, .dateline)
    }

    func testArticleWithoutAnyDateStaysUndated() throws {
        let text = try String(contentsOfFile: SeedCorpus.folder + "/000_cf7b6ba5e297149c.txt", encoding: .utf8)
        let article = CorpusLoader().load(text: text, id: "000")
        XCTAssertNil(article.metadata.date)
        XCTAssertNil(article.metadata.dateSource)
    }

    func testFrontMatterGivesMetadataAndWinsOverTheFolderFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", """
            ---
            date: 2023-09-19
            outlet: وكالة الأنباء
            url: https://example.org/a
            ---
            أذربيجان تطلق عملية عسكرية في قره باغ
            أعلنت وزارة الدفاع الأذربيجانية بدء عملية لمكافحة الإرهاب.
            """)
        try folder.write("metadata.tsv", "file\tdate\toutlet\na.txt\t2020-01-01\tother\n")
        let corpus = CorpusLoader().load(paths: [folder.path])
        let a = corpus.articles[0]
        XCTAssertEqual(a.metadata.date?.iso, "2023-09-19")
        XCTAssertEqual(a.metadata.dateSource, .frontMatter)
        XCTAssertEqual(a.metadata.outlet, "وكالة الأنباء")
        XCTAssertEqual(a.metadata.url, "https://example.org/a")
        XCTAssertEqual(a.title, "أذربيجان تطلق عملية عسكرية في قره باغ")
        XCTAssertEqual(a.paragraphs[0].role, .frontMatter)
        XCTAssertTrue(a.paragraphs[0].isBoilerplate, "front matter never feeds analysis")
        // Offsets still count from the start of the file's text.
        XCTAssertEqual(a.text(in: a.paragraphs[1].range), "أذربيجان تطلق عملية عسكرية في قره باغ")
    }

    func testBOMIsNotCountedAndCRLFLinesSplit() throws {
        let folder = try TemporaryFolder()
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data("مواجهات بين أرمينيا واذربيجان\r\n\r\nقتل 49 جنديا أرمينيا. ودعت موسكو إلى التهدئة.\r\n".utf8))
        try folder.write("crlf.txt", data)
        let a = CorpusLoader().load(paths: [folder.path]).articles[0]
        XCTAssertFalse(a.text.hasPrefix("\u{FEFF}"))
        XCTAssertEqual(a.paragraphs[0].range, ScalarRange(start: 0, end: 29))
        XCTAssertEqual(a.title, "مواجهات بين أرمينيا واذربيجان")
        XCTAssertEqual(a.sentences.map { a.text(in: $0.range) },
                       ["مواجهات بين أرمينيا واذربيجان", "قتل 49 جنديا أرمينيا.", "ودعت موسكو إلى التهدئة."])
        XCTAssertFalse(a.sentences.contains { a.text(in: $0.range).contains("\r") })
    }

    func testJSONLinesRecordsLoadAndABrokenLineIsReportedByLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("feed.jsonl", """
            {"title": "روسيا تدعو إلى وقف القتال", "text": "دعت روسيا أرمينيا وأذربيجان إلى ضبط النفس.", "date": "2022-09-13T10:00:00Z", "source": "RT Arabic", "url": "https://example.org/1"}
            {"text": "قال الكرملين إن بوتين تحدث مع باشينيان.
            {"text": "أعلنت أرمينيا مقتل 49 جنديا."}

            {"title": "بلا نص"}
            """)
        let corpus = CorpusLoader().load(paths: [folder.path])
        XCTAssertEqual(corpus.articles.map(\.id), ["feed.jsonl:1", "feed.jsonl:3"])
        let first = corpus.articles[0]
        XCTAssertEqual(first.title, "روسيا تدعو إلى وقف القتال")
        XCTAssertEqual(first.metadata.date?.iso, "2022-09-13")
        XCTAssertEqual(first.metadata.dateSource, .jsonl)
        XCTAssertEqual(first.metadata.outlet, "RT Arabic")
        XCTAssertEqual(corpus.articles[1].title, "أعلنت أرمينيا مقتل 49 جنديا.")
        XCTAssertEqual(corpus.issues.map(\.line), [2, 5])
        XCTAssertTrue(corpus.issues.allSatisfy { $0.path.hasSuffix("feed.jsonl") && $0.severity == .error })
        XCTAssertTrue(corpus.hasErrors)
    }

    func testCRLFJSONLinesLoseNoRecord() throws {
        // "\r\n" is one Character: a split on the Character "\n" never
        // split such a file, and every record was lost as "not a JSON object".
        let folder = try TemporaryFolder()
        try folder.write("feed.jsonl", """
            {"title": "روسيا تدعو إلى وقف القتال", "text": "دعت روسيا أرمينيا وأذربيجان إلى ضبط النفس.", "date": "2022-09-13"}\r
            {"title": "الكرملين", "text": "قال الكرملين إن بوتين تحدث مع باشينيان."}\r

            """)
        let corpus = CorpusLoader().load(paths: [folder.path])
        XCTAssertEqual(corpus.issues, [])
        XCTAssertEqual(corpus.articles.map(\.title), ["روسيا تدعو إلى وقف القتال", "الكرملين"])
        XCTAssertEqual(corpus.articles[0].metadata.date?.iso, "2022-09-13")
    }

    func testCRLFMetadataFileGivesItsDatesAndOutlets() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "خبر عن أرمينيا\nقتل جنود في اشتباكات حدودية.\n")
        try folder.write("metadata.tsv", "file\tdate\toutlet\r\na.txt\t2022-09-13\tAFP\r\n")
        let corpus = CorpusLoader().load(paths: [folder.path])
        XCTAssertEqual(corpus.issues, [])
        XCTAssertEqual(corpus.articles[0].metadata.date?.iso, "2022-09-13")
        XCTAssertEqual(corpus.articles[0].metadata.outlet, "AFP")
        XCTAssertEqual(corpus.articles[0].metadata.dateSource, .metadataFile)
    }

    func testMetadataFileBadRowsAreNamedWithTheirLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "خبر عن أرمينيا\nقتل جنود في اشتباكات حدودية.\n")
        try folder.write("metadata.tsv", "# dates\nfile\tdate\toutlet\na.txt\t13/09/2022\tAFP\n\t2022-09-13\tx\n")
        let corpus = CorpusLoader().load(paths: [folder.path])
        XCTAssertEqual(corpus.articles.count, 1)
        XCTAssertEqual(corpus.articles[0].metadata.outlet, "AFP")
        XCTAssertNil(corpus.articles[0].metadata.date)
        XCTAssertEqual(corpus.issues.map(\.line), [3, 4])
        XCTAssertTrue(corpus.issues[0].description.contains("metadata.tsv:3"))
    }

    func testInvalidUTF8IsReportedWithItsByteOffsetAndTheRestLoads() throws {
        let folder = try TemporaryFolder()
        var bad = Data("قتل جنود\n".utf8)  // 16 bytes
        bad.append(contentsOf: [0xC3, 0x28])
        bad.append(Data(" في الاشتباكات.\n".utf8))
        try folder.write("bad.txt", bad)
        try folder.write("good.txt", "أعلنت روسيا وقفا لإطلاق النار.\n")
        let corpus = CorpusLoader().load(paths: [folder.path])
        XCTAssertEqual(corpus.articles.map(\.id), ["bad.txt", "good.txt"])
        XCTAssertEqual(corpus.issues.count, 1)
        XCTAssertEqual(corpus.issues[0].byteOffset, 16)
        XCTAssertTrue(corpus.issues[0].description.contains("bad.txt"))
        XCTAssertTrue(corpus.issues[0].description.contains("invalid UTF-8"))
        XCTAssertTrue(corpus.articles[0].text.contains("\u{FFFD}"), "the bad byte is shown, the rest kept")
        XCTAssertTrue(corpus.articles[0].text.contains("في الاشتباكات"))
    }

    func testBinaryEmptyMissingAndOversizedFilesAreNamedAndSkipped() throws {
        let folder = try TemporaryFolder()
        try folder.write("image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]))
        try folder.write("empty.txt", "  \n\u{00A0}\n")
        try folder.write("utf16.txt", Data([0xFF, 0xFE, 0x41, 0x00]))
        try folder.write("ok.txt", "مواجهات بين أرمينيا واذربيجان\n")
        try folder.write("notes.md", "ignored: not an article extension")
        var loader = CorpusLoader()
        try folder.write("big.txt", String(repeating: "أ", count: 600))
        loader.maximumFileBytes = 1000
        let corpus = loader.load(paths: [folder.path, folder.path + "/missing.txt"])
        XCTAssertEqual(corpus.articles.map(\.id), ["ok.txt"])
        let byFile = Dictionary(uniqueKeysWithValues: corpus.issues.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0) })
        XCTAssertTrue(byFile["image.txt"]!.message.contains("binary"))
        XCTAssertEqual(byFile["empty.txt"]!.severity, .warning)
        XCTAssertTrue(byFile["utf16.txt"]!.message.contains("UTF-16"))
        XCTAssertTrue(byFile["big.txt"]!.message.contains("limit"))
        XCTAssertTrue(byFile["missing.txt"]!.message.contains("no such file"))
        XCTAssertNil(byFile["notes.md"])
    }

    func testUnreadableFolderEntryIsReportedAndTheOthersLoad() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "أعلنت روسيا وقفا لإطلاق النار.\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/b.txt", withDestinationPath: folder.path + "/gone.txt")
        let corpus = CorpusLoader().load(paths: [folder.path])
        XCTAssertEqual(corpus.articles.map(\.id), ["a.txt"])
        XCTAssertEqual(corpus.issues.count, 1)
        XCTAssertTrue(corpus.issues[0].path.hasSuffix("b.txt"))
    }

    func testFoldersAreReadRecursivelyInNameOrderAndLinkLoopsEnd() throws {
        let folder = try TemporaryFolder()
        try folder.write("b/2.txt", "خبر ثان عن باكو.\n")
        try folder.write("a.txt", "خبر أول عن يريفان.\n")
        try folder.write("b/1.txt", "خبر عن موسكو.\n")
        try folder.write(".hidden/x.txt", "لا يقرأ.\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/b/loop", withDestinationPath: folder.path)
        let corpus = CorpusLoader().load(paths: [folder.path])
        XCTAssertEqual(corpus.articles.map(\.id), ["a.txt", "b/1.txt", "b/2.txt"])
    }

    func testHugeLineAndControlCharactersLoadWithoutHarm() throws {
        let folder = try TemporaryFolder()
        let huge = String(repeating: "بوتين", count: 200_000)  // 1 MB, no spaces
        try folder.write("huge.txt", "عنوان\n" + huge + "\n")
        try folder.write("esc.txt", "عنوان \u{1B}[2J الخبر\nقال \u{1B}]0;pwned\u{07} المتحدث.\n")
        let corpus = CorpusLoader().load(paths: [folder.path])
        XCTAssertEqual(corpus.articles.count, 2)
        let esc = corpus.article(id: "esc.txt")!
        XCTAssertTrue(esc.text.contains("\u{1B}"), "the text is kept as it is; offsets stay true")
        XCTAssertFalse(esc.title.terminalSafe.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
        XCTAssertEqual(esc.title.terminalSafe, "عنوان ␛[2J الخبر")
        XCTAssertEqual(corpus.article(id: "huge.txt")!.paragraphs.count, 2)
    }

    func testWordCountCountsHeadlineAndBodyButNotBoilerplate() {
        let article = CorpusLoader().load(text: "سياسة دولية\n\nروسيا تدعو إلى التهدئة\n\nدعت موسكو الطرفين إلى وقف القتال.\n\nالتعليقات (0)\n", id: "x")
        XCTAssertEqual(article.wordCount, 4 + 6)
    }
}
