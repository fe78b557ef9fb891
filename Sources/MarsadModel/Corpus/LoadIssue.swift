/// A problem met while loading the corpus, named for a person to act on.
public struct LoadIssue: Hashable, Sendable, CustomStringConvertible, Error {
    public enum Severity: String, Sendable, Codable {
        /// The input (or part of it) could not be read: the exit status says so.
        case error
        /// Loaded, but something is worth knowing (an empty file is skipped).
        case warning
    }

    public var path: String
    /// 1-based line for JSON Lines records and metadata files.
    public var line: Int?
    /// Byte offset into the file, for invalid UTF-8.
    public var byteOffset: Int?
    public var message: String
    public var severity: Severity

    init(path: String, line: Int? = nil, byteOffset: Int? = nil, message: String, severity: Severity = .error) {
        self.path = path
        self.line = line
        self.byteOffset = byteOffset
        self.message = message
        self.severity = severity
    }

    /// `path:line: message` or `path: message (byte N)`.
    public var description: String {
        var where_ = path
        if let line { where_ += ":\(line)" }
        var text = "\(where_): \(severity == .error ? "error" : "warning"): \(message)"
        if let byteOffset { text += " (at byte \(byteOffset))" }
        return text.terminalSafe
    }
}
