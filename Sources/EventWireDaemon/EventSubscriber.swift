import Foundation
import ZeroMQ

/// Subscribes to a daemon's events: the socket side of `eventwire tail`.
public struct EventSubscriber: Sendable {
    /// Where the daemon publishes; a plain endpoint connects.
    public var endpoint: String
    /// Topic prefixes to subscribe to (`event.` for all events).
    public var topics: [String]

    public init(endpoint: String = "tcp://127.0.0.1:5556", topics: [String] = ["event."]) {
        self.endpoint = endpoint
        self.topics = topics
    }

    /// Receives until `handle` returns false, `shouldStop` is true, or nothing came for `idleTimeout`.
    ///
    /// - Parameters:
    ///   - idleTimeout: stop after this long without a message; nil waits for ever.
    ///   - handle: called with frame 1 (the topic) and frame 2 (the payload) of each message.
    /// - Throws: ``ZeroMQError`` when the endpoint cannot be used.
    public func run(
        idleTimeout: Duration? = nil,
        shouldStop: () -> Bool = { false },
        handle: (_ topic: [UInt8], _ payload: [UInt8]) -> Bool
    ) throws {
        let context = try Context()
        defer { context.terminate() }
        let socket = try context.makeSocket(.sub)
        defer { socket.close() }
        try socket.setLinger(milliseconds: 0)
        try socket.setReconnectInterval(milliseconds: 100, maxMilliseconds: 5_000)
        for topic in topics { try socket.subscribe(to: topic) }
        try socket.attach(try Endpoint(endpoint), defaultRole: .connect)
        let clock = ContinuousClock()
        var lastMessage = clock.now
        while !shouldStop() {
            if let idleTimeout, clock.now - lastMessage >= idleTimeout { return }
            guard try socket.waitForInput(timeoutMilliseconds: 100) else { continue }
            while let frames = try socket.receiveMessage(dontWait: true) {
                lastMessage = clock.now
                guard frames.count == 2 else { continue }
                if !handle(frames[0], frames[1]) { return }
            }
        }
    }
}
