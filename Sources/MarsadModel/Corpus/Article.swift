/// What a paragraph of an article is.
public enum ParagraphRole: String, Codable, Sendable {
    /// The article's headline.
    case headline
    /// A line that gives the publication date ("الأربعاء ١٤ سبتمبر ٢٠٢٢").
    case dateline
    /// A heading inside the body ("دعوات لضبط النفس").
    case subheading
    /// Running text of the article: what analysis and the timeline read.
    case body
    /// Site furniture: banners, section labels, "اقرأ أيضا", counters,
    /// related-video lists, captions. Shown dimmed, never analysed.
    case boilerplate
    /// A front-matter block at the top of a `.txt` file.
    case frontMatter
}

/// Why a paragraph was marked as boilerplate.
package enum BoilerplateReason: String, Codable, Sendable {
    case siteBanner, sectionLabel, byline, callToAction, readAlso, relatedList, viewCounter
    case commentCounter, breakingBanner, caption, duplicate, sharedAcrossArticles, copyright, link, footer
}

/// A sentence of a paragraph.
public struct Sentence: Hashable, Sendable {
    /// Scalar range in the article's text, without surrounding spaces.
    public var range: ScalarRange
    /// Index of the paragraph in `Article.paragraphs`.
    public var paragraphIndex: Int
    /// Index of the sentence in `Article.sentences`.
    public var index: Int
}

/// A paragraph: a non-empty line of the text (or a block of front matter).
public struct Paragraph: Hashable, Sendable {
    /// Scalar range in the article's text, without surrounding spaces.
    public var range: ScalarRange
    public var role: ParagraphRole
    /// Set when `role == .boilerplate`.
    package var boilerplateReason: BoilerplateReason?
    /// Indexes into `Article.sentences`.
    package var sentenceIndexes: Range<Int>

    /// True for text that analysis and the timeline must not read.
    public var isBoilerplate: Bool { role == .boilerplate || role == .frontMatter }
}

/// Where an article's publication date came from.
public enum DateSource: String, Codable, Sendable {
    /// `date:` in the file's front matter.
    case frontMatter
    /// The `date` field of a JSON Lines record.
    case jsonl
    /// The folder's `metadata.tsv`.
    case metadataFile
    /// A dateline in the first lines of the text.
    case dateline
    /// Inferred from the text (a weekday with a day and month).
    case inferred
}

/// What is known about an article besides its text.
public struct ArticleMetadata: Hashable, Sendable {
    public var date: CalendarDate?
    public var dateSource: DateSource?
    /// How sure an inferred date is, 0...1 (1 for dates that were stated).
    public var dateConfidence: Double?
    public var outlet: String?
    public var url: String?
    /// A title given outside the text (front matter, JSON Lines).
    public var title: String?

    public init(date: CalendarDate? = nil, dateSource: DateSource? = nil, dateConfidence: Double? = nil,
                outlet: String? = nil, url: String? = nil, title: String? = nil) {
        self.date = date
        self.dateSource = dateSource
        self.dateConfidence = dateConfidence
        self.outlet = outlet
        self.url = url
        self.title = title
    }
}

/// One news article: its text, its structure and what is known about it.
///
/// Offsets (`ScalarRange`) count Unicode scalars of `text`, which is the
/// file's text without a byte-order mark (for JSON Lines, the `text` field).
public struct Article: Sendable, Identifiable {
    /// The document name: the file name relative to the folder given, or
    /// `file.jsonl:LINE` for a record of a JSON Lines file.
    public var id: ArticleID
    /// The path the article was read from.
    public var sourcePath: String
    public var text: String
    /// `text` as Unicode scalars, which all offsets index.
    public var scalars: [Unicode.Scalar]
    public var metadata: ArticleMetadata
    public var paragraphs: [Paragraph]
    public var sentences: [Sentence]
    /// The headline paragraph, when the headline is part of the text.
    public var headlineIndex: Int?

    /// The article's headline: the metadata title, else the headline
    /// paragraph, else the first body sentence.
    public var title: String {
        if let title = metadata.title, !title.isEmpty { return title }
        if let i = headlineIndex { return scalars.string(in: paragraphs[i].range) }
        if let first = sentences.first(where: { !paragraphs[$0.paragraphIndex].isBoilerplate }) {
            return scalars.string(in: first.range)
        }
        return ""
    }

    /// The text of a range of this article.
    public func text(in range: ScalarRange) -> String { scalars.string(in: range) }

    /// The paragraph that contains a scalar offset.
    public func paragraphIndex(containing offset: Int) -> Int? {
        var lo = 0, hi = paragraphs.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = paragraphs[mid].range
            if offset < r.start { hi = mid - 1 } else if offset >= r.end { lo = mid + 1 } else { return mid }
        }
        return nil
    }

    /// True when `range` lies in boilerplate (or outside every paragraph).
    public func isBoilerplate(_ range: ScalarRange) -> Bool {
        guard let i = paragraphIndex(containing: range.start) else { return true }
        return paragraphs[i].isBoilerplate
    }

    /// Paragraphs that analysis reads: headline, subheadings and body.
    var analysedParagraphs: [Paragraph] { paragraphs.filter { !$0.isBoilerplate && $0.role != .dateline } }

    /// Sentences of the body (the timeline's material).
    public var bodySentences: [Sentence] {
        sentences.filter { paragraphs[$0.paragraphIndex].role == .body }
    }

    /// Number of words in headline, subheadings and body.
    public var wordCount: Int {
        analysedParagraphs.reduce(0) { total, p in
            total + Tokenizer.spans(scalars, range: p.range.start..<p.range.end)
                .filter { $0.kind == .arabicWord || $0.kind == .latinWord }.count
        }
    }
}
