import Dispatch
import Foundation
import Histogram
import Synchronization
import ZeroMQ

/// The ceiling: the same Swift ZeroMQ layer moving the same payloads between two threads over tcp loopback,
/// with no daemon in between.
struct WireBenchmark: Sendable {
    var payloads: [[UInt8]]
    var seconds: Double

    /// Streams payloads for `seconds` from a sender thread to a receiver thread.
    ///
    /// - Parameters:
    ///   - pattern: `.push` (PUSH -> PULL) or `.xpub` (XPUB with `ZMQ_XPUB_NODROP` -> SUB, the feed's pattern).
    func throughput(test: String, pattern: SocketType, payloads: [[UInt8]]) -> WireResult {
        let meanBytes = payloads.reduce(0) { $0 + $1.count } / max(1, payloads.count)
        let patternName = pattern == .push ? "PUSH->PULL" : "XPUB(nodrop)->SUB"
        var result = WireResult(
            test: test, pattern: patternName, payloadBytes: meanBytes, messages: 0, seconds: 0, status: RowStatus.ok)
        let context: Context
        do { context = try Context() } catch {
            result.status = "failed: \(error)"
            return result
        }
        defer { context.terminate() }
        let endpoint = Locked<String?>(nil)
        let bound = DispatchSemaphore(value: 0)
        let senderDone = DispatchSemaphore(value: 0)
        let receiverDone = DispatchSemaphore(value: 0)
        let abort = StopFlag()
        let failure = Locked<String?>(nil)
        let counts = Locked<(messages: Int, bytes: Int, first: UInt64, last: UInt64)>((0, 0, 0, 0))
        let seconds = self.seconds

        // The sender binds (as the feeder does); the receiver connects.
        let sender = Thread {
            defer { senderDone.signal() }
            do {
                let socket = try context.makeSocket(pattern)
                defer { socket.close() }
                try socket.setLinger(milliseconds: 0)
                if pattern == .xpub { try socket.setXPubNoDrop(true) }
                try socket.bind(to: "tcp://127.0.0.1:*")
                endpoint.withLock { $0 = try? socket.lastEndpoint }
                bound.signal()
                if pattern == .xpub {
                    let deadline = nowNanoseconds() + 10_000_000_000
                    var subscribed = false
                    while !subscribed {
                        guard !abort.isSet, nowNanoseconds() < deadline else {
                            throw BenchFailure("timeout: no subscription within 10 s")
                        }
                        if try socket.waitForInput(timeoutMilliseconds: 50) {
                            while let frames = try socket.receiveMessage(dontWait: true) {
                                if frames.first?.first == 1 { subscribed = true }
                            }
                        }
                    }
                }
                let stopAt = nowNanoseconds() + UInt64(seconds * 1e9)
                var n = 0
                while !abort.isSet {
                    if n & 255 == 0, nowNanoseconds() >= stopAt { break }
                    try Self.sendWaiting(payloads[n % payloads.count], on: socket, abort: abort)
                    n += 1
                }
                // The end marker: one empty frame.
                try Self.sendWaiting([], on: socket, abort: abort)
                // Keep the socket until the receiver has everything (bounded).
                _ = receiverDone.wait(timeout: .now() + 30)
                receiverDone.signal()
            } catch {
                failure.withLock { if $0 == nil { $0 = "sender: \(error)" } }
                bound.signal()
            }
        }
        let receiver = Thread {
            defer { receiverDone.signal() }
            guard bound.wait(timeout: .now() + 10) == .success, let target = endpoint.withLock({ $0 }) else {
                failure.withLock { if $0 == nil { $0 = "timeout: the sender did not bind" } }
                return
            }
            do {
                let socket = try context.makeSocket(pattern == .push ? .pull : .sub)
                defer { socket.close() }
                try socket.setLinger(milliseconds: 0)
                if pattern == .xpub { try socket.subscribe(to: "") }
                try socket.connect(to: target)
                let deadline = nowNanoseconds() + UInt64((seconds + 30) * 1e9)
                var messages = 0
                var bytes = 0
                var first: UInt64 = 0
                var last: UInt64 = 0
                receiving: while !abort.isSet {
                    guard nowNanoseconds() < deadline else { throw BenchFailure("timeout: the end marker never came") }
                    guard try socket.waitForInput(timeoutMilliseconds: 100) else { continue }
                    while let frames = try socket.receiveMessage(dontWait: true) {
                        let size = frames.first?.count ?? 0
                        if size == 0 { break receiving }
                        last = nowNanoseconds()
                        if first == 0 { first = last }
                        messages += 1
                        bytes += size
                    }
                }
                counts.withLock { $0 = (messages, bytes, first, last) }
            } catch {
                failure.withLock { if $0 == nil { $0 = "receiver: \(error)" } }
            }
        }
        sender.start()
        receiver.start()
        let finished = receiverDone.wait(timeout: .now() + seconds + 45) == .success
        abort.set()
        if finished { receiverDone.signal() }
        _ = senderDone.wait(timeout: .now() + 5)
        let measured = counts.withLock { $0 }
        result.messages = measured.messages
        if measured.last > measured.first, measured.messages > 1 {
            result.seconds = Double(measured.last - measured.first) / 1e9
            result.messagesPerSecond = Double(measured.messages - 1) / result.seconds
            result.megabytesPerSecond = Double(measured.bytes) / 1e6 / result.seconds
        }
        if let text = failure.withLock({ $0 }) {
            result.status = text
        } else if !finished {
            result.status = "timeout: the wire test did not finish"
        }
        return result
    }

    /// Ping-pong (REQ -> REP echo) for `seconds`: one-way latency as half the round trip.
    func pingPong(test: String, payloads: [[UInt8]]) -> WireResult {
        let meanBytes = payloads.reduce(0) { $0 + $1.count } / max(1, payloads.count)
        var result = WireResult(
            test: test, pattern: "REQ<->REP", payloadBytes: meanBytes, messages: 0, seconds: 0, status: RowStatus.ok)
        let context: Context
        do { context = try Context() } catch {
            result.status = "failed: \(error)"
            return result
        }
        defer { context.terminate() }
        let endpoint = Locked<String?>(nil)
        let bound = DispatchSemaphore(value: 0)
        let serverDone = DispatchSemaphore(value: 0)
        let clientDone = DispatchSemaphore(value: 0)
        let abort = StopFlag()
        let failure = Locked<String?>(nil)
        let outcome = Locked<(Histogram<UInt64>, Int, Double)?>(nil)
        let seconds = self.seconds

        let server = Thread {
            defer { serverDone.signal() }
            do {
                let socket = try context.makeSocket(.rep)
                defer { socket.close() }
                try socket.setLinger(milliseconds: 0)
                try socket.bind(to: "tcp://127.0.0.1:*")
                endpoint.withLock { $0 = try? socket.lastEndpoint }
                bound.signal()
                while !abort.isSet {
                    guard try socket.waitForInput(timeoutMilliseconds: 100) else { continue }
                    guard let frames = try socket.receiveMessage(dontWait: true) else { continue }
                    try socket.send(frames)
                }
            } catch {
                if !abort.isSet { failure.withLock { if $0 == nil { $0 = "server: \(error)" } } }
                bound.signal()
            }
        }
        let client = Thread {
            defer { clientDone.signal() }
            guard bound.wait(timeout: .now() + 10) == .success, let target = endpoint.withLock({ $0 }) else {
                failure.withLock { if $0 == nil { $0 = "timeout: the server did not bind" } }
                return
            }
            do {
                let socket = try context.makeSocket(.req)
                defer { socket.close() }
                try socket.setLinger(milliseconds: 0)
                try socket.connect(to: target)
                var histogram = Histogram<UInt64>(
                    lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000_000,
                    numberOfSignificantValueDigits: .three)
                let start = nowNanoseconds()
                let stopAt = start + UInt64(seconds * 1e9)
                var n = 0
                while nowNanoseconds() < stopAt, !abort.isSet {
                    let sentAt = nowNanoseconds()
                    try socket.send(payloads[n % payloads.count])
                    guard try socket.waitForInput(timeoutMilliseconds: 5_000),
                        try socket.receiveMessage(dontWait: true) != nil
                    else { throw BenchFailure("timeout: no echo within 5 s") }
                    histogram.record((nowNanoseconds() - sentAt) / 2)
                    n += 1
                }
                outcome.withLock { $0 = (histogram, n, Double(nowNanoseconds() - start) / 1e9) }
            } catch {
                failure.withLock { if $0 == nil { $0 = "client: \(error)" } }
            }
        }
        server.start()
        client.start()
        let finished = clientDone.wait(timeout: .now() + seconds + 20) == .success
        abort.set()
        _ = serverDone.wait(timeout: .now() + 5)
        if let (histogram, n, elapsed) = outcome.withLock({ $0 }) {
            result.messages = n
            result.seconds = elapsed
            result.messagesPerSecond = Double(n) / max(elapsed, 1e-9)
            result.p50Microseconds = Double(histogram.valueAtPercentile(50)) / 1000
            result.p99Microseconds = Double(histogram.valueAtPercentile(99)) / 1000
            result.p999Microseconds = Double(histogram.valueAtPercentile(99.9)) / 1000
            result.maxMicroseconds = Double(histogram.max) / 1000
        }
        if let text = failure.withLock({ $0 }) {
            result.status = text
        } else if !finished {
            result.status = "timeout: the ping-pong did not finish"
        }
        return result
    }

    /// Sends one frame, waiting (in 100 ms polls, checking `abort`) while the queue is full.
    private static func sendWaiting(_ payload: [UInt8], on socket: Socket, abort: StopFlag) throws {
        while try !socket.send(payload, dontWait: true) {
            if abort.isSet { throw BenchFailure("aborted") }
            _ = try socket.waitForOutput(timeoutMilliseconds: 100)
        }
    }
}
