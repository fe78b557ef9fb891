import MarsadModel
import TerminalText

/// One row of the reader: laid-out cells and the article text they show.
public struct ReaderLine: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case metadata, title, text, blank }

    /// Cells in display order, padded to the document's width (right-to-left
    /// lines are right-aligned).
    public var cells: [Cell]
    /// Scalar offsets of the article this line shows (nil for the metadata,
    /// a title given outside the text, and blank lines).
    public var articleScalars: Range<Int>?
    public var kind: Kind
    public var paragraphIndex: Int?

    public static let blank = ReaderLine(cells: [], articleScalars: nil, kind: .blank, paragraphIndex: nil)
}

/// An article laid out for the reader at one width: its lines, and the
/// mentions it highlights (in text order, for `e`/`E`).
///
/// Rebuilt when the article, the width, the filter or the analysis change;
/// scrolling and highlighting only read it.
public struct ReaderDocument: Hashable, Sendable {
    public var articleIndex: Int
    public var width: Int
    public var lines: [ReaderLine]
    /// Highlighted mentions (the filter's actor only, when filtering).
    public var mentions: [Mention]

    /// Lays an article out at `width` cells.
    public static func build(article: Article, articleIndex: Int, analysis: CorpusAnalysis?, filter: ActorFilter?,
                             width: Int, mode: BidiMode) -> ReaderDocument {
        let width = max(1, width)
        var lines: [ReaderLine] = []

        var meta: [String] = []
        if let date = article.metadata.date { meta.append(date.iso) }
        if let outlet = article.metadata.outlet, !outlet.isEmpty { meta.append(outlet) }
        meta.append(article.id.rawValue)
        let metaLine = TextLayout.singleLine(meta.joined(separator: " · "), maxWidth: width,
                                             direction: .auto, mode: mode)
        lines.append(ReaderLine(cells: metaLine.aligned(to: width), articleScalars: nil, kind: .metadata, paragraphIndex: nil))

        // A title given outside the text (front matter, JSON Lines) is shown
        // above it; a headline that is part of the text is shown in place.
        if article.headlineIndex == nil, let title = article.metadata.title, !title.isEmpty {
            let spans = [StyleSpan(range: 0..<title.unicodeScalars.count, style: TextRole.headline.rawValue)]
            for line in TextLayout.layout(title, spans: spans, options: LayoutOptions(width: width, mode: mode)) {
                lines.append(ReaderLine(cells: line.aligned(to: width), articleScalars: nil, kind: .title, paragraphIndex: nil))
            }
        }
        lines.append(.blank)

        let allMentions = analysis?.mentionsByArticle[article.id] ?? []
        let mentions = allMentions.filter { m in
            if let filter { return filter.query.covers(m.actorID) && !m.isNisba }
            return !m.isNisba
        }.sorted { $0.range < $1.range }
        let times = analysis?.timesByArticle[article.id] ?? []

        var spans: [StyleSpan] = []
        spans.reserveCapacity(mentions.count + times.count + article.paragraphs.count)
        for m in mentions {
            var role = TextRole.entity(m.type)
            if filter != nil { role.insert(.filteredActor) }
            spans.append(StyleSpan(range: m.range.start..<m.range.end, style: role.rawValue))
        }
        for t in times { spans.append(StyleSpan(range: t.range.start..<t.range.end, style: TextRole.time.rawValue)) }
        spans.sort { $0.range.lowerBound < $1.range.lowerBound }

        var spanCursor = 0
        for (pi, paragraph) in article.paragraphs.enumerated() {
            let range = paragraph.range.start..<paragraph.range.end
            var paragraphSpans: [StyleSpan] = []
            switch paragraph.role {
            case .headline: paragraphSpans.append(StyleSpan(range: range, style: TextRole.headline.rawValue))
            case .subheading: paragraphSpans.append(StyleSpan(range: range, style: TextRole.subheading.rawValue))
            case .boilerplate, .frontMatter: paragraphSpans.append(StyleSpan(range: range, style: TextRole.boilerplate.rawValue))
            case .body, .dateline: break
            }
            while spanCursor < spans.count, spans[spanCursor].range.upperBound <= range.lowerBound { spanCursor += 1 }
            var k = spanCursor
            while k < spans.count, spans[k].range.lowerBound < range.upperBound {
                let s = spans[k]
                let clipped = max(s.range.lowerBound, range.lowerBound)..<min(s.range.upperBound, range.upperBound)
                if !clipped.isEmpty { paragraphSpans.append(StyleSpan(range: clipped, style: s.style)) }
                k += 1
            }
            let text = article.text(in: paragraph.range)
            let laidOut = TextLayout.layout(text, baseOffset: range.lowerBound, spans: paragraphSpans,
                                            options: LayoutOptions(width: width, mode: mode))
            for line in laidOut {
                lines.append(ReaderLine(cells: line.aligned(to: width), articleScalars: line.logicalRange,
                                        kind: .text, paragraphIndex: pi))
            }
            lines.append(.blank)
        }
        return ReaderDocument(articleIndex: articleIndex, width: width, lines: lines, mentions: mentions)
    }

    /// The first line showing a scalar offset of the article (or the
    /// nearest line after it).
    public func line(showing offset: Int) -> Int? {
        var best: Int?
        for (i, line) in lines.enumerated() {
            guard let r = line.articleScalars else { continue }
            if r.contains(offset) { return i }
            if best == nil, r.lowerBound > offset { best = i }
        }
        return best
    }
}
