import Foundation
import Logging
import Synchronization
import Testing

@testable import EventWireDaemon

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// A bound `AF_UNIX` datagram socket standing in for systemd's notification socket.
///
/// Bound to a file path in a fresh temporary directory, or to a unique name in the abstract namespace; reads
/// one datagram at a time with a receive timeout so that a missing message fails the test instead of hanging.
private final class NotifySocketStub {
    let descriptor: Int32
    /// What `NOTIFY_SOCKET` should say: the path, or `@name`.
    let notifySocket: String
    private let directory: URL?

    init(abstract: Bool) throws {
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        try #require(descriptor >= 0)
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var pathBytes: [UInt8]
        if abstract {
            directory = nil
            notifySocket = "@eventwire-test-\(UUID().uuidString)"
            pathBytes = [0] + Array(notifySocket.utf8.dropFirst())
        } else {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ew-notify-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            directory = dir
            notifySocket = dir.appendingPathComponent("notify").path
            pathBytes = Array(notifySocket.utf8) + [0]
        }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: pathBytes) }
        let length = socklen_t(MemoryLayout<sockaddr_un>.offset(of: \.sun_path)! + pathBytes.count)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        try #require(bound == 0, "bind \(notifySocket): errno \(errno)")
    }

    /// The next datagram's exact bytes, or nil after the timeout.
    func receive() -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        return count >= 0 ? Array(buffer[..<count]) : nil
    }

    /// The next datagram as text.
    func receiveText() -> String? {
        receive().map { String(decoding: $0, as: UTF8.self) }
    }

    /// True when no datagram is waiting.
    var isEmpty: Bool {
        var byte: UInt8 = 0
        return recv(descriptor, &byte, 1, Int32(MSG_DONTWAIT | MSG_PEEK)) < 0
    }

    deinit {
        close(descriptor)
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }
}

@Suite struct SystemdNotifierTests {
    @Test(arguments: [false, true])
    func sendsEachMessageAsOneDatagramWithExactBytes(abstract: Bool) throws {
        let stub = try NotifySocketStub(abstract: abstract)
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": stub.notifySocket])
        #expect(notifier.isEnabled)
        #expect(notifier.socketPath == stub.notifySocket)

        #expect(notifier.ready(status: "reading tcp://127.0.0.1:5555"))
        #expect(stub.receive() == Array("READY=1\nSTATUS=reading tcp://127.0.0.1:5555".utf8))
        #expect(notifier.ready())
        #expect(stub.receiveText() == "READY=1")
        #expect(notifier.status("12 articles\nlast: seed"))
        #expect(stub.receiveText() == "STATUS=12 articles last: seed")
        #expect(notifier.watchdog())
        #expect(stub.receive() == Array("WATCHDOG=1".utf8))
        #expect(notifier.stopping())
        #expect(stub.receive() == Array("STOPPING=1".utf8))
        #expect(stub.isEmpty)
    }

    @Test func reloadingCarriesTheMonotonicClock() throws {
        let stub = try NotifySocketStub(abstract: false)
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": stub.notifySocket])
        var before = timespec()
        clock_gettime(CLOCK_MONOTONIC, &before)
        #expect(notifier.reloading())
        var after = timespec()
        clock_gettime(CLOCK_MONOTONIC, &after)

        let text = try #require(stub.receiveText())
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        try #require(lines.count == 2)
        #expect(lines[0] == "RELOADING=1")
        #expect(lines[1].hasPrefix("MONOTONIC_USEC="))
        let usec = try #require(UInt64(lines[1].dropFirst("MONOTONIC_USEC=".count)))
        let micro: (timespec) -> UInt64 = { UInt64($0.tv_sec) * 1_000_000 + UInt64($0.tv_nsec) / 1_000 }
        #expect(usec >= micro(before) && usec <= micro(after))
    }

    @Test func sendsAssignmentsInOrderAndRawText() throws {
        let stub = try NotifySocketStub(abstract: true)
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": stub.notifySocket])
        try notifier.send(["STATUS": "a=b", "ERRNO": "5"])
        #expect(stub.receiveText() == "STATUS=a=b\nERRNO=5")
        try notifier.send(["READY": "1", "MAINPID": "42", "STATUS": "ünïcode ✓"])
        #expect(stub.receive() == Array("READY=1\nMAINPID=42\nSTATUS=ünïcode ✓".utf8))
        try notifier.send("FDSTORE=0")
        #expect(stub.receiveText() == "FDSTORE=0")
    }

    @Test(
        arguments: [["BAD=KEY": "1"], ["": "1"], ["STATUS": "two\nlines"], ["NEW\nLINE": "1"]]
            as [KeyValuePairs<String, String>])
    func rejectsAssignmentsThatWouldBreakTheFormat(assignments: KeyValuePairs<String, String>) throws {
        let stub = try NotifySocketStub(abstract: false)
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": stub.notifySocket])
        #expect(throws: SystemdNotifierError.self) { try notifier.send(assignments) }
        #expect(stub.isEmpty)
    }

    @Test func isANoOpWithoutNotifySocket() throws {
        for environment in [[:], ["NOTIFY_SOCKET": ""], ["WATCHDOG_USEC": "30000000"]] as [[String: String]] {
            let notifier = SystemdNotifier(environment: environment)
            #expect(!notifier.isEnabled)
            #expect(notifier.socketPath == nil)
            #expect(notifier.ready(status: "x"))
            #expect(notifier.watchdog())
            #expect(notifier.stopping())
            try notifier.send("READY=1")
        }
    }

    @Test func reportsAnUnreachableSocketWithoutThrowingFromTheConvenienceCalls() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("ew-none-\(UUID().uuidString)")
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": missing.path])
        #expect(!notifier.ready())
        let error = try #require(throws: SystemdNotifierError.self) { try notifier.send("READY=1") }
        #expect(error.errno == ENOENT)
        #expect("\(error)".contains("sendto"))
    }

    @Test func logsFailuresAtMostOnceAMinute() throws {
        let records = RecordingLogHandler.Records()
        let logger = Logger(label: "test") { _ in RecordingLogHandler(records: records) }
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("ew-none-\(UUID().uuidString)")
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": missing.path], logger: logger)
        for _ in 0..<5 { #expect(!notifier.watchdog()) }
        let logged = records.messages
        #expect(logged.count == 1)
        #expect(logged.first?.level == .warning)
        #expect(logged.first?.message == "cannot notify systemd")
    }

    @Test(arguments: ["relative/path", "@", String(repeating: "x", count: 200).prefixedWithSlash])
    func rejectsUnusableSocketPaths(path: String) throws {
        let notifier = SystemdNotifier(environment: ["NOTIFY_SOCKET": path])
        #expect(!notifier.watchdog())
        #expect(throws: SystemdNotifierError.self) { try notifier.send("WATCHDOG=1") }
    }

    @Test func readsTheWatchdogIntervalForThisProcessOnly() {
        let pid = getpid()
        func interval(_ environment: [String: String]) -> Duration? {
            SystemdNotifier(environment: environment).watchdogInterval
        }
        #expect(interval(["WATCHDOG_USEC": "30000000"]) == .seconds(30))
        #expect(interval(["WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "\(pid)"]) == .seconds(30))
        #expect(interval(["WATCHDOG_USEC": "1500", "WATCHDOG_PID": "\(pid)"]) == .microseconds(1500))
        #expect(interval(["WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "\(pid + 1)"]) == nil)
        #expect(interval(["WATCHDOG_USEC": "30000000", "WATCHDOG_PID": "nope"]) == nil)
        #expect(interval(["WATCHDOG_USEC": "0"]) == nil)
        #expect(interval(["WATCHDOG_USEC": "-5"]) == nil)
        #expect(interval(["WATCHDOG_USEC": "30s"]) == nil)
        #expect(interval(["WATCHDOG_PID": "\(pid)"]) == nil)
        #expect(interval([:]) == nil)
        #expect(
            SystemdNotifier(environment: ["WATCHDOG_USEC": "30000000"]).watchdogPingInterval == .seconds(15))
    }

}

/// Keeps every log record, for tests of what was logged.
private struct RecordingLogHandler: LogHandler {
    final class Records: Sendable {
        let storage = Mutex<[(level: Logger.Level, message: String)]>([])
        var messages: [(level: Logger.Level, message: String)] { storage.withLock { $0 } }
    }

    let records: Records
    var logLevel: Logger.Level = .trace
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        records.storage.withLock { $0.append((event.level, "\(event.message)")) }
    }
}

extension String {
    fileprivate var prefixedWithSlash: String { "/" + self }
}
