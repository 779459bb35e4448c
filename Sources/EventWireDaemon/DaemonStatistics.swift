import EventWireCore
import Foundation
import Metrics
import Synchronization

/// The daemon's counters: kept for logs and tests, and reported through swift-metrics.
///
/// The metric objects are made once, here; the backend (Prometheus in `eventwire run`) is the
/// application's choice. Safe to update from every worker.
public final class DaemonStatistics: Sendable {
    /// A consistent copy of the counters.
    public struct Snapshot: Sendable, Hashable {
        public var received = 0
        public var processed = 0
        public var rejected: [RejectionReason: Int] = [:]
        public var published: [EventType: Int] = [:]
        public var inFlight = 0
        public var feedConnected = false

        public var rejectedTotal: Int { rejected.values.reduce(0, +) }
        public var publishedTotal: Int { published.values.reduce(0, +) }
    }

    private let counters = Mutex(Snapshot())
    private let received = Counter(label: "eventwire_articles_received_total")
    private let processed = Counter(label: "eventwire_articles_processed_total")
    private let rejected: [RejectionReason: Counter]
    private let published: [EventType: Counter]
    private let extraction = Metrics.Timer(label: "eventwire_extraction_duration_seconds", preferredDisplayUnit: .seconds)
    private let inFlight = Gauge(label: "eventwire_articles_in_flight")
    private let publishQueue = Gauge(label: "eventwire_publish_queue_depth")
    private let feedConnected = Gauge(label: "eventwire_feed_connected")
    private let feedConnections = Counter(label: "eventwire_feed_connects_total")
    private let feedDisconnections = Counter(label: "eventwire_feed_disconnects_total")
    private let lastArticle = Gauge(label: "eventwire_last_article_timestamp_seconds")

    public init() {
        rejected = Dictionary(
            uniqueKeysWithValues: RejectionReason.allCases.map {
                ($0, Counter(label: "eventwire_articles_rejected_total", dimensions: [("reason", $0.rawValue)]))
            })
        published = Dictionary(
            uniqueKeysWithValues: EventType.allCases.map {
                ($0, Counter(label: "eventwire_events_published_total", dimensions: [("type", $0.rawValue)]))
            })
        feedConnected.record(0)
    }

    public var snapshot: Snapshot { counters.withLock { $0 } }

    func recordReceived() {
        received.increment()
        lastArticle.record(Date().timeIntervalSince1970)
        let inFlightNow = counters.withLock {
            $0.received += 1
            $0.inFlight += 1
            return $0.inFlight
        }
        inFlight.record(inFlightNow)
    }

    func recordExtraction(nanoseconds: Int64) { extraction.recordNanoseconds(nanoseconds) }

    func recordProcessed(events: [Event]) {
        processed.increment()
        for event in events { published[event.type]?.increment() }
        let inFlightNow = counters.withLock {
            $0.processed += 1
            $0.inFlight -= 1
            for event in events { $0.published[event.type, default: 0] += 1 }
            return $0.inFlight
        }
        inFlight.record(inFlightNow)
    }

    func recordRejected(_ reason: RejectionReason) {
        rejected[reason]?.increment()
        let inFlightNow = counters.withLock {
            $0.rejected[reason, default: 0] += 1
            $0.inFlight -= 1
            return $0.inFlight
        }
        inFlight.record(inFlightNow)
    }

    func recordPublishQueue(depth: Int) { publishQueue.record(depth) }

    func recordFeed(connected: Bool) {
        (connected ? feedConnections : feedDisconnections).increment()
        let connectedNow = counters.withLock {
            $0.feedConnected = connected
            return connected
        }
        feedConnected.record(connectedNow ? 1 : 0)
    }
}
