/// The timeline's groups as a cache keeps them between runs, and how the
/// next corpus uses them: the same articles take them as they are; a
/// corpus that only adds articles keeps every group and compares only the
/// pairs with a new event; anything else is grouped again from scratch.
///
/// Grouping weighs each content word by its inverse document frequency
/// over the *base*: the events grouped from scratch last time. Articles
/// added since then are grouped against the old ones with those weights,
/// so their old links never move; once the events added since the last
/// full grouping reach `regroupShare` of the base, the next build groups
/// everything from scratch again (the base grows by a quarter each time,
/// so the total cost of the full groupings stays linear in the archive).
///
/// ```swift
/// let plan = stored.plan(articleKeys: keys, eventCounts: counts)
/// // .reuse: same corpus · .incremental: articles added · .full: otherwise
/// ```
public struct StoredGrouping: Hashable, Sendable {
    /// `TimelineBuilder.groupingVersion` when the groups were made.
    public var version: Int
    /// Each article's events key (`ArticleEvents.key`), in corpus order.
    public var articleKeys: [String]
    /// How many events each article has.
    public var eventCounts: [Int]
    /// Whether each article's events set the word weights (were grouped
    /// from scratch) or were added incrementally since.
    public var base: [Bool]
    /// Each event's group root: the index of one event of its group, in
    /// the order of the articles' events.
    public var roots: [Int]

    /// A share of new events above which a corpus is grouped from scratch.
    public static let regroupShare = 0.25

    public init(version: Int = TimelineBuilder.groupingVersion, articleKeys: [String], eventCounts: [Int],
                base: [Bool], roots: [Int]) {
        self.version = version
        self.articleKeys = articleKeys
        self.eventCounts = eventCounts
        self.base = base
        self.roots = roots
    }

    /// What the next build does with these groups.
    public enum Plan: Hashable, Sendable {
        /// The same articles: the groups as they are; `base`, which
        /// articles' events set the weights.
        case reuse(roots: [Int], base: [Bool])
        /// Articles added: old events keep their roots (-1 for a new
        /// event); `base` as for `reuse` (false for the new articles).
        case incremental(roots: [Int], base: [Bool])
        /// Group from scratch.
        case full
    }

    /// How a corpus whose articles have events keys `articleKeys` (with
    /// `eventCounts` events each) uses these groups. Complexity: O(*n*)
    /// in articles and events.
    public func plan(articleKeys keys: [String], eventCounts counts: [Int],
                     regroupShare: Double = StoredGrouping.regroupShare) -> Plan {
        guard isConsistent, version == TimelineBuilder.groupingVersion, keys.count == counts.count else { return .full }
        if keys == articleKeys && counts == eventCounts {
            return .reuse(roots: roots, base: base)
        }
        var current: [String: Int] = [:]
        current.reserveCapacity(keys.count)
        for (i, key) in keys.enumerated() where current.updateValue(i, forKey: key) != nil { return .full }
        var start = [Int](repeating: 0, count: counts.count + 1)
        for (i, c) in counts.enumerated() { start[i + 1] = start[i] + c }
        // Where each kept event stands now.
        var position = [Int](repeating: 0, count: roots.count)
        var storedStart = 0
        var newBase = [Bool](repeating: false, count: counts.count)
        var baseEvents = 0
        for (i, key) in articleKeys.enumerated() {
            guard let c = current[key], counts[c] == eventCounts[i] else { return .full }
            for k in 0..<eventCounts[i] { position[storedStart + k] = start[c] + k }
            newBase[c] = base[i]
            if base[i] { baseEvents += eventCounts[i] }
            storedStart += eventCounts[i]
        }
        var newRoots = [Int](repeating: -1, count: start[counts.count])
        for (e, r) in roots.enumerated() { newRoots[position[e]] = position[r] }
        let added = newRoots.lazy.filter { $0 < 0 }.count
        guard baseEvents > 0, Double(added) <= regroupShare * Double(baseEvents) else { return .full }
        return .incremental(roots: newRoots, base: newBase)
    }

    /// One root an event, each root its own root, one flag and count an article.
    private var isConsistent: Bool {
        articleKeys.count == eventCounts.count && base.count == eventCounts.count
            && eventCounts.allSatisfy { $0 >= 0 } && eventCounts.reduce(0, +) == roots.count
            && roots.allSatisfy { $0 >= 0 && $0 < roots.count && roots[$0] == $0 }
    }
}

extension StoredGrouping {
    /// The groups as bytes for a cache.
    public func encoded() -> [UInt8] {
        var w = ByteWriter()
        w.uint(version)
        w.uint(articleKeys.count)
        for (i, key) in articleKeys.enumerated() {
            w.string(key)
            w.uint(eventCounts[i])
            w.byte(base[i] ? 1 : 0)
        }
        w.uint(roots.count)
        for r in roots { w.uint(r) }
        return w.bytes
    }

    /// Groups a cache kept; nil when the bytes are not such a record.
    public init?(decoding bytes: [UInt8]) {
        var r = ByteReader(bytes)
        guard let version = r.uint(), let n = r.uint(), n <= bytes.count else { return nil }
        var keys: [String] = [], counts: [Int] = [], base: [Bool] = []
        keys.reserveCapacity(n)
        for _ in 0..<n {
            guard let key = r.string(), let count = r.uint(), let flag = r.byte(), flag <= 1 else { return nil }
            keys.append(key)
            counts.append(count)
            base.append(flag == 1)
        }
        guard let m = r.uint(), m <= bytes.count else { return nil }
        var roots: [Int] = []
        roots.reserveCapacity(m)
        for _ in 0..<m {
            guard let root = r.uint() else { return nil }
            roots.append(root)
        }
        guard r.atEnd else { return nil }
        self.init(version: version, articleKeys: keys, eventCounts: counts, base: base, roots: roots)
    }
}
