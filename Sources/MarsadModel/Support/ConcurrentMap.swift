import Foundation

/// `(0..<count).map(transform)` on every core, in order: for work whose
/// items are independent (building articles, their template-line keys).
///
/// ```swift
/// let articles = concurrentMap(records.count) { i in make(records[i]) }
/// ```
/// Items are handed out in small chunks from a shared counter, so a few
/// long articles do not hold one thread while the others idle.
package func concurrentMap<T>(_ count: Int, workers: Int = CorpusAnalysis.defaultWorkers,
                              _ transform: (Int) -> T) -> [T] {
    concurrentMap(count, workers: workers) { _, i in transform(i) }
}

/// The same, telling `transform` which of the `workers` threads runs it
/// (0..<workers, one thread each), for state a thread keeps from item to
/// item.
package func concurrentMap<T>(_ count: Int, workers: Int, _ transform: (_ worker: Int, _ item: Int) -> T) -> [T] {
    guard count > 1, workers > 1 else { return (0..<count).map { transform(0, $0) } }
    let results = UnsafeMutablePointer<T>.allocate(capacity: count)
    defer {
        results.deinitialize(count: count)
        results.deallocate()
    }
    let counter = ChunkCounter()
    let chunk = max(1, min(64, count / (workers * 8)))
    withoutActuallyEscaping(transform) { transform in
        let box = UncheckedBox(transform: transform, results: results)
        DispatchQueue.concurrentPerform(iterations: min(workers, count)) { worker in
            while true {
                let start = counter.take(chunk)
                guard start < count else { return }
                for i in start..<min(start + chunk, count) { (box.results + i).initialize(to: box.transform(worker, i)) }
            }
        }
    }
    return Array(UnsafeBufferPointer(start: results, count: count))
}

private struct UncheckedBox<T>: @unchecked Sendable {
    let transform: (Int, Int) -> T
    let results: UnsafeMutablePointer<T>
}

/// The next unclaimed item, shared by the threads.
private final class ChunkCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(_ n: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        let start = next
        next += n
        return start
    }
}
