internal import CZeroMQ

// MARK: - Subscriptions

extension Socket {
    /// Subscribes a SUB socket to messages whose first frame starts with `prefix` (`ZMQ_SUBSCRIBE`).
    ///
    /// A SUB socket receives nothing until it subscribes; the empty prefix takes everything. Prefixes match the
    /// first frame only, so put the topic there.
    ///
    /// - Parameters:
    ///   - prefix: The topic prefix, such as `event.meeting`; empty for all.
    /// - Throws: ``ZeroMQError``, `EINVAL` on a socket that is not SUB or XSUB.
    public func subscribe(to prefix: String = "") throws {
        try subscribe(to: Array(prefix.utf8))
    }

    /// Subscribes to messages whose first frame starts with the given bytes (`ZMQ_SUBSCRIBE`).
    ///
    /// - Parameters:
    ///   - prefix: The prefix bytes; empty for all.
    /// - Throws: ``ZeroMQError``, `EINVAL` on a socket that is not SUB or XSUB.
    public func subscribe(to prefix: [UInt8]) throws {
        try setOption(ZMQ_SUBSCRIBE, name: "ZMQ_SUBSCRIBE", bytes: prefix)
    }

    /// Removes one earlier subscription to exactly this prefix (`ZMQ_UNSUBSCRIBE`).
    ///
    /// - Parameters:
    ///   - prefix: The prefix as subscribed.
    /// - Throws: ``ZeroMQError``, `EINVAL` on a socket that is not SUB or XSUB.
    public func unsubscribe(from prefix: String) throws {
        try unsubscribe(from: Array(prefix.utf8))
    }

    /// Removes one earlier subscription to exactly these bytes (`ZMQ_UNSUBSCRIBE`).
    ///
    /// - Parameters:
    ///   - prefix: The prefix bytes as subscribed.
    /// - Throws: ``ZeroMQError``, `EINVAL` on a socket that is not SUB or XSUB.
    public func unsubscribe(from prefix: [UInt8]) throws {
        try setOption(ZMQ_UNSUBSCRIBE, name: "ZMQ_UNSUBSCRIBE", bytes: prefix)
    }
}

// MARK: - Options

extension Socket {
    /// Sets how long unsent messages may keep the context alive after ``close()`` (`ZMQ_LINGER`).
    ///
    /// New sockets start at ``defaultLingerMilliseconds``. Give a publisher a bounded drain linger at graceful stop.
    ///
    /// - Parameters:
    ///   - milliseconds: 0 to drop unsent messages at once, -1 to wait forever (avoid: `zmq_ctx_term` then hangs).
    /// - Throws: ``ZeroMQError``.
    public func setLinger(milliseconds: Int) throws {
        try setOption(ZMQ_LINGER, name: "ZMQ_LINGER", int32: milliseconds)
    }

    /// Sets the outgoing queue limit in messages per peer (`ZMQ_SNDHWM`, default 1,000; 0 for none).
    ///
    /// Set it before bind or connect: it applies to connections made afterwards.
    ///
    /// - Parameters:
    ///   - n: The number of messages.
    /// - Throws: ``ZeroMQError``.
    public func setSendHighWaterMark(_ n: Int) throws {
        try setOption(ZMQ_SNDHWM, name: "ZMQ_SNDHWM", int32: n)
    }

    /// Sets the incoming queue limit in messages per peer (`ZMQ_RCVHWM`, default 1,000; 0 for none).
    ///
    /// Set it before bind or connect: it applies to connections made afterwards.
    ///
    /// - Parameters:
    ///   - n: The number of messages.
    /// - Throws: ``ZeroMQError``.
    public func setReceiveHighWaterMark(_ n: Int) throws {
        try setOption(ZMQ_RCVHWM, name: "ZMQ_RCVHWM", int32: n)
    }

    /// Sets how long a receive waits before returning `nil` (`ZMQ_RCVTIMEO`).
    ///
    /// - Parameters:
    ///   - milliseconds: -1 (the default) to wait forever, 0 to never wait.
    /// - Throws: ``ZeroMQError``.
    public func setReceiveTimeout(milliseconds: Int) throws {
        try setOption(ZMQ_RCVTIMEO, name: "ZMQ_RCVTIMEO", int32: milliseconds)
    }

    /// Sets how long a send waits before returning `false` (`ZMQ_SNDTIMEO`).
    ///
    /// - Parameters:
    ///   - milliseconds: -1 (the default) to wait forever, 0 to never wait.
    /// - Throws: ``ZeroMQError``.
    public func setSendTimeout(milliseconds: Int) throws {
        try setOption(ZMQ_SNDTIMEO, name: "ZMQ_SNDTIMEO", int32: milliseconds)
    }

    /// Sets the largest message a peer may send (`ZMQ_MAXMSGSIZE`, default -1: no limit).
    ///
    /// A peer sending more is disconnected, not skipped, and a message can be lost in the reconnect: use it as a
    /// memory guard well above the largest legitimate message, and enforce the real limit in the application.
    ///
    /// - Parameters:
    ///   - bytes: The limit in bytes, or -1 for none.
    /// - Throws: ``ZeroMQError``.
    public func setMaxMessageSize(_ bytes: Int) throws {
        try setOption(ZMQ_MAXMSGSIZE, name: "ZMQ_MAXMSGSIZE", int64: Int64(bytes))
    }

    /// Makes an XPUB return `EAGAIN` (a `false` send) at the high-water mark instead of dropping (`ZMQ_XPUB_NODROP`).
    ///
    /// - Parameters:
    ///   - on: `true` to refuse instead of dropping silently.
    /// - Throws: ``ZeroMQError``, `EINVAL` on a socket that is not XPUB.
    public func setXPubNoDrop(_ on: Bool) throws {
        try setOption(ZMQ_XPUB_NODROP, name: "ZMQ_XPUB_NODROP", int32: on ? 1 : 0)
    }

    /// Makes an XPUB pass on every subscription message, duplicates included (`ZMQ_XPUB_VERBOSE`).
    ///
    /// - Parameters:
    ///   - on: `true` to see every subscription, not only new prefixes.
    /// - Throws: ``ZeroMQError``, `EINVAL` on a socket that is not XPUB.
    public func setXPubVerbose(_ on: Bool) throws {
        try setOption(ZMQ_XPUB_VERBOSE, name: "ZMQ_XPUB_VERBOSE", int32: on ? 1 : 0)
    }

    /// Turns on ZMTP heartbeats, so a dead peer is noticed in seconds rather than hours.
    ///
    /// Sets `ZMQ_HEARTBEAT_IVL`, `ZMQ_HEARTBEAT_TIMEOUT` and `ZMQ_HEARTBEAT_TTL` (all off by default). Set them
    /// before bind or connect.
    ///
    /// - Parameters:
    ///   - intervalMilliseconds: How often to send a PING; 0 turns heartbeats off.
    ///   - timeoutMilliseconds: How long to wait for any traffic after a PING before closing the connection.
    ///   - ttlMilliseconds: How long the peer may wait for our traffic before closing (rounded to 100 ms by libzmq,
    ///     at most 6,553,599).
    /// - Throws: ``ZeroMQError``.
    public func setHeartbeat(intervalMilliseconds: Int, timeoutMilliseconds: Int, ttlMilliseconds: Int) throws {
        try setOption(ZMQ_HEARTBEAT_IVL, name: "ZMQ_HEARTBEAT_IVL", int32: intervalMilliseconds)
        try setOption(ZMQ_HEARTBEAT_TIMEOUT, name: "ZMQ_HEARTBEAT_TIMEOUT", int32: timeoutMilliseconds)
        try setOption(ZMQ_HEARTBEAT_TTL, name: "ZMQ_HEARTBEAT_TTL", int32: ttlMilliseconds)
    }

    /// Sets the reconnect back-off (`ZMQ_RECONNECT_IVL`, default 100 ms; `ZMQ_RECONNECT_IVL_MAX`, default 0).
    ///
    /// - Parameters:
    ///   - milliseconds: The first wait before reconnecting; -1 never reconnects.
    ///   - maxMilliseconds: The cap of the doubling back-off; 0 keeps the interval fixed.
    /// - Throws: ``ZeroMQError``.
    public func setReconnectInterval(milliseconds: Int, maxMilliseconds: Int) throws {
        try setOption(ZMQ_RECONNECT_IVL, name: "ZMQ_RECONNECT_IVL", int32: milliseconds)
        try setOption(ZMQ_RECONNECT_IVL_MAX, name: "ZMQ_RECONNECT_IVL_MAX", int32: maxMilliseconds)
    }

    /// Queues messages only on completed connections (`ZMQ_IMMEDIATE`, default off).
    ///
    /// With it on, a PUSH with no live peer blocks (or returns `false`) instead of queueing for a peer that may
    /// never come.
    ///
    /// - Parameters:
    ///   - on: `true` to queue only on completed connections.
    /// - Throws: ``ZeroMQError``.
    public func setImmediate(_ on: Bool) throws {
        try setOption(ZMQ_IMMEDIATE, name: "ZMQ_IMMEDIATE", int32: on ? 1 : 0)
    }

    /// Sets the socket's routing id, seen by a ROUTER peer as frame 1 (`ZMQ_ROUTING_ID`, 1 to 255 bytes).
    ///
    /// - Parameters:
    ///   - id: The id bytes; must not start with a zero byte.
    /// - Throws: ``ZeroMQError``.
    public func setRoutingID(_ id: [UInt8]) throws {
        try setOption(ZMQ_ROUTING_ID, name: "ZMQ_ROUTING_ID", bytes: id)
    }

    /// Whether the last frame received announced more frames of the same message (`ZMQ_RCVMORE`).
    ///
    /// ``receiveMessage(dontWait:)`` already reads whole messages; this is for diagnostics.
    ///
    /// - Throws: ``ZeroMQError``.
    public var hasMoreFrames: Bool {
        get throws { try int32Option(ZMQ_RCVMORE, name: "ZMQ_RCVMORE") != 0 }
    }

    /// The linger currently set (`ZMQ_LINGER`), in milliseconds.
    ///
    /// - Throws: ``ZeroMQError``.
    public var lingerMilliseconds: Int {
        get throws { Int(try int32Option(ZMQ_LINGER, name: "ZMQ_LINGER")) }
    }
}

// MARK: - setsockopt and getsockopt

extension Socket {
    func setOption(_ option: Int32, name: String, int32 value: Int) throws(ZeroMQError) {
        guard var value = Int32(exactly: value) else {
            throw ZeroMQError(code: invalidArgument, operation: "zmq_setsockopt", detail: "\(name) = \(value)")
        }
        let socket = try openHandle("zmq_setsockopt")
        try naming(name, "\(value)") { () throws(ZeroMQError) -> Int32 in
            try zmqCheck("zmq_setsockopt") { zmq_setsockopt(socket, option, &value, MemoryLayout<Int32>.size) }
        }
    }

    func setOption(_ option: Int32, name: String, int64 value: Int64) throws(ZeroMQError) {
        var value = value
        let socket = try openHandle("zmq_setsockopt")
        try naming(name, "\(value)") { () throws(ZeroMQError) -> Int32 in
            try zmqCheck("zmq_setsockopt") { zmq_setsockopt(socket, option, &value, MemoryLayout<Int64>.size) }
        }
    }

    func setOption(_ option: Int32, name: String, bytes: [UInt8]) throws(ZeroMQError) {
        let socket = try openHandle("zmq_setsockopt")
        try naming(name, "\(bytes.count) bytes") { () throws(ZeroMQError) -> Int32 in
            try zmqCheck("zmq_setsockopt") {
                bytes.withUnsafeBytes { zmq_setsockopt(socket, option, $0.baseAddress, $0.count) }
            }
        }
    }

    func int32Option(_ option: Int32, name: String) throws(ZeroMQError) -> Int32 {
        var value: Int32 = 0
        var size = MemoryLayout<Int32>.size
        let socket = try openHandle("zmq_getsockopt")
        try naming(name, nil) { () throws(ZeroMQError) -> Int32 in
            try zmqCheck("zmq_getsockopt") { zmq_getsockopt(socket, option, &value, &size) }
        }
        return value
    }

    /// Adds the option's name (and value) to an error's detail, so `EINVAL` says which option was refused.
    private func naming(
        _ name: String,
        _ value: String?,
        _ body: () throws(ZeroMQError) -> Int32
    ) throws(ZeroMQError) {
        do {
            _ = try body()
        } catch {
            var error = error
            error.detail = value.map { "\(name) = \($0)" } ?? name
            throw error
        }
    }
}
