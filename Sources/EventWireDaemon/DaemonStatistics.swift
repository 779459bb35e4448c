import EventWireCore
import Synchronization

/// The daemon's counters, safe to update from every worker.
public final class DaemonStatistics: Sendable {
    /// A consistent copy of the counters.
    public struct Snapshot: Sendable, Hashable {
        public var received = 0
        public var processed = 0
        public var rejected: [RejectionReason: Int] = [:]
        public var published: [EventType: Int] = [:]

        public var rejectedTotal: Int { rejected.values.reduce(0, +) }
        public var publishedTotal: Int { published.values.reduce(0, +) }
    }

    private let counters = Mutex(Snapshot())

    public init() {}

    public var snapshot: Snapshot { counters.withLock { $0 } }

    func recordReceived() { counters.withLock { $0.received += 1 } }

    func recordProcessed(events: [Event]) {
        counters.withLock {
            $0.processed += 1
            for event in events { $0.published[event.type, default: 0] += 1 }
        }
    }

    func recordRejected(_ reason: RejectionReason) { counters.withLock { $0.rejected[reason, default: 0] += 1 } }
}
