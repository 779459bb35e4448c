import Foundation
import Logging
import Metrics
import ServiceLifecycle
import Synchronization
import ZeroMQ

/// The XSUB/XPUB forwarder of `eventwire proxy`: many daemons publish into the frontend, subscribers connect to
/// the backend, and one address serves them all.
///
/// libzmq's own `zmq_proxy_steerable` does the forwarding, on a thread of its own that owns the frontend, backend
/// and control sockets; subscriptions travel back from the XPUB backend to the XSUB frontend, and from there to
/// every publisher, by libzmq's design. A second thread owns the other end of the control socket: it asks for
/// `STATISTICS` twice a second (exact message and byte counts from libzmq, and proof that the proxy loop turns, for
/// `/healthz` and the watchdog), reads the sockets' monitors (publishers and subscribers connected), and sends
/// `TERMINATE` at a graceful stop.
///
/// High-water marks: the backend is an XPUB without `ZMQ_XPUB_NODROP`, so a subscriber that does not keep up loses
/// messages at its own high-water mark while every other subscriber, and every daemon, goes on unhindered.
public final class EventProxy: Service, Sendable {
    /// Where the proxy listens and how much it queues.
    public struct Configuration: Sendable, Hashable {
        /// Where daemons publish to (`eventwire run --publish '>...'`); a plain endpoint binds.
        public var frontendEndpoints: [String]
        /// Where subscribers connect; a plain endpoint binds.
        public var backendEndpoints: [String]
        /// Messages queued per subscriber before the backend drops for that subscriber (`ZMQ_SNDHWM`), and per
        /// publisher on the frontend (`ZMQ_RCVHWM`). Default 100,000, as the daemon's publisher.
        public var highWaterMark: Int = 100_000
        /// How long queued messages may take to reach subscribers when the proxy stops. Default 1,000 ms.
        public var drainLingerMilliseconds: Int = 1_000

        public init(frontendEndpoints: [String], backendEndpoints: [String]) {
            self.frontendEndpoints = frontendEndpoints
            self.backendEndpoints = backendEndpoints
        }
    }

    /// Hooks for the process around the proxy (systemd notifications).
    public struct Observer: Sendable {
        /// The sockets are bound or connected: the proxy forwards.
        public var ready: @Sendable () -> Void
        /// Called each time the proxy loop answered a `STATISTICS` request (twice a second while healthy).
        public var tick: @Sendable (ProxyStatistics.Snapshot) -> Void
        /// A graceful stop has begun.
        public var stopping: @Sendable () -> Void

        public init(
            ready: @escaping @Sendable () -> Void = {}, tick: @escaping @Sendable (ProxyStatistics.Snapshot) -> Void = { _ in },
            stopping: @escaping @Sendable () -> Void = {}
        ) {
            self.ready = ready
            self.tick = tick
            self.stopping = stopping
        }
    }

    private let configuration: Configuration
    private let logger: Logger
    private let observer: Observer
    /// The counters, for logs, metrics and tests.
    public let statistics = ProxyStatistics()
    /// Readiness and liveness, for `/readyz` and `/healthz`.
    public let health = HealthState()

    public init(configuration: Configuration, logger: Logger, observer: Observer = Observer()) {
        self.configuration = configuration
        self.logger = logger
        self.observer = observer
    }

    public func run() async throws {
        let context = try Context()
        defer { context.terminate() }
        let suffix = String(UInt64.random(in: 0 ... .max), radix: 16)
        let endpoints = ProxyThread.Endpoints(
            control: "inproc://eventwire-proxy-control-\(suffix)",
            frontendMonitor: "inproc://eventwire-proxy-frontend-monitor-\(suffix)",
            backendMonitor: "inproc://eventwire-proxy-backend-monitor-\(suffix)")
        let proxy = try ProxyThread(context: context, configuration: configuration, endpoints: endpoints, logger: logger)
        let controller: ProxyController
        do {
            controller = try ProxyController(
                context: context, endpoints: endpoints, statistics: statistics, logger: logger,
                tick: { [health, observer] snapshot in
                    health.tick()
                    observer.tick(snapshot)
                }, proxyFinished: { proxy.isFinished })
        } catch {
            // No one can send TERMINATE: shut the context down to end zmq_proxy_steerable with ETERM.
            context.shutdown()
            await proxy.waitUntilFinished()
            throw error
        }
        health.setReady(true)
        observer.ready()
        logger.info(
            "ready",
            metadata: [
                "frontend": "\(configuration.frontendEndpoints.joined(separator: ","))",
                "backend": "\(configuration.backendEndpoints.joined(separator: ","))",
                "high_water_mark": "\(configuration.highWaterMark)",
            ])

        await withTaskCancellationHandler {
            await withGracefulShutdownHandler {
                await proxy.waitUntilFinished()
            } onGracefulShutdown: {
                self.health.setReady(false)
                self.observer.stopping()
                self.logger.info("stopping")
                controller.requestStop()
            }
        } onCancel: {
            controller.requestStop()
        }
        health.setReady(false)
        controller.requestStop()
        await controller.waitUntilFinished()
        let stats = statistics.snapshot
        logger.info(
            "stopped",
            metadata: [
                "messages_forwarded": "\(stats.downstreamMessages)", "bytes_forwarded": "\(stats.downstreamBytes)",
                "subscription_messages": "\(stats.subscriptionMessages)",
            ])
        if let error = proxy.failure { throw error }
    }
}

// MARK: - The proxy thread

/// Owns the frontend, backend and control sockets and runs `zmq_proxy_steerable` on them until `TERMINATE`.
private final class ProxyThread: Sendable {
    struct Endpoints: Sendable {
        var control: String
        var frontendMonitor: String
        var backendMonitor: String
    }

    private let finished = DispatchSemaphore(value: 0)
    private let done = Atomic<Bool>(false)
    private let error = Mutex<(any Error)?>(nil)

    /// Binds or connects the sockets on a new thread and starts the proxy; returns once the sockets are up.
    ///
    /// - Throws: ``ZeroMQError`` when an endpoint cannot be used; no thread keeps running then.
    init(context: Context, configuration: EventProxy.Configuration, endpoints: Endpoints, logger: Logger) throws {
        let ready = DispatchSemaphore(value: 0)
        let setupError = Mutex<(any Error)?>(nil)
        let thread = Thread { [self] in
            defer {
                done.store(true, ordering: .releasing)
                finished.signal()
            }
            var sockets: [Socket] = []
            defer { for socket in sockets.reversed() { socket.close() } }
            let frontend: Socket
            let backend: Socket
            let control: Socket
            do {
                frontend = try context.makeSocket(.xsub)
                sockets.append(frontend)
                try frontend.setLinger(milliseconds: 0)
                try frontend.setReceiveHighWaterMark(configuration.highWaterMark)
                try frontend.startMonitor(at: endpoints.frontendMonitor)
                backend = try context.makeSocket(.xpub)
                sockets.append(backend)
                // PUB semantics at the high-water mark: drop for that subscriber only, never stall the proxy.
                try backend.setSendHighWaterMark(configuration.highWaterMark)
                try backend.startMonitor(at: endpoints.backendMonitor)
                control = try context.makeSocket(.pair)
                sockets.append(control)
                try control.setLinger(milliseconds: 0)
                try control.bind(to: endpoints.control)
                for text in configuration.frontendEndpoints {
                    try frontend.attach(try Endpoint(text), defaultRole: .bind)
                }
                for text in configuration.backendEndpoints {
                    try backend.attach(try Endpoint(text), defaultRole: .bind)
                }
            } catch {
                setupError.withLock { $0 = error }
                ready.signal()
                return
            }
            ready.signal()
            do {
                try Socket.proxy(frontend: frontend, backend: backend, control: control)
            } catch let failure as ZeroMQError where failure.isTerminated {
                // The context was shut down: a stop without TERMINATE.
            } catch {
                logger.error("proxy stopped", metadata: ["error": "\(error)"])
                self.error.withLock { $0 = error }
            }
            // Give what is queued for subscribers a bounded time to leave; the monitors end with their sockets.
            try? backend.setLinger(milliseconds: configuration.drainLingerMilliseconds)
            frontend.stopMonitor()
            backend.stopMonitor()
        }
        thread.name = "eventwire-proxy"
        thread.start()
        ready.wait()
        if let error = setupError.withLock({ $0 }) {
            finished.wait()
            throw error
        }
    }

    /// Whether `zmq_proxy_steerable` has returned.
    var isFinished: Bool { done.load(ordering: .acquiring) }

    /// What ended the proxy, if it was not `TERMINATE` or a context shutdown.
    var failure: (any Error)? { error.withLock { $0 } }

    /// Returns when the proxy has returned and its sockets are closed.
    func waitUntilFinished() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                self.finished.wait()
                self.finished.signal()  // let later waiters through too
                continuation.resume()
            }
        }
    }
}

// MARK: - The control thread

/// Owns the peer of the proxy's control socket and the monitors: statistics, connections, `TERMINATE`.
private final class ProxyController: Sendable {
    private let stopRequested = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)

    init(
        context: Context, endpoints: ProxyThread.Endpoints, statistics: ProxyStatistics, logger: Logger,
        tick: @escaping @Sendable (ProxyStatistics.Snapshot) -> Void, proxyFinished: @escaping @Sendable () -> Bool
    ) throws {
        let ready = DispatchSemaphore(value: 0)
        let setupError = Mutex<(any Error)?>(nil)
        let thread = Thread { [self] in
            defer { finished.signal() }
            var sockets: [Socket] = []
            defer { for socket in sockets { socket.close() } }
            let control: Socket
            let monitors: [(socket: Socket, isFrontend: Bool)]
            do {
                control = try context.makeSocket(.pair)
                sockets.append(control)
                try control.setLinger(milliseconds: 0)
                try control.connect(to: endpoints.control)
                var made: [(socket: Socket, isFrontend: Bool)] = []
                for (endpoint, isFrontend) in [(endpoints.frontendMonitor, true), (endpoints.backendMonitor, false)] {
                    let monitor = try context.makeSocket(.pair)
                    sockets.append(monitor)
                    try monitor.setLinger(milliseconds: 0)
                    try monitor.connect(to: endpoint)
                    made.append((monitor, isFrontend))
                }
                monitors = made
            } catch {
                setupError.withLock { $0 = error }
                ready.signal()
                return
            }
            ready.signal()
            let clock = ContinuousClock()
            var nextStatistics = clock.now
            var awaitingReply = false
            do {
                while !stopRequested.load(ordering: .acquiring), !proxyFinished() {
                    if !awaitingReply, clock.now >= nextStatistics {
                        awaitingReply = try control.send(Array("STATISTICS".utf8), dontWait: true)
                        nextStatistics = clock.now + .milliseconds(500)
                    }
                    let items = [(control, PollEvents.input)] + monitors.map { ($0.socket, PollEvents.input) }
                    let ready = try Socket.poll(items, timeoutMilliseconds: 100)
                    if ready[0].contains(.input), let reply = try control.receiveMessage(dontWait: true) {
                        awaitingReply = false
                        if let counts = ProxyStatistics.Counts(frames: reply) {
                            tick(statistics.record(counts))
                        }
                    }
                    for (index, monitor) in monitors.enumerated() where ready[index + 1].contains(.input) {
                        while let frames = try monitor.socket.receiveMessage(dontWait: true) {
                            guard let event = SocketEvent(frames: frames) else { continue }
                            statistics.record(event, onFrontend: monitor.isFrontend, logger: logger)
                        }
                    }
                }
                if !proxyFinished() {
                    // TERMINATE ends the proxy loop (a pending STATISTICS reply is dropped with the socket). Keep
                    // the socket open until the proxy has returned, so the command cannot be lost in the close;
                    // should the loop not answer within 2 s, a context shutdown ends it with ETERM.
                    try control.send(Array("TERMINATE".utf8))
                    let deadline = clock.now + .seconds(2)
                    while !proxyFinished(), clock.now < deadline {
                        while try control.receiveMessage(dontWait: true) != nil {}
                        Thread.sleep(forTimeInterval: 0.005)
                    }
                    if !proxyFinished() {
                        logger.warning("proxy did not answer TERMINATE within 2 s; shutting the context down")
                        context.shutdown()
                    }
                }
            } catch {
                logger.error("proxy control stopped", metadata: ["error": "\(error)"])
                context.shutdown()
            }
        }
        thread.name = "eventwire-proxy-control"
        thread.start()
        ready.wait()
        if let error = setupError.withLock({ $0 }) {
            finished.wait()
            throw error
        }
    }

    /// Asks the thread to send `TERMINATE` and stop; returns at once.
    func requestStop() { stopRequested.store(true, ordering: .releasing) }

    /// Returns when the thread has closed its sockets.
    func waitUntilFinished() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                self.finished.wait()
                self.finished.signal()
                continuation.resume()
            }
        }
    }
}

// MARK: - ProxyStatistics

/// The proxy's counters: kept for logs and tests, and reported through swift-metrics.
///
/// The counts are libzmq's own (`STATISTICS` on the control socket): messages and bytes in each direction.
/// libzmq 4.3 counts a multipart message (an event: topic and payload) once, with the bytes of all its frames;
/// later versions count frames. Downstream is publishers to subscribers; upstream is the subscribers'
/// subscription messages (`\u{1}prefix` subscribes, `\u{0}prefix` unsubscribes), which the XPUB passes on once
/// per distinct prefix.
public final class ProxyStatistics: Sendable {
    /// A consistent copy of the counters.
    public struct Snapshot: Sendable, Hashable {
        /// Messages received from publishers and forwarded to subscribers.
        public var downstreamMessages: UInt64 = 0
        /// Their bytes.
        public var downstreamBytes: UInt64 = 0
        /// Subscription and unsubscription messages forwarded to publishers.
        public var subscriptionMessages: UInt64 = 0
        /// Publishers connected to the frontend now.
        public var publishers = 0
        /// Subscribers connected to the backend now.
        public var subscribers = 0
    }

    /// The numbers of a `STATISTICS` reply this proxy uses (eight in all, `man zmq_proxy_steerable`).
    struct Counts {
        var backendReceivedMessages: UInt64
        var backendSentMessages: UInt64
        var backendSentBytes: UInt64

        /// Decodes eight 8-byte frames; nil for anything else.
        init?(frames: [[UInt8]]) {
            guard frames.count == 8, frames.allSatisfy({ $0.count == 8 }) else { return nil }
            let values = frames.map { frame in frame.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) } }
            backendReceivedMessages = values[4]
            backendSentMessages = values[6]
            backendSentBytes = values[7]
        }
    }

    private let counters = Mutex(Snapshot())
    private let messagesDownstream = Counter(label: "eventwire_proxy_messages_forwarded_total")
    private let bytesDownstream = Counter(label: "eventwire_proxy_bytes_forwarded_total")
    private let subscriptionMessages = Counter(label: "eventwire_proxy_subscription_messages_total")
    private let publishers = Gauge(label: "eventwire_proxy_publishers_connected")
    private let subscribers = Gauge(label: "eventwire_proxy_subscribers_connected")
    private let lastStatistics = Gauge(label: "eventwire_proxy_last_statistics_timestamp_seconds")

    public init() {
        publishers.record(0)
        subscribers.record(0)
    }

    public var snapshot: Snapshot { counters.withLock { $0 } }

    /// Takes a `STATISTICS` reply (running totals) and adds what is new to the counters.
    func record(_ counts: Counts) -> Snapshot {
        let (before, after) = counters.withLock { snapshot in
            let before = snapshot
            snapshot.downstreamMessages = counts.backendSentMessages
            snapshot.downstreamBytes = counts.backendSentBytes
            snapshot.subscriptionMessages = counts.backendReceivedMessages
            return (before, snapshot)
        }
        messagesDownstream.increment(by: Int64(clamping: after.downstreamMessages &- before.downstreamMessages))
        bytesDownstream.increment(by: Int64(clamping: after.downstreamBytes &- before.downstreamBytes))
        subscriptionMessages.increment(by: Int64(clamping: after.subscriptionMessages &- before.subscriptionMessages))
        lastStatistics.record(Date().timeIntervalSince1970)
        return after
    }

    /// Counts a connection made or lost on the frontend (a publisher) or the backend (a subscriber).
    func record(_ event: SocketEvent, onFrontend: Bool, logger: Logger) {
        let change: Int
        switch event.kind {
        case .accepted, .connected: change = 1
        case .disconnected: change = -1
        default: return
        }
        let now = counters.withLock { snapshot in
            if onFrontend {
                snapshot.publishers = max(0, snapshot.publishers + change)
                return snapshot.publishers
            }
            snapshot.subscribers = max(0, snapshot.subscribers + change)
            return snapshot.subscribers
        }
        (onFrontend ? publishers : subscribers).record(now)
        logger.debug(
            change > 0 ? "peer connected" : "peer disconnected",
            metadata: ["side": "\(onFrontend ? "frontend" : "backend")", "endpoint": "\(event.endpoint)"])
    }
}
