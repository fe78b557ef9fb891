/// An article's structure as bytes, so an archive opens without deriving
/// it again: paragraphs with their roles, sentences, headline and the
/// metadata the structure settled (a dateline's date). Also the keys of
/// its short lines, from which the corpus's template lines are counted.
///
/// Both depend on the code and the word lists (`structureVersion`); the
/// structure also on the corpus's template lines, which the archive keeps
/// beside it (`templateFingerprint`).
extension Article {
    /// Bumped whenever a structure rule changes.
    package static let structureCodeVersion = 1

    /// The version of the structure rules: code and word lists.
    package static var structureVersion: String {
        "s\(structureCodeVersion)-w\(AnalysisVersion.resourcesFingerprint)"
    }

    /// Keys of the lines that may be a site's template (`Corpus.templateLines`).
    package var templateKeys: [(key: String, words: Int)] {
        paragraphs.compactMap { p in
            p.role == .frontMatter ? nil : ArticleStructure.templateKey(scalars, p.range)
        }
    }

    package static func encode(templateKeys: [(key: String, words: Int)]) -> [UInt8] {
        var w = ByteWriter()
        w.uint(templateKeys.count)
        for k in templateKeys {
            w.string(k.key)
            w.uint(k.words)
        }
        return w.bytes
    }

    package static func decodeTemplateKeys(_ bytes: [UInt8]) -> [(key: String, words: Int)]? {
        var r = ByteReader(bytes)
        guard let n = r.uint(), n <= bytes.count else { return nil }
        var keys: [(key: String, words: Int)] = []
        for _ in 0..<n {
            guard let key = r.string(), let words = r.uint() else { return nil }
            keys.append((key, words))
        }
        return r.atEnd ? keys : nil
    }

    /// The structure and metadata as bytes.
    package func structureBytes() -> [UInt8] {
        var w = ByteWriter()
        w.uint(paragraphs.count)
        for p in paragraphs {
            w.uint(p.range.start)
            w.uint(p.range.end - p.range.start)
            w.string(p.role.rawValue)
            w.optionalString(p.boilerplateReason?.rawValue)
            w.uint(p.sentenceIndexes.lowerBound)
            w.uint(p.sentenceIndexes.count)
        }
        w.uint(sentences.count)
        for s in sentences {
            w.uint(s.range.start)
            w.uint(s.range.end - s.range.start)
            w.uint(s.paragraphIndex)
        }
        w.uint(headlineIndex.map { $0 + 1 } ?? 0)
        let m = metadata
        w.optionalString(m.date?.iso)
        w.optionalString(m.dateSource?.rawValue)
        if let c = m.dateConfidence { w.byte(1); w.double(c) } else { w.byte(0) }
        w.optionalString(m.outlet)
        w.optionalString(m.url)
        w.optionalString(m.title)
        return w.bytes
    }

    /// An article from its text and `structureBytes()`; nil when the bytes
    /// are damaged or do not fit the text.
    package init?(text: String, id: ArticleID, sourcePath: String, structure bytes: [UInt8]) {
        let scalars = [Unicode.Scalar](scalarsOf: text)
        let limit = scalars.count
        var r = ByteReader(bytes)
        func range() -> ScalarRange? {
            guard let start = r.uint(), let length = r.uint(), start <= limit, length <= limit - start else { return nil }
            return ScalarRange(start: start, end: start + length)
        }
        guard let paragraphCount = r.uint(), paragraphCount <= bytes.count else { return nil }
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(paragraphCount)
        for _ in 0..<paragraphCount {
            guard let range = range(), let role = r.string().flatMap(ParagraphRole.init(rawValue:)),
                  let reason = r.optionalString(), let first = r.uint(), let count = r.uint() else { return nil }
            let boilerplateReason: BoilerplateReason?
            if let reason {
                guard let known = BoilerplateReason(rawValue: reason) else { return nil }
                boilerplateReason = known
            } else {
                boilerplateReason = nil
            }
            paragraphs.append(Paragraph(range: range, role: role, boilerplateReason: boilerplateReason,
                                        sentenceIndexes: first..<first + count))
        }
        guard let sentenceCount = r.uint(), sentenceCount <= bytes.count else { return nil }
        var sentences: [Sentence] = []
        sentences.reserveCapacity(sentenceCount)
        for index in 0..<sentenceCount {
            guard let range = range(), let p = r.uint(), p < paragraphs.count else { return nil }
            sentences.append(Sentence(range: range, paragraphIndex: p, index: index))
        }
        for p in paragraphs where p.sentenceIndexes.upperBound > sentences.count { return nil }
        guard let headline = r.uint(), headline <= paragraphs.count,
              let date = r.optionalString(), let source = r.optionalString(), let hasConfidence = r.byte() else { return nil }
        var metadata = ArticleMetadata()
        if let date {
            guard let parsed = CalendarDate(iso: date) else { return nil }
            metadata.date = parsed
        }
        if let source {
            guard let parsed = DateSource(rawValue: source) else { return nil }
            metadata.dateSource = parsed
        }
        if hasConfidence == 1 {
            guard let c = r.double() else { return nil }
            metadata.dateConfidence = c
        }
        guard let outlet = r.optionalString(), let url = r.optionalString(), let title = r.optionalString(), r.atEnd
        else { return nil }
        metadata.outlet = outlet
        metadata.url = url
        metadata.title = title
        self.init(id: id, sourcePath: sourcePath, text: text, scalars: scalars, metadata: metadata,
                  paragraphs: paragraphs, sentences: sentences, headlineIndex: headline == 0 ? nil : headline - 1)
    }
}

extension CorpusLoader {
    /// The template lines of a corpus from its articles' `templateKeys`:
    /// keys that stand in several articles (three for a line of three
    /// words or more, since two outlets may run one agency story).
    package static func templateLines(keys: [[(key: String, words: Int)]]) -> Set<String> {
        guard keys.count >= 2 else { return [] }
        var owners: [String: (articles: Set<Int>, words: Int)] = [:]
        for (ai, list) in keys.enumerated() {
            for (key, words) in list { owners[key, default: ([], words)].articles.insert(ai) }
        }
        return Set(owners.filter { $0.value.articles.count >= ($0.value.words >= 3 ? 3 : 2) }.keys)
    }

    /// A fingerprint of a set of template lines (the archive keeps it with
    /// each structure made under it).
    package static func templateFingerprint(_ lines: Set<String>) -> String {
        var hash = FNV64()
        for line in lines.sorted() { hash.add(line) }
        return "\(lines.count)-\(hash.hex)"
    }

    /// An article loaded alone made again under a corpus's template lines,
    /// as `applyingTemplateLines` does (the same article when there are none).
    package static func remaking(_ a: Article, templateLines template: Set<String>) -> Article {
        guard !template.isEmpty else { return a }
        var metadata = a.metadata
        if metadata.dateSource == .dateline { metadata.date = nil; metadata.dateSource = nil; metadata.dateConfidence = nil }
        return makeArticle(text: a.text, id: a.id.rawValue, path: a.sourcePath, metadata: metadata,
                           templateLines: template).0
    }
}
