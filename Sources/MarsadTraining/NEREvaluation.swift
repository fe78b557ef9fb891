import Foundation
import MarsadModel

/// Entity-level scores as CoNLL's conlleval counts them: an entity is
/// right when its tokens and its type are exactly right.
public struct NEREvaluation: Sendable {
    public struct Counts: Sendable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }

        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

        static func + (l: Counts, r: Counts) -> Counts {
            Counts(truePositives: l.truePositives + r.truePositives, falsePositives: l.falsePositives + r.falsePositives,
                   falseNegatives: l.falseNegatives + r.falseNegatives)
        }
    }

    public var byType: [EntityType: Counts] = [:]
    public var tokens = 0
    public var correctTokens = 0

    public init() {}

    /// Adds one sentence's gold and predicted tags (indexes into `NERTags.names`).
    public mutating func add(gold: [Int], predicted: [Int]) {
        precondition(gold.count == predicted.count)
        tokens += gold.count
        correctTokens += zip(gold, predicted).filter { $0 == $1 }.count
        let g = NERTags.spans(gold), p = NERTags.spans(predicted)
        var goldSet: Set<[Int]> = []
        for s in g { goldSet.insert([s.start, s.end, NERTags.begin(s.type)]) }
        var predictedSet: Set<[Int]> = []
        for s in p { predictedSet.insert([s.start, s.end, NERTags.begin(s.type)]) }
        for s in g {
            let hit = predictedSet.contains([s.start, s.end, NERTags.begin(s.type)])
            if hit { byType[s.type, default: Counts()].truePositives += 1 } else { byType[s.type, default: Counts()].falseNegatives += 1 }
        }
        for s in p where !goldSet.contains([s.start, s.end, NERTags.begin(s.type)]) {
            byType[s.type, default: Counts()].falsePositives += 1
        }
    }

    /// Adds another evaluation's counts (pooling folds).
    public mutating func merge(_ other: NEREvaluation) {
        for (type, counts) in other.byType { byType[type] = (byType[type] ?? Counts()) + counts }
        tokens += other.tokens
        correctTokens += other.correctTokens
    }

    /// Micro-averaged counts over some types.
    public func total(_ types: [EntityType]) -> Counts {
        types.reduce(Counts()) { $0 + (byType[$1] ?? Counts()) }
    }

    /// A conlleval-style report: one line per type, then PER/ORG/LOC and all.
    public var report: String {
        func line(_ name: String, _ c: Counts) -> String {
            let gold = c.truePositives + c.falseNegatives, found = c.truePositives + c.falsePositives
            return name.padding(toLength: 12, withPad: " ", startingAt: 0)
                + String(format: "precision %6.2f%%  recall %6.2f%%  F1 %6.2f   (gold %d, found %d, correct %d)",
                         c.precision * 100, c.recall * 100, c.f1 * 100, gold, found, c.truePositives)
        }
        var lines = [String(format: "tokens %d, token accuracy %.2f%%", tokens,
                            tokens == 0 ? 0 : Double(correctTokens) * 100 / Double(tokens))]
        for type in [EntityType.person, .organization, .location, .misc] {
            lines.append(line(type.rawValue, byType[type] ?? Counts()))
        }
        lines.append(line("PER+ORG+LOC", total([.person, .organization, .location])))
        lines.append(line("all", total(EntityType.allCases)))
        return lines.joined(separator: "\n")
    }
}
