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
    }

    private let stopRequested = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)
    private let failure = Mutex<(any Error)?>(nil)

    /// Starts the thread and returns once the socket is connected or bound.
    ///
    /// - Parameter handler: called on the feed thread with the frames of each message; it may block
    ///   (that is backpressure).
    /// - Throws: ``ZeroMQError`` when the socket cannot be set up; no thread keeps running then.
    init(
        context: Context, settings: Settings, logger: Logger,
        handler: @escaping @Sendable ([[UInt8]]) -> Void
    ) throws {
        let ready = DispatchSemaphore(value: 0)
        let setupError = Mutex<(any Error)?>(nil)
        let thread = Thread { [self] in
            defer { self.finished.signal() }
            let socket: Socket
            do {
                socket = try FeedReceiver.makeSocket(context: context, settings: settings)
            } catch {
                setupError.withLock { $0 = error }
                ready.signal()
                return
            }
            ready.signal()
            defer { socket.close() }
            do {
                while !self.stopRequested.load(ordering: .acquiring) {
                    guard try socket.waitForInput(timeoutMilliseconds: 100) else { continue }
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

    private static func makeSocket(context: Context, settings: Settings) throws -> Socket {
        let socket = try context.makeSocket(settings.mode == .sub ? .sub : .pull)
        try socket.setLinger(milliseconds: 0)
        try socket.setReceiveHighWaterMark(settings.highWaterMark)
        try socket.setMaxMessageSize(settings.maxMessageBytes)
        // A dead upstream is noticed in seconds, not at TCP's pace; reconnects back off to 5 s.
        try socket.setHeartbeat(intervalMilliseconds: 5_000, timeoutMilliseconds: 15_000, ttlMilliseconds: 30_000)
        try socket.setReconnectInterval(milliseconds: 100, maxMilliseconds: 5_000)
        if settings.mode == .sub { try socket.subscribe(to: "") }
        for text in settings.endpoints {
            try socket.attach(try Endpoint(text), defaultRole: .connect)
        }
        return socket
    }
}
