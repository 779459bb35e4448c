import Foundation
import Logging
import Synchronization
import ZeroMQ

/// Owns the feed socket on a thread of its own and hands each received message to a handler.
///
/// The thread waits in `zmq_poll` with a short timeout, so a stop request is seen within that time
/// without a signal or a context shutdown; after a stop it reads nothing more and closes the socket.
final class FeedReceiver: Sendable {
    struct Settings: Sendable {
        var endpoints: [String]
        var mode: DaemonConfiguration.FeedMode
        var highWaterMark: Int
        var maxMessageBytes: Int
        /// Heartbeats and reconnect back-off; the defaults unless the daemon passes the configuration's.
        var connection = DaemonConfiguration.FeedConnection()
        /// CURVE: a server when the feed binds, a client of `feed_server_key` when it connects; nil for none.
        var curve: CurveCredentials? = nil
    }

    private let stopRequested = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)
    private let failure = Mutex<(any Error)?>(nil)

    /// What the feed thread tells the daemon besides messages.
    struct Observer: Sendable {
        /// A peer connected (true) or went away (false), with its endpoint.
        var connectionChanged: @Sendable (_ connected: Bool, _ endpoint: String) -> Void = { _, _ in }
        /// Called on every turn of the loop, at least every 100 ms while the feed thread is healthy.
        var tick: @Sendable () -> Void = {}
    }

    /// Starts the thread and returns once the socket is connected or bound.
    ///
    /// - Parameters:
    ///   - observer: told of connections and of each turn of the loop (the daemon's watchdog).
    ///   - handler: called on the feed thread with the frames of each message; it may block
    ///     (that is backpressure).
    /// - Throws: ``ZeroMQError`` when the socket cannot be set up; no thread keeps running then.
    init(
        context: Context, settings: Settings, logger: Logger, observer: Observer = Observer(),
        handler: @escaping @Sendable ([[UInt8]]) -> Void
    ) throws {
        let ready = DispatchSemaphore(value: 0)
        let setupError = Mutex<(any Error)?>(nil)
        let monitorEndpoint = "inproc://eventwire-feed-monitor-\(UInt64.random(in: 0 ... .max))"
        let thread = Thread { [self] in
            defer { self.finished.signal() }
            let socket: Socket
            let monitor: Socket
            do {
                socket = try FeedReceiver.makeSocket(context: context, settings: settings, monitor: monitorEndpoint)
                monitor = try context.makeSocket(.pair)
                try monitor.setLinger(milliseconds: 0)
                // No limit: libzmq's I/O thread blocks on a full monitor queue (events are rare without retries).
                try monitor.setReceiveHighWaterMark(0)
                try monitor.connect(to: monitorEndpoint)
            } catch {
                setupError.withLock { $0 = error }
                ready.signal()
                return
            }
            ready.signal()
            defer {
                socket.stopMonitor()
                monitor.close()
                socket.close()
            }
            do {
                while !self.stopRequested.load(ordering: .acquiring) {
                    observer.tick()
                    let ready = try Socket.poll([(socket, .input), (monitor, .input)], timeoutMilliseconds: 100)
                    while ready[1].contains(.input), let frames = try monitor.receiveMessage(dontWait: true) {
                        guard let event = SocketEvent(frames: frames) else { continue }
                        switch event.kind {
                        case .connected, .accepted: observer.connectionChanged(true, event.endpoint)
                        case .disconnected: observer.connectionChanged(false, event.endpoint)
                        default: break
                        }
                    }
                    guard ready[0].contains(.input) else { continue }
                    // Drain what is there; check for a stop between messages.
                    while !self.stopRequested.load(ordering: .acquiring),
                        let frames = try socket.receiveMessage(dontWait: true)
                    {
                        handler(frames)
                    }
                }
            } catch {
                logger.error("feed receiver stopped", metadata: ["error": "\(error)"])
                self.failure.withLock { $0 = error }
            }
        }
        thread.name = "eventwire-feed"
        thread.start()
        ready.wait()
        if let error = setupError.withLock({ $0 }) { throw error }
    }

    /// Asks the thread to stop reading; returns at once.
    func requestStop() { stopRequested.store(true, ordering: .releasing) }

    /// Returns when the thread has closed the socket; throws what ended it, if it was not a stop request.
    func waitUntilStopped() async throws {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                self.finished.wait()
                self.finished.signal()  // let later waiters through too
                continuation.resume()
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
    }

    private static func makeSocket(context: Context, settings: Settings, monitor: String) throws -> Socket {
        let socket = try context.makeSocket(settings.mode == .sub ? .sub : .pull)
        try socket.setLinger(milliseconds: 0)
        try socket.setReceiveHighWaterMark(settings.highWaterMark)
        try socket.setMaxMessageSize(settings.maxMessageBytes)
        // A dead upstream is noticed in seconds, not at TCP's pace (by default); reconnects back off to a cap.
        let connection = settings.connection
        try socket.setHeartbeat(
            intervalMilliseconds: connection.heartbeatIntervalMilliseconds,
            timeoutMilliseconds: connection.heartbeatTimeoutMilliseconds,
            ttlMilliseconds: connection.heartbeatTTLMilliseconds)
        try socket.setReconnectInterval(
            milliseconds: connection.reconnectIntervalMilliseconds,
            maxMilliseconds: connection.reconnectIntervalMaxMilliseconds)
        if settings.mode == .sub { try socket.subscribe(to: "") }
        try socket.startMonitor(at: monitor)
        let endpoints = try settings.endpoints.map { try Endpoint($0) }
        try settings.curve?.applyFeed(to: socket, binds: endpoints.contains { $0.resolvedRole(default: .connect) == .bind })
        for endpoint in endpoints {
            try socket.attach(endpoint, defaultRole: .connect)
        }
        return socket
    }
}
