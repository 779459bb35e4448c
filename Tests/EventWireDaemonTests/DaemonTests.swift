import Dispatch
import EventWireCore
import Foundation
import Logging
import ServiceLifecycle
import ServiceLifecycleTestKit
import Synchronization
import Testing
import ZeroMQ

@testable import EventWireDaemon

/// A rule-free extractor for the daemon's plumbing tests: one meeting per article whose body says "met".
/// The real extractor is tested in EventWireCoreTests and end to end.
struct MetExtractor: EventExtractor {
    func events(in article: Article) -> [Event] {
        guard article.body.contains("met") else { return [] }
        return [
            Event(
                type: .meeting, actors: [Actor(name: "A"), Actor(name: "B")], status: .occurred,
                evidence: [Evidence(start: 0, end: article.body.unicodeScalars.count, text: article.body)],
                confidence: 0.5, codes: EventCodes(cameo: "040", plover: "CONSULT"))
        ]
    }
}

func freeTCPEndpoint() throws -> String {
    // Bind a throwaway socket to port 0 and take the port libzmq picked.
    let context = try Context()
    let socket = try context.makeSocket(.pull)
    try socket.bind(to: "tcp://127.0.0.1:*")
    let endpoint = try socket.lastEndpoint
    socket.close()
    context.terminate()
    return endpoint
}

/// The test's ends of the daemon's sockets, used only on one serial queue: its blocking waits must not
/// hold Swift's cooperative threads (two here), which the daemon's own tasks need to start at all.
final class FeedAndEvents: @unchecked Sendable {
    // @unchecked: the sockets are touched only on `queue`.
    private let queue = DispatchQueue(label: "test.client")
    private let context: Context
    private var feed: Socket!
    private var events: Socket!
    private(set) var feedEndpoint = ""
    private(set) var eventsEndpoint = ""

    init() throws {
        context = try Context()
        try queue.sync {
            feed = try context.makeSocket(.xpub)
            try feed.setXPubNoDrop(true)
            try feed.bind(to: "tcp://127.0.0.1:*")
            events = try context.makeSocket(.sub)
            try events.subscribe(to: "")
            try events.bind(to: "tcp://127.0.0.1:*")
            feedEndpoint = try feed.lastEndpoint
            eventsEndpoint = try events.lastEndpoint
        }
    }

    /// Runs `body` with the sockets on the client queue, off the cooperative pool.
    func run<T: Sendable>(_ body: @escaping @Sendable (_ feed: Socket, _ events: Socket) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body(self.feed, self.events) }) }
        }
    }

    func close() {
        queue.sync {
            feed.close()
            events.close()
        }
        context.terminate()
    }
}

@Suite struct DaemonServiceTests {
    @Test func publishesEventsAndDeadLettersAndDrainsOnGracefulShutdown() async throws {
        // The test binds both ends on ports the kernel picks; the daemon connects to them (no free-port race).
        let client = try FeedAndEvents()
        defer { client.close() }
        var configuration = DaemonConfiguration()
        configuration.feedEndpoints = [client.feedEndpoint]
        configuration.publishEndpoints = [">" + client.eventsEndpoint]
        configuration.workers = 2
        configuration.instance = "test"
        configuration.host = "h"
        let logger = Logger(label: "test")
        let daemon = EventWireDaemon(configuration: configuration, extractor: MetExtractor(), logger: logger)

        try await testGracefulShutdown { trigger in
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await daemon.run() }
                let subscribed = try await client.run { feed, _ in
                    // The daemon's SUB has subscribed once XPUB sees it. (60 s: on a machine whose CPUs are busy
                    // with builds, a niced test run once took longer than 30 s to get there.)
                    guard try feed.waitForInput(timeoutMilliseconds: 60_000) else { return false }
                    _ = try feed.receiveMessage()
                    return true
                }
                #expect(subscribed)
                let warmedUp = try await client.run { feed, events in
                    // Warm up until an event comes back: the daemon's PUB has our subscription (no slow joiner).
                    for i in 0..<150 {
                        try feed.send(Array(#"{"id":"warm-\#(i)","body":"They met."}"#.utf8))
                        var got = false
                        while try events.waitForInput(timeoutMilliseconds: 200), try events.receiveMessage() != nil {
                            got = true
                        }
                        if got { return true }
                    }
                    return false
                }
                #expect(warmedUp)
                let received: [(String, [UInt8])] = try await client.run { feed, events in
                    for i in 0..<20 {
                        try feed.send(Array(#"{"id":"a\#(i)","body":"They met."}"#.utf8))
                    }
                    try feed.send(Array("garbage".utf8))
                    var received: [(String, [UInt8])] = []
                    while received.count < 21, try events.waitForInput(timeoutMilliseconds: 10_000) {
                        while let frames = try events.receiveMessage(dontWait: true) {
                            received.append((String(decoding: frames[0], as: UTF8.self), frames[1]))
                        }
                    }
                    return received
                }
                trigger.triggerGracefulShutdown()
                try await group.waitForAll()
                let eventPayloads = received.filter { $0.0 == "event.meeting" }
                #expect(eventPayloads.count == 20)
                #expect(received.filter { $0.0 == "deadletter" }.count == 1)
                let sequences = try eventPayloads.map { payload -> Int in
                    let object = try JSONSerialization.jsonObject(with: Data(payload.1)) as? [String: Any]
                    return Int(object?["sequence"] as? String ?? "") ?? -1
                }
                // Gapless: twenty consecutive numbers after the warm-up events.
                #expect(sequences.count == 20 && sequences == Array(sequences[0]..<(sequences[0] + 20)))
                let stats = daemon.statistics.snapshot
                #expect(stats.received == stats.processed + 1 && stats.rejected[.notJSON] == 1)
                #expect(stats.published[.meeting] == stats.processed)
            }
        }
    }

    @Test func failsClearlyWhenThePublisherCannotBind() async throws {
        var configuration = DaemonConfiguration()
        configuration.feedEndpoints = [try freeTCPEndpoint()]
        configuration.publishEndpoints = ["tcp://256.1.1.1:1"]
        let daemon = EventWireDaemon(configuration: configuration, extractor: MetExtractor(), logger: Logger(label: "t"))
        await #expect(throws: ZeroMQError.self) { try await daemon.run() }
    }
}

@Suite struct ExtractionPoolTests {
    @Test func boundsWorkInFlightAndRunsEverything() async {
        let pool = ExtractionPool(workers: 2, maxInFlight: 3)
        let running = Atomic<Int>(0)
        let peak = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        for _ in 0..<40 {
            pool.submit {
                let now = running.add(1, ordering: .relaxed).newValue
                var seen = peak.load(ordering: .relaxed)
                while now > seen, !peak.compareExchange(expected: seen, desired: now, ordering: .relaxed).exchanged {
                    seen = peak.load(ordering: .relaxed)
                }
                Thread.sleep(forTimeInterval: 0.002)
                running.subtract(1, ordering: .relaxed)
                done.add(1, ordering: .relaxed)
            }
        }
        await pool.waitUntilIdle()
        #expect(done.load(ordering: .relaxed) == 40)
        #expect(peak.load(ordering: .relaxed) <= 2)  // never more than the workers at once
    }

    /// No head-of-line blocking: an item waiting while both workers are busy goes to the first that is free,
    /// not to a queue behind a long article.
    @Test func aWaitingItemGoesToTheFirstFreeWorker() async {
        let pool = ExtractionPool(workers: 2, maxInFlight: 3)
        let releaseLong = DispatchSemaphore(value: 0)
        let releaseShort = DispatchSemaphore(value: 0)
        let started = DispatchSemaphore(value: 0)
        let waitingItemDone = DispatchSemaphore(value: 0)
        pool.submit {
            started.signal()
            releaseLong.wait()
        }
        pool.submit {
            started.signal()
            releaseShort.wait()
        }
        started.wait()
        started.wait()  // both workers busy
        pool.submit { waitingItemDone.signal() }
        releaseShort.signal()
        // The long item is still running: the waiting item can only finish on the other worker.
        #expect(waitingItemDone.wait(timeout: .now() + 10) == .success)
        releaseLong.signal()
        await pool.waitUntilIdle()
    }
}

@Suite struct ArticleFilesTests {
    @Test func readsTxtJsonAndJsonlWithPublishedApplied() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ew-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "Body one.".write(to: folder.appendingPathComponent("b-one.txt"), atomically: true, encoding: .utf8)
        try #"{"id":"j","body":"J","published":"2001-01-01"}"#.write(
            to: folder.appendingPathComponent("a.json"), atomically: true, encoding: .utf8)
        try "{\"id\":\"l1\",\"body\":\"L\"}\n\nnot json\n".write(
            to: folder.appendingPathComponent("c.jsonl"), atomically: true, encoding: .utf8)
        try "ignored".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)

        let files = try ArticleFiles.files(in: [folder.path])
        #expect(files.map { ($0 as NSString).lastPathComponent } == ["a.json", "b-one.txt", "c.jsonl"])
        var records: [ArticleFiles.Record] = []
        for file in files {
            try ArticleFiles(published: "2022-11-13").forEachArticle(inFile: file) { records.append($0) }
        }
        #expect(records.count == 4)
        let articles = records.map { try? Article(json: $0.payload) }
        #expect(articles[0]?.published == "2001-01-01")  // its own date wins
        #expect(articles[1]?.id == "b-one" && articles[1]?.body == "Body one." && articles[1]?.published == "2022-11-13")
        #expect(articles[2]?.published == "2022-11-13")
        #expect(articles[3] == nil)  // passed on as it is, for the decoder to reject
        #expect(records[3].origin.hasSuffix("c.jsonl:3"))
    }

    @Test func refusesMissingPathsAndOtherKinds() {
        #expect(throws: ArticleFiles.ReadError.self) { try ArticleFiles.files(in: ["/no/such/path"]) }
        #expect(throws: ArticleFiles.ReadError.self) { try ArticleFiles.files(in: ["/etc/hostname"]) }
    }
}

@Suite struct SequenceGapDetectorTests {
    func payload(_ source: String, _ sequence: Int) -> [UInt8] {
        Array(#"{"source":"\#(source)","sequence":"\#(sequence)"}"#.utf8)
    }

    @Test func reportsGapsPerSourceAndRestarts() {
        var detector = SequenceGapDetector()
        #expect(detector.check(payload("a", 5)) == nil)  // joined mid-stream: a baseline, not a gap
        #expect(detector.check(payload("a", 6)) == nil)
        #expect(detector.check(payload("b", 1)) == nil)
        #expect(detector.check(payload("a", 9))?.contains("2 events missed") == true)
        #expect(detector.check(payload("b", 2)) == nil)
        #expect(detector.check(payload("a", 1))?.contains("restarted") == true)
    }
}

@Suite struct TimestampTests {
    @Test func formatsRFC3339UTCWithMilliseconds() {
        #expect(Timestamp.rfc3339(Date(timeIntervalSince1970: 1_668_297_600.25)) == "2022-11-13T00:00:00.250Z")
        #expect(Timestamp.rfc3339(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
    }
}
