import ArgumentParser
import Foundation
import MarsadModel
import MarsadTraining

/// Learns the tagger's word clusters from unlabeled news and writes
/// `Sources/MarsadModel/Resources/word-clusters.txt` (`WordClusters`).
struct BuildClustersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-clusters",
        abstract: "Learn hierarchical word clusters (top-down exchange clustering) of news stems and write the resource.",
        discussion: """
            Reads every article's title and text from a JSONL news file \
            (SaudiNewsNet, July 2015 only: an article dated August 2015 stops \
            the command), tokenizes it as marsad does, and takes each word's \
            normalized stem as the tagger's word table reads it (shipped clitic \
            lexicon). Stems seen at least --min-count times, at most --max-words \
            of them by frequency, are clustered into a binary tree of --depth \
            levels (ExchangeClustering: each level halves every class and moves \
            words between the halves to raise the class-bigram likelihood; \
            Brown's bottom-up merging is too slow for two cores). Stems seen at \
            least --keep-count times are written. Deterministic: no random \
            seed; the same file and settings give the same resource.
            """
    )

    @Option(help: "News, one JSON article a line with 'title' and 'text'.")
    var news: String = "../shared/data/news/saudinewsnet-2015-07.jsonl"
    @Option(help: "Where to write the clusters.")
    var output: String = "Sources/MarsadModel/Resources/word-clusters.txt"
    @Option(help: "Levels of the tree (bits of each path, at most 15).")
    var depth: Int = 12
    @Option(help: "Cluster stems seen at least this often.")
    var minCount: Int = 3
    @Option(help: "Cluster at most this many stems, the most frequent.")
    var maxWords: Int = 60_000
    @Option(help: "Exchange passes per level, at most.")
    var iterations: Int = 12
    @Option(help: "Write stems seen at least this often.")
    var keepCount: Int = 12

    struct AugustArticle: Error, CustomStringConvertible {
        let line: Int
        var description: String { "line \(line) is an article of August 2015; clusters are learned from July 2015 only" }
    }

    func run() throws {
        guard (1...15).contains(depth) else { throw ValidationError("--depth must be 1 to 15") }
        let started = Date()
        let table = WordTable(splitter: CliticSplitter(), index: ActorCatalog.standard.index,
                              clusters: WordClusters(text: ""))
        // Stem ids in order of first sight; -1 between articles and between title and text.
        var stemID: [String: Int32] = [:]
        var stems: [String] = []
        var ofWord: [Int32: Int32] = [:]
        var stream: [Int32] = []
        var articles = 0
        let text = try String(contentsOfFile: news, encoding: .utf8)
        for (number, line) in RecordLines.split(text).enumerated() where !line.isEmpty {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            if let date = object["date"] as? String, date.hasPrefix("2015-08") { throw AugustArticle(line: number + 1) }
            articles += 1
            for field in ["title", "text"] {
                for token in Tokenizer.tokenize(object[field] as? String ?? "") {
                    let word = table.id(token.text, kind: token.kind)
                    if let s = ofWord[word] {
                        stream.append(s)
                        continue
                    }
                    let stem = table.stem(of: word)
                    let s = stemID[stem] ?? {
                        stems.append(stem)
                        stemID[stem] = Int32(stems.count - 1)
                        return Int32(stems.count - 1)
                    }()
                    ofWord[word] = s
                    stream.append(s)
                }
                stream.append(-1)
            }
        }
        var counts = [Int](repeating: 0, count: stems.count)
        for s in stream where s >= 0 { counts[Int(s)] += 1 }
        let vocabulary = stems.indices.filter { counts[$0] >= minCount }
            .sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : stems[$0] < stems[$1] }
            .prefix(maxWords)
        var rank = [Int32](repeating: -1, count: stems.count)
        for (r, s) in vocabulary.enumerated() { rank[s] = Int32(r) }
        let corpus = stream.map { $0 >= 0 ? rank[Int($0)] : -1 }
        print(String(format: "%d articles, %d tokens, %d stems, %d clustered (seen ≥ %d times), read in %.1f s",
                     articles, corpus.count, stems.count, vocabulary.count, minCount, Date().timeIntervalSince(started)))
        var clustering = ExchangeClustering()
        clustering.depth = depth
        clustering.iterations = iterations
        let paths = clustering.cluster(corpus, vocabularySize: vocabulary.count) { print($0) }
        let kept = vocabulary.enumerated().filter { counts[$0.element] >= keepCount }
        let header = [
            "Word clusters of normalized stems for the NER tagger (WordClusters), written by `marsad-dev build-clusters`.",
            "Learned from SaudiNewsNet, July 2015 (M. Alhagri, 2015; CC BY-NC-SA 4.0): \(articles) articles, \(corpus.count) tokens.",
            "Top-down exchange clustering, depth \(depth), \(iterations) passes a level at most, \(vocabulary.count) stems clustered"
                + " (seen ≥ \(minCount) times, at most \(maxWords)); \(kept.count) stems seen ≥ \(keepCount) times written.",
        ]
        let file = WordClusters.text(stems: kept.map { stems[$0.element] }, paths: kept.map { paths[$0.offset] },
                                     depth: depth, header: header)
        try file.write(toFile: output, atomically: true, encoding: .utf8)
        print(String(format: "wrote %@: %d stems, %.0f KB, in %.1f s", output, kept.count,
                     Double(file.utf8.count) / 1000, Date().timeIntervalSince(started)))
    }
}
