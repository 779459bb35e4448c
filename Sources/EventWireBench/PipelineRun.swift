import Dispatch
import EventWireCore
import Foundation
import Glibc
import Histogram
import Logging
import Synchronization
import ZeroMQ

/// One pipeline measurement: an XPUB feeder thread, the daemon (the `eventwire run` binary in a child process, or
/// ``EventWireDaemon`` in process) on free `tcp://127.0.0.1` ports, and a SUB counter thread.
///
/// The feeder waits for the daemon's subscription, sends warm-up probes (ids `warmup~k`) until one of their
/// events comes back (so both slow joiners are past), then sends the load with `ZMQ_XPUB_NODROP`: a full queue
/// means waiting, never loss. Each article gets a fresh id `<corpus id>~<n>`. Completion: the daemon has
/// processed every article sent and the subscriber has every event the extractor found in them offline.
/// Every wait is bounded; a timeout ends the run with a failed status.
struct PipelineRun: Sendable {
    /// What the feeder sends.
    struct Plan: Sendable {
        /// Articles a second; nil sends as fast as the pipeline takes them.
        var rate: Double?
        /// Stop after this many articles, or
        var maxArticles: Int?
        /// after this many seconds, whichever comes first.
        var maxSeconds: Double?
        /// The articles, cycled.
        var entries: [Corpus.Entry]
        /// Never get more than this many articles ahead of the daemon's processed count (smoke runs: a time cap
        /// then stops promptly); nil leaves the pace to the daemon's own backpressure.
        var maxAhead: Int?
        /// Keep each article's send time and build a latency histogram.
        var measureLatency = false
        /// How long sending may take before the run counts as hung.
        var sendTimeout: Double
        /// How long the daemon may take to finish after the last send.
        var drainTimeout: Double
    }

    /// What came out.
    struct Outcome {
        var sent = 0
        var processed = 0
        var payloadBytes = 0
        var eventsExpected = 0
        var eventsReceived = 0
        var deadLetters = 0
        var seconds = 0.0
        /// From the first to the last send.
        var sendSeconds = 0.0
        var maxLagNanoseconds: UInt64 = 0
        var latency: Histogram<UInt64>?
        /// CPU seconds from the first article sent to the end of the run: the daemon's (when it is a child
        /// process) and the bench process's own, over `cpuWindowSeconds` of wall time.
        var daemonCPUSeconds: Double?
        var benchCPUSeconds: Double?
        var cpuWindowSeconds: Double?
        /// The daemon's resident set at the end and its peak (child process only).
        var daemonMemory: (current: Double, peak: Double)?
        var failure: String?
    }

    var workers: Int
    var plan: Plan
    var probe: Corpus.Entry
    /// The daemon measured: the `eventwire run` binary, or the library in process.
    var target: DaemonTarget
    var logger: Logger
    /// Let the child daemon's warnings through to stderr.
    var showDaemonLog = false
    /// Called on the monitoring (calling) thread about every 10 ms with the articles processed so far and the
    /// daemon's resident set and peak in MiB (nil when it runs in the bench's process).
    var progress: @Sendable (Int, (current: Double, peak: Double)?) -> Void = { _, _ in }

    /// Runs the measurement; blocks the calling thread (not a Swift concurrency thread) until done.
    ///
    /// A run that fails before its first article was sent (a port taken between the check and the bind, a
    /// warm-up that never completes) is retried twice with new ports; the failure is reported if all three fail.
    func run() -> Outcome {
        var outcome = runOnce()
        var attempts = 1
        while attempts < 3, outcome.failure != nil, outcome.sent == 0 {
            logProgress("  retrying after a failed start: \(outcome.failure ?? "")")
            outcome = runOnce()
            attempts += 1
        }
        return outcome
    }

    private func runOnce() -> Outcome {
        let state = SharedState(capacity: plan.measureLatency ? (plan.maxArticles ?? 0) + 16 : 0)
        let context: Context
        do { context = try Context() } catch { return Outcome(failure: "cannot create a ZeroMQ context: \(error)") }
        defer { context.terminate() }

        // 1. The feeder binds first: the daemon connects its feed to it.
        let feeder = Thread { runFeeder(context: context, state: state) }
        feeder.name = "bench-feeder"
        feeder.start()
        guard state.feederReady.wait(timeout: .now() + 10) == .success,
            let feedEndpoint = state.feedEndpoint.withLock({ $0 })
        else {
            joinThreads(state, subscriber: false)
            return Outcome(failure: state.failure ?? "timeout: the feeder did not bind within 10 s")
        }

        // 2. The daemon, as `eventwire run` would configure it, on free ports.
        let publishEndpoint: String
        let daemon: any DaemonUnderTest
        do {
            publishEndpoint = try freeTCPEndpoint()
            daemon = try target.start(
                feed: feedEndpoint, publish: publishEndpoint, workers: workers, logger: logger, showLog: showDaemonLog)
        } catch {
            joinThreads(state, subscriber: false)
            return Outcome(failure: "cannot start the daemon: \(error)")
        }

        // 3. The subscriber counts every event and dead letter.
        let subscriber = Thread { runSubscriber(context: context, endpoint: publishEndpoint, state: state) }
        subscriber.name = "bench-subscriber"
        subscriber.start()

        // 4. Watch until everything sent is processed and every expected event is in, or a bound passes.
        var outcome = monitor(state: state, daemon: daemon)

        // 5. Stop: release the feeder's socket, stop the subscriber, shut the daemon down gracefully.
        if !joinThreads(state, subscriber: true) {
            outcome.failure = outcome.failure ?? "timeout: the feeder or subscriber thread did not stop within 5 s"
        }
        outcome.latency = state.histogram.withLock { $0 }
        if let failure = daemon.stop() { outcome.failure = outcome.failure ?? failure }
        return outcome
    }

    private func monitor(state: SharedState, daemon: any DaemonUnderTest) -> Outcome {
        var outcome = Outcome()
        let startedAt = nowNanoseconds()
        var processedAllAt: UInt64?
        var failure: String?
        var handled = 0
        // CPU time of the daemon and of the bench from the first article sent to the end.
        var cpuStart: (at: UInt64, daemon: Double?, bench: Double)?
        while true {
            Thread.sleep(forTimeInterval: 0.01)
            let now = nowNanoseconds()
            if cpuStart == nil, state.firstSendAt.load(ordering: .acquiring) > 0 {
                cpuStart = (now, daemon.cpuSeconds(), benchCPUSeconds())
            }
            // A child daemon's count comes from scraping its /metrics, which costs it CPU: a paced (latency) run
            // scrapes only after its last send, so that the scrapes do not land in the measured latencies.
            if plan.rate == nil || plan.maxAhead != nil || state.doneSending.load(ordering: .acquiring) {
                handled = daemon.handledCount() ?? handled
            }
            let warmups = state.warmupSent.load(ordering: .acquiring)
            let benchProcessed = max(0, handled - warmups)
            state.processed.store(benchProcessed, ordering: .releasing)
            progress(benchProcessed, daemon.residentMiB())
            if let error = state.failure {
                failure = error
                break
            }
            if let reason = daemon.exitReason() {
                failure = "the daemon stopped on its own: \(reason)"
                break
            }
            let doneSending = state.doneSending.load(ordering: .acquiring)
            if !doneSending {
                if Double(now > startedAt ? now - startedAt : 0) / 1e9 > plan.sendTimeout {
                    failure = "timeout: sending did not finish within \(fmt(plan.sendTimeout)) s"
                    break
                }
                continue
            }
            let sent = state.sent.load(ordering: .acquiring)
            let expected = state.expectedEvents.load(ordering: .acquiring)
            let received = state.events.load(ordering: .acquiring)
            if benchProcessed >= sent {
                if processedAllAt == nil { processedAllAt = now }
                // Every event in: done. Otherwise give stragglers a second, then call them missing.
                if received >= expected || Double(now - processedAllAt!) / 1e9 > 1 { break }
            }
            let doneAt = state.doneSendingAt.load(ordering: .acquiring)
            if Double(now > doneAt ? now - doneAt : 0) / 1e9 > plan.drainTimeout {
                failure =
                    "timeout: \(fmt(benchProcessed)) of \(fmt(sent)) articles processed, \(fmt(received)) of \(fmt(expected)) events, \(fmt(plan.drainTimeout)) s after the last send"
                break
            }
        }
        if let cpuStart {
            let wall = Double(nowNanoseconds() - cpuStart.at) / 1e9
            outcome.cpuWindowSeconds = wall
            outcome.benchCPUSeconds = benchCPUSeconds() - cpuStart.bench
            if let before = cpuStart.daemon, let after = daemon.cpuSeconds() {
                outcome.daemonCPUSeconds = after - before
            }
        }
        outcome.daemonMemory = daemon.residentMiB()
        outcome.sent = state.sent.load(ordering: .acquiring)
        outcome.processed = max(0, (daemon.handledCount() ?? handled) - state.warmupSent.load(ordering: .acquiring))
        outcome.payloadBytes = state.payloadBytes.load(ordering: .acquiring)
        outcome.eventsExpected = state.expectedEvents.load(ordering: .acquiring)
        outcome.eventsReceived = state.events.load(ordering: .acquiring)
        outcome.deadLetters = state.deadLetters.load(ordering: .acquiring)
        outcome.maxLagNanoseconds = state.maxLag.load(ordering: .acquiring)
        let first = state.firstSendAt.load(ordering: .acquiring)
        let doneAt = state.doneSendingAt.load(ordering: .acquiring)
        outcome.sendSeconds = first > 0 && doneAt > first ? Double(doneAt - first) / 1e9 : 0
        var end = processedAllAt ?? nowNanoseconds()
        if outcome.eventsReceived >= outcome.eventsExpected {
            end = max(end - 10_000_000, state.lastEventAt.load(ordering: .acquiring))
        }
        outcome.seconds = first > 0 && end > first ? Double(end - first) / 1e9 : 0
        outcome.failure = failure
        if failure == nil, outcome.eventsReceived < outcome.eventsExpected {
            outcome.failure = "\(fmt(outcome.eventsExpected - outcome.eventsReceived)) events missing"
        }
        return outcome
    }

    /// Stops the bench's threads and waits for them (5 s at most each); false when one did not stop.
    @discardableResult
    private func joinThreads(_ state: SharedState, subscriber: Bool) -> Bool {
        state.abort.store(true, ordering: .releasing)
        state.release.signal()
        var stopped = state.feederFinished.wait(timeout: .now() + 5) == .success
        if subscriber { stopped = state.subscriberFinished.wait(timeout: .now() + 5) == .success && stopped }
        return stopped
    }

    // MARK: - Feeder thread

    private func runFeeder(context: Context, state: SharedState) {
        defer { state.feederFinished.signal() }
        do {
            let socket = try context.makeSocket(.xpub)
            defer { socket.close() }
            try socket.setLinger(milliseconds: 0)
            try socket.setSendHighWaterMark(10_000)
            try socket.setXPubNoDrop(true)
            try socket.bind(to: "tcp://127.0.0.1:*")
            state.feedEndpoint.withLock { $0 = try? socket.lastEndpoint }
            state.feederReady.signal()

            // The daemon's SUB subscribes to everything: XPUB sees `\x01`.
            var deadline = nowNanoseconds() + 10_000_000_000
            var subscribed = false
            while !subscribed {
                guard !state.abort.load(ordering: .acquiring) else { return }
                guard nowNanoseconds() < deadline else {
                    throw BenchFailure("timeout: the daemon did not subscribe to the feed within 10 s")
                }
                guard try socket.waitForInput(timeoutMilliseconds: 50) else { continue }
                while let frames = try socket.receiveMessage(dontWait: true) {
                    if frames.first?.first == 1 { subscribed = true }
                }
            }

            // Warm-up: probes until one of their events reaches our subscriber.
            deadline = nowNanoseconds() + 15_000_000_000
            var probes = 0
            while !state.warmupSeen.load(ordering: .acquiring) {
                guard !state.abort.load(ordering: .acquiring) else { return }
                guard nowNanoseconds() < deadline else {
                    throw BenchFailure("timeout: no event for the warm-up article within 15 s")
                }
                if try socket.send(probe.payload(id: "warmup~\(probes)"), dontWait: true) {
                    probes += 1
                    state.warmupSent.store(probes, ordering: .releasing)
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
            // Let the last probes' events arrive before the clock starts.
            Thread.sleep(forTimeInterval: 0.2)

            // The load.
            let entries = plan.entries
            let start = nowNanoseconds()
            state.firstSendAt.store(start, ordering: .releasing)
            let interval = plan.rate.map { 1e9 / $0 }
            let stopAt = plan.maxSeconds.map { start + UInt64($0 * 1e9) }
            var n = 0
            var maxLag: UInt64 = 0
            var expected = 0
            var bytes = 0
            sending: while !state.abort.load(ordering: .relaxed) {
                if let max = plan.maxArticles, n >= max { break }
                var now = nowNanoseconds()
                if let stopAt, now >= stopAt { break }
                if let interval {
                    let due = start + UInt64(Double(n) * interval)
                    if due > now {
                        let wait = due - now
                        if wait > 50_000 { usleep(UInt32((wait - 20_000) / 1_000)) }
                        while nowNanoseconds() < due {}  // the last few microseconds
                        now = nowNanoseconds()
                    }
                    if now > due { maxLag = Swift.max(maxLag, now - due) }
                }
                if let maxAhead = plan.maxAhead {
                    while n - state.processed.load(ordering: .acquiring) >= maxAhead {
                        if state.abort.load(ordering: .relaxed) { break sending }
                        if let stopAt, nowNanoseconds() >= stopAt { break sending }
                        usleep(1_000)
                    }
                }
                let entry = entries[n % entries.count]
                let payload = entry.payload(id: "\(entry.article.id)~\(n)")
                if plan.measureLatency { state.recordSend(n, at: nowNanoseconds()) }
                while try !socket.send(payload, dontWait: true) {
                    // XPUB_NODROP at the high-water mark: the pipeline pushes back; wait for room.
                    if state.abort.load(ordering: .relaxed) { break sending }
                    _ = try socket.waitForOutput(timeoutMilliseconds: 100)
                }
                n += 1
                expected += entry.expectedEvents
                bytes += payload.count
                state.expectedEvents.store(expected, ordering: .releasing)
                state.sent.store(n, ordering: .releasing)
                if n & 63 == 0 { state.payloadBytes.store(bytes, ordering: .relaxed) }
            }
            state.payloadBytes.store(bytes, ordering: .releasing)
            state.maxLag.store(maxLag, ordering: .releasing)
            state.doneSendingAt.store(nowNanoseconds(), ordering: .releasing)
            state.doneSending.store(true, ordering: .releasing)
            // Keep the socket (and what ZeroMQ still queues on it) until the run is over.
            _ = state.release.wait(timeout: .now() + max(plan.drainTimeout, plan.sendTimeout) + 30)
        } catch {
            state.fail("feeder: \(error)")
        }
    }

    // MARK: - Subscriber thread

    private func runSubscriber(context: Context, endpoint: String, state: SharedState) {
        defer { state.subscriberFinished.signal() }
        var histogram = Histogram<UInt64>(
            lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000_000, numberOfSignificantValueDigits: .three)
        var seen = [Bool](repeating: false, count: plan.measureLatency ? state.capacity : 0)
        do {
            let socket = try context.makeSocket(.sub)
            defer { socket.close() }
            try socket.setLinger(milliseconds: 0)
            try socket.setReceiveHighWaterMark(1_000_000)
            try socket.subscribe(to: "")
            try socket.connect(to: endpoint)
            let deadLetterTopic = Array("deadletter".utf8)
            while !state.abort.load(ordering: .relaxed) {
                guard try socket.waitForInput(timeoutMilliseconds: 50) else { continue }
                while let frames = try socket.receiveMessage(dontWait: true) {
                    let now = nowNanoseconds()
                    guard frames.count == 2 else { continue }
                    if frames[0] == deadLetterTopic {
                        state.deadLetters.add(1, ordering: .relaxed)
                        continue
                    }
                    guard let subject = subjectSuffix(frames[1]) else { continue }
                    if subject.isWarmup {
                        state.warmupSeen.store(true, ordering: .releasing)
                        continue
                    }
                    if plan.measureLatency, let n = subject.sequence, n < seen.count, !seen[n] {
                        seen[n] = true
                        if let sentAt = state.sendTime(n), now > sentAt { histogram.record(now - sentAt) }
                    }
                    state.lastEventAt.store(now, ordering: .relaxed)
                    state.events.add(1, ordering: .releasing)
                }
            }
        } catch {
            if !state.abort.load(ordering: .relaxed) { state.fail("subscriber: \(error)") }
        }
        if plan.measureLatency { state.histogram.withLock { $0 = histogram } }
    }
}

extension PipelineRun.Outcome {
    init(failure: String) {
        self.init()
        self.failure = failure
    }
}

/// What the feeder, the subscriber and the monitor share.
final class SharedState: Sendable {
    let capacity: Int
    let feederReady = DispatchSemaphore(value: 0)
    let feederFinished = DispatchSemaphore(value: 0)
    let subscriberFinished = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    let feedEndpoint = Mutex<String?>(nil)
    let abort = Atomic<Bool>(false)
    let warmupSent = Atomic<Int>(0)
    let warmupSeen = Atomic<Bool>(false)
    let sent = Atomic<Int>(0)
    let expectedEvents = Atomic<Int>(0)
    let payloadBytes = Atomic<Int>(0)
    let doneSending = Atomic<Bool>(false)
    let doneSendingAt = Atomic<UInt64>(0)
    let firstSendAt = Atomic<UInt64>(0)
    let maxLag = Atomic<UInt64>(0)
    let events = Atomic<Int>(0)
    let processed = Atomic<Int>(0)
    let deadLetters = Atomic<Int>(0)
    let lastEventAt = Atomic<UInt64>(0)
    let histogram = Mutex<Histogram<UInt64>?>(nil)
    private let sendTimes: Mutex<[UInt64]>
    private let failureText = Mutex<String?>(nil)

    init(capacity: Int) {
        self.capacity = capacity
        sendTimes = Mutex([UInt64](repeating: 0, count: capacity))
    }

    var failure: String? { failureText.withLock { $0 } }

    func fail(_ text: String) { failureText.withLock { if $0 == nil { $0 = text } } }

    func recordSend(_ n: Int, at time: UInt64) {
        sendTimes.withLock { if n < $0.count { $0[n] = time } }
    }

    func sendTime(_ n: Int) -> UInt64? {
        sendTimes.withLock { n < $0.count && $0[n] != 0 ? $0[n] : nil }
    }
}

/// The part of an event's `subject` (the article id) after its last `~`: warm-up probe or load sequence number.
struct SubjectSuffix {
    var isWarmup: Bool
    var sequence: Int?
}

private let subjectKey = Array(#""subject":""#.utf8)
private let warmupPrefix = Array("warmup~".utf8)

/// Finds `"subject":"..."` in an event's JSON by a byte scan (the encoder writes it near the start, unescaped for
/// the ids the bench generates) and reads the number after the last `~`.
func subjectSuffix(_ payload: [UInt8]) -> SubjectSuffix? {
    payload.withUnsafeBufferPointer { bytes -> SubjectSuffix? in
        let key = subjectKey
        guard bytes.count > key.count else { return nil }
        var i = 0
        let last = bytes.count - key.count
        search: while i <= last {
            for k in 0..<key.count where bytes[i + k] != key[k] {
                i += 1
                continue search
            }
            break
        }
        guard i <= last else { return nil }
        let start = i + key.count
        var end = start
        var tilde: Int?
        while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
            if bytes[end] == UInt8(ascii: "~") { tilde = end }
            end += 1
        }
        let isWarmup = end - start >= warmupPrefix.count && zip(bytes[start...], warmupPrefix).allSatisfy { $0 == $1 }
        guard let tilde else { return SubjectSuffix(isWarmup: isWarmup, sequence: nil) }
        var number = 0
        for index in (tilde + 1)..<end {
            let digit = Int(bytes[index]) - 48
            guard digit >= 0, digit <= 9 else { return SubjectSuffix(isWarmup: isWarmup, sequence: nil) }
            number = number * 10 + digit
        }
        return SubjectSuffix(isWarmup: isWarmup, sequence: number)
    }
}

/// A free `tcp://127.0.0.1` port for a socket someone else will bind.
///
/// Binding port 0 and closing would hand out an ephemeral port, which an outgoing connection (the daemon's own
/// feed socket, a moment later) may take as its local port: the bind then fails with `EADDRINUSE`. So the port is
/// drawn below the kernel's ephemeral range (`ip_local_port_range`), where connections never take local ports,
/// and checked with a plain POSIX socket: `zmq_close` is asynchronous, so a ZeroMQ probe socket could still hold
/// the port when the daemon binds it.
func freeTCPEndpoint() throws -> String {
    let range = (try? String(contentsOfFile: "/proc/sys/net/ipv4/ip_local_port_range", encoding: .utf8))?
        .split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
    let ephemeralLow = range?.first ?? 32_768
    let low = 10_000
    let high = max(low + 1_000, ephemeralLow - 1)
    for _ in 0..<100 {
        let port = Int.random(in: low..<high)
        if canBindLoopback(port: port) { return "tcp://127.0.0.1:\(port)" }
    }
    throw BenchFailure("no free port found below \(ephemeralLow)")
}

/// Whether a TCP listener could bind 127.0.0.1:port right now (bound and closed at once, synchronously).
private func canBindLoopback(port: Int) -> Bool {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    return withLoopbackAddress(port: port) { bind(fd, $0, $1) } == 0
}

/// Calls `body` with `127.0.0.1:port` as a `sockaddr` and its length (for `bind`, `connect`).
func withLoopbackAddress<R>(port: Int, _ body: (UnsafePointer<sockaddr>, socklen_t) -> R) -> R {
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port)).bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    return withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
}

/// A failure with a message for the report.
struct BenchFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
