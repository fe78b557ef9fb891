import Foundation
import XCTest

/// Finds the `marsad` binary that `swift build`/`swift test` built next to
/// the test bundle, and runs it.
enum MarsadBinary {
    static var url: URL {
        // .build/<triple>/debug/MarsadPackageTests.xctest → .build/<triple>/debug/marsad
        var dir = Bundle(for: Token.self).bundleURL.deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("marsad")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return Bundle(for: Token.self).bundleURL.deletingLastPathComponent().appendingPathComponent("marsad")
    }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var seeds: String { repositoryRoot.appendingPathComponent("seeds").path }

    /// Runs the binary; returns (exit status, stdout, stderr).
    static func run(_ arguments: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
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

    private final class Token {}
}
