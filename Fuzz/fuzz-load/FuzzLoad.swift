import FuzzSupport
import Foundation
import MarsadModel

/// libFuzzer target: bytes as an article file the loader reads (the first
/// byte picks the kind: a .txt, a .jsonl, or a folder with a
/// metadata.tsv), through `CorpusLoader.load(paths:)`: decoding, front
/// matter, JSON lines, metadata, structure and boilerplate. Every input
/// must load without a crash; problems are `LoadIssue`s.
/// Built and run by `scripts/fuzz load`.
let folder: String = {
    let path = NSTemporaryDirectory() + "marsad-fuzz-load-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()

@_cdecl("fuzz_load_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv) { start, count in fuzz(start, count) }
}

func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    guard count > 0 else { return 0 }
    let bytes = Data(bytes: start, count: count)
    let kind = bytes[bytes.startIndex] % 3
    let body = bytes.dropFirst()
    let fm = FileManager.default
    try? fm.removeItem(atPath: folder + "/in")
    try? fm.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
    switch kind {
    case 0:
        fm.createFile(atPath: folder + "/in/a.txt", contents: body)
    case 1:
        fm.createFile(atPath: folder + "/in/a.jsonl", contents: body)
    default:
        // The first line is metadata.tsv's data row, the rest the article.
        let split = body.firstIndex(of: 0x0A) ?? body.endIndex
        var tsv = Data("file\tdate\toutlet\ttitle\n".utf8)
        tsv.append(body[body.startIndex..<split])
        fm.createFile(atPath: folder + "/in/metadata.tsv", contents: tsv)
        fm.createFile(atPath: folder + "/in/a.txt", contents: split < body.endIndex ? body[(split + 1)...] : Data())
    }
    let corpus = CorpusLoader().load(paths: [folder + "/in"])
    for article in corpus.articles {
        // Every range the structure gives lies in the text.
        precondition(article.paragraphs.allSatisfy { $0.range.end <= article.scalars.count })
        precondition(article.sentences.allSatisfy { $0.range.end <= article.scalars.count })
        _ = article.title
    }
    return 0
}
