import ArgumentParser
import Folio

/// `folio schema`: prints the JSON Schema of the briefing format.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (draft 2020-12) of the briefing format, for editors."
    )

    func run() {
        print(BriefingSchema.json, terminator: "")
    }
}
