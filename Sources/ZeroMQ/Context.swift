internal import CZeroMQ
import Synchronization

/// A libzmq context: the I/O threads and the registry that every ``Socket`` belongs to.
///
/// Use one context per process: `inproc://` endpoints only reach sockets of the same context. Create each socket on
/// the thread or serial queue that will own it, with ``makeSocket(_:)``.
///
/// Stopping: ``shutdown()`` (from any thread, for example a signal handler's queue) makes every blocked call on the
/// context's sockets throw a ``ZeroMQError`` with ``ZeroMQError/isTerminated``; each owner then closes its socket.
/// ``terminate()``, or the deinitializer, then runs `zmq_ctx_term`, which waits until every socket is closed and its
/// linger has passed. A socket keeps its context alive, so the deinitializer only runs after all sockets are gone.
///
/// ## Sendable
/// `@unchecked Sendable` because libzmq contexts are thread-safe (`man zmq_ctx_new`: "Individual sockets are not
/// thread safe"; contexts are): every C call on the handle may happen from any thread. The Swift state this class
/// adds (open or terminated) is guarded by a `Mutex`, which also orders socket creation against termination.
public final class Context: @unchecked Sendable {
    private enum State {
        case open
        case terminated
    }

    /// The `void *` from `zmq_ctx_new`; valid until `zmq_ctx_term` returns.
    private let handle: UnsafeMutableRawPointer
    private let state = Mutex(State.open)

    /// Creates a context.
    ///
    /// - Parameters:
    ///   - ioThreads: The number of libzmq I/O threads (`ZMQ_IO_THREADS`); one handles about a gigabyte a second.
    /// - Throws: ``ZeroMQError`` if libzmq cannot create the context or refuses the thread count.
    public init(ioThreads: Int = 1) throws {
        guard let threads = Int32(exactly: ioThreads), threads >= 0 else {
            throw ZeroMQError(code: invalidArgument, operation: "zmq_ctx_set", detail: "ZMQ_IO_THREADS \(ioThreads)")
        }
        guard let created = try retryingInterrupts("zmq_ctx_new", failed: { $0 == nil }, { zmq_ctx_new() }),
            let handle = created
        else {
            throw ZeroMQError(code: EAGAIN, operation: "zmq_ctx_new")
        }
        do {
            try zmqCheck("zmq_ctx_set") { zmq_ctx_set(handle, ZMQ_IO_THREADS, threads) }
        } catch {
            _ = zmq_ctx_term(handle)
            throw error
        }
        self.handle = handle
    }

    deinit {
        terminate()
    }

    /// Creates a socket of the given type, with a bounded linger (``Socket/defaultLingerMilliseconds``).
    ///
    /// The socket is not thread-safe: call this on the thread or serial queue that will use it, and close it there.
    ///
    /// - Parameters:
    ///   - type: The ZeroMQ socket pattern.
    /// - Returns: The new socket.
    /// - Throws: ``ZeroMQError``; ``ZeroMQError/isTerminated`` after ``shutdown()`` or ``terminate()``, `EMFILE`
    ///   when libzmq's socket limit is reached.
    public func makeSocket(_ type: SocketType) throws -> Socket {
        let socketHandle: UnsafeMutableRawPointer = try state.withLock { state throws(ZeroMQError) in
            guard case .open = state else {
                throw ZeroMQError(code: ETERM, operation: "zmq_socket")
            }
            let created = try retryingInterrupts("zmq_socket", failed: { $0 == nil }) {
                zmq_socket(handle, type.cValue)
            }
            guard let created, let socketHandle = created else {
                throw ZeroMQError(code: EAGAIN, operation: "zmq_socket")
            }
            return socketHandle
        }
        return try Socket(handle: socketHandle, type: type, context: self)
    }

    /// Shuts the context down (`zmq_ctx_shutdown`) without waiting: blocked and later calls on its sockets throw
    /// ``ZeroMQError/isTerminated``, and new sockets can no longer be created.
    ///
    /// Safe from any thread, and idempotent. Each socket must still be closed by its owner; then ``terminate()``.
    public func shutdown() {
        state.withLock { state in
            guard case .open = state else { return }
            _ = zmq_ctx_shutdown(handle)
        }
    }

    /// Terminates the context (`zmq_ctx_term`), waiting until every socket is closed and has lingered.
    ///
    /// Idempotent; the deinitializer calls it too. It blocks while any socket of the context is open, so never call it
    /// on a thread that still owns an open socket. It also does what ``shutdown()`` does for the sockets still open.
    public func terminate() {
        let shouldTerminate = state.withLock { state in
            guard case .open = state else { return false }
            state = .terminated
            return true
        }
        guard shouldTerminate else { return }
        // Only EINTR is worth retrying; EFAULT (not a context) cannot happen with a handle we own.
        _ = try? zmqCall("zmq_ctx_term") { zmq_ctx_term(handle) }
    }
}

/// The version of the libzmq library linked at run time (`zmq_version`).
///
/// - Returns: The major, minor and patch numbers, such as `(4, 3, 4)`.
public func zeroMQVersion() -> (major: Int, minor: Int, patch: Int) {
    var major: Int32 = 0
    var minor: Int32 = 0
    var patch: Int32 = 0
    zmq_version(&major, &minor, &patch)
    return (Int(major), Int(minor), Int(patch))
}

/// Whether the linked libzmq supports a capability (`zmq_has`), such as `"ipc"`, `"curve"` or `"draft"`.
///
/// - Parameters:
///   - capability: The capability's name, as listed in `man zmq_has`.
/// - Returns: `true` when the library was built with it.
public func zeroMQHas(_ capability: String) -> Bool {
    zmq_has(capability) == 1
}
