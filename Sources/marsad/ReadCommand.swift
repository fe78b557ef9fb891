import ArgumentParser
import MarsadModel

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'marsad read' is not built yet")
    }
}
