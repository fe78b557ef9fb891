import ArgumentParser

@main
struct Marsad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marsad",
        abstract: "A terminal reader for Arabic news: entities, actors and a timeline.",
        discussion: """
            With no subcommand, opens the reader on the seed corpus (or on the \
            paths given to `marsad read`). Every other subcommand prints plain \
            text or JSON Lines for scripts.
            """,
        subcommands: [
            ReadCommand.self, ArticlesCommand.self, EntitiesCommand.self, ActorsCommand.self,
            TimesCommand.self, TimelineCommand.self, RenderCommand.self, AddCommand.self, ArchiveCommand.self,
            SearchCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )
}
