import ArgumentParser
import Dispatch
import EventWireCore
import EventWireDaemon
import Foundation
import Logging
import Metrics
import Prometheus
import ServiceLifecycle
import Synchronization

/// `eventwire run`: the daemon.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the daemon: read articles from the feed, publish their events.",
        discussion: """
            With no options it connects its SUB feed socket to tcp://127.0.0.1:5555, binds its event \
            publisher on tcp://127.0.0.1:5556 and serves Prometheus metrics on http://127.0.0.1:9102/metrics \
            (/healthz, /readyz). Options override the configuration file (--config). SIGTERM or SIGINT stop \
            it gracefully: it stops reading, finishes and publishes every accepted article, and exits 0; a \
            second signal or the grace period ends it at once. SIGHUP reloads the dictionaries and the log \
            level from the configuration file without losing an article. Under systemd (Type=notify) it \
            reports READY, STATUS, WATCHDOG and STOPPING itself.
            """)

    @Option(help: "Configuration file (TOML); see deploy/eventwire.toml.")
    var config: String?

    @Option(name: .customLong("feed"), help: "Feed endpoint (repeatable); plain connects, @ binds.")
    var feeds: [String] = []

    @Option(help: "Feed socket kind: sub (broadcast feed) or pull (a PUSH feed shared by many daemons).")
    var feedMode: DaemonConfiguration.FeedMode?

    @Option(name: .customLong("publish"), help: "Event publisher endpoint (repeatable); plain binds, > connects.")
    var publishEndpoints: [String] = []

    @Option(help: "Articles extracted at once (default: the number of cores).")
    var workers: Int?

    @Option(help: "Articles accepted but not yet published before the feed stops reading (default: 4 per worker).")
    var maxInFlight: Int?

    @Option(help: "Largest article payload in bytes; larger ones go to deadletter (default: 4194304).")
    var maxArticleBytes: Int?

    @Option(help: "Instance name in each event's source, eventwire://<host>/<instance> (default: unique per process).")
    var instance: String?

    @Option(help: "Metrics and health address host:port, or 'off' (default: 127.0.0.1:9102).")
    var metrics: String?

    @Option(help: "Seconds a graceful stop may take before it is forced (default: 10).")
    var shutdownGrace: Int?

    @Option(
        help: """
            Event journal folder, or 'off' (default: $STATE_DIRECTORY/journal under systemd, else off). \
            Catch-up serves from it.
            """)
    var journal: String?

    @Option(
        name: .customLong("catchup"),
        help: "Catch-up endpoint (repeatable), or 'off'; plain binds (default: tcp://127.0.0.1:5557 with a journal).")
    var catchUpEndpoints: [String] = []

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        if let workers, workers < 1 { throw ValidationError("--workers must be at least 1") }
        if let maxInFlight, maxInFlight < 1 { throw ValidationError("--max-in-flight must be at least 1") }
        if let maxArticleBytes, maxArticleBytes < 1 { throw ValidationError("--max-article-bytes must be at least 1") }
        if let shutdownGrace, shutdownGrace < 0 { throw ValidationError("--shutdown-grace must not be negative") }
        if let journal, journal.isEmpty { throw ValidationError("--journal: give a folder, or off") }
        if let metrics, metrics != "off", DaemonConfiguration.Metrics.parse(address: metrics) == nil {
            throw ValidationError("--metrics: '\(metrics)' is not host:port or off")
        }
    }

    /// The configuration file's settings (or the defaults) with the command line's on top.
    func daemonConfiguration() throws(ConfigurationError) -> DaemonConfiguration {
        var configuration = try DaemonConfiguration.load(file: config)
        if !feeds.isEmpty { configuration.feedEndpoints = feeds }
        if let feedMode { configuration.feedMode = feedMode }
        if !publishEndpoints.isEmpty { configuration.publishEndpoints = publishEndpoints }
        if let workers { configuration.workers = workers }
        if let maxInFlight { configuration.maxInFlight = maxInFlight }
        if let maxArticleBytes {
            configuration.maxArticleBytes = maxArticleBytes
            configuration.maxMessageBytes = max(configuration.maxMessageBytes, 2 * maxArticleBytes)
        }
        if let instance { configuration.instance = instance }
        if let metrics {
            configuration.metrics.isEnabled = metrics != "off"
            if metrics != "off" { configuration.metrics.address = metrics }
        }
        if let shutdownGrace { configuration.shutdownGraceSeconds = shutdownGrace }
        if let journal { configuration.journal.directory = journal == "off" ? "" : journal }
        if !catchUpEndpoints.isEmpty { configuration.catchUp.endpoints = catchUpEndpoints.filter { $0 != "off" } }
        if let level = logging.logLevel { configuration.log.level = level }
        if let format = logging.logFormat { configuration.log.format = format }
        return configuration
    }

    func run() async throws {
        let configuration: DaemonConfiguration
        do {
            configuration = try daemonConfiguration()
        } catch {
            for problem in error.problems { printError("eventwire run: \(problem)") }
            throw ExitCode(2)
        }
        AllocatorPolicy.apply()
        let (logger, sharedLevel) = logging.bootstrap(
            label: "eventwire", defaultLevel: configuration.log.level, defaultFormat: configuration.log.format)
        let extractor: Extractor
        do {
            extractor = try DictionaryLoader.makeExtractor(extraPaths: configuration.dictionaryPaths)
        } catch {
            printError("eventwire run: \(error)")
            throw ExitCode(2)
        }
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))

        let notifier = SystemdNotifier(logger: logger)
        let statusEvery = Every(.seconds(5))
        let watchdogEvery = notifier.watchdogPingInterval.map { Every($0) }
        let daemonBox = Mutex<EventWireDaemon?>(nil)
        let observer = EventWireDaemon.Observer(
            ready: {
                notifier.ready(status: "reading \(configuration.feedEndpoints.joined(separator: ", "))")
            },
            tick: {
                // The feed loop turns at least every 100 ms; the watchdog is fed only while it does.
                if watchdogEvery?.isDue() == true { notifier.watchdog() }
                if notifier.isEnabled, let daemon = daemonBox.withLock({ $0 }), daemon.health.isReady,
                    statusEvery.isDue()
                {
                    let stats = daemon.statistics.snapshot
                    notifier.status(
                        "\(stats.processed) articles, \(stats.publishedTotal) events, \(stats.rejectedTotal) rejected")
                }
            },
            stopping: { notifier.stopping() })
        let daemon = EventWireDaemon(
            configuration: configuration, extractor: extractor, logger: logger, observer: observer)
        daemonBox.withLock { $0 = daemon }

        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [
            .init(service: daemon, successTerminationBehavior: .gracefullyShutdownGroup)
        ]
        if configuration.metrics.isEnabled, let (host, port) = configuration.metrics.hostAndPort {
            services.append(
                .init(
                    service: MetricsServer.make(
                        host: host, port: port, registry: registry, health: daemon.health, logger: logger),
                    successTerminationBehavior: .gracefullyShutdownGroup,
                    failureTerminationBehavior: .gracefullyShutdownGroup))
        }
        var groupConfiguration = ServiceGroupConfiguration(
            services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = .seconds(configuration.shutdownGraceSeconds)
        groupConfiguration.maximumCancellationDuration = .seconds(2)

        let secondSignal = exitOnSecondSignal(logger: logger)
        let reload = SignalCounter(signals: [SIGHUP]) { _ in
            Self.reload(file: config, daemon: daemon, level: sharedLevel, notifier: notifier, logger: logger)
        }
        do {
            try await ServiceGroup(configuration: groupConfiguration).run()
        } catch {
            logger.critical("daemon failed", metadata: ["error": "\(error)"])
            throw ExitCode(1)
        }
        withExtendedLifetime((secondSignal, reload)) {}
    }

    /// SIGHUP: reads the configuration file again and applies the dictionaries and the log level.
    ///
    /// Endpoints and pool sizes need a restart; a file with errors changes nothing.
    static func reload(
        file: String?, daemon: EventWireDaemon, level: SharedLogLevel, notifier: SystemdNotifier, logger: Logger
    ) {
        notifier.reloading()
        defer { notifier.ready() }
        do {
            let configuration = try DaemonConfiguration.load(file: file)
            let extractor = try DictionaryLoader.makeExtractor(extraPaths: configuration.dictionaryPaths)
            daemon.replaceExtractor(extractor)
            level.level = configuration.log.level
            logger.info(
                "reloaded",
                metadata: [
                    "config": "\(file ?? "-")", "dictionaries": "\(configuration.dictionaryPaths.count)",
                    "log_level": "\(configuration.log.level)",
                ])
        } catch {
            logger.error("reload failed; keeping the running configuration", metadata: ["error": "\(error)"])
        }
    }
}

/// True at most once per interval: throttles status and watchdog messages from a fast loop.
final class Every: Sendable {
    private let interval: Duration
    private let last = Mutex<ContinuousClock.Instant?>(nil)

    init(_ interval: Duration) { self.interval = interval }

    func isDue() -> Bool {
        let now = ContinuousClock.now
        return last.withLock { last in
            if let previous = last, now - previous < interval { return false }
            last = now
            return true
        }
    }
}

extension DaemonConfiguration.FeedMode: ExpressibleByArgument {}
