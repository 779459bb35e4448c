internal import CZeroMQ

/// An error reported by libzmq, or by this layer when it refuses an argument before calling libzmq.
///
/// The error keeps libzmq's `errno` value in ``code`` and the C function that failed in ``operation``, so callers
/// can branch on the code (``isTerminated`` to stop a loop, `EADDRINUSE` to report a busy port) and logs can say
/// exactly which call failed. `EAGAIN` is never thrown by the sending and receiving calls: they return it as a value
/// (`false` or `nil`), because a timeout or a full queue is normal flow.
public struct ZeroMQError: Error, Sendable, Hashable {
    /// The `errno` value libzmq reported (for example `EADDRINUSE`, `EPROTONOSUPPORT` or ``ZeroMQError/terminated``).
    public var code: Int32
    /// The C function that failed, such as `"zmq_bind"`, or the step of this layer that refused the input.
    public var operation: String
    /// The endpoint involved, when there is one (`zmq_bind`, `zmq_connect`, endpoint parsing).
    public var endpoint: String?
    /// Extra context added by this layer, such as which frame of a multipart message failed.
    public var detail: String?

    /// Creates an error from an `errno` value and the operation that produced it.
    ///
    /// - Parameters:
    ///   - code: The `errno` value, as returned by `zmq_errno()`.
    ///   - operation: The C function or step that failed.
    ///   - endpoint: The endpoint involved, if any.
    ///   - detail: Extra context, if any.
    public init(code: Int32, operation: String, endpoint: String? = nil, detail: String? = nil) {
        self.code = code
        self.operation = operation
        self.endpoint = endpoint
        self.detail = detail
    }

    /// libzmq's `ETERM`: the context was shut down or terminated.
    public static let terminated: Int32 = ETERM

    /// Whether the context was shut down (`ETERM`): a receive or poll loop should close its socket and stop.
    public var isTerminated: Bool { code == ETERM }

    /// Whether the socket is closed or not a socket (`ENOTSOCK`).
    public var isNotSocket: Bool { code == ENOTSOCK }

    /// Whether the address is already bound by someone else (`EADDRINUSE`).
    public var isAddressInUse: Bool { code == EADDRINUSE }

    /// libzmq's text for ``code`` (`zmq_strerror`).
    public var message: String { String(cString: zmq_strerror(code)) }
}

// MARK: - CustomStringConvertible

extension ZeroMQError: CustomStringConvertible {
    /// For example `zmq_bind(tcp://127.0.0.1:5556) failed: Address already in use (errno 98)`.
    public var description: String {
        var text = operation
        if let endpoint { text += "(\(endpoint))" }
        text += " failed: \(message) (errno \(code))"
        if let detail { text += ": \(detail)" }
        return text
    }
}

// MARK: - The one place that reads zmq_errno()

/// Runs one libzmq call, retrying it while it fails with `EINTR`, and turns a failure into a value or an error.
///
/// This is the only function of the module that reads `zmq_errno()`, and it reads it right after the call, before
/// anything else can overwrite `errno`.
///
/// - Parameters:
///   - operation: The C function's name, kept in the error.
///   - endpoint: The endpoint involved, kept in the error.
///   - failed: Whether the call's result means failure (`-1`, or a null pointer).
///   - call: The libzmq call. It is run again after `EINTR`, so it must compute anything time-dependent itself.
/// - Returns: The call's result, or `nil` when libzmq reported `EAGAIN`.
/// - Throws: ``ZeroMQError`` for any other `errno`.
@inline(__always)
func retryingInterrupts<Result>(
    _ operation: String,
    endpoint: String? = nil,
    failed: (Result) -> Bool,
    _ call: () -> Result
) throws(ZeroMQError) -> Result? {
    while true {
        let result = call()
        guard failed(result) else { return result }
        let code = zmq_errno()
        switch code {
        case EINTR: continue
        case EAGAIN: return nil
        default: throw ZeroMQError(code: code, operation: operation, endpoint: endpoint)
        }
    }
}

/// Runs a libzmq call that returns `-1` on failure; `EAGAIN` is returned as `nil`, `EINTR` retried.
///
/// - Throws: ``ZeroMQError`` for any `errno` other than `EINTR` and `EAGAIN`.
@inline(__always)
func zmqCall(_ operation: String, endpoint: String? = nil, _ call: () -> Int32) throws(ZeroMQError) -> Int32? {
    try retryingInterrupts(operation, endpoint: endpoint, failed: { $0 == -1 }, call)
}

/// Runs a libzmq call for which `EAGAIN` is not a normal outcome: it is thrown like any other error.
///
/// - Throws: ``ZeroMQError`` for any `errno` other than `EINTR`.
@inline(__always)
@discardableResult
func zmqCheck(_ operation: String, endpoint: String? = nil, _ call: () -> Int32) throws(ZeroMQError) -> Int32 {
    guard let result = try zmqCall(operation, endpoint: endpoint, call) else {
        throw ZeroMQError(code: EAGAIN, operation: operation, endpoint: endpoint)
    }
    return result
}

/// libzmq's `EINVAL`, for arguments this layer refuses before calling libzmq.
let invalidArgument: Int32 = EINVAL
