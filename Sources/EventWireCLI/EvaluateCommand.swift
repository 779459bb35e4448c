import ArgumentParser

/// `eventwire evaluate`: placeholder until the extraction engine's evaluator lands.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate", abstract: "Score the extractor against a gold file.")

    @Argument(help: "Gold files (JSON lines).") var goldFiles: [String]

    func run() throws {
        throw ValidationError("evaluate is not built yet")
    }
}
