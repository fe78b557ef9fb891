import Foundation

/// Hierarchical word clusters learned from unlabeled text: a binary tree
/// of classes grown top-down, each level refined by the exchange
/// algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998) on the
/// class-bigram likelihood that Brown clustering maximizes.
///
/// Brown clustering merges bottom-up, O(V·C²) for V words and C classes;
/// on two shared cores and 4 million words that is hours. This grows the
/// same kind of tree in the other direction: every class of level L is cut
/// in two (its words dealt alternately, in frequency order), and words
/// then move between the two halves, one at a time, whenever the move
/// raises the likelihood of the whole corpus under the class-bigram model
/// of level L + 1. A word's path of left/right choices is its bit string,
/// as in Brown clusters, and prefixes of it are coarser classes. Each pass
/// over the vocabulary costs O(distinct bigrams), so depth 12 (4,096
/// leaves) takes seconds per level.
///
/// The objective, up to a constant: Σ N(c,d)·log N(c,d) − Σ N(c,·)·log N(c,·)
/// − Σ N(·,d)·log N(·,d) over class bigram counts N. Tokens outside the
/// vocabulary (and text boundaries) form one fixed class that never moves.
/// Deterministic: no random choice anywhere; the same corpus gives the same
/// tree.
///
/// ```swift
/// var clustering = ExchangeClustering()
/// clustering.depth = 12
/// let paths = clustering.cluster(corpus, vocabularySize: 30_000)  // word id → 12-bit path
/// ```
public struct ExchangeClustering: Sendable {
    /// Levels of the tree: every word ends with a path of this many bits.
    public var depth = 12
    /// Passes over the vocabulary per level, at most.
    public var iterations = 12
    /// A level stops early once a pass moves fewer than this share of the words.
    public var minimumMoveShare = 0.001

    public init() {}

    /// Paths of words `0..<vocabularySize` (in frequency order, most
    /// frequent first), the first bit the most significant of `depth`.
    /// `corpus` holds word ids, with -1 for any other token or a boundary.
    public func cluster(_ corpus: [Int32], vocabularySize: Int, log: (String) -> Void = { _ in }) -> [UInt32] {
        let graph = BigramGraph(corpus, vocabularySize: vocabularySize)
        log("\(vocabularySize) words, \(graph.distinctBigrams) distinct bigrams")
        var classes = [Int32](repeating: 0, count: vocabularySize)
        for level in 1...depth {
            let k = 1 << level
            var dealt = [Int](repeating: 0, count: k / 2)
            for w in 0..<vocabularySize {
                let parent = Int(classes[w])
                classes[w] = Int32(2 * parent + dealt[parent] % 2)
                dealt[parent] += 1
            }
            var state = LevelState(graph: graph, classes: classes, classCount: k)
            for pass in 1...iterations {
                let moves = state.exchangePass()
                log("level \(level): pass \(pass), \(moves) words moved")
                if Double(moves) < minimumMoveShare * Double(vocabularySize) { break }
            }
            classes = state.classes
        }
        return classes.map { UInt32($0) }
    }
}

/// Bigram counts of a corpus as adjacency lists per word: right
/// neighbours, left neighbours (the fixed class's id is the vocabulary
/// size), and each word's bigrams with itself apart.
struct BigramGraph {
    let vocabularySize: Int
    var rightStart: [Int] = [0], right: [Int32] = [], rightCount: [Int32] = []
    var leftStart: [Int] = [0], left: [Int32] = [], leftCount: [Int32] = []
    var selfCount: [Int32]
    /// Bigrams with the word first, and with the word second.
    var asFirst: [Int], asSecond: [Int]
    var distinctBigrams = 0

    init(_ corpus: [Int32], vocabularySize v: Int) {
        vocabularySize = v
        var counts: [UInt64: Int32] = [:]
        for i in 1..<max(corpus.count, 1) {
            let a = corpus[i - 1] < 0 ? v : Int(corpus[i - 1]), b = corpus[i] < 0 ? v : Int(corpus[i])
            if a == v && b == v { continue }
            counts[UInt64(a) << 32 | UInt64(b), default: 0] += 1
        }
        distinctBigrams = counts.count
        selfCount = [Int32](repeating: 0, count: v)
        asFirst = [Int](repeating: 0, count: v)
        asSecond = [Int](repeating: 0, count: v)
        // Sorted, so the lists (and the order moves are tried in) are the same on every run.
        let pairs = counts.sorted { $0.key < $1.key }
        var byFirst = [[(Int32, Int32)]](repeating: [], count: v)
        var bySecond = [[(Int32, Int32)]](repeating: [], count: v)
        for (key, count) in pairs {
            let a = Int(key >> 32), b = Int(key & 0xFFFF_FFFF)
            if a < v { asFirst[a] += Int(count) }
            if b < v { asSecond[b] += Int(count) }
            if a == b { selfCount[a] = count; continue }
            if a < v { byFirst[a].append((Int32(b), count)) }
            if b < v { bySecond[b].append((Int32(a), count)) }
        }
        for w in 0..<v {
            for (n, c) in byFirst[w] { right.append(n); rightCount.append(c) }
            rightStart.append(right.count)
            for (n, c) in bySecond[w] { left.append(n); leftCount.append(c) }
            leftStart.append(left.count)
        }
    }
}

/// Class bigram counts of one level and the exchange moves on them.
struct LevelState {
    let graph: BigramGraph
    var classes: [Int32]
    /// Classes `0..<k` and the fixed class `k`; `n` is row-major, `width` wide.
    let width: Int
    var n: [Int32]
    var rowTotal: [Int], columnTotal: [Int]
    // Scratch: a word's right and left neighbours summed by class.
    private var rightByClass: [Int32], leftByClass: [Int32]
    private var rightTouched: [Int] = [], leftTouched: [Int] = []

    init(graph: BigramGraph, classes: [Int32], classCount k: Int) {
        self.graph = graph
        self.classes = classes
        width = k + 1
        n = [Int32](repeating: 0, count: width * width)
        rowTotal = [Int](repeating: 0, count: width)
        columnTotal = [Int](repeating: 0, count: width)
        rightByClass = [Int32](repeating: 0, count: width)
        leftByClass = [Int32](repeating: 0, count: width)
        let fixed = k
        func classOf(_ id: Int32) -> Int { Int(id) == graph.vocabularySize ? fixed : Int(classes[Int(id)]) }
        for w in 0..<graph.vocabularySize {
            let c = Int(classes[w])
            n[c * width + c] += graph.selfCount[w]
            for e in graph.rightStart[w]..<graph.rightStart[w + 1] {
                n[c * width + classOf(graph.right[e])] += graph.rightCount[e]
            }
            // Bigrams from the fixed class: the only ones no word's right list holds.
            for e in graph.leftStart[w]..<graph.leftStart[w + 1] where Int(graph.left[e]) == graph.vocabularySize {
                n[fixed * width + c] += graph.leftCount[e]
            }
        }
        for c in 0..<width {
            for d in 0..<width {
                rowTotal[c] += Int(n[c * width + d])
                columnTotal[d] += Int(n[c * width + d])
            }
        }
    }

    @inline(__always)
    private static func xlogx(_ x: Int) -> Double { x > 0 ? Double(x) * log(Double(x)) : 0 }

    /// One pass over the vocabulary, most frequent word first: each word
    /// moves to its sibling class when that raises the likelihood.
    /// Returns the number of words moved.
    mutating func exchangePass() -> Int {
        var moves = 0
        for w in 0..<graph.vocabularySize {
            let a = Int(classes[w]), b = a ^ 1
            gather(w)
            let before = localObjective(a, b)
            move(w, from: a, to: b)
            if localObjective(a, b) > before + 1e-9 {
                classes[w] = Int32(b)
                moves += 1
            } else {
                move(w, from: b, to: a)
            }
            for d in rightTouched { rightByClass[d] = 0 }
            for c in leftTouched { leftByClass[c] = 0 }
        }
        return moves
    }

    /// Sums word `w`'s neighbours (itself left out) by their classes.
    private mutating func gather(_ w: Int) {
        rightTouched.removeAll(keepingCapacity: true)
        leftTouched.removeAll(keepingCapacity: true)
        let fixed = width - 1
        for e in graph.rightStart[w]..<graph.rightStart[w + 1] {
            let id = Int(graph.right[e])
            let d = id == graph.vocabularySize ? fixed : Int(classes[id])
            if rightByClass[d] == 0 { rightTouched.append(d) }
            rightByClass[d] += graph.rightCount[e]
        }
        for e in graph.leftStart[w]..<graph.leftStart[w + 1] {
            let id = Int(graph.left[e])
            let c = id == graph.vocabularySize ? fixed : Int(classes[id])
            if leftByClass[c] == 0 { leftTouched.append(c) }
            leftByClass[c] += graph.leftCount[e]
        }
    }

    /// The terms of the objective that moving a word between `a` and `b`
    /// can change (rows and columns a and b where the word has neighbours).
    private func localObjective(_ a: Int, _ b: Int) -> Double {
        var s = 0.0
        for d in rightTouched where d != a && d != b {
            s += Self.xlogx(Int(n[a * width + d])) + Self.xlogx(Int(n[b * width + d]))
        }
        for c in leftTouched where c != a && c != b {
            s += Self.xlogx(Int(n[c * width + a])) + Self.xlogx(Int(n[c * width + b]))
        }
        s += Self.xlogx(Int(n[a * width + a])) + Self.xlogx(Int(n[a * width + b]))
            + Self.xlogx(Int(n[b * width + a])) + Self.xlogx(Int(n[b * width + b]))
        return s - Self.xlogx(rowTotal[a]) - Self.xlogx(rowTotal[b]) - Self.xlogx(columnTotal[a]) - Self.xlogx(columnTotal[b])
    }

    /// Moves word `w`'s bigrams from class `a` to class `b` (after `gather(w)`).
    private mutating func move(_ w: Int, from a: Int, to b: Int) {
        for d in rightTouched {
            n[a * width + d] -= rightByClass[d]
            n[b * width + d] += rightByClass[d]
        }
        for c in leftTouched {
            n[c * width + a] -= leftByClass[c]
            n[c * width + b] += leftByClass[c]
        }
        let own = graph.selfCount[w]
        n[a * width + a] -= own
        n[b * width + b] += own
        rowTotal[a] -= graph.asFirst[w]
        rowTotal[b] += graph.asFirst[w]
        columnTotal[a] -= graph.asSecond[w]
        columnTotal[b] += graph.asSecond[w]
    }
}
