import Foundation
import XCTest

/// A tmux server of its own (private socket) running one command in a
/// window of a fixed size: send keys, read the screen back.
public final class TmuxSession {
    public let socket = "marsad-test-\(UUID().uuidString.prefix(8))"
    public let workDir: URL
    public private(set) var isRunning = false

    public static var tmuxPath: String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/tmux"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Skips the test, saying why, when tmux is missing.
    public static func requireTmux() throws {
        if tmuxPath == nil {
            throw XCTSkip("tmux is not installed; the reader's end-to-end tests need it (apt-get install tmux)")
        }
    }

    /// Starts `marsad` with arguments in a `columns`×`rows` window, with
    /// its read state in a fresh folder. The shell around it records
    /// `stty -a` before and after, and the exit status.
    /// `command` replaces the binary and its arguments when given.
    public init(arguments: [String], columns: Int = 120, rows: Int = 40, environment: [String: String] = [:],
         command: [String]? = nil) throws {
        try Self.requireTmux()
        workDir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-tmux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: workDir, withIntermediateDirectories: true)
        var env = ["XDG_STATE_HOME": workDir.appendingPathComponent("state").path,
                   "XDG_DATA_HOME": workDir.appendingPathComponent("data").path, "LANG": "C.UTF-8",
                   "MARSAD_SEEDS": MarsadBinary.seeds]
        env.merge(environment) { _, new in new }
        let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let binary = Self.quote(MarsadBinary.url.path)
        let args = arguments.map(Self.quote).joined(separator: " ")
        let program = command.map { $0.map(Self.quote).joined(separator: " ") } ?? "\(binary) \(args)"
        let dir = Self.quote(workDir.path)
        let script = """
            trap : INT QUIT; stty -a > \(dir)/stty-before; \
            env \(assignments) \(program) 2> \(dir)/stderr; \
            echo $? > \(dir)/status.tmp; stty -a > \(dir)/stty-after; mv \(dir)/status.tmp \(dir)/status; \
            sleep 60
            """
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", "sh", "-c", script])
        isRunning = true
    }

    deinit { stop() }

    public func stop() {
        guard isRunning else { return }
        isRunning = false
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: workDir)
    }

    public static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs a tmux command and returns what it printed.
    ///
    /// Spawned with posix_spawn and reaped with waitpid: Foundation's
    /// Process was seen to wait forever on the client of `new-session`,
    /// whose server lives on.
    @discardableResult
    public func tmux(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-tmux-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = "C.UTF-8"
        env.removeValue(forKey: "TMUX")
        let argv = [Self.tmuxPath!, "-u", "-L", socket] + arguments
        let envp = env.map { "\($0.key)=\($0.value)" }
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        var cEnv: [UnsafeMutablePointer<CChar>?] = envp.map { strdup($0) } + [nil]
        defer {
            for p in cArgs { free(p) }
            for p in cEnv { free(p) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, argv[0], &actions, nil, &cArgs, &cEnv)
        guard rc == 0 else { throw CocoaError(.executableLoad) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }

    /// Keys by tmux name ("Enter", "Tab", "q").
    public func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
    }

    /// Text typed literally (Arabic included).
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
    }

    /// The screen as text (`styles`: with SGR escapes, `capture-pane -e`).
    public func capture(styles: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"] + (styles ? ["-e"] : []))
    }

    /// Polls the screen until `condition` holds (at most `timeout` seconds);
    /// returns the last screen either way.
    @discardableResult
    public func waitFor(timeout: TimeInterval = 20, styles: Bool = false, _ condition: (String) -> Bool) throws -> (ok: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture(styles: styles)
            if condition(screen) { return (true, screen) }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return (false, screen)
    }

    /// The exit status of marsad, once it exited (waits up to `timeout`).
    public func exitStatus(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        let url = workDir.appendingPathComponent("status")
        while Date() < deadline {
            if let text = try? String(contentsOf: url, encoding: .utf8) {
                return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return nil
    }

    public func file(_ name: String) -> String {
        (try? String(contentsOf: workDir.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    /// The pid of marsad (the shell's child), for signal tests.
    public func marsadPID() throws -> Int32? {
        let shell = try tmux(["list-panes", "-t", "0", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8) else { return nil }
        for pid in children.split(separator: " ").compactMap({ Int32($0) }) {
            let comm = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? ""
            if comm.hasPrefix("env") || comm.hasPrefix("marsad") { return pid }
        }
        return nil
    }
}
