internal import CZeroMQ

/// What a socket's monitor reports (`zmq_socket_monitor`): connections made and lost.
public struct SocketEvent: Sendable, Hashable {
    /// The kinds of event this layer names; others arrive as `.other`.
    public enum Kind: Sendable, Hashable {
        case connected
        case connectDelayed
        case connectRetried
        case accepted
        case disconnected
        case closed
        case handshakeSucceeded
        case handshakeFailed
        case monitorStopped
        case other(UInt16)
    }

    public var kind: Kind
    /// The event's value: a file descriptor, an interval or an error code, per `zmq_socket_monitor(3)`.
    public var value: UInt32
    /// The endpoint the event concerns.
    public var endpoint: String

    /// Decodes a monitor message: frame 1 is a 16-bit event and a 32-bit value (native byte order),
    /// frame 2 the endpoint. Returns nil for anything else.
    public init?(frames: [[UInt8]]) {
        guard frames.count == 2, frames[0].count == 6 else { return nil }
        let raw = frames[0]
        let event = raw.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 0, as: UInt16.self) }
        value = raw.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 2, as: UInt32.self) }
        endpoint = String(decoding: frames[1], as: UTF8.self)
        switch Int32(event) {
        case ZMQ_EVENT_CONNECTED: kind = .connected
        case ZMQ_EVENT_CONNECT_DELAYED: kind = .connectDelayed
        case ZMQ_EVENT_CONNECT_RETRIED: kind = .connectRetried
        case ZMQ_EVENT_ACCEPTED: kind = .accepted
        case ZMQ_EVENT_DISCONNECTED: kind = .disconnected
        case ZMQ_EVENT_CLOSED: kind = .closed
        case ZMQ_EVENT_HANDSHAKE_SUCCEEDED: kind = .handshakeSucceeded
        case ZMQ_EVENT_HANDSHAKE_FAILED_NO_DETAIL, ZMQ_EVENT_HANDSHAKE_FAILED_PROTOCOL,
            ZMQ_EVENT_HANDSHAKE_FAILED_AUTH:
            kind = .handshakeFailed
        case ZMQ_EVENT_MONITOR_STOPPED: kind = .monitorStopped
        default: kind = .other(event)
        }
    }
}

extension Socket {
    /// Starts reporting this socket's connection events on a PAIR socket bound at `endpoint` (`inproc://...`).
    ///
    /// Connect a `.pair` socket of the same context to `endpoint` and read ``SocketEvent``s from it. libzmq
    /// sends monitor events blocking, from its I/O thread: give the reading socket a receive high-water mark
    /// of 0 (no limit) so a reader that is busy for a while cannot stall the I/O thread.
    /// - Parameter endpoint: an `inproc://` address unique in the context.
    /// - Throws: ``ZeroMQError`` when libzmq refuses.
    public func startMonitor(at endpoint: String) throws {
        let handle = try openHandle("zmq_socket_monitor")
        // Not CONNECT_RETRIED: with a short reconnect interval it fires many times a second while a peer is
        // away, and libzmq's I/O thread blocks when the monitor's queue is full.
        let events = ZMQ_EVENT_CONNECTED | ZMQ_EVENT_ACCEPTED | ZMQ_EVENT_DISCONNECTED
            | ZMQ_EVENT_HANDSHAKE_SUCCEEDED | ZMQ_EVENT_MONITOR_STOPPED
        try zmqCheck("zmq_socket_monitor", endpoint: endpoint) { zmq_socket_monitor(handle, endpoint, events) }
    }

    /// Stops the monitor started by ``startMonitor(at:)``.
    public func stopMonitor() {
        guard let handle = try? openHandle("zmq_socket_monitor") else { return }
        _ = zmq_socket_monitor(handle, nil, 0)
    }
}
