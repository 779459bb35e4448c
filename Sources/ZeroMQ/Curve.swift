internal import CZeroMQ

/// A CURVE key pair (`man zmq_curve`): a public key to hand out and a secret key to keep, both 40-character Z85.
///
/// CURVE authenticates and encrypts a connection with Curve25519 keys. A server socket holds its own secret key
/// (``Socket/setCurveServer(_:)``, ``Socket/setCurveSecretKey(_:)``); a client holds its own pair and the server's
/// public key. Which clients a server accepts is decided by a ZAP handler (RFC 27) bound at
/// ``CurveKeyPair/zapEndpoint`` in the server's context.
///
/// ## Secrets
/// ``description`` shows the public key only, so a key pair interpolated into a log line or an error message never
/// leaks ``secretKey``; use ``fingerprint(ofPublicKey:)`` to name a key in logs.
public struct CurveKeyPair: Sendable, Hashable {
    /// The public key, Z85, 40 characters: share it.
    public var publicKey: String
    /// The secret key, Z85, 40 characters: keep it private (a file of mode 0600).
    public var secretKey: String

    /// Pairs a public and a secret key, checking both are Z85 CURVE keys and belong together.
    ///
    /// - Parameters:
    ///   - publicKey: 40 Z85 characters.
    ///   - secretKey: 40 Z85 characters.
    /// - Throws: ``ZeroMQError`` with `EINVAL` when either is not a key or the public key is not the secret's.
    public init(publicKey: String, secretKey: String) throws {
        try Self.checkKey(publicKey, role: "public key")
        guard try Self.publicKey(forSecretKey: secretKey) == publicKey else {
            throw ZeroMQError(
                code: invalidArgument, operation: "zmq_curve_public",
                detail: "the public key does not belong to the secret key")
        }
        self.publicKey = publicKey
        self.secretKey = secretKey
    }

    private init(unchecked publicKey: String, secretKey: String) {
        self.publicKey = publicKey
        self.secretKey = secretKey
    }

    /// The endpoint every ZAP handler binds in its context (RFC 27), `inproc://zeromq.zap.01`.
    public static let zapEndpoint = "inproc://zeromq.zap.01"

    /// The length of a CURVE key in Z85 text: 40 characters for 32 bytes.
    public static let z85KeyLength = 40

    /// Whether the linked libzmq has CURVE (`zmq_has("curve")`; Debian's is built with libsodium).
    public static var isAvailable: Bool { zeroMQHas("curve") }

    /// Makes a new random key pair (`zmq_curve_keypair`).
    ///
    /// - Returns: The pair, both keys Z85.
    /// - Throws: ``ZeroMQError`` with `ENOTSUP` when libzmq was built without CURVE.
    public static func generate() throws -> CurveKeyPair {
        var publicBuffer = [CChar](repeating: 0, count: z85KeyLength + 1)
        var secretBuffer = [CChar](repeating: 0, count: z85KeyLength + 1)
        defer { secretBuffer.withUnsafeMutableBufferPointer { wipe($0) } }
        try zmqCheck("zmq_curve_keypair") { zmq_curve_keypair(&publicBuffer, &secretBuffer) }
        return CurveKeyPair(unchecked: string(publicBuffer), secretKey: string(secretBuffer))
    }

    /// The public key that belongs to a secret key (`zmq_curve_public`).
    ///
    /// - Parameters:
    ///   - secretKey: A Z85 secret key, 40 characters.
    /// - Returns: Its Z85 public key.
    /// - Throws: ``ZeroMQError`` with `EINVAL` when `secretKey` is not a Z85 CURVE key, `ENOTSUP` without CURVE.
    public static func publicKey(forSecretKey secretKey: String) throws -> String {
        try checkKey(secretKey, role: "secret key")
        var publicBuffer = [CChar](repeating: 0, count: z85KeyLength + 1)
        try zmqCheck("zmq_curve_public") { zmq_curve_public(&publicBuffer, secretKey) }
        return string(publicBuffer)
    }

    /// Whether `text` is a CURVE key in Z85: 40 characters of the Z85 alphabet (32 bytes).
    public static func isKey(_ text: String) -> Bool {
        text.utf8.count == z85KeyLength && (try? Z85.decode(text)) != nil
    }

    /// A short, stable name for a public key, safe for logs: 16 hex digits of its FNV-1a 64-bit hash.
    ///
    /// Not a cryptographic digest: it tells keys apart in a log without writing the key itself.
    ///
    /// - Parameters:
    ///   - publicKey: The key's 32 bytes (as a ZAP request carries them) or its Z85 text's bytes.
    /// - Returns: Such as `9f0c2a61d4e3b870`.
    public static func fingerprint(ofPublicKey publicKey: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in publicKey {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The fingerprint of a Z85 public key: ``fingerprint(ofPublicKey:)`` of its 32 decoded bytes.
    ///
    /// - Throws: ``ZeroMQError`` with `EINVAL` when `publicKey` is not Z85.
    public static func fingerprint(ofPublicKey publicKey: String) throws -> String {
        fingerprint(ofPublicKey: try Z85.decode(publicKey))
    }

    private static func checkKey(_ text: String, role: String) throws(ZeroMQError) {
        guard text.utf8.count == z85KeyLength else {
            throw ZeroMQError(
                code: invalidArgument, operation: "check CURVE key",
                detail: "a \(role) is \(z85KeyLength) Z85 characters, got \(text.utf8.count)")
        }
        do {
            _ = try Z85.decode(text)
        } catch {
            throw ZeroMQError(
                code: invalidArgument, operation: "check CURVE key", detail: "the \(role) is not Z85 text")
        }
    }

    private static func string(_ buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

// MARK: - CustomStringConvertible

extension CurveKeyPair: CustomStringConvertible {
    /// The public key and a redacted secret: safe to log.
    public var description: String { "CurveKeyPair(public: \(publicKey), secret: <redacted>)" }
}

// MARK: - Z85

/// ZeroMQ's Base85 text encoding (RFC 32, `man zmq_z85_encode`): 4 bytes become 5 printable characters.
public enum Z85 {
    /// The 85 characters of the alphabet, in order.
    static let alphabet = Set(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#".utf8)

    /// Encodes bytes as Z85 text (`zmq_z85_encode`).
    ///
    /// - Parameters:
    ///   - bytes: A multiple of 4 bytes, such as a 32-byte CURVE key.
    /// - Returns: The text, 5 characters for every 4 bytes.
    /// - Throws: ``ZeroMQError`` with `EINVAL` when the count is not a multiple of 4.
    public static func encode(_ bytes: [UInt8]) throws -> String {
        guard bytes.count % 4 == 0 else {
            throw ZeroMQError(
                code: invalidArgument, operation: "zmq_z85_encode",
                detail: "Z85 encodes a multiple of 4 bytes, got \(bytes.count)")
        }
        if bytes.isEmpty { return "" }  // libzmq refuses nothing to encode
        var text = [CChar](repeating: 0, count: bytes.count / 4 * 5 + 1)
        let encoded = bytes.withUnsafeBufferPointer { zmq_z85_encode(&text, $0.baseAddress, $0.count) }
        guard encoded != nil else {
            throw ZeroMQError(code: invalidArgument, operation: "zmq_z85_encode")
        }
        return String(decoding: text.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Decodes Z85 text (`zmq_z85_decode`).
    ///
    /// - Parameters:
    ///   - text: A multiple of 5 characters of the Z85 alphabet, such as a 40-character CURVE key.
    /// - Returns: The bytes, 4 for every 5 characters.
    /// - Throws: ``ZeroMQError`` with `EINVAL` when the length or a character is wrong.
    public static func decode(_ text: String) throws -> [UInt8] {
        let characters = Array(text.utf8)
        guard characters.count % 5 == 0 else {
            throw ZeroMQError(
                code: invalidArgument, operation: "zmq_z85_decode",
                detail: "Z85 text is a multiple of 5 characters, got \(characters.count)")
        }
        guard characters.allSatisfy(alphabet.contains) else {
            throw ZeroMQError(
                code: invalidArgument, operation: "zmq_z85_decode", detail: "a character is not in the Z85 alphabet")
        }
        if characters.isEmpty { return [] }  // libzmq refuses an empty string
        var bytes = [UInt8](repeating: 0, count: characters.count / 5 * 4)
        let decoded = bytes.withUnsafeMutableBufferPointer { buffer in
            (characters.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer {
                zmq_z85_decode(buffer.baseAddress, $0.baseAddress)
            }
        }
        guard decoded != nil else {
            // A 5-character group can exceed 2^32 ("%%%%%"): valid characters, invalid value.
            throw ZeroMQError(code: invalidArgument, operation: "zmq_z85_decode", detail: "not valid Z85")
        }
        return bytes
    }
}

/// Overwrites a buffer that held a secret before it is freed.
private func wipe(_ buffer: UnsafeMutableBufferPointer<CChar>) {
    for index in buffer.indices { buffer[index] = 0 }
}
