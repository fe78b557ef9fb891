import Foundation

/// Finds the `marsad` binary that `swift build`/`swift test` built next to
/// the test bundle, and runs it.
public enum MarsadBinary {
    public static var url: URL {
        if let path = ProcessInfo.processInfo.environment["MARSAD_BIN"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        // The test runner lives in .build/<triple>/debug, beside the marsad binary.
        let runner = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = runner.deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("marsad")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return runner.deletingLastPathComponent().appendingPathComponent("marsad")
    }

    /// The seed folder (`SeedCorpus.folder`), the argument most runs take.
    public static var seeds: String { SeedCorpus.folder }

    /// Runs the binary; returns (exit status, stdout, stderr). Unless
    /// `environment` names one, the run gets an archive of its own in a
    /// fresh `XDG_DATA_HOME`, removed afterwards, so runs never share the
    /// user's archive or each other's.
    public static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws
        -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        var scratch: URL?
        if environment["XDG_DATA_HOME"] == nil {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-data-\(UUID().uuidString)")
            scratch = dir
            env["XDG_DATA_HOME"] = dir.path
        }
        defer { if let scratch { try? FileManager.default.removeItem(at: scratch) } }
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
