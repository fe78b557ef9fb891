import ArgumentParser
import Foundation

/// `marsad-dev bench-render`: the whole `marsad render --width N FILE >
/// /dev/null`, run as a process (reading, layout, writing, start-up), beside
/// `fribidi --width N` on the same file, the two taking turns.
///
/// Run it in a release build: `swift build -c release && .build/release/marsad-dev bench-render`.
struct BenchRenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-render",
        abstract: "Time marsad render --width N on MB of Arabic news beside fribidi --width N on the same file."
    )

    @Option(help: "Corpus size in MB (seed paragraphs repeated).") var megabytes: Int = 10
    @Option(help: "Line width in cells.") var width: Int = 80
    @Option(help: "Timed runs of each contender, interleaved; the best is reported.") var runs: Int = 5
    @Option(help: "Folder of seed articles (default: $MARSAD_SEEDS, else the repository's seeds/).")
    var seeds: String?
    @Option(help: "The marsad binary (default: the one beside this marsad-dev).") var marsad: String?

    func run() throws {
        let (corpus, bytes) = try BenchLayoutCommand.corpus(megabytes: megabytes, seeds: seeds)
        let file = try BenchLayoutCommand.writeCorpus(corpus, name: "marsad-bench-render")
        defer { try? FileManager.default.removeItem(at: file) }
        let mb = Double(bytes) / 1_000_000
        let binary = marsad ?? Self.besideThisProgram("marsad")
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw ValidationError("no marsad binary at \(binary); build it (swift build -c release) or pass --marsad")
        }
        print("corpus: \(String(format: "%.1f", mb)) MB, \(corpus.count) paragraphs of Arabic news (seed paragraphs repeated)")
        let fribidi = BenchLayoutCommand.which("fribidi")
        let render = [binary, "render", "--width", "\(width)", file.path]
        // Each contender's best wall time and best CPU time (user + system),
        // taken in turns so a burst of load on this shared machine hits both.
        var marsadBest = Timing.worst
        var fribidiBest = Timing.worst
        for _ in 0..<max(1, runs) {
            marsadBest = marsadBest.best(try Self.timeToNull(render))
            if let fribidi {
                fribidiBest = fribidiBest.best(try Self.timeToNull([fribidi, "--width", "\(width)", file.path]))
            }
        }
        report("marsad render --width \(width) FILE > /dev/null", mb, marsadBest)
        guard let fribidi else {
            print("fribidi: not installed (Debian: apt-get install libfribidi-bin); only marsad measured")
            return
        }
        report("fribidi --width \(width) FILE > /dev/null (\(fribidi))", mb, fribidiBest)
        print(String(format: "marsad render / fribidi: %.2f× (wall), %.2f× (CPU)",
                     fribidiBest.wall / marsadBest.wall, fribidiBest.cpu / marsadBest.cpu))
    }

    struct Timing {
        var wall: Double
        var cpu: Double
        static let worst = Timing(wall: .infinity, cpu: .infinity)
        func best(_ other: Timing) -> Timing { Timing(wall: min(wall, other.wall), cpu: min(cpu, other.cpu)) }
    }

    private func report(_ name: String, _ mb: Double, _ t: Timing) {
        let padded = name.padding(toLength: max(name.count, 56), withPad: " ", startingAt: 0)
        print(padded + String(format: " %6.1f MB/s  (best wall %.3f s, best CPU %.3f s)", mb / t.wall, t.wall, t.cpu))
    }

    /// Wall-clock and CPU seconds of one run of `command` with its output to /dev/null.
    private static func timeToNull(_ command: [String]) throws -> Timing {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let cpuBefore = childrenCPU()
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        process.waitUntilExit()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard process.terminationStatus == 0 else {
            throw ValidationError("\(command[0]) exited with status \(process.terminationStatus)")
        }
        return Timing(wall: wall, cpu: childrenCPU() - cpuBefore)
    }

    /// User + system seconds of the children waited for so far.
    private static func childrenCPU() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    private static func besideThisProgram(_ name: String) -> String {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        return me.deletingLastPathComponent().appendingPathComponent(name).path
    }
}
