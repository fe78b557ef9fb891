import Foundation
import Synchronization

extension CorpusAnalysis {
    /// Resolves what a user typed to an actor of the analysis's catalog or
    /// of this corpus (names the catalog does not know, `auto:` ids; see
    /// `ActorResolver`), through `actorIndex`.
    ///
    /// Needs `.entities`: the corpus's actors can answer before the
    /// catalog does, or tie with it ("General" is both the UN General
    /// Assembly and Azerbaijan's prosecutor general in the seeds), so the
    /// catalog alone cannot settle a name.
    ///
    /// `analysis.resolveActor("باشنيان")` is `.found(PASHINYAN)`.
    public func resolveActor(_ name: String) -> ActorResolution {
        ActorResolver(index: actorIndex).resolve(name)
    }

    /// Every name of the catalog's and the corpus's actors, ranked by
    /// mentions (see `ActorIndex`): made on first use, once per analysis.
    public var actorIndex: ActorIndex { actorIndexCache.index(for: self) }
}

/// Holds an analysis's actor index, made on first use. A reference, so the
/// analysis stays a cheap value; a new one when its actors or mentions change.
final class ActorIndexCache: Sendable {
    private let built = Mutex<ActorIndex?>(nil)

    func index(for analysis: CorpusAnalysis) -> ActorIndex {
        built.withLock { value in
            if let value { return value }
            let made = ActorIndex(analysis)
            value = made
            return made
        }
    }
}
