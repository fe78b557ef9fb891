import ArabicText
import Foundation

/// Where per-article analyses (`ArticleAnalysis`) are kept between runs,
/// so that an unchanged article is analysed once. The archive is one; the
/// model knows only this protocol.
///
/// Keys are made by the cache from an article's text and a context that
/// `CorpusAnalysis` builds (the analyser version, the metadata date, the
/// paragraphs and sentences found): any change to what analysis reads
/// gives another key, so a stale entry is never used. A cache may fail
/// (a read-only or full disk): it then answers misses and drops stores,
/// and the analysis goes on without it.
public protocol AnalysisCache: AnyObject {
    /// A key for an article's text with its context (the archive: SHA-256).
    func key(text: String, context: String) -> String
    /// The stored analyses among `keys`, by key.
    func cachedAnalyses(for keys: [String]) -> [String: [UInt8]]
    /// Keeps analyses made now, under `version` (for statistics and to
    /// drop those of older versions).
    func storeAnalyses(_ entries: [(key: String, bytes: [UInt8])], version: String)
    /// The timeline's groups kept for the corpus grouped last, if any.
    func cachedGrouping() -> StoredGrouping?
    /// Keeps a corpus's timeline groups (a cache keeps only the last).
    func storeGrouping(_ grouping: StoredGrouping)
    /// The stored events of articles (the timeline's per-article part,
    /// keyed by analysis key and where the article's mentions stand).
    func cachedEvents(for keys: [String]) -> [String: [UInt8]]
    /// Keeps articles' events made now, under the analysis `version`.
    func storeEvents(_ entries: [(key: String, bytes: [UInt8])], version: String)
}

extension AnalysisCache {
    public func cachedGrouping() -> StoredGrouping? { nil }
    public func storeGrouping(_ grouping: StoredGrouping) {}
    public func cachedEvents(for keys: [String]) -> [String: [UInt8]] { [:] }
    public func storeEvents(_ entries: [(key: String, bytes: [UInt8])], version: String) {}
}

/// The version of everything that decides what analysis finds in an
/// article: `ArticleAnalysis.codeVersion`, the NER model file, the word
/// lists and lexicon shipped, and the actor catalog in use.
///
/// ```swift
/// AnalysisVersion.current(catalog: .standard)   // "a1-m3f2c…-w91ab…-c77d0…"
/// ```
public enum AnalysisVersion {
    /// The version string for a catalog and model (the shipped model by default).
    public static func current(catalog: ActorCatalog, model: NERModel? = NERModel.standard) -> String {
        "a\(ArticleAnalysis.codeVersion)-m\(model?.fingerprint ?? "none")-w\(resourcesFingerprint)-c\(catalog.fingerprint)"
    }

    /// FNV-1a over the shipped word lists, given names, word clusters and lexicon, read once.
    static let resourcesFingerprint: String = {
        var hash = FNV64()
        var urls: [URL] = []
        if let folder = Bundle.module.url(forResource: "words", withExtension: nil, subdirectory: "Resources"),
           let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) {
            urls += names.filter { $0.hasSuffix(".tsv") }.sorted().map { folder.appendingPathComponent($0) }
        }
        for name in ["given-names", "word-clusters"] {
            if let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources") {
                urls.append(url)
            }
        }
        if let lexicon = Lexicon.standardFileURL { urls.append(lexicon) }
        for url in urls {
            hash.add(url.lastPathComponent)
            if let data = try? Data(contentsOf: url) { hash.add(data) }
        }
        return hash.hex
    }()
}

/// The 64-bit FNV-1a hash: a fingerprint to tell versions apart (not a
/// defence against anyone: the archive's keys are SHA-256).
struct FNV64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        for b in bytes {
            value ^= UInt64(b)
            value &*= 0x0000_0100_0000_01B3
        }
    }

    mutating func add(_ data: Data) { add(bytes: data) }

    /// The string's UTF-8, then a 0 byte, so "ab"+"c" and "a"+"bc" differ.
    mutating func add(_ string: String) {
        add(bytes: string.utf8)
        add(bytes: CollectionOfOne(0))
    }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

extension ActorCatalog {
    /// What of the catalog decides names and their targets: every actor's
    /// id, type, parent, aliases and nisbas, and the weak aliases.
    var fingerprint: String {
        var hash = FNV64()
        for actor in actors {
            hash.add(actor.id.rawValue)
            hash.add(actor.type.rawValue)
            hash.add(actor.parentID?.rawValue ?? "")
            for alias in actor.aliases { hash.add(alias) }
            hash.add("|")
            for nisba in actor.nisbas { hash.add(nisba) }
            hash.add("|")
        }
        for weak in weakAliases.sorted() { hash.add(weak) }
        return hash.hex
    }
}

extension Article {
    /// What analysis reads of an article besides its text: the metadata
    /// date it resolves relative expressions against, the headline, the
    /// paragraphs with their roles and the sentences. (Two loads of one
    /// text in corpora with other template lines can differ here.)
    func analysisContext(version: String) -> String {
        var s = version
        s += "|d" + (metadata.date?.iso ?? "-") + "|h" + (headlineIndex.map(String.init) ?? "-") + "|p"
        for p in paragraphs {
            s += "\(p.range.start),\(p.range.end),\(p.role.rawValue);"
        }
        s += "|s"
        for sentence in sentences {
            s += "\(sentence.range.start),\(sentence.range.end),\(sentence.paragraphIndex);"
        }
        return s
    }
}
