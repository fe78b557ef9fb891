import Foundation
import MarsadTUI

/// A `Terminal` that plays a script of input events and keeps what the
/// loop drew, so a whole reader session runs in a unit test (bubbletea's
/// teatest, for the `Runtime`).
///
/// ```swift
/// let terminal = ScriptedTerminal(size: ScreenSize(columns: 120, rows: 40), script: [
///     .waitFor("the analysis") { !$0.line(39).contains("analysing") },
///     .key(.character("]")),
///     .type("بوتين"),
///     .key(.character("q")),
/// ])
/// _ = Runtime.run(corpus: corpus, options: options, terminal: terminal) { _, _ in analysis }
/// terminal.lastFrame    // the screen when the session ended
/// terminal.problems     // [] when the script ran as written
/// ```
///
/// Events are handed out one a read, as typed: one to each read that waits
/// (the loop draws between two keys), none to a read that does not (a
/// timeout of 0: the loop asking what else is already pending). Pasted
/// keys (`paste`, `keysAtOnce`) are all pending at once: a read that does
/// not wait gets them too, as from a real terminal. A `waitFor` step holds the script
/// until a frame drawn since satisfies it (the analysis runs on another
/// thread). Should the loop wait on input that will never come (a `waitFor`
/// that can no longer hold, the script used up with the session still
/// running), the terminal notes a problem and sends Esc and q until the
/// session ends, so a broken script fails instead of hanging.
public final class ScriptedTerminal: Terminal {
    public enum Step: Sendable {
        case key(Key)
        /// Each character as a key, as a terminal delivers typed text.
        case type(String)
        /// Each character as a key, all at once, as a terminal delivers
        /// pasted text (the loop reads them without waiting).
        case paste(String)
        /// Keys all at once (typed faster than the loop draws).
        case keysAtOnce([Key])
        case mouse(MouseEvent)
        /// The window changes size (the next frames have the new size).
        case resize(ScreenSize)
        /// Holds the script until a frame satisfies `condition`.
        case waitFor(String, @Sendable (Buffer) -> Bool)
    }

    public private(set) var size: ScreenSize
    public let hasColors: Bool
    /// Every frame drawn, in order.
    public private(set) var frames: [Buffer] = []
    public var lastFrame: Buffer? { frames.last }
    /// How many times `restore` was called.
    public private(set) var restoreCount = 0
    /// What went wrong with the script, if anything.
    public private(set) var problems: [String] = []
    /// Steps not yet played.
    public var remainingSteps: Int { steps.count - next }

    /// The script, typed text and pastes one key a step; `atOnce`: the key
    /// is pending with the one before it.
    private var steps: [(step: Step, atOnce: Bool)]
    /// The first step not yet played (a paste is 100,000 steps: no removeFirst).
    private var next = 0
    private var waitStartedAt: Date?
    private var framesAtWaitStart = 0
    private var rescueCount = 0
    private let waitTimeout: TimeInterval

    /// `waitTimeout`: how long a `waitFor` may hold the script while the
    /// loop is polling (a debug build analyses the seeds in seconds).
    public init(size: ScreenSize, hasColors: Bool = false, waitTimeout: TimeInterval = 60, script: [Step]) {
        self.size = size
        self.hasColors = hasColors
        self.waitTimeout = waitTimeout
        // Typed and pasted text becomes one key step a character.
        steps = script.flatMap { step -> [(step: Step, atOnce: Bool)] in
            switch step {
            case .type(let text): return text.map { (.key(.character($0)), false) }
            case .paste(let text): return text.enumerated().map { (.key(.character($1)), $0 > 0) }
            case .keysAtOnce(let keys): return keys.enumerated().map { (.key($1), $0 > 0) }
            default: return [(step, false)]
            }
        }
    }

    public func draw(_ buffer: Buffer) {
        if buffer.columns != size.columns || buffer.rows != size.rows {
            problems.append("frame \(frames.count) is \(buffer.columns)×\(buffer.rows), the terminal \(size.columns)×\(size.rows)")
        }
        frames.append(buffer)
    }

    public func restore() { restoreCount += 1 }

    public func readEvent(timeoutMilliseconds: Int32) -> InputEvent? {
        // Not waiting: only the rest of a paste is already there.
        if timeoutMilliseconds == 0 {
            guard next < steps.count, steps[next].atOnce else { return nil }
        }
        while next < steps.count {
            let step = steps[next].step
            switch step {
            case .key(let key):
                next += 1
                return .key(key)
            case .mouse(let mouse):
                next += 1
                return .mouse(mouse)
            case .resize(let newSize):
                next += 1
                size = newSize
                return .resize(newSize)
            case .type, .paste, .keysAtOnce:
                next += 1  // expanded in init
            case .waitFor(let what, let condition):
                if waitStartedAt == nil {
                    waitStartedAt = Date()
                    // The frame the loop drew just before this read counts.
                    framesAtWaitStart = max(0, frames.count - 1)
                }
                if frames[framesAtWaitStart...].contains(where: condition) {
                    next += 1
                    waitStartedAt = nil
                    continue
                }
                // Negative: the loop sleeps until input comes, so nothing will change.
                if timeoutMilliseconds < 0 || Date().timeIntervalSince(waitStartedAt!) > waitTimeout {
                    problems.append("waited for \(what), but the screen never showed it")
                    next = steps.count
                    return rescue()
                }
                // As a real terminal would: no input for the whole timeout.
                framesAtWaitStart = frames.count
                Thread.sleep(forTimeInterval: Double(timeoutMilliseconds) / 1000)
                return nil
            }
        }
        return rescue()
    }

    /// Esc closes whatever is open, then q quits; after that, give up.
    private func rescue() -> InputEvent? {
        rescueCount += 1
        if rescueCount == 1, next == steps.count, problems.isEmpty {
            problems.append("the script is played out and the session still runs")
        }
        if rescueCount > 20 { fatalError("ScriptedTerminal: the session does not end on Esc and q") }
        return .key(rescueCount % 2 == 1 ? .escape : .character("q"))
    }
}
