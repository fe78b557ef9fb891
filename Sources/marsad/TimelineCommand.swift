import ArgumentParser
import MarsadModel

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "timeline", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'marsad timeline' is not built yet")
    }
}
