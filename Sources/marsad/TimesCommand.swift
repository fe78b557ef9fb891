import ArgumentParser
import MarsadModel

struct TimesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "times", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'marsad times' is not built yet")
    }
}
