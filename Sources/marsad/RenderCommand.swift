import ArgumentParser
import Foundation
import MarsadModel
import TerminalText

/// `marsad render`: text laid out for a terminal, as plain lines.
///
/// Each input line is a paragraph: Arabic is shaped and reordered, lines are
/// wrapped at word boundaries, RTL paragraphs are right-aligned. A better
/// `fribidi --width`, which splits words and emits lines in the wrong order.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print text laid out for the terminal: Arabic shaped and reordered, wrapped at words.",
        discussion: """
        Each line of input is a paragraph. Right-to-left paragraphs are right-aligned.
        --bidi app (default): Marsad shapes and reorders; for xterm, tmux, Alacritty, kitty, \
        and VTE terminals in explicit mode.
        --bidi terminal: logical order, unshaped, for terminals that do bidi themselves (mlterm, Konsole).
        """
    )

    @Argument(help: "A UTF-8 text file, or - for standard input.", completion: .file())
    var file: String = "-"

    @Option(help: "Line width in cells (default: $COLUMNS, else 80).")
    var width: Int?

    @Option(help: "Who reorders right-to-left text: app or terminal.")
    var bidi: String = BidiMode.app.rawValue

    @Option(help: "Paragraph direction: auto (from the first strong letter), ltr or rtl.")
    var direction: String = "auto"

    func validate() throws {
        guard BidiMode(rawValue: bidi) != nil else {
            throw ValidationError("--bidi must be 'app' or 'terminal', not '\(bidi)'")
        }
        guard ["auto", "ltr", "rtl"].contains(direction) else {
            throw ValidationError("--direction must be 'auto', 'ltr' or 'rtl', not '\(direction)'")
        }
        if let width, width < 1 { throw ValidationError("--width must be at least 1") }
    }

    func run() throws {
        let name = file == "-" ? "standard input" : file
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let read = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("marsad: \(file.terminalSafeForError): cannot read the file\n".utf8))
                throw inputFailedExitCode
            }
            data = read
        }
        var failed = false
        var text: String
        if let valid = String(validating: data, as: UTF8.self) {
            text = valid
        } else {
            let offset = Self.firstInvalidUTF8Byte(data)
            FileHandle.standardError.write(Data(
                "marsad: \(name.terminalSafeForError): invalid UTF-8 at byte \(offset); shown as \u{FFFD}\n".utf8))
            text = String(decoding: data, as: UTF8.self)
            failed = true
        }
        let columns = width ?? Self.terminalColumns()
        let mode = BidiMode(rawValue: bidi) ?? .app
        let paragraphDirection: ParagraphDirection = direction == "ltr" ? .leftToRight : direction == "rtl" ? .rightToLeft : .auto
        let options = LayoutOptions(width: columns, direction: paragraphDirection, mode: mode)
        // Bytes in, bytes out: the paragraphs are cut from the UTF-8, their lines
        // written straight into byte buffers and sent in large writes.
        let written = text.withUTF8 { bytes in
            Self.render(bytes, workers: Self.workers(for: bytes.count)) { out, paragraph in
                TextLayout.appendText(ofUTF8: paragraph, options: options, alignedTo: columns, to: &out)
            }
        }
        if failed || !written { throw inputFailedExitCode }
    }

    /// Output is written in pieces of about this many bytes.
    static let flushSize = 1 << 20
    /// With several threads, input is laid out in groups of this many bytes,
    /// cut into batches of paragraphs for the threads to take; each group's
    /// output is written in order once the whole group is done.
    static let groupSize = 2 << 20
    static let batchSize = 32 << 10

    /// Threads for a text of `count` bytes: `$MARSAD_WORKERS`, else one a core; one for small texts.
    static func workers(for count: Int) -> Int {
        guard count >= 2 * batchSize else { return 1 }
        if let n = ProcessInfo.processInfo.environment["MARSAD_WORKERS"].flatMap(Int.init), n > 0 { return n }
        return ProcessInfo.processInfo.activeProcessorCount
    }

    /// Renders every paragraph of `bytes` with `append` and writes the output in
    /// order; false if a write failed. Paragraphs are independent, so with
    /// several workers batches of them are laid out at once, each into its own buffer.
    static func render(_ bytes: UnsafeBufferPointer<UInt8>, workers: Int,
                       _ append: (inout [UInt8], UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        var written = true
        guard workers > 1 else {
            var out: [UInt8] = []
            out.reserveCapacity(flushSize + (1 << 16))
            forEachParagraph(bytes) { paragraph in
                append(&out, paragraph)
                if out.count >= flushSize {
                    written = written && writeToStandardOutput(out)
                    out.removeAll(keepingCapacity: true)
                }
            }
            return written && writeToStandardOutput(out)
        }
        // Batches: runs of whole paragraphs of about `batchSize` bytes, as start offsets and counts.
        var paragraphs: [(start: Int, count: Int)] = []
        let base = bytes.baseAddress!
        forEachParagraph(bytes) { paragraph in
            paragraphs.append((paragraph.baseAddress.map { base.distance(to: $0) } ?? 0, paragraph.count))
        }
        var batches: [Range<Int>] = []   // ranges of `paragraphs`
        var first = 0
        var size = 0
        for (i, p) in paragraphs.enumerated() {
            size += p.count + 1
            if size >= batchSize {
                batches.append(first..<(i + 1))
                first = i + 1
                size = 0
            }
        }
        if first < paragraphs.count { batches.append(first..<paragraphs.count) }
        let perGroup = max(1, groupSize / batchSize)
        var group = 0
        while group < batches.count {
            let these = batches[group..<min(group + perGroup, batches.count)]
            let outputs = concurrentMap(these.count, workers: workers) { _, i -> [UInt8] in
                var out: [UInt8] = []
                out.reserveCapacity(2 * batchSize)
                for p in paragraphs[these[these.startIndex + i]] {
                    append(&out, UnsafeBufferPointer(start: base + p.start, count: p.count))
                }
                return out
            }
            for out in outputs { written = written && writeToStandardOutput(out) }
            group += perGroup
        }
        return written
    }

    /// The paragraphs of a text: its lines, as `String.split(separator: "\n",
    /// omittingEmptySubsequences: false)` cuts them, without a last empty one
    /// after a final line feed. That split works on `Character`s, in which
    /// "\r\n" is one cluster: a line feed after a carriage return does not end
    /// a paragraph (the engine makes both spaces), and this keeps that.
    static func forEachParagraph(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base = bytes.baseAddress, bytes.count > 0 else {
            body(UnsafeBufferPointer(start: nil, count: 0))
            return
        }
        var end = bytes.count
        if base[end - 1] == 0x0A && (end == 1 || base[end - 2] != 0x0D) { end -= 1 }
        var start = 0
        var i = 0
        while true {
            guard let hit = memchr(base + i, 0x0A, end - i) else { break }
            let j = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            i = j + 1
            if j > 0 && base[j - 1] == 0x0D { continue }
            body(UnsafeBufferPointer(start: base + start, count: j - start))
            start = j + 1
        }
        body(UnsafeBufferPointer(start: base + start, count: end - start))
    }

    /// Writes all of `bytes` to standard output; false if the write failed.
    static func writeToStandardOutput(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            guard var p = buffer.baseAddress else { return true }
            var left = buffer.count
            while left > 0 {
                let n = write(STDOUT_FILENO, p, left)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                p += n
                left -= n
            }
            return true
        }
    }

    /// `$COLUMNS` when it is a positive number, else 80.
    static func terminalColumns() -> Int {
        if let value = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(value), n > 0 { return n }
        return 80
    }

    /// Offset of the first byte that is not part of a valid UTF-8 sequence.
    static func firstInvalidUTF8Byte(_ data: Data) -> Int {
        let bytes = [UInt8](data)
        var i = 0
        while i < bytes.count {
            let length: Int
            switch bytes[i] {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count,
                  String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil else { return i }
            i += length
        }
        return bytes.count
    }
}

private extension String {
    /// A file name made safe to print in an error message.
    var terminalSafeForError: String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "?" : $0 }))
    }
}
