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
    /// A phrase of the word lists, as text and as scalars.
    struct Phrase {
        let text: String
        let scalars: [Unicode.Scalar]
        /// Every scalar is plain (`PlainScalars`), and there is one.
        let isPlain: Bool

        init(_ text: String) {
            self.text = text
            scalars = Array(text.unicodeScalars)
            isPlain = !scalars.isEmpty && scalars.allSatisfy(PlainScalars.isPlain)
        }
    }

    struct LineFacts {
        /// The normalized line (for a very long line, its start), as scalars.
        let normalizedScalars: [Unicode.Scalar]
        /// Every scalar of `normalizedScalars` is plain, so comparing
        /// scalars gives `String`'s answers (`PlainScalars`).
        let isPlain: Bool
        /// The line's scalars and, for a line of at most 14 words (the
        /// rules read the words of no others), its tokens; else none.
        let source: [Unicode.Scalar]
        let spans: [TokenSpan]
        let hasLatin: Bool
        let hasArabic: Bool
        let endsWithTerminator: Bool
        /// Number of words (for a very long line, a lower bound above every
        /// threshold the rules use).
        let wordCount: Int

        /// The normalized words (`Token.normalized`), for a line of at most
        /// 14 words; empty otherwise.
        var words: [String] {
            spans.filter { $0.kind != .punctuation }.map { Tokenizer.token($0, in: source).normalized }
        }

        /// `words.contains { $0.first?.isNumber == true }`, for a plain
        /// line without making the words: on plain text a word's first
        /// character is the first scalar of its normalized form.
        var hasWordStartingWithNumber: Bool {
            guard isPlain else { return words.contains { $0.first?.isNumber == true } }
            var first: [Unicode.Scalar] = []
            return spans.contains { span in
                guard span.kind != .punctuation else { return false }
                first.removeAll(keepingCapacity: true)
                for i in span.start..<span.end where first.isEmpty { ArabicNormalizer.fold(source[i], into: &first) }
                return first.first.map { Character($0).isNumber } ?? false
            }
        }

        /// The normalized line as a string.
        var normalized: String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: normalizedScalars)
            return String(view)
        }

        /// `normalized.contains(p.text)`.
        func contains(_ p: Phrase) -> Bool {
            guard isPlain && p.isPlain else { return normalized.contains(p.text) }
            return normalizedScalars.withUnsafeBufferPointer { BoilerplateRules.find(p.scalars, in: $0) }
        }

        /// `normalized.hasPrefix(p.text)`.
        func hasPrefix(_ p: Phrase) -> Bool {
            guard isPlain && p.isPlain else { return normalized.hasPrefix(p.text) }
            return normalizedScalars.starts(with: p.scalars)
        }

        /// `normalized.hasSuffix(p.text)`.
        func hasSuffix(_ p: Phrase) -> Bool {
            guard isPlain && p.isPlain else { return normalized.hasSuffix(p.text) }
            return normalizedScalars.reversed().starts(with: p.scalars.reversed())
        }

        /// `normalized == p.text`.
        func equals(_ p: Phrase) -> Bool {
            guard isPlain && p.isPlain else { return normalized == p.text }
            return normalizedScalars == p.scalars
        }
    }

    /// Lines longer than this are running text: only their start is read.
    static let longLine = 1500

    static func facts(_ scalars: [Unicode.Scalar], _ range: ScalarRange) -> LineFacts {
        let isLong = range.length > longLine
        let read = readRange(range)
        var spans: [TokenSpan] = []
        scalars.withUnsafeBufferPointer { Tokenizer.scan($0, range: read.start..<read.end, into: &spans) }
        var words = 0
        var hasLatin = false
        var hasArabic = false
        for span in spans {
            switch span.kind {
            case .arabicWord: words += 1; hasArabic = true
            case .latinWord: words += 1; hasLatin = true
            case .number: words += 1
            case .punctuation: break
            }
        }
        let wordCount = isLong ? max(words, 100) : words
        var normalized: [Unicode.Scalar] = []
        normalized.reserveCapacity(read.length)
        for i in read.start..<read.end { ArabicNormalizer.fold(scalars[i], into: &normalized) }
        return LineFacts(
            normalizedScalars: normalized,
            isPlain: PlainScalars.all(normalized),
            source: scalars,
            spans: wordCount <= 14 ? spans : [],
            hasLatin: hasLatin,
            hasArabic: hasArabic,
            endsWithTerminator: endsWithTerminator(scalars, range),
            wordCount: wordCount
        )
    }

    /// The part of a line that `facts` reads.
    static func readRange(_ range: ScalarRange) -> ScalarRange {
        range.length > longLine ? ScalarRange(start: range.start, end: range.start + 300) : range
    }

    /// The line ends with a sentence terminator, before closing quotes and brackets.
    static func endsWithTerminator(_ scalars: [Unicode.Scalar], _ range: ScalarRange) -> Bool {
        let last = scalars[range.end - 1]
        let lastContent = scalars[max(range.start, range.end - 8)..<range.end].last { !SentenceSplitter.isClosing($0) } ?? last
        return SentenceSplitter.isTerminator(lastContent)
    }

    /// Whether `needle` stands in `haystack`, scalar for scalar.
    static func find(_ needle: [Unicode.Scalar], in haystack: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    private static func phrases(_ className: String) -> [Phrase] {
        WordLists.boilerplate.words(className).map(Phrase.init)
    }

    private static let readAlsoOpeners = phrases("read-also-opener")
    private static let callsToAction = phrases("call-to-action")
    private static let listHeadings: Set<String> = WordLists.boilerplate.set("list-heading")
    private static let photoCredits = WordLists.boilerplate.words("photo-credit")
    /// Distinct, as the set they are.
    private static let breakingBanners = WordLists.boilerplate.set("breaking-banner").map(Phrase.init)
    private static let copyrightMarks = phrases("copyright")
    private static let commentCounters: Set<String> = WordLists.boilerplate.set("comment-counter")
    private static let viewWords: Set<String> = WordLists.boilerplate.set("view-word")
    private static let bylineOpeners = WordLists.boilerplate.words("byline-opener")
    private static let captionOpeners = WordLists.boilerplate.words("caption-opener")
    private static let closingBracket = Phrase(")")

    /// The boilerplate reason this line shows on its own, if any.
    static func classify(_ f: LineFacts) -> BoilerplateReason? {
        let short = f.wordCount <= 12
        // The rules of the shortest lines read the normalized line as a string.
        let n = f.wordCount <= 5 ? f.normalized : ""
        if readAlsoOpeners.contains(where: { f.hasPrefix($0) }) { return .readAlso }
        if short, callsToAction.contains(where: { f.contains($0) }) { return .callToAction }
        if breakingBanners.contains(where: { f.equals($0) }) { return .breakingBanner }
        if f.wordCount <= 3, isCommentCounter(n) { return .commentCounter }
        if f.wordCount <= 14, isViewCounter(f) { return .viewCounter }
        if copyrightMarks.contains(where: { f.contains($0) }) {
            return .copyright
        }
        if f.wordCount <= 3, n.contains("http") || n.contains("www.") || (n.contains("@") && n.contains(".")) {
            return .link
        }
        if isByline(f, n) { return .byline }
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
        f.hasWordStartingWithNumber && f.words.contains { viewWords.contains($0) }
    }

    /// "| وكالات", "المصدر: رويترز", "بقلم: …" as a line of its own.
    private static func isByline(_ f: LineFacts, _ normalized: String) -> Bool {
        guard f.wordCount <= 4 else { return false }
        let n = normalized.trimming(" ")
        if n.hasPrefix("|") || n.hasPrefix("-") || n.hasPrefix("—") { return true }
        if f.isPlain && bylineOpenersArePlain {
            // `strip(n)` once, as scalars: trimming drops only spaces, which strip drops too.
            let stripped = strip(f.normalizedScalars)
            return bylineOpenerScalars.contains { stripped.starts(with: $0) }
        }
        if bylineOpeners.contains(where: { strip(n).hasPrefix($0) }) {
            return true
        }
        return false
    }

    private static let bylineOpenerScalars = bylineOpeners.map { Array($0.unicodeScalars) }
    private static let bylineOpenersArePlain = bylineOpenerScalars.allSatisfy { !$0.isEmpty && PlainScalars.all($0) }

    private static let captionOpenersBeforeCredit = ["- ", "-", "– ", "(", "/ ", "/", "| "]
    /// Each credit after each opener, bare and in brackets, in the order
    /// `isCaption` tries them.
    private static let captionTails: [(tail: [Unicode.Scalar], closed: [Unicode.Scalar])] =
        photoCredits.flatMap { credit in
            captionOpenersBeforeCredit.map { opener in
                let tail = Array((opener + credit).unicodeScalars)
                return (tail, tail + [")"])
            }
        }
    private static let captionOpenerScalars = captionOpeners.map { Array($0.unicodeScalars) }
    /// The caption phrases compare as scalars with a plain line.
    private static let captionPhrasesArePlain = (captionTails.map(\.closed) + captionOpenerScalars)
        .allSatisfy { !$0.isEmpty && $0.allSatisfy(PlainScalars.isPlain) }

    /// A line that ends with a photo credit: "… - جيتي", "… (Getty Images)".
    private static func isCaption(_ f: LineFacts) -> Bool {
        guard f.wordCount <= 30, !f.endsWithTerminator || f.hasSuffix(closingBracket) else { return false }
        if f.isPlain && captionPhrasesArePlain {
            // The same tests on scalars: on plain text a scalar is a character.
            var n = f.normalizedScalars[...]
            while n.first == " " { n = n.dropFirst() }
            while n.last == " " { n = n.dropLast() }
            for (tail, closed) in captionTails {
                if n.reversed().starts(with: tail.reversed()) || n.reversed().starts(with: closed.reversed()) {
                    return n.count > tail.count + 3
                }
            }
            return captionOpenerScalars.contains { n.starts(with: $0) }
        }
        let n = f.normalized.trimming(" ")
        for credit in photoCredits {
            for opener in captionOpenersBeforeCredit {
                let tail = opener + credit
                if n.hasSuffix(tail) || n.hasSuffix(tail + ")") { return n.count > tail.count + 3 }
            }
        }
        if captionOpeners.contains(where: { n.hasPrefix($0) }) { return true }
        return false
    }

    /// A plain line's `strip` as a set member: its scalars, hashed once.
    struct StrippedLine: Hashable {
        let scalars: [Unicode.Scalar]
        let hash: Int

        init(_ line: LineFacts) {
            scalars = BoilerplateRules.strip(line.normalizedScalars)
            var h: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
            for s in scalars { h = (h ^ UInt64(s.value)) &* 0x100_0000_01b3 }
            hash = Int(truncatingIfNeeded: h)
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
        static func == (a: StrippedLine, b: StrippedLine) -> Bool { a.hash == b.hash && a.scalars == b.scalars }
    }

    /// `strip` of a plain line (`LineFacts.isPlain`), as scalars: the words
    /// (runs of letters, digits and marks) joined by one space.
    static func strip(_ n: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(n.count)
        var pendingSpace = false
        let table = CharClass.table
        for s in n {
            let c = s.value < 0x10000 ? table[Int(s.value)] : CharClass.classify(s)
            if c == .arabicLetter || c == .otherLetter || c == .digit || c == .mark {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(s)
            } else {
                pendingSpace = true
            }
        }
        return out
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
