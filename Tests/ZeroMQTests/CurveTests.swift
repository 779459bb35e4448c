import Foundation
import Synchronization
import Testing
import ZeroMQ

@Suite struct CurveTests {
    @Test func libzmqHasCurve() {
        #expect(CurveKeyPair.isAvailable)
    }

    @Test func aKeyPairIsTwoDistinctZ85KeysThatBelongTogether() throws {
        let pair = try CurveKeyPair.generate()
        #expect(pair.publicKey.utf8.count == 40 && pair.secretKey.utf8.count == 40)
        #expect(pair.publicKey != pair.secretKey)
        #expect(CurveKeyPair.isKey(pair.publicKey) && CurveKeyPair.isKey(pair.secretKey))
        #expect(try CurveKeyPair.publicKey(forSecretKey: pair.secretKey) == pair.publicKey)
        #expect(try CurveKeyPair(publicKey: pair.publicKey, secretKey: pair.secretKey) == pair)
        let other = try CurveKeyPair.generate()
        #expect(other.publicKey != pair.publicKey)
        #expect(throws: ZeroMQError.self) { try CurveKeyPair(publicKey: other.publicKey, secretKey: pair.secretKey) }
    }

    @Test func aKeyPairNeverPrintsItsSecret() throws {
        let pair = try CurveKeyPair.generate()
        #expect(!"\(pair)".contains(pair.secretKey))
        #expect("\(pair)".contains(pair.publicKey))
        // An error about a bad key names the option, not the text given.
        let socket = try Context().makeSocket(.pub)
        let almost = String(pair.secretKey.dropLast()) + "~"
        let error = try #require(throws: ZeroMQError.self) { try socket.setCurveSecretKey(almost) }
        #expect(!"\(error)".contains(almost.prefix(20)))
    }

    @Test func z85MatchesTheRFCVectorAndRoundTrips() throws {
        // RFC 32's test vector.
        #expect(try Z85.encode([0x86, 0x4F, 0xD2, 0x6F, 0xB5, 0x59, 0xF7, 0x5B]) == "HelloWorld")
        #expect(try Z85.decode("HelloWorld") == [0x86, 0x4F, 0xD2, 0x6F, 0xB5, 0x59, 0xF7, 0x5B])
        for count in [0, 4, 32, 64] {
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255) }
            let text = try Z85.encode(bytes)
            #expect(text.utf8.count == count / 4 * 5)
            #expect(try Z85.decode(text) == bytes)
        }
        let pair = try CurveKeyPair.generate()
        #expect(try Z85.encode(try Z85.decode(pair.publicKey)) == pair.publicKey)
    }

    @Test(arguments: ["abcd", "Hello World", "Hello\"orl", "%%%%%"])
    func z85RefusesWhatIsNotZ85(_ text: String) {
        #expect(throws: ZeroMQError.self) { try Z85.decode(text) }
    }

    @Test func z85RefusesAnOddByteCount() {
        #expect(throws: ZeroMQError.self) { try Z85.encode([1, 2, 3]) }
    }

    @Test func aFingerprintIsShortStableAndNotTheKey() throws {
        let pair = try CurveKeyPair.generate()
        let fingerprint = try CurveKeyPair.fingerprint(ofPublicKey: pair.publicKey)
        #expect(fingerprint.count == 16 && fingerprint.allSatisfy(\.isHexDigit))
        #expect(try CurveKeyPair.fingerprint(ofPublicKey: Z85.decode(pair.publicKey)) == fingerprint)
        #expect(!pair.publicKey.contains(fingerprint))
    }

    /// A publisher that is a CURVE server, a ZAP handler allowing one client key: the allowed subscriber gets
    /// every message, a subscriber with another key gets none, and the handler saw both.
    @Test func curvePublishSubscribeWithAZapAllowList() throws {
        let context = try Context()
        let server = try CurveKeyPair.generate()
        let allowed = try CurveKeyPair.generate()
        let denied = try CurveKeyPair.generate()
        let zap = try TestZapHandler(context: context, allowed: [try Z85.decode(allowed.publicKey)])
        defer { zap.stop() }

        let publisher = try context.makeSocket(.pub)
        try publisher.setLinger(milliseconds: 0)
        try publisher.makeCurveServer(secretKey: server.secretKey, zapDomain: "test")
        let endpoint = try bindToFreeTCPPort(publisher)

        func subscriber(_ keys: CurveKeyPair) throws -> Socket {
            let socket = try context.makeSocket(.sub)
            try socket.setLinger(milliseconds: 0)
            try socket.makeCurveClient(serverKey: server.publicKey, keyPair: keys)
            try socket.subscribe(to: "event.")
            try socket.connect(to: endpoint)
            return socket
        }
        let good = try subscriber(allowed)
        let bad = try subscriber(denied)

        // Slow joiner: probe until the allowed subscriber's subscription has arrived.
        var joined = false
        for _ in 0..<500 where !joined {
            try publisher.send([bytes("event.probe"), bytes("probe")])
            joined = try good.waitForInput(timeoutMilliseconds: 10)
        }
        try #require(joined, "the allowed subscriber never joined")
        for index in 0..<100 {
            try publisher.send([bytes("event.meeting"), bytes("\(index)")])
        }
        var received: [String] = []
        while received.count < 100, let message = try receive(good, within: 2_000) {
            if text(message[0]) == "event.meeting" { received.append(text(message[1])) }
        }
        #expect(received == (0..<100).map { "\($0)" })
        #expect(try receive(bad, within: 300) == nil)

        let answers = zap.answers
        #expect(answers.contains { $0.key == (try? Z85.decode(allowed.publicKey)) && $0.status == "200" })
        #expect(answers.contains { $0.key == (try? Z85.decode(denied.publicKey)) && $0.status == "400" })
        #expect(answers.allSatisfy { $0.domain == "test" && $0.mechanism == "CURVE" })
        good.close()
        bad.close()
        publisher.close()
    }

    @Test func withoutTheServersKeyNoMessageGetsThrough() throws {
        let context = try Context()
        let server = try CurveKeyPair.generate()
        let impostor = try CurveKeyPair.generate()
        let client = try CurveKeyPair.generate()
        let publisher = try context.makeSocket(.pub)
        try publisher.setLinger(milliseconds: 0)
        try publisher.makeCurveServer(secretKey: server.secretKey, zapDomain: "test")
        let endpoint = try bindToFreeTCPPort(publisher)
        let subscriber = try context.makeSocket(.sub)
        try subscriber.setLinger(milliseconds: 0)
        try subscriber.makeCurveClient(serverKey: impostor.publicKey, keyPair: client)
        try subscriber.subscribe(to: "")
        try subscriber.connect(to: endpoint)
        for _ in 0..<30 {
            try publisher.send([bytes("event.meeting"), bytes("x")])
            #expect(try subscriber.waitForInput(timeoutMilliseconds: 10) == false)
        }
        subscriber.close()
        publisher.close()
    }
}

/// A minimal RFC 27 ZAP handler for these tests: a REP socket on its own thread, 200 for allowed keys.
private final class TestZapHandler: Sendable {
    struct Answer: Sendable {
        var domain: String
        var mechanism: String
        var key: [UInt8]
        var status: String
    }

    private let stopRequested = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)
    private let recorded = Mutex<[Answer]>([])

    init(context: Context, allowed: Set<[UInt8]>) throws {
        let ready = DispatchSemaphore(value: 0)
        let setupError = Mutex<(any Error)?>(nil)
        let thread = Thread { [self] in
            defer { finished.signal() }
            let socket: Socket
            do {
                socket = try context.makeSocket(.rep)
                try socket.setLinger(milliseconds: 0)
                try socket.bind(to: CurveKeyPair.zapEndpoint)
            } catch {
                setupError.withLock { $0 = error }
                ready.signal()
                return
            }
            ready.signal()
            defer { socket.close() }
            while !stopRequested.load(ordering: .acquiring) {
                guard (try? socket.waitForInput(timeoutMilliseconds: 20)) == true,
                    let request = try? socket.receiveMessage(dontWait: true), request.count >= 6
                else { continue }
                let key = request.count > 6 ? request[6] : []
                let status = allowed.contains(key) ? "200" : "400"
                recorded.withLock {
                    $0.append(Answer(domain: text(request[2]), mechanism: text(request[5]), key: key, status: status))
                }
                _ = try? socket.send([bytes("1.0"), request[1], bytes(status), bytes(""), bytes(""), []])
            }
        }
        thread.start()
        ready.wait()
        if let error = setupError.withLock({ $0 }) { throw error }
    }

    var answers: [Answer] { recorded.withLock { $0 } }

    func stop() {
        stopRequested.store(true, ordering: .releasing)
        finished.wait()
    }
}
