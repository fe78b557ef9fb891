import ArgumentParser
import MarsadModel

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actors", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'marsad actors' is not built yet")
    }
}
