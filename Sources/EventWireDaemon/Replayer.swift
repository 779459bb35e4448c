import EventWireCore
import Foundation
import ZeroMQ

/// Publishes article files as a feed: what `eventwire replay` does.
///
/// In `pub` mode it binds an XPUB socket and waits until a subscriber's subscription has arrived before
/// the first send, so ZeroMQ's slow-joiner effect cannot eat the first articles; `XPUB_NODROP` then turns
/// a full queue into waiting, not loss. In `push` mode the first send waits for a peer.
public struct Replayer: Sendable {
    public enum Mode: String, Sendable, CaseIterable {
        case pub
        case push
    }

    public struct Options: Sendable {
        /// Where the feed is offered; a plain endpoint binds.
        public var endpoint = "tcp://127.0.0.1:5555"
        public var mode = Mode.pub
        /// Articles a second; 0 sends as fast as the feed takes them.
        public var rate: Double = 0
        /// Start again at the first file after the last, until stopped.
        public var loop = false
        /// `published` for articles that have none.
        public var published: String?
        /// How long to wait for the first subscriber or peer.
        public var waitTimeout: Duration = .seconds(10)
        /// How many subscriptions to wait for in `pub` mode.
        public var subscribers = 1
        /// How long closing may take to deliver what is still queued to a slow daemon.
        public var lingerMilliseconds = 60_000

        public init() {}
    }

    /// Counts so far, for a progress line.
    public struct Progress: Sendable {
        public var sent = 0
        public var bytes = 0
        public var elapsed: Duration = .zero
        public var perSecond: Double {
            let seconds = elapsed.inSeconds
            return seconds > 0 ? Double(sent) / seconds : 0
        }
    }

    /// The feed found no taker within the wait.
    public struct NoSubscriberError: Error, CustomStringConvertible, Sendable {
        public var endpoint: String
        public var timeout: Duration
        public var description: String {
            "no subscriber connected to \(endpoint) within \(timeout.components.seconds) s; is `eventwire run` running with its feed pointed here?"
        }
    }

    public var options: Options

    public init(options: Options) {
        self.options = options
    }

    /// Sends every article of `paths`.
    ///
    /// - Parameters:
    ///   - progress: called about twice a second and once at the end.
    ///   - shouldStop: polled between articles; true ends the replay early (a signal, say).
    ///   - problem: told of a file that cannot be read; the replay goes on with the next.
    /// - Returns: the final counts.
    /// - Throws: ``NoSubscriberError``, ``ZeroMQError``, or ``ArticleFiles/ReadError`` for a bad path.
    public func run(
        paths: [String],
        progress: (Progress) -> Void,
        shouldStop: () -> Bool = { false },
        problem: (ArticleFiles.ReadError) -> Void
    ) throws -> Progress {
        let files = try ArticleFiles.files(in: paths)
        let context = try Context()
        defer { context.terminate() }
        let socket = try context.makeSocket(options.mode == .pub ? .xpub : .push)
        defer { socket.close() }
        try socket.setLinger(milliseconds: 0)
        try socket.setSendHighWaterMark(10_000)
        try socket.attach(try Endpoint(options.endpoint), defaultRole: .bind)
        let endpoint = (try? socket.lastEndpoint) ?? options.endpoint
        if options.mode == .pub {
            try socket.setXPubNoDrop(true)
            try waitForSubscribers(socket, endpoint: endpoint)
        }
        let reader = ArticleFiles(published: options.published)
        let clock = ContinuousClock()
        let start = clock.now
        var counts = Progress()
        var lastReport = start
        var firstSend = true
        var stop = false
        repeat {
            for file in files where !stop {
                do {
                    try reader.forEachArticle(inFile: file) { record in
                        guard !stop else { return }
                        if shouldStop() {
                            stop = true
                            return
                        }
                        if options.rate > 0 {
                            let due = start + .seconds(Double(counts.sent) / options.rate)
                            if due > clock.now { Thread.sleep(forTimeInterval: (due - clock.now).inSeconds) }
                        }
                        try send(record.payload, on: socket, endpoint: endpoint, first: firstSend)
                        firstSend = false
                        counts.sent += 1
                        counts.bytes += record.payload.count
                        let now = clock.now
                        if now - lastReport >= .milliseconds(500) {
                            lastReport = now
                            counts.elapsed = now - start
                            progress(counts)
                        }
                    }
                } catch let error as ArticleFiles.ReadError {
                    problem(error)
                }
            }
        } while options.loop && !stop && !files.isEmpty
        counts.elapsed = clock.now - start
        progress(counts)
        // Give ZeroMQ time to deliver what is queued: closing waits up to the linger.
        try socket.setLinger(milliseconds: options.lingerMilliseconds)
        return counts
    }

    private func waitForSubscribers(_ socket: Socket, endpoint: String) throws {
        let clock = ContinuousClock()
        let deadline = clock.now + options.waitTimeout
        var seen = 0
        while seen < options.subscribers {
            let left = deadline - clock.now
            guard left > .zero,
                try socket.waitForInput(timeoutMilliseconds: max(1, Int(left.inSeconds * 1000)))
            else { throw NoSubscriberError(endpoint: endpoint, timeout: options.waitTimeout) }
            while let frames = try socket.receiveMessage(dontWait: true) {
                if frames.first?.first == 1 { seen += 1 }
            }
        }
    }

    private func send(_ payload: [UInt8], on socket: Socket, endpoint: String, first: Bool) throws {
        if options.mode == .push, first {
            // PUSH waits for a peer; bound the first wait so a missing daemon gives a clear message.
            try socket.setSendTimeout(milliseconds: Int(options.waitTimeout.inSeconds * 1000))
            guard try socket.send(payload) else {
                throw NoSubscriberError(endpoint: endpoint, timeout: options.waitTimeout)
            }
            try socket.setSendTimeout(milliseconds: -1)
            return
        }
        while try !socket.send(payload, dontWait: true) {
            // XPUB_NODROP: the queue is full; wait for room rather than lose the article.
            _ = try socket.waitForOutput(timeoutMilliseconds: 100)
        }
    }
}
