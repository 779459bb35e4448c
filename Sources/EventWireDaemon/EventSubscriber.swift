import Foundation
import ZeroMQ

/// Subscribes to a daemon's events: the socket side of `eventwire tail`.
public struct EventSubscriber: Sendable {
    /// Where the daemon publishes; a plain endpoint connects.
    public var endpoint: String
    /// Topic prefixes to subscribe to (`event.` for all events).
    public var topics: [String]
    /// CURVE: the publisher's public key and this client's own key pair; nil for a plain connection.
    public var curve: (serverKey: String, keyPair: CurveKeyPair)? = nil
    /// `tail --since`: fetch the journaled events from a sequence on, then go on live with no gap and no
    /// duplicate; nil for a plain live subscription.
    public var catchUp: CatchUp? = nil

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
        if let curve { try socket.makeCurveClient(serverKey: curve.serverKey, keyPair: curve.keyPair) }
        // Catching up needs the whole sequence live (to see where it stands); the type filter is applied here.
        let live = catchUp == nil ? topics : ["event."] + topics.filter { !$0.hasPrefix("event.") }
        for topic in live { try socket.subscribe(to: topic) }
        try socket.attach(try Endpoint(endpoint), defaultRole: .connect)
        if let catchUp {
            return try runCatchingUp(
                catchUp, live: socket, context: context, idleTimeout: idleTimeout, shouldStop: shouldStop,
                handle: handle)
        }
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

// MARK: - Catching up

extension EventSubscriber {
    /// Where and from which sequence `tail --since` fetches what it missed.
    public struct CatchUp: Sendable {
        /// The daemon's catch-up endpoint; a plain endpoint connects.
        public var endpoint: String
        /// The first sequence wanted.
        public var since: UInt64
        /// The instance whose sequence is meant; nil takes it from the first live event's `source`.
        public var instance: String?
        /// How long to wait for that first live event.
        public var instanceWait: Duration

        public init(
            endpoint: String = "tcp://127.0.0.1:5557", since: UInt64, instance: String? = nil,
            instanceWait: Duration = .seconds(5)
        ) {
            self.endpoint = endpoint
            self.since = since
            self.instance = instance
            self.instanceWait = instanceWait
        }
    }

    /// The live subscription is already made (ZeroMQ queues what arrives meanwhile); fetches from `since`,
    /// then takes the live stream, skipping what was fetched and fetching again across any gap in it.
    ///
    /// Every live event was journaled before it was sent, so a gap seen live (the subscription arrived late,
    /// the queue overflowed) is always in the journal: the union is gapless and has no duplicate, by
    /// `source` and `sequence`. Events of other instances (through a proxy) pass as they come.
    private func runCatchingUp(
        _ catchUp: CatchUp, live socket: Socket, context: Context, idleTimeout: Duration?, shouldStop: () -> Bool,
        handle: (_ topic: [UInt8], _ payload: [UInt8]) -> Bool
    ) throws {
        let clock = ContinuousClock()
        var pending: [[[UInt8]]] = []
        var instance = catchUp.instance
        let deadline = clock.now + catchUp.instanceWait
        while instance == nil {
            if shouldStop() { return }
            guard clock.now < deadline else {
                throw CatchUpError(
                    .noInstance,
                    "no live event from \(endpoint) within \(catchUp.instanceWait) to take the instance from; "
                        + "give --instance")
            }
            guard try socket.waitForInput(timeoutMilliseconds: 100) else { continue }
            while let frames = try socket.receiveMessage(dontWait: true) {
                guard frames.count == 2 else { continue }
                pending.append(frames)
                if instance == nil, frames[0].starts(with: Self.eventPrefix),
                    let parsed = Self.sourceAndSequence(frames[1])
                {
                    instance = Self.instance(of: parsed.source)
                }
            }
        }
        guard let instance else { return }
        let client = try CatchUpClient(context: context, endpoint: catchUp.endpoint, curve: curve)
        let wanted = topics.map { Array($0.utf8) }
        func deliver(_ topic: [UInt8], _ payload: [UInt8]) -> Bool {
            guard wanted.contains(where: { topic.starts(with: $0) }) else { return true }
            return handle(topic, payload)
        }
        var next = catchUp.since
        /// Fetches from `next` to the journal's end; false when `handle` asked to stop.
        func fill() throws -> Bool {
            var goOn = true
            let last = try client.fetch(instance: instance, since: next) { topic, payload in
                if let parsed = Self.sourceAndSequence(payload) { next = max(next, parsed.sequence + 1) }
                goOn = deliver(topic, payload)
                return goOn
            }
            if goOn { next = max(next, last + 1) }
            return goOn
        }
        func take(_ frames: [[UInt8]]) throws -> Bool {
            let (topic, payload) = (frames[0], frames[1])
            guard topic.starts(with: Self.eventPrefix), let parsed = Self.sourceAndSequence(payload),
                Self.instance(of: parsed.source) == instance
            else { return deliver(topic, payload) }
            let sequence = parsed.sequence
            if sequence < next { return true }  // fetched already
            if sequence > next {
                guard try fill() else { return false }
                if sequence < next { return true }
            }
            // Still ahead only when the journal lacks them (a failed write): the caller's gap report says so.
            next = sequence + 1
            return deliver(topic, payload)
        }

        guard try fill() else { return }
        for frames in pending { guard try take(frames) else { return } }
        pending = []
        var lastMessage = clock.now
        while !shouldStop() {
            if let idleTimeout, clock.now - lastMessage >= idleTimeout { return }
            guard try socket.waitForInput(timeoutMilliseconds: 100) else { continue }
            while let frames = try socket.receiveMessage(dontWait: true) {
                lastMessage = clock.now
                guard frames.count == 2 else { continue }
                guard try take(frames) else { return }
            }
        }
    }

    private static let eventPrefix = Array("event.".utf8)

    /// The `source` and `sequence` of an event payload, if it has both.
    static func sourceAndSequence(_ payload: [UInt8]) -> (source: String, sequence: UInt64)? {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(payload))) as? [String: Any],
            let source = object["source"] as? String,
            let sequence = (object["sequence"] as? String).flatMap({ UInt64($0) })
        else { return nil }
        return (source, sequence)
    }

    /// `main` of `eventwire://host/main`.
    static func instance(of source: String) -> String {
        source.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? source
    }
}
