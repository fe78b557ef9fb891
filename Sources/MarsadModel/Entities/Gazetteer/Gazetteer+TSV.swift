/// The resource's file format: tab-separated, `#` comment lines first,
/// then a header row naming `Gazetteer.columns`, then one entry a row:
/// the kind as its letter (s subdivision, c city), population empty for
/// subdivisions.
extension Gazetteer {
    /// Reads a gazetteer file.
    public convenience init(tsv text: String) throws(FormatError) {
        var entries: [GazetteerEntry] = []
        var sawHeader = false
        var lineNumber = 0
        for rawLine in RecordLines.split(text) {
            lineNumber += 1
            if rawLine.isEmpty || rawLine.hasPrefix("#") { continue }
            let cells = rawLine.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard sawHeader else {
                guard cells == Self.columns else {
                    throw FormatError(line: lineNumber, message: "the header must be \(Self.columns.joined(separator: " "))")
                }
                sawHeader = true
                continue
            }
            guard cells.count == Self.columns.count else {
                throw FormatError(line: lineNumber, message: "\(cells.count) columns, expected \(Self.columns.count)")
            }
            guard !cells[0].isEmpty else { throw FormatError(line: lineNumber, message: "empty name") }
            guard let kind = GazetteerEntry.Kind(fileCode: cells[1]) else {
                throw FormatError(line: lineNumber, message: "unknown kind '\(cells[1])' (s: subdivision, c: city)")
            }
            var population: Int?
            if !cells[4].isEmpty {
                guard let n = Int(cells[4]), n >= 0 else {
                    throw FormatError(line: lineNumber, message: "population '\(cells[4])' is not a number")
                }
                population = n
            }
            entries.append(GazetteerEntry(name: cells[0], kind: kind, country: cells[2], code: cells[3], population: population))
        }
        self.init(entries: entries)
    }

    /// The file text of `entries`, with `comments` as `#` lines before the
    /// header. The caller orders the entries (the build sorts them, so the
    /// file is the same each run).
    public static func tsv(_ entries: [GazetteerEntry], comments: [String]) -> String {
        var out = comments.map { "# " + $0 + "\n" }.joined()
        out += columns.joined(separator: "\t") + "\n"
        for e in entries {
            out += [e.name, e.kind.fileCode, e.country, e.code, e.population.map(String.init) ?? ""].joined(separator: "\t") + "\n"
        }
        return out
    }
}
