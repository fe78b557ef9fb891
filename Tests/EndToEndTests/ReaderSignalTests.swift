import Foundation
import MarsadTestSupport
import XCTest

/// Ctrl-\ (SIGQUIT) and the crash signals, real or sent with kill: the
/// reader gives the terminal back, cooked, and dies of the signal at once
/// (issue 16), instead of running on with the tty left raw, or waiting at
/// Swift's crash reporter's "Press space to interact…".
final class ReaderSignalTests: XCTestCase {
    /// The reader on the seeds, its first screen drawn.
    func startReader(environment: [String: String] = [:]) throws -> TmuxSession {
        let session = try TmuxSession(arguments: ["read", MarsadBinary.seeds], environment: environment)
        addTeardownBlock { session.stop() }
        let (ok, screen) = try session.waitFor { $0.contains("Articles") }
        XCTAssertTrue(ok, screen)
        return session
    }

    /// The tty after the reader is the one before it, in cooked mode, and
    /// the reader's screen is gone.
    func assertTerminalBack(_ session: TmuxSession, _ what: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let after = session.file("stty-after")
        let settings = Set(after.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" }).map(String.init))
        for flag in ["icanon", "echo", "icrnl", "onlcr", "isig"] {
            XCTAssertTrue(settings.contains(flag), "\(what): \(flag) is off after the reader:\n\(after)", file: file, line: line)
        }
        XCTAssertEqual(session.file("stty-before"), after, "\(what): the tty settings are back", file: file, line: line)
        let (restored, screen) = try session.waitFor(timeout: 5) { !$0.contains(" Articles 5 articles") }
        XCTAssertTrue(restored, "\(what): the reader's screen is still up:\n\(screen)", file: file, line: line)
    }

    /// Sends `signal` with kill and checks the reader died of it within a
    /// few seconds, the terminal back.
    func assertKillEndsTheReader(_ signal: Int32, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let session = try startReader()
        guard let pid = try session.marsadPID() else { return XCTFail("\(name): marsad's pid not found", file: file, line: line) }
        let sent = Date()
        XCTAssertEqual(kill(pid, signal), 0, file: file, line: line)
        let status = session.exitStatus(timeout: 5)
        XCTAssertEqual(status, 128 + signal, "\(name): the reader did not die of the signal within 5 s (after \(Date().timeIntervalSince(sent)) s); stderr: \(session.file("stderr"))",
                       file: file, line: line)
        guard status != nil else { return }
        try assertTerminalBack(session, name, file: file, line: line)
    }

    func testCtrlBackslashQuitsWithSIGQUITAndCookedTerminal() throws {
        let session = try startReader()
        try session.send("C-\\")
        let status = session.exitStatus(timeout: 5)
        XCTAssertEqual(status, 128 + SIGQUIT, "Ctrl-\\ did not end the reader within 5 s; stderr: \(session.file("stderr"))")
        guard status != nil else { return }
        try assertTerminalBack(session, "Ctrl-\\")
    }

    func testSIGQUITSentWithKill() throws { try assertKillEndsTheReader(SIGQUIT, "SIGQUIT") }
    func testSIGSEGVSentWithKill() throws { try assertKillEndsTheReader(SIGSEGV, "SIGSEGV") }
    func testSIGABRTSentWithKill() throws { try assertKillEndsTheReader(SIGABRT, "SIGABRT") }

    func testTheOtherCrashSignalsSentWithKill() throws {
        for (signal, name) in [(SIGBUS, "SIGBUS"), (SIGILL, "SIGILL"), (SIGFPE, "SIGFPE"), (SIGTRAP, "SIGTRAP")] {
            try assertKillEndsTheReader(signal, name)
        }
    }

    func testARealCrashDoesNotWaitAtSwiftsCrashReporter() throws {
        // Swift's defaults (SWIFT_BACKTRACE empty): on a terminal its crash
        // reporter would ask for a key and wait 30 s.
        let session = try TmuxSession(arguments: ["read", "--crash-for-testing", MarsadBinary.seeds],
                                      environment: ["SWIFT_BACKTRACE": ""])
        addTeardownBlock { session.stop() }
        let started = Date()
        let status = session.exitStatus(timeout: 25)
        XCTAssertNotNil(status, "still running after 25 s:\n\((try? session.capture()) ?? "")")
        guard let status else { return }
        XCTAssertGreaterThanOrEqual(status, 128, "died of the crash")
        XCTAssertTrue(session.file("stderr").contains("crash requested"), session.file("stderr"))
        try assertTerminalBack(session, "crash")
        print("crash with Swift's default crash reporter: ended after \(Date().timeIntervalSince(started)) s, status \(status)")
    }

    /// The first process named marsad under `pid` (script's child's child).
    func marsadDescendant(of pid: Int32) -> Int32? {
        let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
        for child in children.split(separator: " ").compactMap({ Int32($0) }) {
            let comm = (try? String(contentsOfFile: "/proc/\(child)/comm", encoding: .utf8)) ?? ""
            if comm.hasPrefix("marsad") { return child }
            if let found = marsadDescendant(of: child) { return found }
        }
        return nil
    }

    func testASignalSendsWhatEndwinWouldAndLeavesTheBidiModeAfterIt() throws {
        // The raw output, under script: after SIGQUIT the alternate screen
        // is left, mouse reports are off, and VTE's bidi switch is undone
        // after curses, as on a normal exit.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-raw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let typescript = dir.appendingPathComponent("typescript").path
        let command = "\(TmuxSession.quote(MarsadBinary.url.path)) read --bidi app \(TmuxSession.quote(MarsadBinary.seeds))"
        let session = try TmuxSession(arguments: [], environment: ["TERM": "xterm-256color"],
                                      command: ["script", "-qfec", command, typescript])
        addTeardownBlock { session.stop() }
        try session.waitFor { $0.contains("Articles") }
        let shell = try session.tmux(["list-panes", "-t", "0", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let shellPID = Int32(shell), let pid = marsadDescendant(of: shellPID) else { return XCTFail("marsad's pid not found") }
        XCTAssertEqual(kill(pid, SIGQUIT), 0)
        XCTAssertNotNil(session.exitStatus(timeout: 5), "script did not end")
        let raw = (try? String(contentsOfFile: typescript, encoding: .utf8)) ?? ""
        guard let enter = raw.range(of: "\u{1B}[?1049h", options: .backwards) else { return XCTFail("no smcup in the output") }
        let after = raw[enter.upperBound...]
        guard let leave = after.range(of: "\u{1B}[?1049l") else { return XCTFail("the alternate screen is not left") }
        guard let bidi = after.range(of: "\u{1B}[8h") else { return XCTFail("CSI 8 h not sent") }
        XCTAssertLessThan(leave.lowerBound, bidi.lowerBound, "the bidi switch is undone after curses has ended")
        // xterm-256color's mouse key is SGR's: curses asks for 1006 and 1000.
        if let mouseOn = raw.range(of: "\u{1B}[?1006;1000h", options: .backwards) {
            XCTAssertNotNil(raw[mouseOn.upperBound...].range(of: "\u{1B}[?1006;1000l"), "mouse reports turned off")
        } else {
            XCTFail("curses did not turn the mouse on: the test no longer checks it is turned off")
        }
        XCTAssertNotNil(after.range(of: "\u{1B}[?25h"), "the cursor shown again")
    }
}
