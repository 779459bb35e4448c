import Foundation
import Logging
import Metrics
import Synchronization
import ZeroMQ

/// Serves journaled events to subscribers that missed some: a ROUTER socket on a thread of its own.
///
/// The protocol (frames after the ROUTER's routing id; a DEALER client sends and receives them as they are):
///
/// ```
/// request:  ["since", "<instance>", "<N>"]
/// replies:  ["event", topic, payload]        each journaled event of <instance> with sequence >= N, in order
///           then ["end", "<last>"]           that is everything journaled so far; <last> is the last
///                                            sequence journaled (below N when nothing was sent)
///             or ["more", "<last>"]          a page is full: <last> was sent last, ask again with since <last + 1>
///           or only ["error", "<message>"]   unknown instance, N no longer kept (the message says the oldest
///                                            available), or a malformed request
/// ```
///
/// So `["since", I, "<a large N>"]` asks where the journal of I ends. Replies come in pages of at most ``pageEvents``
/// events (and about ``pageBytes`` bytes): the client asks for the next page when it has taken the last, so
/// neither side ever holds more than a page however far behind the client is. That is the credit: one
/// request, one page. The server keeps no state per client.
///
/// The thread reads the journal's files read-only, up to what the publisher has finished writing
/// (``JournalCatalog``); the publisher is never blocked by a catch-up.
final class CatchUpServer: Sendable {
    /// Events in one page of replies.
    let pageEvents: Int
    /// About the bytes of payload in one page (a single larger event still goes out alone).
    let pageBytes: Int

    private let stopRequested = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)
    private let endpoints: Mutex<[String]>
    private let requests = Counter(label: "eventwire_catchup_requests_total")

    /// Starts the thread and returns once the socket is bound (or connected).
    ///
    /// - Parameters:
    ///   - endpoints: Where to serve; a plain endpoint binds.
    ///   - catalog: The journal to serve.
    ///   - configure: Called on the server's thread with the new socket before it binds (CURVE, say).
    /// - Throws: ``ZeroMQError`` when the socket cannot be set up; no thread keeps running then.
    init(
        context: Context, endpoints: [String], catalog: JournalCatalog, logger: Logger, pageEvents: Int = 1_000,
        pageBytes: Int = 4 * 1024 * 1024, configure: @escaping @Sendable (Socket) throws -> Void = { _ in }
    ) throws {
        self.pageEvents = max(1, pageEvents)
        self.pageBytes = max(1, pageBytes)
        self.endpoints = Mutex(endpoints)
        let ready = DispatchSemaphore(value: 0)
        let setupError = Mutex<(any Error)?>(nil)
        let thread = Thread { [self] in
            defer { self.finished.signal() }
            let socket: Socket
            do {
                socket = try context.makeSocket(.router)
                try socket.setLinger(milliseconds: 0)
                // Two pages of replies fit in the queue to one client; a ROUTER drops beyond its high-water mark,
                // which only a client asking again before reading can reach.
                try socket.setSendHighWaterMark(2 * (self.pageEvents + 1))
                try socket.setMaxMessageSize(4_096)  // requests are tiny
                try configure(socket)
                var bound: [String] = []
                for text in endpoints {
                    try socket.attach(try Endpoint(text), defaultRole: .bind)
                    bound.append(try socket.lastEndpoint)
                }
                self.endpoints.withLock { $0 = bound }
            } catch {
                setupError.withLock { $0 = error }
                ready.signal()
                return
            }
            ready.signal()
            defer { socket.close() }
            do {
                while !self.stopRequested.load(ordering: .acquiring) {
                    guard try socket.waitForInput(timeoutMilliseconds: 100) else { continue }
                    while !self.stopRequested.load(ordering: .acquiring),
                        let frames = try socket.receiveMessage(dontWait: true)
                    {
                        try self.answer(frames, on: socket, catalog: catalog, logger: logger)
                    }
                }
            } catch {
                logger.error("catch-up server stopped", metadata: ["error": "\(error)"])
            }
        }
        thread.name = "eventwire-catchup"
        thread.start()
        ready.wait()
        if let error = setupError.withLock({ $0 }) { throw error }
        logger.info("catch-up serving", metadata: ["endpoints": "\(self.boundEndpoints.joined(separator: ","))"])
    }

    /// The endpoints as libzmq reports them after binding (a `*` port resolved).
    var boundEndpoints: [String] { endpoints.withLock { $0 } }

    /// Stops the thread and waits until it has closed the socket (at most about 100 ms plus a page).
    func stop() {
        guard !stopRequested.exchange(true, ordering: .acquiringAndReleasing) else { return }
        finished.wait()
    }

    /// Answers one request with a page of events, or an error.
    private func answer(_ frames: [[UInt8]], on socket: Socket, catalog: JournalCatalog, logger: Logger) throws {
        guard let routingID = frames.first else { return }
        requests.increment()
        func reply(_ parts: [[UInt8]]) throws { try socket.send([routingID] + parts, dontWait: true) }
        func refuse(_ message: String) throws { try reply([Array("error".utf8), Array(message.utf8)]) }

        let request = frames.dropFirst().map { String(decoding: $0, as: UTF8.self) }
        guard request.count == 3, request[0] == "since" else {
            return try refuse(
                "bad request: expected [\"since\", instance, sequence], got \(request.count) frames"
                    + (request.first.map { " starting \"\($0.prefix(20))\"" } ?? ""))
        }
        guard let since = UInt64(request[2]), since >= 1 else {
            return try refuse("bad request: the sequence must be an integer >= 1, got \"\(request[2].prefix(24))\"")
        }
        let page: JournalPage
        do throws(JournalRefusal) {
            page = try catalog.read(instance: request[1], from: since, maxEvents: pageEvents, maxBytes: pageBytes)
        } catch {
            logger.debug("catch-up refused", metadata: ["instance": "\(request[1])", "since": "\(since)"])
            return try refuse(error.message)
        }
        let event = Array("event".utf8)
        for entry in page.entries { try reply([event, entry.topic, entry.payload]) }
        try reply([Array((page.isComplete ? "end" : "more").utf8), Array(String(page.last).utf8)])
        logger.debug(
            "catch-up served",
            metadata: [
                "instance": "\(request[1])", "since": "\(since)", "events": "\(page.entries.count)",
                "last": "\(page.last)", "complete": "\(page.isComplete)",
            ])
    }
}
