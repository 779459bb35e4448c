import Dispatch
import EventWireCore
import Logging
import Synchronization
import ZeroMQ

/// Owns the PUB socket: every event and dead letter leaves through its one serial queue.
///
/// The queue is the socket's only user, and so the `sequence` counter has a single writer: events are
/// numbered in the order they are sent, gapless from 1.
final class EventPublisher: @unchecked Sendable {
    // @unchecked: `socket` and `sequence` are touched only on `queue`.
    private let queue = DispatchQueue(label: "eventwire.publisher")
    private var socket: Socket?
    private var sequence: UInt64 = 0
    private let logger: Logger
    private let statistics: DaemonStatistics
    /// Batches handed to the queue and not yet sent: the publish queue depth.
    private let pending = Atomic<Int>(0)

    /// Creates the socket on the publisher's queue and binds or connects it.
    ///
    /// - Throws: ``ZeroMQError`` when an endpoint cannot be used.
    init(
        context: Context, endpoints: [String], highWaterMark: Int, statistics: DaemonStatistics, logger: Logger
    ) throws {
        self.logger = logger
        self.statistics = statistics
        try queue.sync {
            let socket = try context.makeSocket(.pub)
            try socket.setLinger(milliseconds: 0)
            try socket.setSendHighWaterMark(highWaterMark)
            for text in endpoints {
                try socket.attach(try Endpoint(text), defaultRole: .bind)
            }
            self.socket = socket
        }
    }

    /// The endpoints the socket is bound to, as libzmq reports them (a `*` port resolved).
    var boundEndpoint: String? {
        queue.sync { try? socket?.lastEndpoint }
    }

    /// Queues an article's events for sending, in order, each with the next sequence number.
    func publish(_ events: [EncodedEvent]) {
        guard !events.isEmpty else { return }
        statistics.recordPublishQueue(depth: pending.add(1, ordering: .relaxed).newValue)
        queue.async {
            for event in events {
                self.sequence += 1
                self.send([event.topic, event.payload(sequence: self.sequence)])
            }
            self.statistics.recordPublishQueue(depth: self.pending.subtract(1, ordering: .relaxed).newValue)
        }
    }

    /// Queues a dead letter on the `deadletter` topic (not counted in `sequence`).
    func publishDeadLetter(_ payload: [UInt8]) {
        queue.async { self.send([CloudEventEncoder.deadLetterTopic, payload]) }
    }

    /// Sends what is queued, then closes the socket, letting ZeroMQ flush for at most `lingerMilliseconds`.
    func close(lingerMilliseconds: Int) {
        queue.sync {
            guard let socket else { return }
            try? socket.setLinger(milliseconds: lingerMilliseconds)
            socket.close()
            self.socket = nil
        }
    }

    /// The number of events sent so far.
    var lastSequence: UInt64 { queue.sync { sequence } }

    private func send(_ frames: [[UInt8]]) {
        guard let socket else { return }
        do {
            // PUB never blocks: at a subscriber's high-water mark libzmq drops for that subscriber only.
            try socket.send(frames, dontWait: true)
        } catch {
            logger.error("cannot publish", metadata: ["error": "\(error)"])
        }
    }
}
