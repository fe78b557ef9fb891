// swift-tools-version:6.0
import Foundation
import PackageDescription

let package = Package(
    name: "Marsad",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "MarsadModel", targets: ["MarsadModel"]),
        .library(name: "TerminalText", targets: ["TerminalText"]),
        .executable(name: "marsad", targets: ["marsad"]),
        .executable(name: "marsad-dev", targets: ["marsad-dev"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // System libraries, reached only through their shim headers.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        .systemLibrary(
            name: "CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),

        // One inline C function: a cache prefetch, which Swift cannot spell.
        .target(name: "CPrefetch"),
        // The Arabic text layer: normalizer, tokenizer, clitic and sentence
        // splitters, the lexicon. Foundation only.
        .target(name: "ArabicText", resources: [.copy("Resources")]),
        // One ICU transform (Arabic names to Latin, for English queries of
        // actors), in a module of its own: system ICU cannot share a module
        // with Foundation, whose bundled ICU has the same C names.
        .target(name: "Transliteration", dependencies: ["CICU"]),
        // The shared model library: Foundation only, no terminal.
        .target(
            name: "MarsadModel",
            dependencies: ["ArabicText", "CPrefetch", "Transliteration"],
            resources: [.copy("Resources")]
        ),
        // The archive: articles in SQLite (GRDB), full-text search (FTS5).
        .target(
            name: "MarsadArchive",
            dependencies: [
                "MarsadModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Training, evaluation and the model-file writer: marsad-dev only.
        // Reads MarsadModel's `package` internals (features, word table,
        // model layout), which stay out of its public API.
        .target(name: "MarsadTraining", dependencies: ["MarsadModel"]),
        .testTarget(name: "MarsadTrainingTests", dependencies: ["MarsadTraining", "MarsadModel"]),
        // Text to terminal cells: shaping, bidi, line breaking, widths.
        .target(name: "TerminalText", dependencies: ["CICU"]),
        // Pure UI: state, reducer, views into a cell buffer. No curses.
        .target(name: "MarsadTUI", dependencies: ["MarsadModel", "TerminalText"]),
        // The only curses code.
        .target(name: "NCursesBackend", dependencies: ["CNCursesW", "MarsadTUI"]),

        .executableTarget(
            name: "marsad",
            dependencies: [
                "MarsadModel", "MarsadArchive", "TerminalText", "MarsadTUI", "NCursesBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Developer tools: training, evaluation, benchmarks.
        .executableTarget(
            name: "marsad-dev",
            dependencies: [
                "MarsadModel", "MarsadTraining", "MarsadArchive", "TerminalText", "MarsadTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Helpers the test targets share: the seed corpus, the marsad binary,
        // the tmux driver, buffer snapshots. Not shipped in any product.
        .target(name: "MarsadTestSupport", dependencies: ["MarsadModel", "MarsadTUI"], path: "Tests/MarsadTestSupport"),
        .testTarget(name: "ArabicTextTests", dependencies: ["ArabicText", "MarsadTestSupport"]),
        .testTarget(name: "MarsadModelTests", dependencies: ["MarsadModel", "MarsadTraining", "MarsadTestSupport"]),
        .testTarget(
            name: "TerminalTextTests",
            dependencies: ["TerminalText", "MarsadTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "MarsadArchiveTests", dependencies: ["MarsadArchive", "MarsadModel", "MarsadTestSupport"]),
        .testTarget(name: "MarsadTUITests", dependencies: ["MarsadTUI", "MarsadModel", "TerminalText", "MarsadTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["MarsadModel", "TerminalText", "MarsadTUI", "MarsadTestSupport"]),
    ]
)

// Fuzz targets (libFuzzer; issue 16), in Fuzz/: part of the package only
// with MARSAD_FUZZ=1, as `scripts/fuzz` builds them (with
// -sanitize=fuzzer,address on every module it compiles), so a normal build
// never sees them.
if ProcessInfo.processInfo.environment["MARSAD_FUZZ"] == "1" {
    let fuzzTargets: [(String, [Target.Dependency])] = [
        ("fuzz-load", ["MarsadModel"]),
        ("fuzz-text", ["MarsadModel"]),
        ("fuzz-layout", ["TerminalText"]),
        ("fuzz-analysis", ["MarsadModel"]),
    ]
    package.targets.append(.target(name: "FuzzSupport", path: "Fuzz/FuzzSupport"))
    for (name, dependencies) in fuzzTargets {
        package.targets.append(.executableTarget(name: name, dependencies: dependencies + ["FuzzSupport"], path: "Fuzz/\(name)"))
    }
}
