import ArgumentParser
import MarsadModel

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entities", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'marsad entities' is not built yet")
    }
}
