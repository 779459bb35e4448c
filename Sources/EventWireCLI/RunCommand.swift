import ArgumentParser
import EventWireCore
import EventWireDaemon
import Logging
import ServiceLifecycle

/// `eventwire run`: the daemon.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon: read articles from the feed, publish their events.",
        discussion: """
            With no options it connects its SUB feed socket to tcp://127.0.0.1:5555 and binds its event \
            publisher on tcp://127.0.0.1:5556. SIGTERM or SIGINT stop it gracefully: it stops reading, \
            finishes and publishes every accepted article, and exits 0; a second signal ends it at once.
            """)

    @Option(name: .customLong("feed"), help: "Feed endpoint (repeatable); plain connects, @ binds.")
    var feeds: [String] = []

    @Option(help: "Feed socket kind: sub (broadcast feed) or pull (a PUSH feed shared by many daemons).")
    var feedMode: DaemonConfiguration.FeedMode = .sub

    @Option(name: .customLong("publish"), help: "Event publisher endpoint (repeatable); plain binds, > connects.")
    var publishEndpoints: [String] = []

    @Option(help: "Articles extracted at once (default: the number of cores).")
    var workers: Int?

    @Option(help: "Articles accepted but not yet published before the feed stops reading (default: 4 per worker).")
    var maxInFlight: Int?

    @Option(help: "Largest article payload in bytes; larger ones go to deadletter.")
    var maxArticleBytes: Int = Article.defaultMaxPayloadBytes

    @Option(help: "Instance name in each event's source, eventwire://<host>/<instance> (default: unique per process).")
    var instance: String?

    @Option(help: "Seconds a graceful stop may take before it is forced.")
    var shutdownGrace: Int = 10

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        if let workers, workers < 1 { throw ValidationError("--workers must be at least 1") }
        if let maxInFlight, maxInFlight < 1 { throw ValidationError("--max-in-flight must be at least 1") }
        if maxArticleBytes < 1 { throw ValidationError("--max-article-bytes must be at least 1") }
        if shutdownGrace < 0 { throw ValidationError("--shutdown-grace must not be negative") }
    }

    var daemonConfiguration: DaemonConfiguration {
        var configuration = DaemonConfiguration()
        if !feeds.isEmpty { configuration.feedEndpoints = feeds }
        configuration.feedMode = feedMode
        if !publishEndpoints.isEmpty { configuration.publishEndpoints = publishEndpoints }
        if let workers { configuration.workers = workers }
        if let maxInFlight { configuration.maxInFlight = maxInFlight }
        configuration.maxArticleBytes = maxArticleBytes
        configuration.maxMessageBytes = max(configuration.maxMessageBytes, 2 * maxArticleBytes)
        if let instance { configuration.instance = instance }
        return configuration
    }

    func run() async throws {
        let logger = logging.bootstrap(label: "eventwire")
        let daemon = EventWireDaemon(
            configuration: daemonConfiguration, extractor: try makeExtractor(), logger: logger)
        var groupConfiguration = ServiceGroupConfiguration(
            services: [.init(service: daemon, successTerminationBehavior: .gracefullyShutdownGroup)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = .seconds(shutdownGrace)
        groupConfiguration.maximumCancellationDuration = .seconds(2)
        let secondSignal = exitOnSecondSignal(logger: logger)
        do {
            try await ServiceGroup(configuration: groupConfiguration).run()
        } catch {
            logger.critical("daemon failed", metadata: ["error": "\(error)"])
            throw ExitCode(1)
        }
        withExtendedLifetime(secondSignal) {}
    }
}

extension DaemonConfiguration.FeedMode: ExpressibleByArgument {}
