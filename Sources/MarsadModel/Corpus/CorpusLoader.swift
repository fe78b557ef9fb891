import Foundation

/// Loads articles from any mix of files and folders.
///
/// - Folders are read recursively, entries sorted by name; hidden entries
///   are skipped, and in folders only `.txt` and `.jsonl` files are read
///   (a file named explicitly is read whatever its extension).
/// - `.txt`: UTF-8 (a BOM and CRLF accepted), an optional front-matter
///   block; `.jsonl`: one article a line with `text` and optional `title`,
///   `date`, `source` (or `outlet`), `url`.
/// - Each folder's `metadata.tsv` gives dates, outlets and URLs for its
///   files; front matter and JSON fields win over it, and a dateline in
///   the text is used only when neither gives a date.
/// - A file that cannot be read yields a `LoadIssue` naming it and the
///   problem; everything else still loads.
public struct CorpusLoader: Sendable {
    /// Files larger than this are refused (a clear issue, not a crash).
    var maximumFileBytes: Int = 64 << 20

    public init() {}

    public func load(paths: [String]) -> Corpus {
        var state = LoadState()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                state.issues.append(LoadIssue(path: path, message: "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                loadFolder(path, root: path, state: &state)
            } else {
                let name = URL(fileURLWithPath: path).lastPathComponent
                let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
                let meta = metadata(forFolder: folder, state: &state)
                loadFile(path, id: name, folderMetadata: meta?.entries[name], state: &state)
            }
        }
        // As `applyingTemplateLines` would make them from articles loaded
        // alone, but each article's structure is made once, under the
        // template lines counted from the keys of its lines.
        let pending = state.pending
        var template: Set<String> = []
        if pending.count >= 2 {
            template = Self.templateLines(keys: concurrentMap(pending.count) { pending[$0].templateKeys })
        }
        let articles = concurrentMap(pending.count) { Self.finish(pending[$0], templateLines: template) }
        return Corpus(articles: articles, issues: state.issues)
    }

    /// Articles loaded one by one (`load(text:id:metadata:)`, or from the
    /// archive) made as `load(paths:)` makes a corpus: lines that stand
    /// in several articles (a site's banner, labels, footer) become
    /// boilerplate, and datelines are read again without them.
    public static func applyingTemplateLines(_ corpus: Corpus) -> Corpus {
        var corpus = corpus
        let template = corpus.templateLines()
        if !template.isEmpty {
            let articles = corpus.articles
            corpus.articles = concurrentMap(articles.count) { Self.remaking(articles[$0], templateLines: template) }
        }
        return corpus
    }

    /// Loads a single text given in memory (standard input, tests).
    public func load(text: String, id: String, metadata: ArticleMetadata = ArticleMetadata()) -> Article {
        let stripped = text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
        return Self.makeArticle(text: stripped, id: id, path: id, metadata: metadata).0
    }

    /// An article read, with its front matter, whose structure is not made yet.
    struct PendingArticle {
        var text: String
        var scalars: [Unicode.Scalar]
        var id: String
        var path: String
        /// The metadata given, under the front matter's.
        var metadata: ArticleMetadata
        var frontMatterEnd: Int

        /// `Article.templateKeys` of the article `finish` makes.
        var templateKeys: [(key: String, words: Int)] {
            ArticleStructure.templateKeys(scalars, frontMatterEnd: frontMatterEnd)
        }
    }

    // MARK: - Folders and files

    private struct LoadState {
        var pending: [PendingArticle] = []
        var issues: [LoadIssue] = []
        var folderMetadata: [String: FolderMetadata?] = [:]
        var visitedFolders: Set<String> = []
        var ids: Set<String> = []
    }

    private func loadFolder(_ folder: String, root: String, state: inout LoadState) {
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard state.visitedFolders.insert(real).inserted else { return }  // a link loop
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            state.issues.append(LoadIssue(path: folder, message: "cannot list folder: \(Self.describe(error))"))
            return
        }
        let meta = metadata(forFolder: folder, state: &state)
        for name in names where !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                state.issues.append(LoadIssue(path: path, message: "broken link", severity: .warning))
                continue
            }
            if isDirectory.boolValue {
                loadFolder(path, root: root, state: &state)
                continue
            }
            let ext = (name as NSString).pathExtension.lowercased()
            guard ext == "txt" || ext == "jsonl" else { continue }
            let id = Self.relativePath(path, to: root)
            loadFile(path, id: id, folderMetadata: meta?.entries[name], state: &state)
        }
    }

    private func metadata(forFolder folder: String, state: inout LoadState) -> FolderMetadata? {
        if let cached = state.folderMetadata[folder] { return cached }
        let path = (folder as NSString).appendingPathComponent(FolderMetadata.fileName)
        var result: FolderMetadata?
        if FileManager.default.fileExists(atPath: path) {
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                guard let text = String(data: data, encoding: .utf8) else {
                    throw LoadIssue(path: path, message: "metadata file is not UTF-8 text")
                }
                let (meta, issues) = FolderMetadata.parse(text, path: path)
                state.issues += issues
                result = meta
            } catch let issue as LoadIssue {
                state.issues.append(issue)
            } catch {
                state.issues.append(LoadIssue(path: path, message: "cannot read metadata file: \(Self.describe(error))"))
            }
        }
        state.folderMetadata[folder] = .some(result)
        return result
    }

    private func loadFile(_ path: String, id: String, folderMetadata: ArticleMetadata?, state: inout LoadState) {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? Int, size > maximumFileBytes {
                state.issues.append(LoadIssue(path: path, message: "file is \(size) bytes, more than the \(maximumFileBytes)-byte limit"))
                return
            }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            state.issues.append(LoadIssue(path: path, message: "cannot read file: \(Self.describe(error))"))
            return
        }
        let text: String
        switch TextDecoder.decode(data) {
        case .text(let s):
            text = s
        case .repaired(let s, let firstBad, let count):
            text = s
            state.issues.append(LoadIssue(path: path, byteOffset: firstBad,
                                          message: "invalid UTF-8 (\(count) bad byte\(count == 1 ? "" : "s") shown as �); the rest of the file is loaded"))
        case .binary(let reason):
            state.issues.append(LoadIssue(path: path, message: reason))
            return
        }
        if (path as NSString).pathExtension.lowercased() == "jsonl" {
            loadJSONLines(text, path: path, id: id, state: &state)
            return
        }
        guard text.unicodeScalars.contains(where: { !TextLines.isBlank($0) && !TextLines.isLineBreak($0) }) else {
            state.issues.append(LoadIssue(path: path, message: "empty file, skipped", severity: .warning))
            return
        }
        let (article, issues) = Self.prepare(text: text, id: uniqueID(id, path: path, state: &state), path: path,
                                             metadata: folderMetadata ?? ArticleMetadata())
        state.issues += issues
        state.pending.append(article)
    }

    private func loadJSONLines(_ text: String, path: String, id: String, state: inout LoadState) {
        var lineNumber = 0
        var loaded = 0
        // Records are read in order; their articles are made on every core.
        var records: [(body: String, id: String, meta: ArticleMetadata, issueIndex: Int)] = []
        for line in RecordLines.split(text) {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                state.issues.append(LoadIssue(path: path, line: lineNumber, message: "not a JSON object"))
                continue
            }
            guard let body = object["text"] as? String else {
                state.issues.append(LoadIssue(path: path, line: lineNumber, message: "record has no \"text\" string"))
                continue
            }
            var meta = ArticleMetadata()
            meta.title = (object["title"] as? String).flatMap { $0.isEmpty ? nil : $0 }
            meta.outlet = (object["source"] as? String) ?? (object["outlet"] as? String)
            meta.url = object["url"] as? String
            if let d = object["date"] as? String {
                switch MetadataDate.read(d) {
                case .success(let date):
                    meta.date = date
                    meta.dateSource = .jsonl
                    meta.dateConfidence = 1
                case .failure(let problem):
                    state.issues.append(LoadIssue(path: path, line: lineNumber,
                                                  message: MetadataDate.message("date", value: d, problem), severity: .warning))
                }
            } else if let d = object["date"] {
                // A number or null is no date either; said, not dropped.
                state.issues.append(LoadIssue(path: path, line: lineNumber,
                                              message: MetadataDate.message(label: "date", nonString: d), severity: .warning))
            }
            let recordID = uniqueID("\(id):\(lineNumber)", path: path, state: &state)
            records.append((body, recordID, meta, state.issues.count))
            loaded += 1
        }
        let made = concurrentMap(records.count) { i in
            Self.prepare(text: records[i].body, id: records[i].id, path: path, metadata: records[i].meta)
        }
        state.pending += made.map(\.0)
        // A record's own problems go where it stood among the others.
        for (i, record) in records.enumerated().reversed() where !made[i].1.isEmpty {
            state.issues.insert(contentsOf: made[i].1, at: record.issueIndex)
        }
        if loaded == 0 && lineNumber > 0 && !state.issues.contains(where: { $0.path == path }) {
            state.issues.append(LoadIssue(path: path, message: "no records", severity: .warning))
        }
    }

    private func uniqueID(_ id: String, path: String, state: inout LoadState) -> String {
        if state.ids.insert(id).inserted { return id }
        var n = 2
        while !state.ids.insert("\(id)#\(n)").inserted { n += 1 }
        return "\(id)#\(n)"
    }

    // MARK: - Building an article

    package static func makeArticle(text: String, id: String, path: String, metadata: ArticleMetadata,
                            templateLines: Set<String> = []) -> (Article, [LoadIssue]) {
        let (pending, issues) = prepare(text: text, id: id, path: path, metadata: metadata)
        return (finish(pending, templateLines: templateLines), issues)
    }

    /// The text's scalars and front matter.
    static func prepare(text: String, id: String, path: String, metadata: ArticleMetadata) -> (PendingArticle, [LoadIssue]) {
        let scalars = [Unicode.Scalar](scalarsOf: text)
        var meta = metadata
        var issues: [LoadIssue] = []
        var frontMatterEnd = 0
        if let (fm, end, fmIssues) = FrontMatter.parse(scalars, path: path) {
            frontMatterEnd = end
            issues += fmIssues
            if fm.date != nil {
                meta.date = fm.date
                meta.dateSource = fm.dateSource
                meta.dateConfidence = fm.dateConfidence
            }
            meta.outlet = fm.outlet ?? meta.outlet
            meta.url = fm.url ?? meta.url
            meta.title = fm.title ?? meta.title
        }
        return (PendingArticle(text: text, scalars: scalars, id: id, path: path, metadata: meta,
                               frontMatterEnd: frontMatterEnd), issues)
    }

    /// The article with its structure, under a corpus's template lines.
    static func finish(_ pending: PendingArticle, templateLines: Set<String>) -> Article {
        let scalars = pending.scalars
        var meta = pending.metadata
        let structure = ArticleStructure(scalars: scalars, frontMatterEnd: pending.frontMatterEnd, knownTitle: meta.title,
                                         templateLines: templateLines)
        if meta.date == nil, let d = structure.datelineDate {
            meta.date = d
            meta.dateSource = .dateline
            meta.dateConfidence = 1
        }
        return Article(id: ArticleID(pending.id), sourcePath: pending.path, text: pending.text, scalars: scalars,
                       metadata: meta, paragraphs: structure.paragraphs, sentences: structure.sentences,
                       headlineIndex: structure.headlineIndex)
    }

    static func relativePath(_ path: String, to root: String) -> String {
        let r = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(r) ? String(path.dropFirst(r.count)) : (path as NSString).lastPathComponent
    }

    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue)).lowercased()
        }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileReadNoPermissionError: return "permission denied"
            case NSFileReadNoSuchFileError: return "no such file"
            default: break
            }
        }
        return ns.localizedDescription
    }
}
