import Transliteration

/// Consonant skeletons that let an English or other Latin spelling of a
/// name meet its Arabic spelling: "Hadi" and هادي are both `hd`, "Saleh"
/// and صالح `slh`, "Ocalan" and أوجلان `kln`.
///
/// The Arabic side goes through ICU's `Arabic-Latin; Latin-ASCII`, letter
/// by letter (هادي → "h a d y", أوجلان → "a w j l a n"), after two Arabic
/// steps: a word-final ة is dropped (فاطمة is "Fatima", not "Fatimat") and
/// so is a word's article (الحوثي is "Houthi"). Both sides
/// are then reduced by the same rules, on lower-case ASCII:
///
/// | rule | why | example |
/// |---|---|---|
/// | vowels a e i o u and w y are dropped | Arabic writes long vowels as ا و ي and no short ones; English writes both | hady, Hadi → hd |
/// | ʿ ʾ ' and other non-letters are dropped | ع and ء have no English letter | ʿbd, Abd → bd |
/// | kh gh q c k g j → k | خ غ ق ك ج, and English c/k/q, Egyptian g for ج, Turkish c for ج | awjlan, Ocalan → kln |
/// | th → t, dh → d, ph → f | ث ذ as English writes them | ʿthman, Othman → tmn |
/// | p → b, v → f, x → ks | Arabic has no p or v | Pashinyan, باشينيان → bsnn |
/// | sh and ch → s | ش, French ch | shykh, Cheikh → sk |
/// | z stays z; d, t, s stay | ض ط ص are d t s already | |
/// | a repeated letter counts once | no shadda in Arabic text; English doubles | Mohammed, محمد → mhmd |
///
/// A name's skeleton is its words' skeletons run together, so "Abdullah"
/// meets عبد الله and "Abd Rabbo" عبدربه. A query's standalone "al", "el"
/// or "ul" before another word is dropped ("al-Houthi" → `ht`).
///
/// Skeletons are coarse on purpose: two names may share one (هادي and
/// هدى are both `hd`). They are the weakest tier of a look-up, and a query
/// that meets several actors lists them.
package enum LatinSkeleton {
    /// Skeleton of each word of an Arabic name (empty words left out).
    ///
    /// `words(arabic: "عبد ربه منصور هادي")` is `["bd", "rbh", "mnsr", "hd"]`.
    package static func words(arabic name: String) -> [String] {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map { word -> String in
            var w = String(word)
            if w.hasSuffix("ة") { w.removeLast() }
            w = ArabicNormalizer.normalize(w)
            return w.hasPrefix("ال") && w.count > 3 ? String(w.dropFirst(2)) : w
        }
        return words.map(arabicWord).filter { !$0.isEmpty }
    }

    /// One normalized Arabic word, transformed letter by letter (ICU
    /// writes ت + ح as "th", which must not read as ث).
    private static func arabicWord(_ word: String) -> String {
        let spaced = word.unicodeScalars.map { String($0) }.joined(separator: "-")
        let letters = Transliterator.arabicToLatin.transform(spaced).split(separator: "-")
        return collapse(letters.map { reduce(String($0)) }.joined())
    }

    /// Skeleton of each word of a Latin query, or nil when it holds no
    /// Latin letter or holds an Arabic one (then it is no Latin query).
    ///
    /// `words(latin: "Abdullah Ocalan")` is `["bdlh", "kln"]`.
    package static func words(latin query: String) -> [String]? {
        guard isLatin(query) else { return nil }
        let ascii = Transliterator.latinToASCII.transform(query).lowercased()
        var words = ascii.split(whereSeparator: { !$0.isLetter }).map(String.init)
        while words.count > 1, ["al", "el", "ul"].contains(words[0]) { words.removeFirst() }
        var i = 1
        while i < words.count - 1 {
            if ["al", "el", "ul"].contains(words[i]) { words.remove(at: i) } else { i += 1 }
        }
        return words.map(reduce).filter { !$0.isEmpty }
    }

    /// Words run together, a repeated letter across the join counted once.
    package static func joined(_ words: [String]) -> String { collapse(words.joined()) }

    /// True when the text has a Latin letter and no Arabic one.
    package static func isLatin(_ text: String) -> Bool {
        var latin = false
        for s in text.unicodeScalars {
            if (0x0600...0x06FF).contains(s.value) || (0xFB50...0xFEFF).contains(s.value) { return false }
            if s.properties.isAlphabetic, s.value < 0x0250 || (0x1E00...0x1EFF).contains(s.value) { latin = true }
        }
        return latin
    }

    /// The reduction of the table above, on one word of Latin letters.
    static func reduce(_ word: String) -> String {
        let letters = Array(word.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) })
        var out = String.UnicodeScalarView()
        var i = 0
        while i < letters.count {
            let c = letters[i]
            let next = i + 1 < letters.count ? letters[i + 1] : nil
            if next == "h" {
                let digraph: Unicode.Scalar? = switch c {
                case "k", "g": "k"
                case "t": "t"
                case "d": "d"
                case "p": "f"
                case "s", "c": "s"
                default: nil
                }
                if let digraph {
                    out.append(digraph)
                    i += 2
                    continue
                }
            }
            switch c {
            case "a", "e", "i", "o", "u", "w", "y": break
            case "q", "c", "k", "g", "j": out.append("k")
            case "p": out.append("b")
            case "v": out.append("f")
            case "x": out.append("k"); out.append("s")
            default: out.append(c)
            }
            i += 1
        }
        return collapse(String(out))
    }

    /// A letter repeated next to itself counts once ("mhmmd" → "mhmd").
    private static func collapse(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars where out.last != s { out.append(s) }
        return String(out)
    }
}
