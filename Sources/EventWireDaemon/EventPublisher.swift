import Dispatch
import EventWireCore
import Logging
import Synchronization
import ZeroMQ

/// Owns the PUB socket: every event and dead letter leaves through its one serial queue (events synchronously, on
/// the worker that publishes them; see ``publish(_:)``).
///
/// The queue is the socket's only user, and so the `sequence` counter has a single writer: events are
/// numbered in the order they are sent, gapless from 1. With a journal, each article's events are appended to
/// it on the same queue before they are sent (so the journal has one writer, in sequence order), and the
/// sequence continues from the last one journaled for the instance.
final class EventPublisher: @unchecked Sendable {
    // @unchecked: `socket`, `sequence`, `journal` and `syncTimer` are touched only on `queue`.
    private let queue = DispatchQueue(label: "eventwire.publisher")
    private var socket: Socket?
    private var sequence: UInt64 = 0
    private var journal: EventJournal?
    private var syncTimer: (any DispatchSourceTimer)?
    private let journalErrorLog = RateLimitedLog()
    private let logger: Logger
    private let statistics: DaemonStatistics
    /// Batches handed to the queue and not yet sent: the publish queue depth.
    private let pending = Atomic<Int>(0)

    /// Creates the socket on the publisher's queue and binds or connects it.
    ///
    /// - Parameters:
    ///   - curve: When given with `curve` on, the socket is a CURVE server (``CurveCredentials/applyServer(to:)``).
    ///   - journal: Where events are journaled before they are sent; the publisher owns and closes it.
    /// - Throws: ``ZeroMQError`` when an endpoint cannot be used.
    init(
        context: Context, endpoints: [String], highWaterMark: Int, statistics: DaemonStatistics, logger: Logger,
        curve: CurveCredentials? = nil, journal: EventJournal? = nil
    ) throws {
        self.logger = logger
        self.statistics = statistics
        self.journal = journal
        self.sequence = journal?.lastSequence ?? 0
        if journal != nil {
            // fsync = "interval" also covers the last records of a burst: check once a second.
            let timer = DispatchSource.makeTimerSource(queue: queue)
            timer.schedule(deadline: .now() + 1, repeating: 1, leeway: .milliseconds(100))
            timer.setEventHandler { [weak self] in self?.journal?.syncIfDue() }
            timer.resume()
            syncTimer = timer
        }
        try queue.sync {
            let socket = try context.makeSocket(.pub)
            try socket.setLinger(milliseconds: 0)
            try socket.setSendHighWaterMark(highWaterMark)
            try curve?.applyServer(to: socket)
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

    /// Sends an article's events, in order, each with the next sequence number; returns once they are handed to
    /// ZeroMQ.
    ///
    /// Runs on the publisher's queue with `sync`, which libdispatch runs on the calling worker's own thread when
    /// the queue is free: the queue still serialises every use of the socket (and of `sequence` and the journal),
    /// but an article's events no longer wait for another thread to wake up and take them (one thread hop less
    /// between an article's arrival and its events on the wire). Workers that publish at the same moment wait for
    /// each other here; that is the publish queue depth.
    func publish(_ events: [EncodedEvent]) {
        guard !events.isEmpty else { return }
        statistics.recordPublishQueue(depth: pending.add(1, ordering: .relaxed).newValue)
        queue.sync {
            var entries: [JournalEntry] = []
            entries.reserveCapacity(events.count)
            for event in events {
                self.sequence += 1
                let payload = event.payload(sequence: self.sequence)
                entries.append(JournalEntry(sequence: self.sequence, topic: event.topic, payload: payload))
            }
            self.journalBeforeSending(entries)
            for entry in entries { self.send([entry.topic, entry.payload]) }
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
            syncTimer?.cancel()
            syncTimer = nil
            journal?.close()
            journal = nil
            guard let socket else { return }
            try? socket.setLinger(milliseconds: lingerMilliseconds)
            socket.close()
            self.socket = nil
        }
    }

    /// The number of events sent so far.
    var lastSequence: UInt64 { queue.sync { sequence } }

    /// Appends to the journal; a failed write (disk full) is logged and counted, and the events still go out:
    /// live subscribers keep them, and catch-up will not serve across the hole.
    private func journalBeforeSending(_ entries: [JournalEntry]) {
        guard let journal else { return }
        do {
            try journal.append(entries)
        } catch {
            journalErrorLog.warning(
                "journal write failed; events published without it", kind: "journal",
                metadata: ["error": "\(error)", "first_sequence": "\(entries.first?.sequence ?? 0)"], logger: logger)
        }
    }

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
