import ArgumentParser
import EventWireCore
import EventWireDaemon
import Foundation

/// `eventwire tail`: subscribes and prints events.
struct TailCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tail",
        abstract: "Subscribe to a daemon and print its events.",
        discussion: """
            json prints each event's CloudEvents payload as one line; pretty prints who, what, where and when \
            (in colour on a terminal unless NO_COLOR is set). Subscribed to all events, tail reports a gap in \
            a publisher's sequence on stderr; with --type filters it cannot know one and does not report.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
        case pretty
    }

    @Option(help: "Publisher endpoint; plain connects, @ binds.")
    var from = "tcp://127.0.0.1:5556"

    @Option(name: .customLong("type"), help: "Event type to receive (repeatable): meeting, condemnation, agreement.")
    var types: [EventType] = []

    @Flag(help: "Also print dead letters (rejected articles).")
    var deadletters = false

    @Option(help: "Output format.")
    var format: Format = .json

    @Option(help: "Exit after this many events.")
    var count: Int?

    @Option(help: "Exit after this many seconds without a message.")
    var idleTimeout: Double?

    func validate() throws {
        if let count, count < 1 { throw ValidationError("--count must be at least 1") }
        if let idleTimeout, idleTimeout <= 0 { throw ValidationError("--idle-timeout must be positive") }
    }

    func run() throws {
        var topics = types.isEmpty ? ["event."] : types.map(\.topic)
        if deadletters { topics.append("deadletter") }
        let printer = EventPrinter(pretty: format == .pretty, colour: isTerminal(STDOUT_FILENO))
        var gaps = SequenceGapDetector()
        var received = 0
        let stop = SignalCounter()
        let subscriber = EventSubscriber(endpoint: from, topics: topics)
        do {
            try subscriber.run(
                idleTimeout: idleTimeout.map { .milliseconds(Int($0 * 1000)) }, shouldStop: { stop.isRaised }
            ) { topic, payload in
                if topic == CloudEventEncoder.deadLetterTopic {
                    printer.printDeadLetter(payload)
                    return true
                }
                if types.isEmpty, let gap = gaps.check(payload) { printError("eventwire tail: \(gap)") }
                printer.printEvent(payload)
                received += 1
                return count.map { received < $0 } ?? true
            }
        } catch {
            printError("eventwire tail: \(error)")
            throw ExitCode(1)
        }
    }
}

extension EventType: ExpressibleByArgument {}
