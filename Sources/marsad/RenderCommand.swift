import ArgumentParser
import MarsadModel

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "render", abstract: "(in progress)")

    func run() throws {
        throw ValidationError("'marsad render' is not built yet")
    }
}
