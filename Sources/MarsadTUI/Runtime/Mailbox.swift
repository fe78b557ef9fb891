import Foundation

/// Actions posted from other threads (the analysis) to the run loop.
final class Mailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var actions: [Action] = []

    /// Posts actions together, so the loop sees all of them in one take.
    func post(_ batch: [Action]) {
        lock.lock()
        actions.append(contentsOf: batch)
        lock.unlock()
    }

    func take() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        let taken = actions
        actions = []
        return taken
    }
}

/// The analysis's fraction done, written by the worker thread and read by
/// the run loop.
final class ProgressBox: @unchecked Sendable {
    private let lock = NSLock()
    private var fraction: Double?

    func set(_ value: Double) {
        lock.lock()
        fraction = value
        lock.unlock()
    }

    func get() -> Double? {
        lock.lock()
        defer { lock.unlock() }
        return fraction
    }
}
