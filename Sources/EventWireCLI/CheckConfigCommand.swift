import ArgumentParser
import EventWireDaemon

/// `eventwire check-config FILE`: validates a configuration file without starting anything.
struct CheckConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-config",
        abstract: "Check a configuration file: exit 0 when `eventwire run --config FILE` would accept it.",
        discussion: """
            Reads the TOML file as `run --config` does and reports every problem, not just the first, one a \
            line on stderr as FILE:LINE: key: message: TOML syntax errors, unknown keys (with the likely key \
            meant), values of the wrong type, out of range or malformed (endpoints, host:port), and \
            dictionary paths that do not exist. Exit status 0 when the file is valid (it prints FILE: ok and \
            the effective endpoints), 2 when it is not.
            """)

    @Argument(help: "The TOML configuration file, such as /etc/eventwire/eventwire.toml.")
    var file: String

    func run() throws {
        let configuration: DaemonConfiguration
        do {
            configuration = try DaemonConfiguration(tomlFile: file)
        } catch {
            for problem in error.problems { printError(problem.description) }
            throw ExitCode(2)
        }
        print("\(file): ok")
        for line in Self.summary(of: configuration) { print("  " + line) }
    }

    /// The settings an operator most often wants to see: where the daemon reads and writes.
    static func summary(of configuration: DaemonConfiguration) -> [String] {
        [
            "feed: \(configuration.feedEndpoints.joined(separator: ", ")) (\(configuration.feedMode.rawValue))",
            "publish: \(configuration.publishEndpoints.joined(separator: ", "))",
            "metrics: " + (configuration.metrics.isEnabled ? configuration.metrics.address : "disabled"),
        ]
    }
}
