import Foundation
import MarsadModel

/// Expected time expressions of a set of articles, for evaluation: a
/// tab-separated file people can extend without code.
///
/// ```
/// # corpus: ../../seeds
/// # scope: all
/// doc	context	type	value
/// 004_d0bff4b9121d95b6.txt	الخارجية الأرميني قوله [[أمس]] إن نحو	DATE	2022-09-14
/// 000_cf7b6ba5e297149c.txt	[[الساعة 06,00 ت غ]]	TIME	2022-09-13T06:00
/// ```
/// - `# corpus:` files or folders (relative to the annotation file,
///   several separated by `;`) holding the articles, with their dates
///   (front matter or `metadata.tsv`); undated articles are allowed.
/// - `# scope:` `all` (default: every expression, boilerplate included,
///   must be listed) or `text` (boilerplate is ignored on both sides).
/// - each row: the document id as `marsad articles` prints it; a piece of
///   the text copied as it stands with the expression inside `[[` `]]`
///   (just enough words around it to be unique in the document); the
///   TIMEX3 type; the value as `marsad times` would print it.
/// - `#` starts a comment line; the header row is optional.
public struct TimeAnnotationFile: Sendable {
    public enum Scope: String, Sendable { case all, text }

    public struct Entry: Hashable, Sendable {
        public var doc: String
        public var context: String
        public var type: TimexType
        public var value: String
        /// 1-based line in the file.
        public var line: Int
    }

    public var path: String
    public var corpusPaths: [String]
    public var scope: Scope
    public var entries: [Entry]

    public struct FormatError: Error, CustomStringConvertible {
        public var path: String
        public var line: Int
        public var message: String
        public var description: String { "\(path):\(line): \(message)" }
    }

    public init(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try self.init(text: text, path: path)
    }

    public init(text: String, path: String) throws {
        self.path = path
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        var corpus: [String] = []
        var scope = Scope.all
        var entries: [Entry] = []
        for (n, rawLine) in RecordLines.split(text).enumerated() {
            let line = String(rawLine)
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if line.hasPrefix("#") {
                let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
                if body.hasPrefix("corpus:") {
                    corpus += body.dropFirst("corpus:".count).split(separator: ";").map {
                        let p = $0.trimmingCharacters(in: .whitespaces)
                        return p.hasPrefix("/") ? p : base.appendingPathComponent(p).standardizedFileURL.path
                    }
                } else if body.hasPrefix("scope:") {
                    let value = body.dropFirst("scope:".count).trimmingCharacters(in: .whitespaces)
                    guard let s = Scope(rawValue: value) else {
                        throw FormatError(path: path, line: n + 1, message: "scope must be 'all' or 'text', not '\(value)'")
                    }
                    scope = s
                }
                continue
            }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if cells.first == "doc" { continue }
            guard cells.count == 4 else {
                throw FormatError(path: path, line: n + 1, message: "expected 4 tab-separated cells (doc, context, type, value), found \(cells.count)")
            }
            guard let type = TimexType(rawValue: cells[2]) else {
                throw FormatError(path: path, line: n + 1, message: "unknown type '\(cells[2])' (DATE, TIME, DURATION, SET)")
            }
            guard cells[1].components(separatedBy: "[[").count == 2, cells[1].components(separatedBy: "]]").count == 2
            else {
                throw FormatError(path: path, line: n + 1, message: "the context must mark the expression once with [[ and ]]")
            }
            entries.append(Entry(doc: cells[0], context: cells[1], type: type, value: cells[3], line: n + 1))
        }
        guard !corpus.isEmpty else { throw FormatError(path: path, line: 1, message: "missing '# corpus: PATH' line") }
        self.corpusPaths = corpus
        self.scope = scope
        self.entries = entries
    }

    /// Where an entry's expression stands in its article (scalar offsets),
    /// or nil when the context is not found exactly once.
    public static func locate(_ entry: Entry, in article: Article) -> ScalarRange? {
        let parts = entry.context.components(separatedBy: "[[")
        let before = parts[0]
        let rest = parts[1].components(separatedBy: "]]")
        let inside = rest[0], after = rest[1]
        // Any space matches any space: texts carry no-break spaces that
        // look like plain ones when copied.
        func fold(_ s: Unicode.Scalar) -> Unicode.Scalar { s.properties.isWhitespace ? " " : s }
        let needle = (before + inside + after).unicodeScalars.map(fold)
        guard !needle.isEmpty else { return nil }
        let hay = article.scalars.map(fold)
        var found: Int?
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle {
                if found != nil { return nil }  // not unique
                found = i
            }
            i += 1
        }
        guard let start = found else { return nil }
        let s = start + before.unicodeScalars.count
        return ScalarRange(start: s, end: s + inside.unicodeScalars.count)
    }
}

/// Precision, recall and value accuracy of time expressions against an
/// annotation file.
public struct TimeEvaluation: Sendable {
    public struct Counts: Sendable {
        public var gold = 0
        public var predicted = 0
        /// Same span exactly.
        public var strict = 0
        /// Spans overlap (one to one).
        public var lenient = 0
        /// Of lenient matches: same type; same value.
        public var typeCorrect = 0
        public var valueCorrect = 0

        public init(gold: Int = 0, predicted: Int = 0, strict: Int = 0, lenient: Int = 0, typeCorrect: Int = 0,
                    valueCorrect: Int = 0) {
            self.gold = gold
            self.predicted = predicted
            self.strict = strict
            self.lenient = lenient
            self.typeCorrect = typeCorrect
            self.valueCorrect = valueCorrect
        }

        public var strictPrecision: Double { ratio(strict, predicted) }
        public var strictRecall: Double { ratio(strict, gold) }
        public var lenientPrecision: Double { ratio(lenient, predicted) }
        public var lenientRecall: Double { ratio(lenient, gold) }
        public var lenientF1: Double {
            let p = lenientPrecision, r = lenientRecall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
        public var valueAccuracy: Double { ratio(valueCorrect, lenient) }
        public var typeAccuracy: Double { ratio(typeCorrect, lenient) }

        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }

        public static func + (a: Counts, b: Counts) -> Counts {
            Counts(gold: a.gold + b.gold, predicted: a.predicted + b.predicted, strict: a.strict + b.strict,
                   lenient: a.lenient + b.lenient, typeCorrect: a.typeCorrect + b.typeCorrect,
                   valueCorrect: a.valueCorrect + b.valueCorrect)
        }
    }

    /// One disagreement, for the verbose listing.
    public struct Issue: Sendable, CustomStringConvertible {
        public enum Kind: String, Sendable { case missed, spurious, wrongValue = "wrong value", wrongType = "wrong type", span, unlocated }
        public var kind: Kind
        public var doc: String
        public var line: Int?
        public var expected: String?
        public var found: String?

        public var description: String {
            let at = line.map { "line \($0), " } ?? ""
            return "\(kind.rawValue): \(at)\(doc): expected \(expected ?? "-"), found \(found ?? "-")"
        }
    }

    public var counts = Counts()
    public var issues: [Issue] = []

    public init() {}

    /// Scores predicted expressions (by article id) against a file's entries.
    public static func evaluate(_ file: TimeAnnotationFile, corpus: Corpus,
                                predictions: [ArticleID: [TimeExpression]]) -> TimeEvaluation {
        var result = TimeEvaluation()
        let byDoc = Dictionary(grouping: file.entries, by: \.doc)
        for article in corpus.articles {
            var gold: [(TimeAnnotationFile.Entry, ScalarRange)] = []
            for entry in byDoc[article.id.rawValue] ?? [] {
                guard let range = TimeAnnotationFile.locate(entry, in: article) else {
                    result.issues.append(Issue(kind: .unlocated, doc: article.id.rawValue, line: entry.line,
                                               expected: entry.context, found: "context not found exactly once"))
                    result.counts.gold += 1
                    continue
                }
                if file.scope == .text && article.isBoilerplate(range) { continue }
                gold.append((entry, range))
            }
            var predicted = predictions[article.id] ?? []
            if file.scope == .text { predicted.removeAll { $0.inBoilerplate } }
            result.counts.gold += gold.count
            result.counts.predicted += predicted.count
            var used = Array(repeating: false, count: predicted.count)
            var pairs: [(Int, Int)] = []  // gold index, predicted index
            var unmatched: [Int] = []
            for (g, (_, range)) in gold.enumerated() {
                if let p = predicted.indices.first(where: { !used[$0] && predicted[$0].range == range }) {
                    used[p] = true
                    pairs.append((g, p))
                    result.counts.strict += 1
                } else {
                    unmatched.append(g)
                }
            }
            for g in unmatched {
                let range = gold[g].1
                if let p = predicted.indices.first(where: { !used[$0] && predicted[$0].range.overlaps(range) }) {
                    used[p] = true
                    pairs.append((g, p))
                    result.issues.append(Issue(kind: .span, doc: article.id.rawValue, line: gold[g].0.line,
                                               expected: article.text(in: range), found: predicted[p].text))
                } else {
                    result.issues.append(Issue(kind: .missed, doc: article.id.rawValue, line: gold[g].0.line,
                                               expected: "\(article.text(in: range)) = \(gold[g].0.value)", found: nil))
                }
            }
            for (g, p) in pairs {
                result.counts.lenient += 1
                let entry = gold[g].0, t = predicted[p]
                if entry.type == t.type { result.counts.typeCorrect += 1 } else {
                    result.issues.append(Issue(kind: .wrongType, doc: article.id.rawValue, line: entry.line,
                                               expected: "\(t.text) \(entry.type.rawValue)", found: t.type.rawValue))
                }
                if entry.value == t.value { result.counts.valueCorrect += 1 } else {
                    result.issues.append(Issue(kind: .wrongValue, doc: article.id.rawValue, line: entry.line,
                                               expected: "\(t.text) = \(entry.value)", found: t.value))
                }
            }
            for (p, t) in predicted.enumerated() where !used[p] {
                result.issues.append(Issue(kind: .spurious, doc: article.id.rawValue, line: nil, expected: nil,
                                           found: "\(t.text) = \(t.value) at \(t.range)"))
            }
        }
        // Entries naming documents that are not in the corpus.
        let ids = Set(corpus.articles.map(\.id.rawValue))
        for entry in file.entries where !ids.contains(entry.doc) {
            result.counts.gold += 1
            result.issues.append(Issue(kind: .unlocated, doc: entry.doc, line: entry.line, expected: entry.context,
                                       found: "no such document in the corpus"))
        }
        return result
    }
}
