import ArgumentParser
import EventWireCore
import EventWireDaemon
import Foundation
import ZeroMQ

/// `eventwire tail`: subscribes and prints events.
struct TailCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tail",
        abstract: "Subscribe to a daemon and print its events.",
        discussion: """
            json prints each event's CloudEvents payload as one line; pretty prints who, what, where and when \
            (in colour on a terminal unless NO_COLOR is set). Subscribed to all events, tail reports a gap in \
            a publisher's sequence on stderr; with --type filters it cannot know one and does not report. \
            --since N subscribes live first, prints the daemon's journaled events from sequence N (catch-up, \
            --catchup), then the live ones it has not printed: restarted with --since <last + 1>, tail misses \
            nothing and repeats nothing.
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

    @Option(
        help: """
            First print the journaled events from this sequence on (from the daemon's catch-up endpoint), then go \
            on live, with no gap and no duplicate.
            """)
    var since: UInt64?

    @Option(help: "With --since: the daemon instance whose sequence it is (default: from the first live event).")
    var instance: String?

    @Option(help: "With --since: the daemon's catch-up endpoint; plain connects.")
    var catchup = "tcp://127.0.0.1:5557"

    @Option(help: "CURVE: the publisher's public key, Z85 or a .pub file; needs --secret-key.")
    var serverKey: String?

    @Option(help: "CURVE: this client's secret key file (eventwire keygen's PREFIX.key).")
    var secretKey: String?

    @Option(help: "CURVE: this client's public key, Z85 or a .pub file (default: derived from --secret-key).")
    var publicKey: String?

    func validate() throws {
        if let count, count < 1 { throw ValidationError("--count must be at least 1") }
        if let idleTimeout, idleTimeout <= 0 { throw ValidationError("--idle-timeout must be positive") }
        if let since, since < 1 { throw ValidationError("--since must be at least 1 (sequences start at 1)") }
        if since == nil, instance != nil { throw ValidationError("--instance goes with --since") }
        if (serverKey == nil) != (secretKey == nil) {
            throw ValidationError("--server-key and --secret-key go together (CURVE needs both)")
        }
        if publicKey != nil, secretKey == nil { throw ValidationError("--public-key needs --secret-key") }
    }

    /// The CURVE settings of the options: keys given as Z85 text or as files holding one.
    func curveKeys() throws -> (serverKey: String, keyPair: CurveKeyPair)? {
        guard let serverKey, let secretKey else { return nil }
        func key(_ option: String, _ value: String, allowText: Bool) throws -> String {
            if allowText, CurveKeyPair.isKey(value) { return value }
            guard let data = FileManager.default.contents(atPath: value) else {
                throw ValidationError("\(option): no key file \(value)" + (allowText ? " and not a Z85 key" : ""))
            }
            let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
            guard lines.count == 1, CurveKeyPair.isKey(lines[0]) else {
                throw ValidationError("\(option): \(value) does not hold one 40-character Z85 key")
            }
            return lines[0]
        }
        let secret = try key("--secret-key", secretKey, allowText: false)
        let derived = try CurveKeyPair.publicKey(forSecretKey: secret)
        if let publicKey, try key("--public-key", publicKey, allowText: true) != derived {
            throw ValidationError("--public-key is not the public key of --secret-key")
        }
        return (try key("--server-key", serverKey, allowText: true), try CurveKeyPair(publicKey: derived, secretKey: secret))
    }

    func run() throws {
        var topics = types.isEmpty ? ["event."] : types.map(\.topic)
        if deadletters { topics.append("deadletter") }
        let printer = EventPrinter(pretty: format == .pretty, colour: isTerminal(STDOUT_FILENO))
        var gaps = SequenceGapDetector()
        var received = 0
        let stop = SignalCounter()
        var subscriber = EventSubscriber(endpoint: from, topics: topics)
        subscriber.catchUp = since.map { EventSubscriber.CatchUp(endpoint: catchup, since: $0, instance: instance) }
        do {
            subscriber.curve = try curveKeys()
        } catch {
            printError("eventwire tail: \(error)")
            throw ExitCode(2)
        }
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
