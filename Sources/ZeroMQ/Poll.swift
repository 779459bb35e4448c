internal import CZeroMQ

/// The readiness a poll asks about and reports (`ZMQ_POLLIN`, `ZMQ_POLLOUT`).
public struct PollEvents: OptionSet, Sendable, Hashable {
    public var rawValue: Int16

    public init(rawValue: Int16) {
        self.rawValue = rawValue
    }

    /// A message can be received without blocking (`ZMQ_POLLIN`).
    public static let input = PollEvents(rawValue: Int16(ZMQ_POLLIN))
    /// A message can be sent without blocking (`ZMQ_POLLOUT`).
    public static let output = PollEvents(rawValue: Int16(ZMQ_POLLOUT))
}

extension Socket {
    /// Waits until one of several sockets is ready, or the timeout passes (`zmq_poll`).
    ///
    /// All the sockets must belong to the calling thread. An interrupted poll (`EINTR`) resumes with the time left,
    /// so the whole call never waits much longer than `timeoutMilliseconds`. The wait for ``Context/shutdown()`` is
    /// cut short: it throws ``ZeroMQError/isTerminated``.
    ///
    /// - Parameters:
    ///   - items: Each socket with the events to wait for.
    ///   - timeoutMilliseconds: How long to wait: 0 to check, -1 forever.
    /// - Returns: For each item, in order, the requested events that are ready; all empty when the time passed.
    /// - Throws: ``ZeroMQError``; ``ZeroMQError/isTerminated`` after shutdown, `ENOTSOCK` for a closed socket.
    public static func poll(_ items: [(Socket, PollEvents)], timeoutMilliseconds: Int) throws -> [PollEvents] {
        var pollItems = try items.map { socket, events throws(ZeroMQError) in
            zmq_pollitem_t(socket: try socket.openHandle("zmq_poll"), fd: 0, events: events.rawValue, revents: 0)
        }
        let deadline = timeoutMilliseconds >= 0 ? ContinuousClock.now + .milliseconds(timeoutMilliseconds) : nil
        try zmqCheck("zmq_poll") {
            let timeout = deadline.map(Self.milliseconds(until:)) ?? -1
            return pollItems.withUnsafeMutableBufferPointer { buffer in
                zmq_poll(buffer.baseAddress, Int32(buffer.count), timeout)
            }
        }
        return zip(pollItems, items).map { item, request in
            PollEvents(rawValue: item.revents).intersection(request.1)
        }
    }

    /// Whole milliseconds until `deadline`, rounded up, at least 0.
    private static func milliseconds(until deadline: ContinuousClock.Instant) -> Int {
        let left = ContinuousClock.now.duration(to: deadline)
        guard left > .zero else { return 0 }
        return Int((left / .milliseconds(1)).rounded(.up))
    }
}

// MARK: - Proxy

extension Socket {
    /// Forwards messages between two sockets until stopped (`zmq_proxy_steerable`), for example XSUB to XPUB.
    ///
    /// Blocks the calling thread, which must own all the sockets. Subscriptions flow back from an XPUB backend to an
    /// XSUB frontend. It returns when the control socket receives `TERMINATE`; `PAUSE` and `RESUME` also work.
    ///
    /// - Parameters:
    ///   - frontend: The socket facing the publishers or clients.
    ///   - backend: The socket facing the subscribers or workers.
    ///   - capture: A socket that receives a copy of every message, if any.
    ///   - control: A socket that receives the commands, such as a PAIR on `inproc://`, if any.
    /// - Throws: ``ZeroMQError``; ``ZeroMQError/isTerminated`` when the context is shut down, the usual way to stop a
    ///   proxy without a control socket.
    public static func proxy(frontend: Socket, backend: Socket, capture: Socket? = nil, control: Socket? = nil) throws {
        let front = try frontend.openHandle("zmq_proxy_steerable")
        let back = try backend.openHandle("zmq_proxy_steerable")
        let captureHandle = try capture?.openHandle("zmq_proxy_steerable")
        let controlHandle = try control?.openHandle("zmq_proxy_steerable")
        try zmqCheck("zmq_proxy_steerable") { zmq_proxy_steerable(front, back, captureHandle, controlHandle) }
    }
}
