import Foundation
import MarsadModel

/// WikiFANE Gold (Alotaibi and Lee, COLING 2014) brought to ANERcorp's
/// conventions, as extra training data for the tagger.
///
/// As distributed: UTF-8 with a byte-order mark, CRLF, `token<TAB>tag` a
/// line, a line with neither between sentences, an invisible U+200E before
/// most tokens, proclitics and pronoun suffixes split off as tokens of
/// their own (`و مدن ها`), and 50 fine-grained classes. `read` strips the
/// marks, glues the clitics back on (`ومدنها`, one token as in ANERcorp,
/// the word's tag carried over) and maps each class to PER, ORG, LOC, MISC
/// or O (`Mapping`).
///
/// ```swift
/// let sentences = WikiFANE.read(text, mapping: WikiFANE.Mapping())
/// ```
public enum WikiFANE {
    /// How the fine classes become ANERcorp's four. The clear ones are
    /// fixed (people of every kind PER, organizations ORG, geopolitical
    /// entities and natural places LOC, nationality and other groups O, as
    /// ANERcorp tags "العرب" and "الفرنسيون"); facilities and celestial
    /// bodies, and products, vehicles and weapons, are settings.
    public struct Mapping: Sendable {
        /// Buildings, roads, airports, plants and celestial bodies: LOC, or O when false.
        public var facilitiesAsLocations = true
        /// Books, films, software, vehicles, weapons, food, drugs: MISC, or O when false.
        public var productsAsMisc = true

        public init(facilitiesAsLocations: Bool = true, productsAsMisc: Bool = true) {
            self.facilitiesAsLocations = facilitiesAsLocations
            self.productsAsMisc = productsAsMisc
        }

        /// ANERcorp's type of a fine class ("Politician" → "PER"); nil for O.
        public func type(of fine: some StringProtocol) -> String? {
            if WikiFANE.persons.contains(String(fine)) { return "PER" }
            if WikiFANE.organizations.contains(String(fine)) { return "ORG" }
            if WikiFANE.locations.contains(String(fine)) { return "LOC" }
            if WikiFANE.facilities.contains(String(fine)) { return facilitiesAsLocations ? "LOC" : nil }
            if WikiFANE.products.contains(String(fine)) { return productsAsMisc ? "MISC" : nil }
            return nil
        }
    }

    static let persons: Set<String> = ["Politician", "Religious_PER", "Artist", "Scientist", "Other_PER", "Athlete",
                                       "Businessperson", "Engineer", "Lawyer", "Police"]
    static let organizations: Set<String> = ["Government", "Commercial", "Educational", "Media", "Religious_ORG", "Sports",
                                             "Non-Governmental", "Entertainment", "Medical-Science"]
    static let locations: Set<String> = ["Nation", "Population-Center", "State-or-Province", "County-or-District",
                                         "GPE-Cluster", "Continent", "Water-Body", "Land-Region-Natural"]
    static let facilities: Set<String> = ["Building-Grounds", "Airport", "Path", "Subarea-Facility", "Plant", "Celestial"]
    static let products: Set<String> = ["Book", "Movie", "Sound", "Software", "Hardware", "Food", "Drug", "Air", "Land",
                                        "Water", "Blunt", "Exploding", "Nuclear", "Projectile", "Sharp", "Shooting",
                                        "Chemical", "Biological"]

    /// Proclitics the file splits off, glued to the next word.
    static let proclitics: Set<String> = ["و", "ف", "ب", "ل", "ك", "س", "ال"]
    /// Pronoun suffixes the file splits off, glued to the word before.
    static let suffixes: Set<String> = ["ه", "ها", "هم", "هما", "هن", "نا", "ي", "كم", "كما", "كن"]

    /// The sentences of the file's text, in ANERcorp's conventions.
    public static func read(_ text: String, mapping: Mapping) -> [TaggedSentence] {
        var sentences: [TaggedSentence] = []
        var tokens: [(token: String, tag: String)] = []
        func flush() {
            if !tokens.isEmpty { sentences.append(sentence(tokens, mapping: mapping)) }
            tokens.removeAll()
        }
        for line in RecordLines.split(text) {
            let cleaned = String(String.UnicodeScalarView(line.unicodeScalars.filter {
                $0 != "\u{FEFF}" && $0 != "\u{200E}" && $0 != "\u{200F}" && $0 != "\r"
            }))
            let fields = cleaned.split(separator: "\t", omittingEmptySubsequences: false)
            let token = fields.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            let tag = fields.count > 1 ? fields[1].trimmingCharacters(in: .whitespaces) : ""
            if token.isEmpty {
                if tag.isEmpty { flush() }
                continue
            }
            tokens.append((token, tag.isEmpty ? "O" : tag))
        }
        flush()
        return sentences
    }

    /// One sentence: clitics glued back on, classes mapped.
    static func sentence(_ tokens: [(token: String, tag: String)], mapping: Mapping) -> TaggedSentence {
        var words: [String] = [], tags: [String] = []
        var pending = ""
        var pendingTag: String?
        for (i, (token, tag)) in tokens.enumerated() {
            let nextIsWord = i + 1 < tokens.count && isArabicWord(tokens[i + 1].token)
            if proclitics.contains(token), nextIsWord {
                pending += token
                pendingTag = pendingTag ?? tag
                continue
            }
            if pending.isEmpty, suffixes.contains(token), let last = words.last, isArabicWord(last) {
                words[words.count - 1] += token
                continue
            }
            var merged = tag
            // An entity that starts on the clitic starts on the glued word.
            if let first = pendingTag, first.hasPrefix("B-"), tag == "I-" + first.dropFirst(2) { merged = first }
            words.append(pending + token)
            tags.append(merged)
            pending = ""
            pendingTag = nil
        }
        if !pending.isEmpty {
            words.append(pending)
            tags.append(pendingTag ?? "O")
        }
        var coarse: [Int] = []
        for tag in tags {
            guard tag.count > 2, let type = mapping.type(of: tag.dropFirst(2)) else {
                coarse.append(0)
                continue
            }
            coarse.append(NERTags.index(String(tag.prefix(2)) + type))
        }
        return TaggedSentence(tokens: words, tags: coarse)
    }

    static func isArabicWord(_ token: String) -> Bool {
        guard let first = token.unicodeScalars.first else { return false }
        return (0x0621...0x064A).contains(first.value) || (0x0671...0x06D3).contains(first.value)
    }

    /// The development split: of every ten consecutive blocks of 50
    /// sentences, the last; training gets the rest, of which `share` (0…1)
    /// of the blocks, spread evenly.
    public static func split(_ sentences: [TaggedSentence], share: Double = 1, blockSize: Int = 50)
        -> (train: [TaggedSentence], dev: [TaggedSentence]) {
        var train: [TaggedSentence] = [], dev: [TaggedSentence] = []
        var trainingBlock = 0
        for start in stride(from: 0, to: sentences.count, by: blockSize) {
            let block = Array(sentences[start..<min(start + blockSize, sentences.count)])
            if (start / blockSize) % 10 == 9 {
                dev += block
                continue
            }
            if (Double(trainingBlock + 1) * share).rounded(.down) > (Double(trainingBlock) * share).rounded(.down) {
                train += block
            }
            trainingBlock += 1
        }
        return (train, dev)
    }
}
