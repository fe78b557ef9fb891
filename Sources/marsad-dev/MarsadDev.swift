import ArgumentParser

@main
struct MarsadDev: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marsad-dev",
        abstract: "Developer tools for Marsad: training, evaluation and benchmarks.",
        subcommands: [BuildLexiconCommand.self, BuildGazetteerCommand.self, BuildClustersCommand.self, BuildCountryNamesCommand.self, StructureCommand.self, TrainNERCommand.self, EvalNERCommand.self, BenchNERCommand.self, BenchActorsCommand.self, EvalTimesCommand.self, BenchTimesCommand.self, BenchLayoutCommand.self, BenchRenderCommand.self, BenchFrameCommand.self, BenchArchiveCommand.self, BenchLoadCommand.self]
    )
}
