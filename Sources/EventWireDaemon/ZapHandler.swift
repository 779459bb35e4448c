import Foundation
import Logging
import Metrics
import Synchronization
import ZeroMQ

/// Answers ZeroMQ's authentication requests (ZAP, RFC 27) for the daemon's CURVE server sockets.
///
/// A REP socket bound at `inproc://zeromq.zap.01` in the daemon's context, on a thread of its own: libzmq asks it
/// about every client that completes a CURVE handshake with a socket whose ZAP domain is
/// ``CurveCredentials/zapDomain``. A client whose public key is in the allow-list gets `200`, any other `400`,
/// and libzmq drops that connection before a message flows. Denials are logged with the key's fingerprint and the
/// peer's address, at most once per key every 10 s; a key itself never reaches the log.
///
/// Start it before any CURVE server socket binds and stop it after they are closed: libzmq 4.3 lets a CURVE
/// client in without asking when no handler is bound.
final class ZapHandler: Sendable {
    private let stopRequested = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)
    private let allowedCount = Counter(label: "eventwire_curve_clients_allowed_total")
    private let deniedCount = Counter(label: "eventwire_curve_clients_denied_total")
    private let denials = RateLimitedLog()

    /// Binds the handler's socket and starts its thread; returns once it answers.
    ///
    /// - Parameters:
    ///   - context: The context of the CURVE server sockets (ZAP is per context).
    ///   - allowedClients: The 32-byte public keys of the clients to let in.
    ///   - domain: The ZAP domain to answer for; requests of another domain or mechanism are refused.
    /// - Throws: ``ZeroMQError`` when the endpoint is taken (another handler in this context).
    init(context: Context, allowedClients: Set<[UInt8]>, domain: String, logger: Logger) throws {
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
            do {
                while !stopRequested.load(ordering: .acquiring) {
                    guard try socket.waitForInput(timeoutMilliseconds: 100) else { continue }
                    while let request = try socket.receiveMessage(dontWait: true) {
                        let reply = answer(request, allowedClients: allowedClients, domain: domain, logger: logger)
                        try socket.send(reply)
                    }
                }
            } catch {
                logger.error("ZAP handler stopped; CURVE clients are no longer checked", metadata: ["error": "\(error)"])
            }
        }
        thread.name = "eventwire-zap"
        thread.start()
        ready.wait()
        if let error = setupError.withLock({ $0 }) { throw error }
    }

    /// Stops the thread and closes the socket; returns when it is closed. Idempotent.
    func stop() {
        guard !stopRequested.exchange(true, ordering: .acquiringAndReleasing) else { return }
        finished.wait()
        finished.signal()
    }

    /// The reply to one request: version, request id, status code, status text, user id, metadata.
    private func answer(_ request: [[UInt8]], allowedClients: Set<[UInt8]>, domain: String, logger: Logger)
        -> [[UInt8]]
    {
        // version, request id, domain, address, routing id, mechanism, credentials...
        guard request.count >= 6, request[0] == Array("1.0".utf8) else {
            let id = request.count > 1 ? request[1] : []
            return Self.reply(id: id, status: "500", text: "malformed ZAP request")
        }
        let requestDomain = String(decoding: request[2], as: UTF8.self)
        let address = String(decoding: request[3], as: UTF8.self)
        let mechanism = String(decoding: request[5], as: UTF8.self)
        guard requestDomain == domain, mechanism == "CURVE", request.count >= 7, request[6].count == 32 else {
            deniedCount.increment()
            denials.warning(
                "connection refused: not a CURVE client of this daemon", kind: "mechanism-\(mechanism)",
                metadata: ["mechanism": "\(mechanism)", "domain": "\(requestDomain)", "address": "\(address)"],
                logger: logger)
            return Self.reply(id: request[1], status: "400", text: "CURVE required")
        }
        let key = request[6]
        let fingerprint = CurveKeyPair.fingerprint(ofPublicKey: key)
        guard allowedClients.contains(key) else {
            deniedCount.increment()
            denials.warning(
                "CURVE client denied: key not in security.allowed_clients", kind: fingerprint,
                metadata: ["client_key_fingerprint": "\(fingerprint)", "address": "\(address)"], logger: logger)
            return Self.reply(id: request[1], status: "400", text: "client key not allowed")
        }
        allowedCount.increment()
        logger.debug(
            "CURVE client allowed", metadata: ["client_key_fingerprint": "\(fingerprint)", "address": "\(address)"])
        return Self.reply(id: request[1], status: "200", text: "OK", user: fingerprint)
    }

    private static func reply(id: [UInt8], status: String, text: String, user: String = "") -> [[UInt8]] {
        [Array("1.0".utf8), id, Array(status.utf8), Array(text.utf8), Array(user.utf8), []]
    }
}

// MARK: - CurveCredentials

/// The CURVE keys the daemon runs with, read from the files `[security]` names.
///
/// ``applyServer(to:)`` is the one call that makes a socket a CURVE server with the daemon's key and ZAP domain,
/// for every socket that serves clients: the publisher, a binding feed, the catch-up socket. The secret key stays
/// in memory only; ``description`` leaves it out.
struct CurveCredentials: Sendable {
    /// The ZAP domain of the daemon's CURVE server sockets.
    static let zapDomain = "eventwire"

    /// The daemon's own keys; present whenever CURVE is used at all.
    let keyPair: CurveKeyPair
    /// Whether serving sockets are CURVE servers (`security.curve`).
    let isServer: Bool
    /// The 32-byte public keys of the allowed clients.
    let allowedClients: Set<[UInt8]>
    /// The feed server's public key, when the feed connects as a CURVE client.
    let feedServerKey: String?

    /// Reads the key files, or returns `nil` when the configuration uses no CURVE.
    ///
    /// - Throws: ``CurveKeyFileError`` for a missing or malformed key file, or keys that do not belong together.
    static func load(_ security: DaemonConfiguration.Security) throws -> CurveCredentials? {
        guard security.curve || security.feedServerKey != nil else { return nil }
        guard let secretFile = security.secretKeyFile, let publicFile = security.publicKeyFile else {
            throw CurveKeyFileError(path: "[security]", problem: "needs secret_key_file and public_key_file")
        }
        let secretKey = try CurveKeyFile.readKey(secretFile)
        let publicKey = try CurveKeyFile.readKey(publicFile)
        guard let keyPair = try? CurveKeyPair(publicKey: publicKey, secretKey: secretKey) else {
            throw CurveKeyFileError(path: publicFile, problem: "is not the public key of \(secretFile)")
        }
        var allowed = security.allowedClients
        if let file = security.allowedClientsFile { allowed += try CurveKeyFile.readKeys(file) }
        var decoded = Set<[UInt8]>()
        for key in allowed {
            guard CurveKeyPair.isKey(key), let bytes = try? Z85.decode(key) else {
                throw CurveKeyFileError(path: "security.allowed_clients", problem: "holds a key that is not Z85")
            }
            decoded.insert(bytes)
        }
        return CurveCredentials(
            keyPair: keyPair, isServer: security.curve, allowedClients: decoded, feedServerKey: security.feedServerKey)
    }

    /// Makes `socket` a CURVE server with the daemon's secret key and ZAP domain; nothing when `curve` is off.
    ///
    /// Call it after creating the socket and before bind or connect.
    ///
    /// - Throws: ``ZeroMQError``.
    func applyServer(to socket: Socket) throws {
        guard isServer else { return }
        try socket.makeCurveServer(secretKey: keyPair.secretKey, zapDomain: Self.zapDomain)
    }

    /// Secures the feed socket: a CURVE server when it binds (and `curve` is on), a client of `feed_server_key`
    /// when it connects and the key is set.
    ///
    /// - Throws: ``ZeroMQError``.
    func applyFeed(to socket: Socket, binds: Bool) throws {
        if binds {
            try applyServer(to: socket)
        } else if let feedServerKey {
            try socket.makeCurveClient(serverKey: feedServerKey, keyPair: keyPair)
        }
    }

    /// The public key's fingerprint, for the ready line.
    var fingerprint: String { CurveKeyPair.fingerprint(ofPublicKey: (try? Z85.decode(keyPair.publicKey)) ?? []) }
}

// MARK: - CustomStringConvertible

extension CurveCredentials: CustomStringConvertible {
    /// Fingerprints and counts only: never a key.
    var description: String {
        "CurveCredentials(server: \(isServer), key: \(fingerprint), allowed: \(allowedClients.count))"
    }
}

// MARK: - Key files

/// A key file that cannot be used; the message names the file, never its content.
public struct CurveKeyFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, or the setting, at fault.
    public var path: String
    /// What is wrong, such as `does not hold a 40-character Z85 key`.
    public var problem: String

    public var description: String { "\(path): \(problem)" }
}

/// Reads the key files `eventwire keygen` writes: one Z85 key a line; blank lines and `#` comments are skipped.
enum CurveKeyFile {
    /// The one key of a `.key` or `.pub` file.
    ///
    /// - Throws: ``CurveKeyFileError`` when the file is unreadable or does not hold exactly one 40-character key.
    static func readKey(_ path: String) throws(CurveKeyFileError) -> String {
        let keys = try readKeys(path)
        guard keys.count == 1 else {
            throw CurveKeyFileError(path: path, problem: "holds \(keys.count) keys; expected one")
        }
        return keys[0]
    }

    /// Every key of a file of keys, such as `allowed_clients_file` (the `.pub` files of the clients, concatenated).
    ///
    /// - Throws: ``CurveKeyFileError`` when the file is unreadable or a line is not a 40-character Z85 key.
    static func readKeys(_ path: String) throws(CurveKeyFileError) -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw CurveKeyFileError(path: path, problem: exists ? "cannot be read (permission denied?)" : "no such file")
        }
        var keys: [String] = []
        for (index, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty || text.hasPrefix("#") { continue }
            guard CurveKeyPair.isKey(text) else {
                throw CurveKeyFileError(
                    path: path,
                    problem: "line \(index + 1) is not a \(CurveKeyPair.z85KeyLength)-character Z85 key")
            }
            keys.append(text)
        }
        return keys
    }

    /// Whether a file can be read by every user (`o+r`): a secret key must not be.
    static func isWorldReadable(_ path: String) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let permissions = attributes[.posixPermissions] as? Int
        else { return false }
        return permissions & 0o004 != 0
    }
}
