/// A folder's `metadata.tsv`: publication facts for files that must not be
/// edited (the seed articles), one row a file.
///
/// ```
/// # comments and blank lines are ignored
/// file	date	outlet	url
/// 000_cf7b6ba5e297149c.txt	2022-09-13	AFP	https://…
/// ```
/// The header row names the columns (`file` is required; `date`, `outlet`,
/// `url`, `title` are read; others are ignored). Dates are `YYYY-MM-DD`,
/// optionally with a time (`MetadataDate`); a date that is none is a
/// warning naming the row, and the file stays undated.
/// A file name is relative to the folder holding `metadata.tsv`.
struct FolderMetadata: Sendable {
    static let fileName = "metadata.tsv"

    var entries: [String: ArticleMetadata] = [:]

    /// Parses the file; rows it cannot use become issues naming the line.
    static func parse(_ text: String, path: String) -> (FolderMetadata, [LoadIssue]) {
        var result = FolderMetadata()
        var issues: [LoadIssue] = []
        var columns: [String]?
        for (n, line) in RecordLines.split(text).enumerated() {
            if String(line).trimming(" ").isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                String($0).trimming(" ")
            }
            guard let header = columns else {
                guard cells.contains("file") else {
                    issues.append(LoadIssue(path: path, line: n + 1,
                                            message: "the first row must name the columns, with a 'file' column"))
                    return (result, issues)
                }
                columns = cells
                continue
            }
            var row: [String: String] = [:]
            for (i, name) in header.enumerated() where i < cells.count && !cells[i].isEmpty { row[name] = cells[i] }
            guard let file = row["file"] else {
                issues.append(LoadIssue(path: path, line: n + 1, message: "row has no file name"))
                continue
            }
            var meta = ArticleMetadata(outlet: row["outlet"], url: row["url"], title: row["title"])
            if let d = row["date"] {
                switch MetadataDate.read(d) {
                case .success(let date):
                    meta.date = date
                    meta.dateSource = .metadataFile
                    meta.dateConfidence = 1
                case .failure(let problem):
                    issues.append(LoadIssue(path: path, line: n + 1,
                                            message: MetadataDate.message("\(file): date", value: d, problem), severity: .warning))
                }
            }
            result.entries[file] = meta
        }
        return (result, issues)
    }
}

/// A front-matter block at the very top of a `.txt`:
///
/// ```
/// ---
/// date: 2022-09-13
/// outlet: AFP
/// url: https://…
/// title: مواجهات بين أرمينيا واذربيجان
/// ---
/// ```
enum FrontMatter {
    /// The metadata and the scalar offset where the block ends (after its
    /// closing `---` line), or nil when the text has no front matter.
    static func parse(_ scalars: [Unicode.Scalar], path: String) -> (ArticleMetadata, end: Int, issues: [LoadIssue])? {
        guard scalars.count >= 4, scalars[0] == "-", scalars[1] == "-", scalars[2] == "-",
              scalars[3] == "\n" || scalars[3] == "\r" else { return nil }
        var meta = ArticleMetadata()
        var issues: [LoadIssue] = []
        var lineStart = 0
        var lineNumber = 0
        var i = 0
        while i <= scalars.count {
            if i == scalars.count || scalars[i] == "\n" {
                lineNumber += 1
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[lineStart..<i])
                let line = String(view).trimming("\r").trimming(" ")
                if lineNumber > 1 && line == "---" {
                    return (meta, min(i + 1, scalars.count), issues)
                }
                if lineNumber > 1, let colon = line.firstIndex(of: ":") {
                    let key = line[..<colon].lowercased().trimming(" ")
                    let value = String(line[line.index(after: colon)...]).trimming(" ")
                    switch key {
                    case "date":
                        switch MetadataDate.read(value) {
                        case .success(let d):
                            meta.date = d
                            meta.dateSource = .frontMatter
                            meta.dateConfidence = 1
                        case .failure(let problem):
                            issues.append(LoadIssue(path: path, line: lineNumber,
                                                    message: MetadataDate.message("front matter date", value: value, problem),
                                                    severity: .warning))
                        }
                    case "outlet", "source": meta.outlet = value
                    case "url": meta.url = value
                    case "title": meta.title = value
                    default: break
                    }
                }
                if lineNumber > 60 { return nil }  // no closing line: not front matter
                lineStart = i + 1
            }
            i += 1
        }
        return nil
    }
}
