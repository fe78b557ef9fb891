import Foundation

/// How often each normalized word form occurs in Arabic news, used to tell a
/// proclitic from a word that merely starts with the same letter.
///
/// The shipped table (`Resources/lexicon.tsv`) counts the word forms of the
/// ANERcorp training data (see README for attribution); `marsad-dev
/// build-lexicon` rebuilds it. A form that occurs more often bare than with
/// a letter in front ("أرمينيا" vs "وأرمينيا") makes that letter a clitic;
/// "وزير" is not "و" + "زير" because "زير" is unknown.
public struct Lexicon: Sendable {
    private var counts: [String: Int]

    public init(counts: [String: Int] = [:]) {
        self.counts = counts
    }

    /// Occurrences of a normalized form (0 when unknown).
    public func count(_ normalizedForm: String) -> Int { counts[normalizedForm] ?? 0 }

    public var isEmpty: Bool { counts.isEmpty }
    /// Every form with its count (for callers that index them their own way).
    package var forms: [String: Int] { counts }
    public var size: Int { counts.count }

    /// Adds occurrences (for user words such as actor names).
    public mutating func add(_ normalizedForm: String, count: Int = 1) {
        counts[normalizedForm, default: 0] += count
    }

    /// Counts of the normalized forms of `words`.
    public static func counting<S: Sequence>(_ words: S) -> Lexicon where S.Element == String {
        var counts: [String: Int] = [:]
        for word in words { counts[ArabicNormalizer.normalize(word), default: 0] += 1 }
        return Lexicon(counts: counts)
    }

    /// Parses `form<TAB>count` lines.
    public init(tsv: String) {
        var counts: [String: Int] = [:]
        for line in RecordLines.split(tsv) {
            let parts = line.split(separator: "\t")
            if parts.count == 2, let n = Int(parts[1]) { counts[String(parts[0])] = n }
        }
        self.counts = counts
    }

    /// `form<TAB>count` lines, most frequent first, keeping forms seen at
    /// least `minimumCount` times.
    public func tsv(minimumCount: Int) -> String {
        counts.filter { $0.value >= minimumCount }
            .sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .map { "\($0.key)\t\($0.value)\n" }
            .joined()
    }

    /// Where the shipped lexicon's file is (its bytes are part of the
    /// analysis version).
    package static var standardFileURL: URL? {
        Bundle.module.url(forResource: "lexicon", withExtension: "tsv", subdirectory: "Resources")
    }

    /// The lexicon shipped with the library.
    public static let standard: Lexicon = {
        guard let url = standardFileURL,
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return Lexicon() }
        return Lexicon(tsv: text)
    }()
}
