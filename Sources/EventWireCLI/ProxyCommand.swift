import ArgumentParser
import EventWireDaemon
import Logging
import Metrics
import Prometheus
import ServiceLifecycle
import ZeroMQ

/// `eventwire proxy`: the XSUB/XPUB forwarder between many daemons and their subscribers.
struct ProxyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "proxy",
        abstract: "Forward events from many daemons (XSUB frontend) to subscribers (XPUB backend).",
        discussion: """
            Daemons publish into the frontend (eventwire run --publish '>tcp://127.0.0.1:6000'); subscribers \
            (tail, pyzmq SUB sockets) connect to the backend and subscribe as they would to one daemon: their \
            subscriptions travel back to every daemon. Plain endpoints bind, > connects. A subscriber that does \
            not keep up loses messages at its own high-water mark; the daemons and the other subscribers are \
            not slowed. Prometheus metrics on http://127.0.0.1:9103/metrics (/healthz, /readyz). SIGTERM or \
            SIGINT stop it within about a second, exit 0. Under systemd (Type=notify) it reports READY, \
            STATUS, WATCHDOG and STOPPING itself.
            """)

    @Option(name: .customLong("frontend"), help: "Endpoint the daemons publish to (repeatable); plain binds.")
    var frontends: [String] = []

    @Option(name: .customLong("backend"), help: "Endpoint subscribers connect to (repeatable); plain binds.")
    var backends: [String] = []

    @Option(help: "Messages queued per subscriber (and per publisher) before dropping for it (default: 100000).")
    var highWaterMark: Int?

    @Option(help: "Metrics and health address host:port, or 'off' (default: 127.0.0.1:9103).")
    var metrics = "127.0.0.1:9103"

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        if frontends.isEmpty { throw ValidationError("--frontend is required, such as --frontend tcp://127.0.0.1:6000") }
        if backends.isEmpty { throw ValidationError("--backend is required, such as --backend tcp://127.0.0.1:6001") }
        for (option, endpoints) in [("--frontend", frontends), ("--backend", backends)] {
            for text in endpoints {
                do {
                    _ = try Endpoint(text)
                } catch let error as ZeroMQError {
                    throw ValidationError("\(option): '\(text)': \(error.detail ?? "\(error)")")
                }
            }
        }
        if let highWaterMark, highWaterMark < 1 { throw ValidationError("--high-water-mark must be at least 1") }
        if metrics != "off", DaemonConfiguration.Metrics.parse(address: metrics) == nil {
            throw ValidationError("--metrics: '\(metrics)' is not host:port or off")
        }
    }

    func run() async throws {
        let (logger, _) = logging.bootstrap(label: "eventwire-proxy")
        var proxyConfiguration = EventProxy.Configuration(frontendEndpoints: frontends, backendEndpoints: backends)
        if let highWaterMark { proxyConfiguration.highWaterMark = highWaterMark }
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))

        let notifier = SystemdNotifier(logger: logger)
        let statusEvery = Every(.seconds(5))
        let watchdogEvery = notifier.watchdogPingInterval.map { Every($0) }
        let observer = EventProxy.Observer(
            ready: { notifier.ready(status: "forwarding \(frontends.joined(separator: ", ")) -> \(backends.joined(separator: ", "))") },
            tick: { snapshot in
                // Each tick is an answer from the proxy loop itself: the watchdog is fed only while it turns.
                if watchdogEvery?.isDue() == true { notifier.watchdog() }
                if notifier.isEnabled, statusEvery.isDue() {
                    notifier.status(
                        "\(snapshot.downstreamMessages) messages forwarded, \(snapshot.publishers) publishers, "
                            + "\(snapshot.subscribers) subscribers")
                }
            },
            stopping: { notifier.stopping() })
        let proxy = EventProxy(configuration: proxyConfiguration, logger: logger, observer: observer)

        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [
            .init(service: proxy, successTerminationBehavior: .gracefullyShutdownGroup)
        ]
        if metrics != "off", let (host, port) = DaemonConfiguration.Metrics.parse(address: metrics) {
            services.append(
                .init(
                    service: MetricsServer.make(
                        host: host, port: port, registry: registry, health: proxy.health, logger: logger,
                        stalledMessage: "proxy loop not answering\n"),
                    successTerminationBehavior: .gracefullyShutdownGroup,
                    failureTerminationBehavior: .gracefullyShutdownGroup))
        }
        var groupConfiguration = ServiceGroupConfiguration(
            services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = .seconds(5)
        groupConfiguration.maximumCancellationDuration = .seconds(2)

        let secondSignal = exitOnSecondSignal(logger: logger)
        do {
            try await ServiceGroup(configuration: groupConfiguration).run()
        } catch {
            logger.critical("proxy failed", metadata: ["error": "\(error)"])
            throw ExitCode(1)
        }
        withExtendedLifetime(secondSignal) {}
    }
}
