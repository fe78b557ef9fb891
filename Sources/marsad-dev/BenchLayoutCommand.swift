import ArgumentParser
import Foundation
import TerminalText

/// `marsad-dev bench-layout`: throughput of `TextLayout` on Arabic news,
/// beside `fribidi --width` on the same input in the same run.
///
/// The corpus is the seed articles' paragraphs repeated to the asked size
/// (nothing large is committed). Run it in a release build:
/// `swift run -c release marsad-dev bench-layout`.
struct BenchLayoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-layout",
        abstract: "Lay out MB of Arabic news at a width and print MB/s beside fribidi --width on the same input."
    )

    @Option(help: "Corpus size in MB (seed paragraphs repeated).") var megabytes: Int = 10
    @Option(help: "Line width in cells.") var width: Int = 80
    @Option(help: "Timed runs of each contender, interleaved; the best is reported.") var runs: Int = 5
    @Option(help: "Folder of seed articles (default: $MARSAD_SEEDS, else the repository's seeds/).")
    var seeds: String?

    func run() throws {
        let (corpus, bytes) = try Self.corpus(megabytes: megabytes, seeds: seeds)
        let file = try Self.writeCorpus(corpus, name: "marsad-bench-layout")
        defer { try? FileManager.default.removeItem(at: file) }
        let mb = Double(bytes) / 1_000_000
        print("corpus: \(String(format: "%.1f", mb)) MB, \(corpus.count) paragraphs of Arabic news (seed paragraphs repeated), width \(width)")

        let options = LayoutOptions(width: width)
        _ = TextLayout.layout(corpus[0], options: options)   // build the property tables outside the timing
        let fribidi = Self.which("fribidi")

        // Marsad and fribidi take turns, so a burst of load on this shared
        // machine hits both rather than one.
        var lines = 0
        var cells = 0
        var layout = Double.infinity
        var fribidiTime = Double.infinity
        for _ in 0..<max(1, runs) {
            layout = min(layout, time {
                lines = 0
                cells = 0
                for p in corpus {
                    for line in TextLayout.layout(p, options: options) {
                        lines += 1
                        cells += line.cells.count
                    }
                }
            })
            if let fribidi {
                fribidiTime = min(fribidiTime, try time { try Self.runToNull(fribidi, ["--width", "\(width)", file.path]) })
            }
        }
        report("marsad TextLayout (cells, wrapped at words)", mb, layout, "\(lines) lines, \(cells) cells")
        if let fribidi {
            report("fribidi --width \(width) (\(fribidi))", mb, fribidiTime, "cuts words; no wrapping")
        } else {
            print("fribidi: not installed (Debian: apt-get install libfribidi-bin); only marsad measured")
        }

        var outputBytes = 0
        let render = best(of: runs) {
            outputBytes = 0
            for p in corpus {
                for line in TextLayout.layout(p, options: options) {
                    outputBytes += line.text(alignedTo: width).utf8.count + 1
                }
            }
        }
        report("marsad TextLayout + text of each line (cells, then Strings)", mb, render, "\(outputBytes) bytes out")

        var appended = 0
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 21)
        let direct = best(of: runs) {
            appended = 0
            for p in corpus {
                TextLayout.appendText(of: p, options: options, alignedTo: width, to: &buffer)
                if buffer.count > 1 << 20 { appended += buffer.count; buffer.removeAll(keepingCapacity: true) }
            }
            appended += buffer.count
            buffer.removeAll(keepingCapacity: true)
        }
        report("marsad TextLayout.appendText (line bytes, what render prints)", mb, direct, "\(appended) bytes out")

        // The all-LTR fast path: the same text with Arabic letters replaced by Latin ones.
        let latin = corpus.map { p in
            String(String.UnicodeScalarView(p.unicodeScalars.map { s in
                (0x0621...0x064A).contains(s.value) ? Unicode.Scalar(0x61 + (s.value % 26))! : s
            }))
        }
        let ltr = best(of: runs) {
            for p in latin { _ = TextLayout.layout(p, options: options) }
        }
        report("marsad TextLayout, same text in Latin letters (all-LTR path)", mb, ltr, "")
        if fribidi != nil {
            print(String(format: "marsad TextLayout / fribidi: %.2f", fribidiTime / layout))
        }
    }

    /// The seed paragraphs repeated to `megabytes`, and their size in bytes with a line feed each.
    static func corpus(megabytes: Int, seeds: String?) throws -> (paragraphs: [String], bytes: Int) {
        let paragraphs = try loadParagraphs(seeds)
        var corpus: [String] = []
        var bytes = 0
        while bytes < megabytes * 1_000_000 {
            for p in paragraphs {
                corpus.append(p)
                bytes += p.utf8.count + 1
            }
        }
        return (corpus, bytes)
    }

    /// The paragraphs as a temporary file, one a line.
    static func writeCorpus(_ corpus: [String], name: String) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(getpid()).txt")
        try Data((corpus.joined(separator: "\n") + "\n").utf8).write(to: file)
        return file
    }

    private static func loadParagraphs(_ seeds: String?) throws -> [String] {
        let folder = try SeedFolder.resolve(seeds)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
        var paragraphs: [String] = []
        for name in names {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            paragraphs += text.split(separator: "\n").map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
        }
        guard !paragraphs.isEmpty else { throw ValidationError("no paragraphs in \(folder)/*.txt") }
        return paragraphs
    }

    /// Wall-clock seconds of the fastest of `runs` runs.
    private func best(of runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var fastest = Double.infinity
        for _ in 0..<max(1, runs) { fastest = min(fastest, try time(body)) }
        return fastest
    }

    /// Wall-clock seconds of one run.
    private func time(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    private func report(_ name: String, _ mb: Double, _ seconds: Double, _ note: String) {
        let padded = name.padding(toLength: max(name.count, 68), withPad: " ", startingAt: 0)
        let line = padded + String(format: " %6.1f MB/s  (%.3f s)", mb / seconds, seconds)
        print(note.isEmpty ? line : line + "  " + note)
    }

    static func which(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func runToNull(_ program: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("\(program) exited with status \(process.terminationStatus)")
        }
    }
}
