import EventWireCore
import Logging
import ServiceLifecycle
import Synchronization
import ZeroMQ

/// The daemon: feed socket in, extraction pool, event publisher out.
///
/// Run it in a `ServiceGroup`. On graceful shutdown it stops reading the feed, finishes every article it
/// had accepted, publishes their events, lets ZeroMQ flush within the publisher's linger, and returns.
/// Cancellation (the grace period is over) skips the wait for unfinished articles.
public final class EventWireDaemon: Service, Sendable {
    private let configuration: DaemonConfiguration
    private let extractor: Mutex<any EventExtractor>
    private let logger: Logger
    private let deadLetterLog = RateLimitedLog()
    /// The counters, for logs, metrics and tests.
    public let statistics = DaemonStatistics()
    /// Readiness and liveness, for `/readyz` and `/healthz`.
    public let health = HealthState()
    private let observer: Observer

    /// Hooks for the process around the daemon (systemd notifications).
    public struct Observer: Sendable {
        /// The sockets are up: the daemon takes articles.
        public var ready: @Sendable () -> Void = {}
        /// Called at least every 100 ms from the feed loop while it is healthy (the watchdog hangs off it).
        public var tick: @Sendable () -> Void = {}
        /// A graceful stop has begun.
        public var stopping: @Sendable () -> Void = {}

        public init(
            ready: @escaping @Sendable () -> Void = {}, tick: @escaping @Sendable () -> Void = {},
            stopping: @escaping @Sendable () -> Void = {}
        ) {
            self.ready = ready
            self.tick = tick
            self.stopping = stopping
        }
    }

    public init(
        configuration: DaemonConfiguration, extractor: any EventExtractor, logger: Logger,
        observer: Observer = Observer()
    ) {
        self.configuration = configuration
        self.extractor = Mutex(extractor)
        self.logger = logger
        self.observer = observer
    }

    /// Swaps the extractor (new dictionaries) between articles: each article is extracted by the one
    /// that was current when it started, so none is dropped or done twice.
    public func replaceExtractor(_ extractor: any EventExtractor) {
        self.extractor.withLock { $0 = extractor }
    }

    public func run() async throws {
        let context = try Context()
        defer { context.terminate() }
        // CURVE (off by default): the ZAP handler answers before any CURVE server socket binds, and stops after
        // they are closed (this defer runs before the context's).
        let curve = try CurveCredentials.load(configuration.security)
        let zap = try curve.flatMap { curve in
            curve.isServer
                ? try ZapHandler(
                    context: context, allowedClients: curve.allowedClients, domain: CurveCredentials.zapDomain,
                    logger: logger)
                : nil
        }
        defer { zap?.stop() }
        // The journal (when on) is opened, recovered and handed to the publisher, which appends to it and
        // closes it after the last event; the catch-up server reads it through its catalog.
        let journal = try openJournal()
        let catalog = journal?.catalog
        let publisher = try EventPublisher(
            context: context, endpoints: configuration.publishEndpoints,
            highWaterMark: configuration.publishHighWaterMark, statistics: statistics, logger: logger, curve: curve,
            journal: journal)
        let catchUp: CatchUpServer?
        do {
            catchUp = try catalog.flatMap { catalog -> CatchUpServer? in
                if configuration.catchUp.endpoints.isEmpty { return nil }
                return try CatchUpServer(
                    context: context, endpoints: configuration.catchUp.endpoints, catalog: catalog, logger: logger,
                    configure: { [curve] socket in try curve?.applyServer(to: socket) })
            }
        } catch {
            publisher.close(lingerMilliseconds: 0)
            throw error
        }
        // Stopped after the publisher has closed (a client may still fetch the last events), before the context.
        defer { catchUp?.stop() }
        let pool = ExtractionPool(workers: configuration.workers, maxInFlight: configuration.effectiveMaxInFlight)
        let encoder = CloudEventEncoder(host: configuration.host, instance: configuration.instance)
        let settings = FeedReceiver.Settings(
            endpoints: configuration.feedEndpoints, mode: configuration.feedMode,
            highWaterMark: configuration.feedHighWaterMark, maxMessageBytes: configuration.maxMessageBytes,
            connection: configuration.feedConnection, curve: curve)
        let feed: FeedReceiver
        do {
            let observer = FeedReceiver.Observer(
                connectionChanged: { [logger, statistics] connected, endpoint in
                    statistics.recordFeed(connected: connected)
                    if connected {
                        logger.info("feed connected", metadata: ["endpoint": "\(endpoint)"])
                    } else {
                        logger.warning("feed disconnected; ZeroMQ reconnects", metadata: ["endpoint": "\(endpoint)"])
                    }
                },
                tick: { [health, observer] in
                    health.tick()
                    observer.tick()
                })
            feed = try FeedReceiver(context: context, settings: settings, logger: logger, observer: observer) { frames in
                pool.submit { self.process(frames, encoder: encoder, publisher: publisher) }
            }
        } catch {
            publisher.close(lingerMilliseconds: 0)
            throw error
        }
        observer.ready()  // first, so that nothing keyed on readiness (STATUS=) precedes READY=1
        health.setReady(true)
        logger.info(
            "ready",
            metadata: [
                "feed": "\(configuration.feedEndpoints.joined(separator: ","))",
                "feed_mode": "\(configuration.feedMode.rawValue)",
                "publish": "\(configuration.publishEndpoints.joined(separator: ","))",
                "workers": "\(configuration.workers)", "source": "\(encoder.source)",
                "curve": "\(curve.map { $0.isServer ? "server" : "feed-client" } ?? "off")",
                "journal": "\(configuration.journal.resolvedDirectory() ?? "off")",
                "catchup": "\(catchUp?.boundEndpoints.joined(separator: ",") ?? "off")",
            ])

        var feedError: (any Error)?
        await withTaskCancellationHandler {
            await withGracefulShutdownHandler {
                do { try await feed.waitUntilStopped() } catch { feedError = error }
            } onGracefulShutdown: {
                self.health.setReady(false)
                self.observer.stopping()
                self.logger.info("stopping: finishing accepted articles")
                feed.requestStop()
            }
            if !Task.isCancelled { await pool.waitUntilIdle() }
        } onCancel: {
            feed.requestStop()
        }
        health.setReady(false)
        publisher.close(lingerMilliseconds: Task.isCancelled ? 0 : configuration.publishLingerMilliseconds)
        let stats = statistics.snapshot
        logger.info(
            "stopped",
            metadata: [
                "received": "\(stats.received)", "processed": "\(stats.processed)",
                "rejected": "\(stats.rejectedTotal)", "events": "\(stats.publishedTotal)",
            ])
        if let feedError { throw feedError }
    }

    /// The journal, when the configuration turns it on (a directory, or systemd's state directory).
    ///
    /// - Throws: ``JournalError`` when its folder cannot be made, read or locked.
    private func openJournal() throws -> EventJournal? {
        guard let directory = configuration.journal.resolvedDirectory() else { return nil }
        let hours = configuration.journal.maxAgeHours
        let settings = EventJournal.Settings(
            directory: directory, maxBytes: configuration.journal.maxBytes,
            maxAgeSeconds: hours > 0 ? Double(hours) * 3600 : nil, fsync: configuration.journal.fsync)
        return try EventJournal(settings: settings, instance: configuration.instance, logger: logger)
    }

    /// Decodes, extracts, encodes and hands to the publisher one feed message. Runs on a worker.
    private func process(_ frames: [[UInt8]], encoder: CloudEventEncoder, publisher: EventPublisher) {
        statistics.recordReceived()
        let payload = frames[frames.count - 1]
        do throws(ArticleRejection) {
            guard frames.count <= 2 else {
                throw ArticleRejection(
                    reason: .badFrames, detail: "message has \(frames.count) frames; an article has 1 or 2")
            }
            let article = try Article(json: payload, maxBytes: configuration.maxArticleBytes)
            let extractor = self.extractor.withLock { $0 }
            let started = ContinuousClock.now
            let events = extractor.events(in: article)
            let took = ContinuousClock.now - started
            statistics.recordExtraction(nanoseconds: took.inNanoseconds)
            publisher.publish(encoder.encode(events, of: article, time: Timestamp.now()))
            statistics.recordProcessed(events: events)
        } catch let rejection {
            statistics.recordRejected(rejection.reason)
            publisher.publishDeadLetter(CloudEventEncoder.deadLetter(rejection, bytes: payload.count))
            deadLetterLog.warning(
                "article rejected", kind: rejection.reason.rawValue,
                metadata: [
                    "reason": "\(rejection.reason.rawValue)", "detail": "\(rejection.detail)",
                    "bytes": "\(payload.count)", "article_id": "\(rejection.articleID ?? "-")",
                ], logger: logger)
        }
    }
}
