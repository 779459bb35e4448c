internal import CZeroMQ

/// A ZeroMQ socket: bind or connect it, then send and receive multipart messages of byte frames.
///
/// A socket is not thread-safe (`man zmq_socket`), so `Socket` is deliberately not `Sendable`: create it with
/// ``Context/makeSocket(_:)`` on the thread or serial queue that owns it, use it there, and close it there before
/// the context is terminated. It keeps its ``Context`` alive.
///
/// Error handling follows one rule everywhere: `EINTR` is retried; `EAGAIN` (a receive timeout, `dontWait`, a full
/// queue, a PUSH with no peer) is returned as a value, `false` or `nil`; anything else is thrown as a
/// ``ZeroMQError`` keeping libzmq's code and the failing call. After ``Context/shutdown()`` every call throws an error
/// whose ``ZeroMQError/isTerminated`` is `true`, so a loop knows to close the socket and stop.
///
/// Linger: libzmq's default `ZMQ_LINGER` is infinite, which makes `zmq_ctx_term` hang on any unsent message. Every
/// socket therefore starts with a linger of ``defaultLingerMilliseconds`` (one second): unsent messages get at most a
/// second to leave after ``close()``. Set 0 with ``setLinger(milliseconds:)`` to drop them at once, or more to drain.
public final class Socket {
    /// The linger every new socket gets: 1,000 ms (libzmq's own default, -1, would wait forever).
    public static let defaultLingerMilliseconds = 1_000

    /// The socket's pattern.
    public let type: SocketType
    /// The context, kept alive while the socket exists (`zmq_ctx_term` waits for the socket anyway).
    public let context: Context

    /// The `void *` from `zmq_socket`; `nil` once closed.
    private var handle: UnsafeMutableRawPointer?
    /// One `zmq_msg_t`, reused by every receive; initialized and closed around each frame.
    private let message: UnsafeMutablePointer<zmq_msg_t>

    init(handle: UnsafeMutableRawPointer, type: SocketType, context: Context) throws {
        self.handle = handle
        self.type = type
        self.context = context
        self.message = .allocate(capacity: 1)
        // On failure the deinitializer closes the handle and frees the message.
        try setLinger(milliseconds: Self.defaultLingerMilliseconds)
    }

    deinit {
        close()
        message.deallocate()
    }

    /// Whether ``close()`` has been called.
    public var isClosed: Bool { handle == nil }

    /// Closes the socket (`zmq_close`). Idempotent; the deinitializer calls it too.
    ///
    /// Unsent messages may still leave during the linger period; later calls on the socket throw `ENOTSOCK`.
    public func close() {
        guard let handle else { return }
        self.handle = nil
        _ = zmq_close(handle)
    }

    /// The open handle, or `ENOTSOCK` once closed.
    func openHandle(_ operation: String) throws(ZeroMQError) -> UnsafeMutableRawPointer {
        guard let handle else {
            throw ZeroMQError(code: ENOTSOCK, operation: operation, detail: "the socket is closed")
        }
        return handle
    }
}

// MARK: - Not Sendable

/// A socket belongs to one thread or serial queue: libzmq sockets are not thread-safe.
@available(*, unavailable)
extension Socket: Sendable {}

// MARK: - Binding and connecting

extension Socket {
    /// Binds the socket to a local endpoint (`zmq_bind`).
    ///
    /// Bind `tcp://127.0.0.1:*` to let the system pick a free port, then read it from ``lastEndpoint``.
    ///
    /// - Parameters:
    ///   - endpoint: A libzmq endpoint such as `tcp://127.0.0.1:5556`, `ipc:///run/eventwire/feed` or `inproc://x`.
    /// - Throws: ``ZeroMQError`` with `EADDRINUSE`, `EINVAL` (malformed), `EPROTONOSUPPORT`, `ENODEV`, ...
    public func bind(to endpoint: String) throws {
        let socket = try openHandle("zmq_bind")
        try zmqCheck("zmq_bind", endpoint: endpoint) { zmq_bind(socket, endpoint) }
    }

    /// Connects the socket to a remote endpoint (`zmq_connect`).
    ///
    /// Connecting is asynchronous: it succeeds before the peer exists, and libzmq reconnects on its own.
    ///
    /// - Parameters:
    ///   - endpoint: A libzmq endpoint such as `tcp://127.0.0.1:5555`.
    /// - Throws: ``ZeroMQError`` with `EINVAL` (malformed), `EPROTONOSUPPORT`, ...
    public func connect(to endpoint: String) throws {
        let socket = try openHandle("zmq_connect")
        try zmqCheck("zmq_connect", endpoint: endpoint) { zmq_connect(socket, endpoint) }
    }

    /// Binds or connects per the endpoint's role, or per `defaultRole` when the endpoint names none.
    ///
    /// - Parameters:
    ///   - endpoint: A parsed endpoint, such as `@tcp://127.0.0.1:5556`.
    ///   - defaultRole: What a plain endpoint does for this socket.
    /// - Throws: ``ZeroMQError`` from `zmq_bind` or `zmq_connect`.
    public func attach(_ endpoint: Endpoint, defaultRole: Endpoint.Role) throws {
        switch endpoint.resolvedRole(default: defaultRole) {
        case .bind: try bind(to: endpoint.address)
        case .connect: try connect(to: endpoint.address)
        }
    }

    /// Stops listening on an endpoint bound before (`zmq_unbind`).
    ///
    /// - Parameters:
    ///   - endpoint: The endpoint as bound; for a wildcard bind, the resolved one from ``lastEndpoint``.
    /// - Throws: ``ZeroMQError``, `ENOENT` if the endpoint was not bound.
    public func unbind(from endpoint: String) throws {
        let socket = try openHandle("zmq_unbind")
        try zmqCheck("zmq_unbind", endpoint: endpoint) { zmq_unbind(socket, endpoint) }
    }

    /// Drops a connection made before (`zmq_disconnect`).
    ///
    /// - Parameters:
    ///   - endpoint: The endpoint as connected.
    /// - Throws: ``ZeroMQError``, `ENOENT` if the endpoint was not connected.
    public func disconnect(from endpoint: String) throws {
        let socket = try openHandle("zmq_disconnect")
        try zmqCheck("zmq_disconnect", endpoint: endpoint) { zmq_disconnect(socket, endpoint) }
    }

    /// The endpoint of the last bind or connect (`ZMQ_LAST_ENDPOINT`), with a wildcard port resolved.
    ///
    /// For example `tcp://127.0.0.1:41234` after binding `tcp://127.0.0.1:*`; empty if nothing was bound or connected.
    ///
    /// - Throws: ``ZeroMQError`` if the socket is closed or the context terminated.
    public var lastEndpoint: String {
        get throws {
            let socket = try openHandle("zmq_getsockopt")
            var buffer = [UInt8](repeating: 0, count: 1_024)
            var size = buffer.count
            try zmqCheck("zmq_getsockopt", endpoint: nil) {
                buffer.withUnsafeMutableBytes { zmq_getsockopt(socket, ZMQ_LAST_ENDPOINT, $0.baseAddress, &size) }
            }
            let length = buffer.firstIndex(of: 0) ?? min(size, buffer.count)
            return String(decoding: buffer[..<length], as: UTF8.self)
        }
    }
}

// MARK: - Sending

extension Socket {
    /// Sends a multipart message: `ZMQ_SNDMORE` on every frame but the last.
    ///
    /// libzmq delivers a multipart message atomically: all frames or none, and only the first frame can meet a full
    /// queue (the high-water mark counts whole messages). So `false` means nothing was queued. Should a later frame
    /// ever report `EAGAIN` anyway, this throws instead of returning `false`, since part of the message would be
    /// queued and the socket would be mid-message.
    ///
    /// - Parameters:
    ///   - frames: The frames, at least one; empty frames and any bytes (NUL included) are fine.
    ///   - dontWait: Return `false` at once instead of waiting when the message cannot be queued.
    /// - Returns: `true` when queued; `false` on `EAGAIN` (`dontWait`, send timeout, PUSH with no peer, or
    ///   XPUB with ``setXPubNoDrop(_:)`` at the high-water mark).
    /// - Throws: ``ZeroMQError``: `EINVAL` for no frames, ``ZeroMQError/isTerminated`` after shutdown, `EFSM` for
    ///   REQ/REP out of turn, `EHOSTUNREACH` for a ROUTER with mandatory routing.
    @discardableResult
    public func send(_ frames: [[UInt8]], dontWait: Bool = false) throws -> Bool {
        guard !frames.isEmpty else {
            throw ZeroMQError(
                code: invalidArgument, operation: "zmq_send", detail: "a message needs at least one frame")
        }
        let socket = try openHandle("zmq_send")
        for (index, frame) in frames.enumerated() {
            let isLast = index == frames.count - 1
            if try !sendFrame(frame, more: !isLast, dontWait: dontWait, on: socket) {
                guard index == 0 else {
                    throw ZeroMQError(
                        code: EAGAIN,
                        operation: "zmq_send",
                        detail: "frame \(index + 1) of \(frames.count) could not be queued after the first was"
                    )
                }
                return false
            }
        }
        return true
    }

    /// Sends one frame, optionally announcing more frames of the same message.
    ///
    /// - Parameters:
    ///   - frame: The bytes.
    ///   - more: Set `ZMQ_SNDMORE`: the next send continues this message.
    ///   - dontWait: Return `false` at once instead of waiting when the frame cannot be queued.
    /// - Returns: `true` when queued; `false` on `EAGAIN`.
    /// - Throws: ``ZeroMQError`` for anything but `EAGAIN`.
    @discardableResult
    public func send(_ frame: [UInt8], more: Bool = false, dontWait: Bool = false) throws -> Bool {
        let socket = try openHandle("zmq_send")
        return try sendFrame(frame, more: more, dontWait: dontWait, on: socket)
    }

    private func sendFrame(
        _ frame: [UInt8],
        more: Bool,
        dontWait: Bool,
        on socket: UnsafeMutableRawPointer
    ) throws(ZeroMQError) -> Bool {
        let flags = (more ? ZMQ_SNDMORE : 0) | (dontWait ? ZMQ_DONTWAIT : 0)
        let sent = try zmqCall("zmq_send") {
            frame.withUnsafeBytes { zmq_send(socket, $0.baseAddress, $0.count, flags) }
        }
        return sent != nil
    }
}

// MARK: - Receiving

extension Socket {
    /// Receives one whole multipart message: `zmq_msg_recv` until `zmq_msg_more` (the frame's `ZMQ_RCVMORE`) is 0.
    ///
    /// Only the first frame can wait or time out: the rest of a multipart message arrives with it.
    ///
    /// - Parameters:
    ///   - dontWait: Return `nil` at once when no message is waiting.
    /// - Returns: The frames, or `nil` on `EAGAIN` (`dontWait`, or the receive timeout passed).
    /// - Throws: ``ZeroMQError``; ``ZeroMQError/isTerminated`` after ``Context/shutdown()``, `EFSM` for REQ/REP out of
    ///   turn.
    public func receiveMessage(dontWait: Bool = false) throws -> [[UInt8]]? {
        let socket = try openHandle("zmq_msg_recv")
        var frames: [[UInt8]] = []
        var more = true
        while more {
            let flags = frames.isEmpty && dontWait ? ZMQ_DONTWAIT : 0
            try zmqCheck("zmq_msg_init") { zmq_msg_init(message) }
            defer { _ = zmq_msg_close(message) }
            guard try zmqCall("zmq_msg_recv", { zmq_msg_recv(message, socket, flags) }) != nil else {
                guard frames.isEmpty else {
                    throw ZeroMQError(
                        code: EAGAIN,
                        operation: "zmq_msg_recv",
                        detail: "frame \(frames.count + 1) of a multipart message did not arrive with the first"
                    )
                }
                return nil
            }
            let size = zmq_msg_size(message)
            let data = UnsafeRawBufferPointer(start: zmq_msg_data(message), count: size)
            frames.append(size == 0 ? [] : [UInt8](data))
            more = zmq_msg_more(message) != 0
        }
        return frames
    }

    /// Waits until a message can be received.
    ///
    /// - Parameters:
    ///   - timeoutMilliseconds: How long to wait: 0 to check, -1 forever.
    /// - Returns: `true` if a message is waiting, `false` if the time passed first.
    /// - Throws: ``ZeroMQError``; ``ZeroMQError/isTerminated`` after ``Context/shutdown()``.
    public func waitForInput(timeoutMilliseconds: Int) throws -> Bool {
        try Socket.poll([(self, .input)], timeoutMilliseconds: timeoutMilliseconds)[0].contains(.input)
    }

    /// Waits until a message can be sent without blocking.
    ///
    /// - Parameters:
    ///   - timeoutMilliseconds: How long to wait: 0 to check, -1 forever.
    /// - Returns: `true` if a message can be queued, `false` if the time passed first.
    /// - Throws: ``ZeroMQError``; ``ZeroMQError/isTerminated`` after ``Context/shutdown()``.
    public func waitForOutput(timeoutMilliseconds: Int) throws -> Bool {
        try Socket.poll([(self, .output)], timeoutMilliseconds: timeoutMilliseconds)[0].contains(.output)
    }
}
