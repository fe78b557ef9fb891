/// An article read once for every analyser: its tokens, and where each
/// paragraph and sentence starts and ends among them.
///
/// The entity tagger, the time tagger and the timeline all read these
/// spans instead of tokenizing the text again (each did its own pass
/// before). Spans are offsets only; `tokens(_:)` gives a range of them
/// with their text and normalized form for the analysers that compare
/// words as strings.
///
/// ```swift
/// let doc = AnalyzedArticle(article)
/// doc.tokens(doc.sentenceSpans[0]).map(\.text)   // the first sentence's words
/// ```
/// Complexity: one pass over the paragraphs' scalars.
public struct AnalyzedArticle: Sendable {
    /// The article; the analysis may set an inferred publication date on
    /// it (`PublicationDateInference`), which changes no token.
    public internal(set) var article: Article
    /// Tokens of every paragraph in text order; offsets in `article.scalars`.
    public let spans: [TokenSpan]
    /// Indexes into `spans` of each paragraph, by `article.paragraphs` index.
    public let paragraphSpans: [Range<Int>]
    /// Indexes into `spans` of each sentence, by `article.sentences` index:
    /// the tokens inside the sentence's range.
    public let sentenceSpans: [Range<Int>]

    public init(_ article: Article) {
        self.article = article
        var spans: [TokenSpan] = []
        spans.reserveCapacity(article.scalars.count / 5)
        var paragraphSpans: [Range<Int>] = []
        paragraphSpans.reserveCapacity(article.paragraphs.count)
        article.scalars.withUnsafeBufferPointer { scalars in
            for paragraph in article.paragraphs {
                let first = spans.count
                Tokenizer.scan(scalars, range: paragraph.range.start..<paragraph.range.end, into: &spans)
                paragraphSpans.append(first..<spans.count)
            }
        }
        var sentenceSpans: [Range<Int>] = []
        sentenceSpans.reserveCapacity(article.sentences.count)
        // Sentences are in text order: one cursor walks each paragraph once.
        var paragraph = -1
        var cursor = 0
        for sentence in article.sentences {
            let within = paragraphSpans[sentence.paragraphIndex]
            if sentence.paragraphIndex != paragraph {
                paragraph = sentence.paragraphIndex
                cursor = within.lowerBound
            }
            var lower = cursor
            while lower < within.upperBound, spans[lower].start < sentence.range.start { lower += 1 }
            var upper = lower
            while upper < within.upperBound, spans[upper].end <= sentence.range.end { upper += 1 }
            sentenceSpans.append(lower..<upper)
            cursor = upper
        }
        self.spans = spans
        self.paragraphSpans = paragraphSpans
        self.sentenceSpans = sentenceSpans
    }

    /// The tokens of paragraph `p` cut at its sentences' ends, so that every
    /// token is in exactly one piece (a stray quote before the first
    /// sentence joins it; whatever follows the last sentence joins that).
    /// The entity tagger reads these: the same sentences as the timeline.
    public func sentencePieces(ofParagraph p: Int) -> [Range<Int>] {
        let all = paragraphSpans[p]
        var pieces: [Range<Int>] = []
        var start = all.lowerBound
        for s in article.paragraphs[p].sentenceIndexes.dropLast() {
            let end = sentenceSpans[s].upperBound
            if end > start {
                pieces.append(start..<end)
                start = end
            }
        }
        if all.upperBound > start { pieces.append(start..<all.upperBound) }
        return pieces
    }

    /// The tokens of `spans[range]`, with their text and normalized form.
    public func tokens(_ range: Range<Int>) -> [Token] {
        spans[range].map { Tokenizer.token($0, in: article.scalars) }
    }
}
