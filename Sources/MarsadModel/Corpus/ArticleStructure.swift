/// The structure of an article's text: paragraphs with their roles,
/// sentences, the headline and a dateline date.
///
/// Pipeline: lines (each non-empty line is a paragraph; blank lines separate
/// blocks) → front matter → line rules (`BoilerplateRules`) → structural
/// rules: banners and section labels above the headline, the headline,
/// the dateline, related lists after their heading, calls to action with
/// their block, duplicates, short trailing lines → subheadings → sentences.
struct ArticleStructure {
    var paragraphs: [Paragraph] = []
    var sentences: [Sentence] = []
    var headlineIndex: Int?
    var datelineDate: CalendarDate?

    /// Builds the structure. `frontMatterEnd` is the scalar offset where a
    /// front-matter block ends (0 when there is none); `knownTitle` is a
    /// title from metadata, so the line that repeats it is the headline.
    /// `templateLines` are keys (`templateKey`) of lines that stand in
    /// several articles of the corpus: a site's template, not its news.
    init(scalars: [Unicode.Scalar], frontMatterEnd: Int, knownTitle: String?, templateLines: Set<String> = []) {
        if frontMatterEnd > 0 {
            paragraphs.append(Paragraph(range: ScalarRange(start: 0, end: frontMatterEnd), role: .frontMatter,
                                        boilerplateReason: nil, sentenceIndexes: 0..<0))
        }
        let lines = Self.lines(scalars, frontMatterEnd: frontMatterEnd)
        let offset = paragraphs.count
        let facts = lines.map { BoilerplateRules.facts(scalars, $0.range) }
        var roles = [ParagraphRole](repeating: .body, count: lines.count)
        var reasons = [BoilerplateReason?](repeating: nil, count: lines.count)

        func mark(_ i: Int, _ reason: BoilerplateReason) {
            roles[i] = .boilerplate
            reasons[i] = reason
        }

        // Line rules.
        for i in lines.indices {
            if let reason = BoilerplateRules.classify(facts[i]) { mark(i, reason) }
        }
        if !templateLines.isEmpty {
            for i in lines.indices where roles[i] == .body {
                if let key = Self.templateKey(facts[i]), templateLines.contains(key) { mark(i, .sharedAcrossArticles) }
            }
        }
        // After a related-list heading, the short lines that follow are the list.
        for i in lines.indices where reasons[i] == .relatedList {
            var j = i + 1
            while j < lines.count, roles[j] == .body || roles[j] == .boilerplate,
                  facts[j].wordCount <= 16, !(facts[j].endsWithTerminator && facts[j].wordCount > 8) {
                if roles[j] == .body { mark(j, .relatedList) }
                j += 1
            }
        }
        // Duplicates of an earlier line (repeated captions, a repeated headline).
        if facts.allSatisfy(\.isPlain) {
            // The same, comparing scalars: on plain lines, as strings do.
            var seen: Set<BoilerplateRules.StrippedLine> = []
            for i in lines.indices {
                let key = BoilerplateRules.StrippedLine(facts[i])
                if key.scalars.isEmpty { continue }
                if seen.contains(key), roles[i] == .body { mark(i, .duplicate) }
                seen.insert(key)
            }
        } else {
            var seen: Set<String> = []
            for i in lines.indices {
                let key = BoilerplateRules.strip(facts[i].normalized)
                if key.isEmpty { continue }
                if seen.contains(key), roles[i] == .body { mark(i, .duplicate) }
                seen.insert(key)
            }
        }
        // The headline: the metadata title's line, else the first line that
        // is neither boilerplate nor a dateline and reads like a headline.
        let knownKey = knownTitle.map { BoilerplateRules.strip(ArabicNormalizer.normalize($0)) }
        var headline: Int?
        if let knownKey, !knownKey.isEmpty {
            let keyScalars = Array(knownKey.unicodeScalars)
            let keyIsPlain = keyScalars.allSatisfy(PlainScalars.isPlain)
            headline = lines.indices.prefix(8).first {
                guard roles[$0] == .body else { return false }
                if keyIsPlain && facts[$0].isPlain {
                    return BoilerplateRules.strip(facts[$0].normalizedScalars) == keyScalars
                }
                return BoilerplateRules.strip(facts[$0].normalized) == knownKey
            }
        }
        // Above the headline, site banners and section labels.
        let firstCandidate = lines.indices.first { i in
            roles[i] == .body && Dateline.parse(scalars, lines[i].range) == nil && !Self.isBanner(facts[i])
                && facts[i].wordCount >= 3
        }
        if knownTitle == nil, let c = firstCandidate, facts[c].wordCount <= 40,
           !(facts[c].endsWithTerminator && facts[c].wordCount > 25) {
            headline = c
        }
        let topEnd = headline ?? firstCandidate ?? 0
        for i in 0..<topEnd where roles[i] == .body {
            if Self.isBanner(facts[i]) {
                mark(i, .siteBanner)
            } else if facts[i].wordCount <= 4, !facts[i].endsWithTerminator {
                mark(i, .sectionLabel)
            }
        }
        if let headline { roles[headline] = .headline }
        // The dateline: a date line among the first lines.
        for i in lines.indices.prefix(12) where roles[i] == .body || roles[i] == .headline {
            guard roles[i] != .headline, let date = Dateline.parse(scalars, lines[i].range) else { continue }
            roles[i] = .dateline
            datelineDate = date
            break
        }
        // Short lines at the very end ("التعليقات", tags) are the page footer.
        var k = lines.count - 1
        while k >= 0, roles[k] == .body || roles[k] == .boilerplate, facts[k].wordCount <= 5,
              !facts[k].endsWithTerminator {
            if roles[k] == .body { mark(k, .footer) }
            k -= 1
        }
        // Short unpunctuated lines inside the body are subheadings.
        for i in lines.indices where roles[i] == .body && facts[i].wordCount <= 7 && !facts[i].endsWithTerminator {
            roles[i] = .subheading
        }

        for (i, line) in lines.enumerated() {
            let first = sentences.count
            for r in SentenceSplitter.split(scalars, range: line.range) {
                sentences.append(Sentence(range: r, paragraphIndex: offset + i, index: sentences.count))
            }
            paragraphs.append(Paragraph(range: line.range, role: roles[i], boilerplateReason: reasons[i],
                                        sentenceIndexes: first..<sentences.count))
        }
        headlineIndex = headline.map { $0 + offset }
    }

    /// The paragraph lines of a text after its front matter, each with
    /// its block (blank lines separate blocks).
    static func lines(_ scalars: [Unicode.Scalar], frontMatterEnd: Int) -> [(range: ScalarRange, block: Int)] {
        var lines: [(range: ScalarRange, block: Int)] = []
        var block = 0
        var previousBlank = true
        for line in TextLines.lines(scalars) {
            guard let line, line.start >= frontMatterEnd else {
                previousBlank = true
                continue
            }
            if previousBlank { block += 1 }
            previousBlank = false
            lines.append((line, block))
        }
        return lines
    }

    /// The key under which a short, unpunctuated line is compared across
    /// articles; nil for lines that read like news.
    static func templateKey(_ f: BoilerplateRules.LineFacts) -> String? {
        guard f.wordCount <= 8, !f.endsWithTerminator else { return nil }
        if f.isPlain {
            // The same string: on a plain line, `strip` keeps and drops the same scalars.
            let key = BoilerplateRules.strip(f.normalizedScalars)
            if key.isEmpty { return nil }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: key)
            return String(view)
        }
        let key = BoilerplateRules.strip(f.normalized)
        return key.isEmpty ? nil : key
    }

    /// `templateKey(facts(scalars, range))` with the line's word count,
    /// without the facts of a line that is too long or ends a sentence.
    static func templateKey(_ scalars: [Unicode.Scalar], _ range: ScalarRange) -> (key: String, words: Int)? {
        guard range.length <= BoilerplateRules.longLine, !BoilerplateRules.endsWithTerminator(scalars, range)
        else { return nil }
        var spans: [TokenSpan] = []
        scalars.withUnsafeBufferPointer { Tokenizer.scan($0, range: range.start..<range.end, into: &spans) }
        guard spans.lazy.filter({ $0.kind != .punctuation }).count <= 8 else { return nil }
        let f = BoilerplateRules.facts(scalars, range)
        return templateKey(f).map { ($0, f.wordCount) }
    }

    /// The template keys of a text's lines (`Article.templateKeys`).
    static func templateKeys(_ scalars: [Unicode.Scalar], frontMatterEnd: Int) -> [(key: String, words: Int)] {
        lines(scalars, frontMatterEnd: frontMatterEnd).compactMap { templateKey(scalars, $0.range) }
    }

    private static let bannerAddresses = ["www.", ".com", ".net", ".org"].map(BoilerplateRules.Phrase.init)
    private static let bannerSeparators = [" | ", " i ", " - ", " : ", " – "].map(BoilerplateRules.Phrase.init)

    /// "Lebanon News I ليبانون تابلويد : أخبار الساعة …": a site name in
    /// Latin letters with an Arabic tagline, or a line with a web address.
    static func isBanner(_ f: BoilerplateRules.LineFacts) -> Bool {
        if bannerAddresses.contains(where: { f.contains($0) }) { return true }
        let separated = bannerSeparators.contains(where: { f.contains($0) })
        return f.hasLatin && f.hasArabic && separated && f.wordCount <= 16
    }
}
