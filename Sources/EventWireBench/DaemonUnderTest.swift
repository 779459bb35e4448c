import Dispatch
import EventWireCore
import EventWireDaemon
import Foundation
import Glibc
import Logging
import ServiceLifecycle
import Synchronization

/// Which daemon a pipeline run measures.
enum DaemonTarget: Sendable {
    /// The real `eventwire run` binary at this path, in a child process: its CPU time and memory are its own.
    case binary(String)
    /// ``EventWireDaemon`` in the bench's own process (the same code; shares the process with the bench's threads).
    case inProcess(Extractor)

    /// How the tables name it.
    var label: String {
        switch self {
        case .binary: "eventwire run, child process"
        case .inProcess: "in process"
        }
    }

    /// `eventwire` next to the running `eventwire-bench` (the build's bin folder), if it is there.
    static func siblingBinary() -> String? {
        guard let bench = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else {
            return nil
        }
        let path = (bench as NSString).deletingLastPathComponent + "/eventwire"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }
}

/// A running daemon under measurement: started on given endpoints, asked for its counts, stopped gracefully.
protocol DaemonUnderTest: AnyObject {
    /// Articles processed or rejected so far (including warm-up probes); nil while not known.
    func handledCount() -> Int?
    /// Why the daemon stopped on its own, or nil while it runs.
    func exitReason() -> String?
    /// User plus system CPU seconds the daemon has used; nil when it shares the bench's process.
    func cpuSeconds() -> Double?
    /// The daemon's resident set and its peak (`VmRSS`, `VmHWM`) in MiB; nil when it shares the bench's process.
    func residentMiB() -> (current: Double, peak: Double)?
    /// Stops it gracefully (15 s at most); returns a failure, or nil when it stopped cleanly.
    func stop() -> String?
}

extension DaemonTarget {
    /// Starts the daemon: its feed connects to `feed`, its publisher binds `publish`.
    ///
    /// - Throws: when the binary cannot be started or a free port for its metrics cannot be found.
    func start(feed: String, publish: String, workers: Int, logger: Logger, showLog: Bool) throws -> any DaemonUnderTest
    {
        switch self {
        case .binary(let path):
            return try ChildDaemon(path: path, feed: feed, publish: publish, workers: workers, showLog: showLog)
        case .inProcess(let extractor):
            return InProcessDaemon(feed: feed, publish: publish, workers: workers, extractor: extractor, logger: logger)
        }
    }
}

// MARK: - In process

/// ``EventWireDaemon`` in a `ServiceGroup` on a detached task, configured as `eventwire run` would be.
final class InProcessDaemon: DaemonUnderTest {
    private let daemon: EventWireDaemon
    private let group: ServiceGroup
    private let finished = DispatchSemaphore(value: 0)
    private let error = Locked<String?>(nil)

    init(feed: String, publish: String, workers: Int, extractor: Extractor, logger: Logger) {
        var configuration = DaemonConfiguration()
        configuration.feedEndpoints = [feed]
        configuration.publishEndpoints = [publish]
        configuration.workers = workers
        configuration.instance = "bench"
        configuration.host = "bench"
        daemon = EventWireDaemon(configuration: configuration, extractor: extractor, logger: logger)
        group = ServiceGroup(
            configuration: ServiceGroupConfiguration(services: [.init(service: daemon)], logger: logger))
        Task.detached { [group, finished, error] in
            do { try await group.run() } catch let failure { error.withLock { $0 = "\(failure)" } }
            finished.signal()
        }
    }

    func handledCount() -> Int? {
        let stats = daemon.statistics.snapshot
        return stats.processed + stats.rejectedTotal
    }

    func exitReason() -> String? {
        guard finished.wait(timeout: .now()) == .success else { return nil }
        finished.signal()
        return error.withLock { $0 } ?? "no error"
    }

    func cpuSeconds() -> Double? { nil }

    func residentMiB() -> (current: Double, peak: Double)? { nil }

    func stop() -> String? {
        Task.detached { [group] in await group.triggerGracefulShutdown() }
        guard finished.wait(timeout: .now() + 15) == .success else {
            return "timeout: the daemon did not stop within 15 s of a graceful shutdown"
        }
        finished.signal()
        return error.withLock { $0 }.map { "daemon failed: \($0)" }
    }
}

// MARK: - Child process

/// `eventwire run` in a child process, with its metrics on a free port (the processed count comes from there).
final class ChildDaemon: DaemonUnderTest {
    private let process = Process()
    private let metricsPort: Int
    private var lastCount: Int?
    private var lastPoll: UInt64 = 0

    init(path: String, feed: String, publish: String, workers: Int, showLog: Bool) throws {
        let metrics = try freeTCPEndpoint()
        metricsPort = Int(metrics.split(separator: ":").last!)!
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [
            "run", "--feed", feed, "--publish", publish, "--workers", "\(workers)", "--instance", "bench",
            "--metrics", "127.0.0.1:\(metricsPort)", "--journal", "off", "--log-level", showLog ? "warning" : "error",
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["NOTIFY_SOCKET"] = nil
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        if !showLog { process.standardError = FileHandle.nullDevice }
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// From `/metrics`, scraped at most every 50 ms (the scrape costs the daemon a little CPU).
    func handledCount() -> Int? {
        let now = nowNanoseconds()
        guard now - lastPoll >= 50_000_000 else { return lastCount }
        lastPoll = now
        guard let text = httpGet(port: metricsPort, path: "/metrics") else { return lastCount }
        var total = 0.0
        var found = false
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard
                line.hasPrefix("eventwire_articles_processed_total ")
                    || line.hasPrefix("eventwire_articles_rejected_total{"),
                let value = line.split(separator: " ").last.flatMap({ Double($0) })
            else { continue }
            total += value
            found = true
        }
        if found { lastCount = Int(total) }
        return lastCount
    }

    func exitReason() -> String? {
        process.isRunning ? nil : "exit status \(process.terminationStatus)"
    }

    func cpuSeconds() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        // After "pid (comm) ": state is field 3; utime and stime are fields 14 and 15 (proc(5)).
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    func residentMiB() -> (current: Double, peak: Double)? {
        let status = "/proc/\(process.processIdentifier)/status"
        guard let current = procValue(status, key: "VmRSS"), let peak = procValue(status, key: "VmHWM") else {
            return nil
        }
        return (Double(current) / 1024, Double(peak) / 1024)
    }

    func stop() -> String? {
        guard process.isRunning else {
            return "the daemon had already stopped: exit status \(process.terminationStatus)"
        }
        kill(process.processIdentifier, SIGTERM)
        let deadline = nowNanoseconds() + 15_000_000_000
        while process.isRunning, nowNanoseconds() < deadline { usleep(10_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            return "timeout: the daemon did not stop within 15 s of SIGTERM"
        }
        return process.terminationStatus == 0 ? nil : "the daemon exited with status \(process.terminationStatus)"
    }
}

/// A plain HTTP/1.1 GET on 127.0.0.1 with a 1 s timeout; the body, or nil on any failure.
private func httpGet(port: Int, path: String) -> String? {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var timeout = timeval(tv_sec: 1, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    guard withLoopbackAddress(port: port, { connect(fd, $0, $1) }) == 0 else { return nil }
    let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
    guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, 0) }) == request.count else { return nil }
    var response: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if n <= 0 { break }
        response += buffer[0..<n]
    }
    let text = String(decoding: response, as: UTF8.self)
    guard text.hasPrefix("HTTP/1.1 200"), let body = text.range(of: "\r\n\r\n") else { return nil }
    return String(text[body.upperBound...])
}

/// User plus system CPU seconds of the bench's own process so far (its feeder, subscriber and libzmq threads).
func benchCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec)
        + Double(usage.ru_stime.tv_usec) / 1e6
}
