import Foundation
import Logging

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Talks to systemd's service manager over the `sd_notify` protocol, without libsystemd.
///
/// Under a `Type=notify` unit systemd puts the path of a datagram socket in `NOTIFY_SOCKET` (a file path,
/// or `@name` for Linux's abstract namespace); each message is one `AF_UNIX`/`SOCK_DGRAM` datagram of
/// newline-separated `KEY=VALUE` assignments such as `READY=1` or `STATUS=...`. With no `NOTIFY_SOCKET`
/// (a terminal, a test, a container without systemd) every call is a no-op that reports success, so the daemon
/// can call it unconditionally.
///
/// Every call opens a socket, sends one datagram and closes it, as libsystemd's `sd_notify` does: the value
/// holds no descriptor, so it is `Sendable` and can be copied into any task. Failures never throw out of the
/// convenience calls: they are logged at `warning` (once a minute at most, with a count of the others) through
/// the logger given at creation and reported as `false`, since a daemon must not stop because its supervisor
/// is unreachable.
///
/// ```swift
/// let notifier = SystemdNotifier(logger: logger)
/// notifier.ready(status: "reading tcp://127.0.0.1:5555")
/// ```
public struct SystemdNotifier: Sendable {
    /// Where notifications go: `NOTIFY_SOCKET` as given, `@` for the abstract namespace; nil when unset.
    public let socketPath: String?
    /// How often systemd wants `WATCHDOG=1` at the latest (`WATCHDOG_USEC`), when it watches this process.
    ///
    /// Nil when the unit has no `WatchdogSec=`, when `WATCHDOG_USEC` is not a positive number, or when
    /// `WATCHDOG_PID` names another process (the variable was inherited, not meant for us). Ping at half of
    /// it (``watchdogPingInterval``), as sd_watchdog_enabled(3) advises.
    public let watchdogInterval: Duration?
    private let logger: Logger?
    /// One warning a minute at most: a missing socket would otherwise log every watchdog ping.
    private let failureLog = RateLimitedLog(interval: .seconds(60))

    /// Reads `NOTIFY_SOCKET`, `WATCHDOG_USEC` and `WATCHDOG_PID` from `environment`.
    ///
    /// - Parameters:
    ///   - environment: The process environment, or a table in tests.
    ///   - logger: Where failed notifications are reported (at `warning`); nil to stay silent.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment, logger: Logger? = nil) {
        let path = environment["NOTIFY_SOCKET"] ?? ""
        self.socketPath = path.isEmpty ? nil : path
        self.watchdogInterval = Self.watchdogInterval(environment: environment, processID: getpid())
        self.logger = logger
    }

    /// Whether systemd listens (`NOTIFY_SOCKET` is set); when false every call does nothing.
    public var isEnabled: Bool { socketPath != nil }

    /// Half of ``watchdogInterval``: how often to send `WATCHDOG=1`.
    public var watchdogPingInterval: Duration? { watchdogInterval.map { $0 / 2 } }

    // MARK: - The protocol's messages

    /// Startup is complete: `READY=1`, with `STATUS=` when given. Also sent again after a reload.
    @discardableResult
    public func ready(status: String? = nil) -> Bool {
        var text = "READY=1"
        if let status { text += "\nSTATUS=" + Self.oneLine(status) }
        return deliver(text)
    }

    /// A one-line status for `systemctl status`: `STATUS=...` (newlines become spaces).
    @discardableResult
    public func status(_ status: String) -> Bool {
        deliver("STATUS=" + Self.oneLine(status))
    }

    /// The keep-alive ping for `WatchdogSec=`: `WATCHDOG=1`. Send it every ``watchdogPingInterval``.
    @discardableResult
    public func watchdog() -> Bool {
        deliver("WATCHDOG=1")
    }

    /// Graceful shutdown has begun: `STOPPING=1`.
    @discardableResult
    public func stopping() -> Bool {
        deliver("STOPPING=1")
    }

    /// A reload (SIGHUP) has begun: `RELOADING=1` and `MONOTONIC_USEC=` (now on `CLOCK_MONOTONIC`).
    ///
    /// systemd 253's `Type=notify-reload` requires the timestamp; systemd 252 ignores it. Either version keeps
    /// the unit in "reloading" until ``ready(status:)`` is sent again, so always follow with it.
    @discardableResult
    public func reloading() -> Bool {
        deliver("RELOADING=1\nMONOTONIC_USEC=\(Self.monotonicMicroseconds())")
    }

    // MARK: - Raw sending

    /// Sends `assignments`, in order, as one datagram of `KEY=VALUE` lines.
    ///
    /// - Throws: ``SystemdNotifierError`` when a key is empty or holds `=` or a newline, a value holds a
    ///   newline, or the datagram cannot be sent. Nothing is sent then.
    public func send(_ assignments: KeyValuePairs<String, String>) throws(SystemdNotifierError) {
        var lines: [String] = []
        for (key, value) in assignments {
            guard !key.isEmpty, !key.contains("="), !key.contains(where: \.isNewline),
                !value.contains(where: \.isNewline)
            else { throw SystemdNotifierError(.invalidAssignment(key: key)) }
            lines.append("\(key)=\(value)")
        }
        try send(lines.joined(separator: "\n"))
    }

    /// Sends `text` as it is, one datagram, to `NOTIFY_SOCKET`; does nothing when it is unset.
    ///
    /// - Throws: ``SystemdNotifierError`` when the socket path is not usable or the datagram cannot be sent.
    public func send(_ text: String) throws(SystemdNotifierError) {
        guard let socketPath else { return }
        let address = try Self.address(socketPath)
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw SystemdNotifierError(.system(operation: "socket", errno: errno)) }
        defer { close(descriptor) }
        let payload = Array(text.utf8)
        let sent: Int = payload.withUnsafeBytes { bytes in
            withUnsafePointer(to: address.storage) { storage in
                storage.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                    var result: Int
                    repeat {
                        result = sendto(
                            descriptor, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL), socketAddress,
                            address.length)
                    } while result < 0 && errno == EINTR
                    return result
                }
            }
        }
        guard sent >= 0 else { throw SystemdNotifierError(.system(operation: "sendto", errno: errno)) }
        guard sent == payload.count else {
            throw SystemdNotifierError(.system(operation: "sendto (short write)", errno: EMSGSIZE))
        }
    }

    // MARK: - Helpers

    private func deliver(_ text: String) -> Bool {
        do {
            try send(text)
            return true
        } catch {
            if let logger {
                failureLog.warning(
                    "cannot notify systemd", kind: "sd_notify",
                    metadata: ["socket": "\(socketPath ?? "-")", "message": "\(text)", "error": "\(error)"],
                    logger: logger)
            }
            return false
        }
    }

    static func watchdogInterval(environment: [String: String], processID: pid_t) -> Duration? {
        guard let text = environment["WATCHDOG_USEC"], let microseconds = UInt64(text), microseconds > 0,
            microseconds <= UInt64(Int64.max)
        else { return nil }
        if let pidText = environment["WATCHDOG_PID"] {
            guard let pid = pid_t(pidText), pid == processID else { return nil }
        }
        return .microseconds(Int64(microseconds))
    }

    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    private static func monotonicMicroseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1_000
    }

    /// A `sockaddr_un` for a path, or for the abstract namespace when `path` starts with `@`.
    private static func address(_ path: String) throws(SystemdNotifierError) -> (
        storage: sockaddr_un, length: socklen_t
    ) {
        var storage = sockaddr_un()
        storage.sun_family = sa_family_t(AF_UNIX)
        let abstract = path.hasPrefix("@")
        var bytes = Array(path.utf8)
        if abstract {
            bytes[0] = 0  // the abstract namespace: a leading NUL, and the length counts exactly the name
        } else {
            guard path.hasPrefix("/"), !bytes.contains(0) else {
                throw SystemdNotifierError(.invalidSocketPath(path))
            }
            bytes.append(0)
        }
        let capacity = MemoryLayout.size(ofValue: storage.sun_path)
        guard bytes.count > (abstract ? 1 : 0), bytes.count <= capacity else {
            throw SystemdNotifierError(.invalidSocketPath(path))
        }
        withUnsafeMutableBytes(of: &storage.sun_path) { $0.copyBytes(from: bytes) }
        let length = MemoryLayout<sockaddr_un>.offset(of: \.sun_path)! + bytes.count
        return (storage, socklen_t(length))
    }
}

/// A notification that could not be sent: what was wrong, and for a system call its `errno`.
public struct SystemdNotifierError: Error, Hashable, Sendable, CustomStringConvertible {
    enum Code: Hashable, Sendable {
        case invalidSocketPath(String)
        case invalidAssignment(key: String)
        case system(operation: String, errno: Int32)
    }

    let code: Code

    init(_ code: Code) {
        self.code = code
    }

    /// The `errno` of the failed system call, when a system call failed.
    public var errno: Int32? {
        if case .system(_, let errno) = code { return errno }
        return nil
    }

    public var description: String {
        switch code {
        case .invalidSocketPath(let path):
            return "NOTIFY_SOCKET '\(path)' is neither an absolute path nor an @abstract name that fits sun_path"
        case .invalidAssignment(let key):
            return "invalid sd_notify assignment for key '\(key)': keys need no '=' or newline, values no newline"
        case .system(let operation, let errno):
            return "\(operation) failed: \(String(cString: strerror(errno))) (errno \(errno))"
        }
    }
}
