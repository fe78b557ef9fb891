/// Rules that recognize the furniture of news sites in a single line.
///
/// They look at what a line says and how it is built (length, counters,
/// credits, links), never at a particular site: "اقرأ أيضا: …", "التعليقات
/// (0)", "مشاهدة :45926", "خبر عاجل", "اضغط هنا", "… - جيتي", "(Getty Images)".
/// Structural rules that need the whole article (banners above the
/// headline, section labels, related lists, duplicates) live in
/// `ArticleStructure`. The phrases are data:
/// `Resources/words/boilerplate.tsv`.
enum BoilerplateRules {
    struct LineFacts {
        let normalized: String
        let words: [String]
        let hasLatin: Bool
        let hasArabic: Bool
        let endsWithTerminator: Bool
        /// Number of words (for a very long line, a lower bound above every
        /// threshold the rules use).
        let wordCount: Int
    }

    /// Lines longer than this are running text: only their start is read.
    static let longLine = 1500

    static func facts(_ scalars: [Unicode.Scalar], _ range: ScalarRange) -> LineFacts {
        let isLong = range.length > longLine
        let read = isLong ? ScalarRange(start: range.start, end: range.start + 300) : range
        let tokens = Tokenizer.tokenize(scalars, range: read.start..<read.end)
        let words = tokens.filter { $0.kind == .arabicWord || $0.kind == .latinWord || $0.kind == .number }
        let last = scalars[range.end - 1]
        let lastContent = scalars[max(range.start, range.end - 8)..<range.end].last { !SentenceSplitter.isClosing($0) } ?? last
        return LineFacts(
            normalized: ArabicNormalizer.normalize(scalars.string(in: read)),
            words: words.map(\.normalized),
            hasLatin: tokens.contains { $0.kind == .latinWord },
            hasArabic: tokens.contains { $0.kind == .arabicWord },
            endsWithTerminator: SentenceSplitter.isTerminator(lastContent),
            wordCount: isLong ? max(words.count, 100) : words.count
        )
    }

    private static let readAlsoOpeners = WordLists.boilerplate.words("read-also-opener")
    private static let callsToAction = WordLists.boilerplate.words("call-to-action")
    private static let listHeadings: Set<String> = WordLists.boilerplate.set("list-heading")
    private static let photoCredits = WordLists.boilerplate.words("photo-credit")
    private static let breakingBanners: Set<String> = WordLists.boilerplate.set("breaking-banner")
    private static let copyrightMarks = WordLists.boilerplate.words("copyright")
    private static let commentCounters: Set<String> = WordLists.boilerplate.set("comment-counter")
    private static let viewWords: Set<String> = WordLists.boilerplate.set("view-word")
    private static let bylineOpeners = WordLists.boilerplate.words("byline-opener")
    private static let captionOpeners = WordLists.boilerplate.words("caption-opener")

    /// The boilerplate reason this line shows on its own, if any.
    static func classify(_ f: LineFacts) -> BoilerplateReason? {
        let n = f.normalized
        let short = f.wordCount <= 12
        if readAlsoOpeners.contains(where: { n.hasPrefix($0) }) { return .readAlso }
        if short, callsToAction.contains(where: { n.contains($0) }) { return .callToAction }
        if breakingBanners.contains(n) { return .breakingBanner }
        if f.wordCount <= 3, isCommentCounter(n) { return .commentCounter }
        if f.wordCount <= 14, isViewCounter(f) { return .viewCounter }
        if copyrightMarks.contains(where: { n.contains($0) }) {
            return .copyright
        }
        if f.wordCount <= 3, n.contains("http") || n.contains("www.") || (n.contains("@") && n.contains(".")) {
            return .link
        }
        if isByline(f) { return .byline }
        if isCaption(f) { return .caption }
        if f.wordCount <= 5, listHeadings.contains(strip(n)) { return .relatedList }
        return nil
    }

    /// "التعليقات (0)", "3 تعليقات", "comments".
    private static func isCommentCounter(_ n: String) -> Bool {
        let bare = strip(n).filter { !$0.isNumber }.trimming(" ")
        return commentCounters.contains(bare)
    }

    /// "مشاهدة :45926 …", "1.2K views".
    private static func isViewCounter(_ f: LineFacts) -> Bool {
        let hasNumber = f.words.contains { $0.first?.isNumber == true }
        return hasNumber && f.words.contains { viewWords.contains($0) }
    }

    /// "| وكالات", "المصدر: رويترز", "بقلم: …" as a line of its own.
    private static func isByline(_ f: LineFacts) -> Bool {
        let n = f.normalized.trimming(" ")
        if f.wordCount <= 4, n.hasPrefix("|") || n.hasPrefix("-") || n.hasPrefix("—") { return true }
        if f.wordCount <= 4, bylineOpeners.contains(where: { strip(n).hasPrefix($0) }) {
            return true
        }
        return false
    }

    /// A line that ends with a photo credit: "… - جيتي", "… (Getty Images)".
    private static func isCaption(_ f: LineFacts) -> Bool {
        guard f.wordCount <= 30, !f.endsWithTerminator || f.normalized.hasSuffix(")") else { return false }
        let n = f.normalized.trimming(" ")
        for credit in photoCredits {
            for opener in ["- ", "-", "– ", "(", "/ ", "/", "| "] {
                let tail = opener + credit
                if n.hasSuffix(tail) || n.hasSuffix(tail + ")") { return n.count > tail.count + 3 }
            }
        }
        if captionOpeners.contains(where: { n.hasPrefix($0) }) { return true }
        return false
    }

    /// Drops punctuation and spaces around the words.
    static func strip(_ n: String) -> String {
        let kept = n.unicodeScalars.map { s -> Character in
            let c = CharClass.of(s)
            return c == .arabicLetter || c == .otherLetter || c == .digit || c == .mark ? Character(s) : " "
        }
        return String(kept).split(separator: " ").joined(separator: " ")
    }
}

extension String {
    func trimming(_ set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }
}
