import ArgumentParser

/// The `eventwire` command tree.
@main
struct EventWireCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eventwire",
        abstract: "Extract political events (meetings, condemnations, agreements) from a news feed over ZeroMQ.",
        discussion: """
            Articles arrive as JSON on a ZeroMQ feed; events leave as CloudEvents JSON on a PUB socket under \
            the topics event.meeting, event.condemnation and event.agreement. Rejected articles are published \
            on the deadletter topic. Endpoints follow CZMQ's convention: @tcp://... binds, >tcp://... connects, \
            a plain endpoint takes the role's default.
            """,
        version: "0.1.0",
        subcommands: [
            RunCommand.self, ReplayCommand.self, TailCommand.self, ExtractCommand.self, EvaluateCommand.self,
            CheckConfigCommand.self, ProxyCommand.self, KeygenCommand.self,
        ])
}
