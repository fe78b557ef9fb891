import Foundation
import MarsadTestSupport
import TerminalText
import XCTest

enum TextLayoutProbe {
    /// A one-line text as TerminalText shows it (visual order, shaped).
    static func shaped(_ text: String) -> String { TextLayout.singleLine(text, maxWidth: 10_000).text }
}

/// How the reader treats the terminal: refusing pipes, putting the tty
/// back after signals, and the VTE bidi switch.
final class ReaderTerminalTests: XCTestCase {
    func testNotATerminalPointsToTheListingCommandsAndExitsWith2() throws {
        let result = try MarsadBinary.run(["read", MarsadBinary.seeds])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.err.contains("needs a terminal"), result.err)
        XCTAssertTrue(result.err.contains("marsad articles"), result.err)
        XCTAssertEqual(result.out, "", "nothing is drawn into a pipe")
        let bare = try MarsadBinary.run([])
        XCTAssertEqual(bare.status, 2, "`marsad` alone is the reader too")
    }

    func signalTest(_ signal: Int32, expectedStatus: Int32) throws {
        let session = try TmuxSession(arguments: ["read", MarsadBinary.seeds])
        addTeardownBlock { session.stop() }
        let (ok, screen) = try session.waitFor { $0.contains("Articles") }
        XCTAssertTrue(ok, screen)
        guard let pid = try session.marsadPID() else { return XCTFail("marsad's pid not found") }
        XCTAssertEqual(kill(pid, signal), 0)
        XCTAssertEqual(session.exitStatus(), expectedStatus)
        XCTAssertEqual(session.file("stty-before"), session.file("stty-after"), "the tty settings are back")
        // The screen is the shell's again: the reader's panes are gone.
        let (restored, after) = try session.waitFor(timeout: 5) { !$0.contains(" Articles 5 articles") }
        XCTAssertTrue(restored, after)
    }

    func testWorksWithCommonTerminalTypesAndWithoutAUTF8Locale() throws {
        let title = "مساعي لتطويق المواجهة العسكرية بين اذربيجان وارمينيا"
        // The title's start, shaped: it sits at the right end of its row.
        let shapedStart = String(TextLayoutProbe.shaped(title).suffix(12))
        for term in ["xterm-256color", "screen", "tmux-256color", "linux"] {
            let session = try TmuxSession(arguments: ["read", MarsadBinary.seeds],
                                          environment: ["TERM": term, "LANG": "C", "LC_ALL": "", "LC_CTYPE": "",
                                                        "NO_COLOR": term == "linux" ? "1" : ""])
            defer { session.stop() }
            let (ok, screen) = try session.waitFor { $0.contains(shapedStart) }
            XCTAssertTrue(ok, "TERM=\(term), LANG=C: titles not drawn:\n\(screen)\n\(session.file("stderr"))")
            try session.send("q")
            XCTAssertEqual(session.exitStatus(), 0, "TERM=\(term): \(session.file("stderr"))")
            XCTAssertEqual(session.file("stty-before"), session.file("stty-after"), "TERM=\(term)")
        }
    }

    func testSIGTERMRestoresTheTerminal() throws { try signalTest(SIGTERM, expectedStatus: 128 + SIGTERM) }
    func testSIGHUPRestoresTheTerminal() throws { try signalTest(SIGHUP, expectedStatus: 128 + SIGHUP) }

    func testACrashRestoresTheTerminal() throws {
        // A real crash (a Swift runtime trap) after the first frame. Swift's
        // crash reporter would wait for a key on a terminal; not here.
        let session = try TmuxSession(arguments: ["read", "--crash-for-testing", MarsadBinary.seeds],
                                      environment: ["SWIFT_BACKTRACE": "enable=yes,interactive=no"])
        addTeardownBlock { session.stop() }
        let status = session.exitStatus(timeout: 60)
        XCTAssertNotNil(status)
        XCTAssertGreaterThanOrEqual(status ?? 0, 128, "died of the crash")
        XCTAssertEqual(session.file("stty-before"), session.file("stty-after"), "the tty settings are back after a crash")
        XCTAssertTrue(session.file("stderr").contains("crash requested"), session.file("stderr"))
        let (restored, screen) = try session.waitFor(timeout: 5) { !$0.contains(" Articles 5 articles") }
        XCTAssertTrue(restored, "the reader's screen is gone after the crash:\n\(screen)")
    }

    func testCtrlCRestoresTheTerminal() throws {
        let session = try TmuxSession(arguments: ["read", MarsadBinary.seeds])
        addTeardownBlock { session.stop() }
        try session.waitFor { $0.contains("Articles") }
        try session.send("C-c")
        XCTAssertEqual(session.exitStatus(), 128 + SIGINT)
        XCTAssertEqual(session.file("stty-before"), session.file("stty-after"))
    }

    /// Runs the reader under `script` inside tmux to see its raw output.
    func rawOutput(bidi: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-raw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let typescript = dir.appendingPathComponent("typescript").path
        let command = "\(TmuxSession.quote(MarsadBinary.url.path)) read --bidi \(bidi) \(TmuxSession.quote(MarsadBinary.seeds))"
        let session = try TmuxSession(arguments: [], environment: [:], command: ["script", "-qfec", command, typescript])
        addTeardownBlock { session.stop() }
        try session.waitFor { $0.contains("Articles") }
        try session.send("q")
        XCTAssertEqual(session.exitStatus(), 0)
        return (try? String(contentsOfFile: typescript, encoding: .utf8)) ?? ""
    }

    func testAppModeSwitchesVTEToExplicitBidiAndBackOnExit() throws {
        let raw = try rawOutput(bidi: "app")
        let enter = raw.range(of: "\u{1B}[8l"), leave = raw.range(of: "\u{1B}[8h", options: .backwards)
        XCTAssertNotNil(enter, "CSI 8 l sent at start")
        XCTAssertNotNil(leave, "CSI 8 h sent on exit")
        if let enter, let leave { XCTAssertLessThan(enter.lowerBound, leave.lowerBound) }
        if let leave, let rmcup = raw.range(of: "\u{1B}[?1049l", options: .backwards) {
            XCTAssertGreaterThan(leave.lowerBound, rmcup.lowerBound, "the switch is undone after curses has ended")
        }
    }

    func testTerminalModeLeavesTheTerminalsBidiAlone() throws {
        let raw = try rawOutput(bidi: "terminal")
        XCTAssertFalse(raw.isEmpty)
        XCTAssertNil(raw.range(of: "\u{1B}[8l"))
    }
}
