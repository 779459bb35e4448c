import Foundation
import ZeroMQ

/// Fetches journaled events from a daemon's catch-up endpoint (``CatchUpServer``): the DEALER side.
///
/// Not `Sendable`: it owns a socket; use it on the thread that made it.
public final class CatchUpClient {
    /// The catch-up endpoint; a plain endpoint connects.
    public let endpoint: String
    private let socket: Socket

    /// Connects a DEALER socket (connecting succeeds before the server exists; a missing server shows as a
    /// timeout in ``fetch(instance:since:timeout:handle:)``).
    ///
    /// - Parameters:
    ///   - curve: The daemon's public key and this client's key pair, when the daemon runs CURVE.
    /// - Throws: ``ZeroMQError`` when the endpoint is malformed.
    public init(context: Context, endpoint: String, curve: (serverKey: String, keyPair: CurveKeyPair)? = nil) throws {
        self.endpoint = endpoint
        socket = try context.makeSocket(.dealer)
        try socket.setLinger(milliseconds: 0)
        try socket.setReconnectInterval(milliseconds: 100, maxMilliseconds: 1_000)
        if let curve { try socket.makeCurveClient(serverKey: curve.serverKey, keyPair: curve.keyPair) }
        try socket.attach(try Endpoint(endpoint), defaultRole: .connect)
    }

    deinit { socket.close() }

    /// Fetches every journaled event of `instance` from sequence `since` on, page by page, in order.
    ///
    /// - Parameters:
    ///   - timeout: How long to wait for each reply before giving up.
    ///   - handle: Called with each event's topic and payload; return `false` to stop early.
    /// - Returns: The last sequence journaled, which is the last fetched when there were any (when `handle` stops
    ///   it early: the last one handled).
    /// - Throws: ``CatchUpError``: the server's refusal (unknown instance, too old), no reply in time, or a
    ///   reply that does not follow the protocol; ``ZeroMQError`` from the socket.
    @discardableResult
    public func fetch(
        instance: String, since: UInt64, timeout: Duration = .seconds(5),
        handle: (_ topic: [UInt8], _ payload: [UInt8]) throws -> Bool
    ) throws -> UInt64 {
        var next = since
        while true {
            try socket.send([Array("since".utf8), Array(instance.utf8), Array(String(next).utf8)])
            var handled = next - 1
            while true {
                guard try socket.waitForInput(timeoutMilliseconds: Int(timeout / .milliseconds(1))),
                    let frames = try socket.receiveMessage(dontWait: true), let kind = frames.first
                else {
                    throw CatchUpError(.noReply, "no reply from the catch-up endpoint \(endpoint) within \(timeout)")
                }
                switch String(decoding: kind, as: UTF8.self) {
                case "event" where frames.count == 3:
                    handled += 1
                    guard try handle(frames[1], frames[2]) else { return handled }
                case "end" where frames.count == 2, "more" where frames.count == 2:
                    guard let last = UInt64(String(decoding: frames[1], as: UTF8.self)) else {
                        throw CatchUpError(.protocol, "a reply with a bad sequence from \(endpoint)")
                    }
                    if kind == Array("end".utf8) { return last }
                    next = last + 1
                case "error" where frames.count >= 2:
                    throw CatchUpError(.refused, String(decoding: frames[1], as: UTF8.self))
                default:
                    throw CatchUpError(.protocol, "an unexpected reply of \(frames.count) frames from \(endpoint)")
                }
                if kind == Array("more".utf8) { break }
            }
        }
    }
}

// MARK: - CatchUpError

/// Why a catch-up did not complete.
public struct CatchUpError: Error, CustomStringConvertible, Sendable, Hashable {
    /// What went wrong; more kinds may come.
    public struct Kind: Sendable, Hashable {
        private enum Code: Sendable, Hashable { case refused, noReply, `protocol`, noInstance }
        private let code: Code
        private init(_ code: Code) { self.code = code }

        /// The server said no: an unknown instance, a sequence no longer kept (the message says the oldest
        /// available), a bad request.
        public static let refused = Kind(.refused)
        /// Nothing came back in time: no server at the endpoint, or it is stuck.
        public static let noReply = Kind(.noReply)
        /// A reply that does not follow the protocol.
        public static let `protocol` = Kind(.protocol)
        /// No instance was given and none could be learnt from the live stream.
        public static let noInstance = Kind(.noInstance)
    }

    public var kind: Kind
    /// What to tell the user, such as the server's message.
    public var message: String

    init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
