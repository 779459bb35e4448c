import EventWireCore
import Logging
import ServiceLifecycle
import ZeroMQ

/// The daemon: feed socket in, extraction pool, event publisher out.
///
/// Run it in a `ServiceGroup`. On graceful shutdown it stops reading the feed, finishes every article it
/// had accepted, publishes their events, lets ZeroMQ flush within the publisher's linger, and returns.
/// Cancellation (the grace period is over) skips the wait for unfinished articles.
public final class EventWireDaemon: Service, Sendable {
    private let configuration: DaemonConfiguration
    private let extractor: any EventExtractor
    private let logger: Logger
    private let deadLetterLog = RateLimitedLog()
    /// The counters, for logs and tests.
    public let statistics = DaemonStatistics()

    public init(configuration: DaemonConfiguration, extractor: any EventExtractor, logger: Logger) {
        self.configuration = configuration
        self.extractor = extractor
        self.logger = logger
    }

    public func run() async throws {
        let context = try Context()
        defer { context.terminate() }
        let publisher = try EventPublisher(
            context: context, endpoints: configuration.publishEndpoints,
            highWaterMark: configuration.publishHighWaterMark, logger: logger)
        let pool = ExtractionPool(workers: configuration.workers, maxInFlight: configuration.effectiveMaxInFlight)
        let encoder = CloudEventEncoder(host: configuration.host, instance: configuration.instance)
        let settings = FeedReceiver.Settings(
            endpoints: configuration.feedEndpoints, mode: configuration.feedMode,
            highWaterMark: configuration.feedHighWaterMark, maxMessageBytes: configuration.maxMessageBytes)
        let feed: FeedReceiver
        do {
            feed = try FeedReceiver(context: context, settings: settings, logger: logger) { frames in
                pool.submit { self.process(frames, encoder: encoder, publisher: publisher) }
            }
        } catch {
            publisher.close(lingerMilliseconds: 0)
            throw error
        }
        logger.info(
            "ready",
            metadata: [
                "feed": "\(configuration.feedEndpoints.joined(separator: ","))",
                "feed_mode": "\(configuration.feedMode.rawValue)",
                "publish": "\(configuration.publishEndpoints.joined(separator: ","))",
                "workers": "\(configuration.workers)", "source": "\(encoder.source)",
            ])

        var feedError: (any Error)?
        await withTaskCancellationHandler {
            await withGracefulShutdownHandler {
                do { try await feed.waitUntilStopped() } catch { feedError = error }
            } onGracefulShutdown: {
                self.logger.info("stopping: finishing accepted articles")
                feed.requestStop()
            }
            if !Task.isCancelled { await pool.waitUntilIdle() }
        } onCancel: {
            feed.requestStop()
        }
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

    /// Decodes, extracts, encodes and hands to the publisher one feed message. Runs on a worker.
    private func process(_ frames: [[UInt8]], encoder: CloudEventEncoder, publisher: EventPublisher) {
        statistics.recordReceived()
        let payload = frames[frames.count - 1]
        do {
            guard frames.count <= 2 else {
                throw ArticleRejection(
                    reason: .badFrames, detail: "message has \(frames.count) frames; an article has 1 or 2")
            }
            let article = try Article(json: payload, maxBytes: configuration.maxArticleBytes)
            let events = extractor.events(in: article)
            publisher.publish(encoder.encode(events, of: article, time: Timestamp.now()))
            statistics.recordProcessed(events: events)
        } catch let rejection as ArticleRejection {
            statistics.recordRejected(rejection.reason)
            publisher.publishDeadLetter(CloudEventEncoder.deadLetter(rejection, bytes: payload.count))
            deadLetterLog.warning(
                "article rejected", kind: rejection.reason.rawValue,
                metadata: [
                    "reason": "\(rejection.reason.rawValue)", "detail": "\(rejection.detail)",
                    "bytes": "\(payload.count)", "article_id": "\(rejection.articleID ?? "-")",
                ], logger: logger)
        } catch {
            // Article(json:) throws only ArticleRejection; anything else is a bug worth a loud line.
            logger.error("unexpected error processing an article", metadata: ["error": "\(error)"])
        }
    }
}
