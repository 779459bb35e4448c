internal import CZeroMQ

// MARK: - CURVE security

extension Socket {
    /// Makes the socket the CURVE server of its connections (`ZMQ_CURVE_SERVER`), bound or connected.
    ///
    /// A server needs its secret key (``setCurveSecretKey(_:)``) and, for the ZAP handler to be asked about each
    /// client, a ZAP domain (``setZapDomain(_:)``). Set all of it before bind or connect.
    ///
    /// - Parameters:
    ///   - on: `true` for the server role.
    /// - Throws: ``ZeroMQError``, `EINVAL` when libzmq has no CURVE.
    public func setCurveServer(_ on: Bool) throws {
        try setOption(ZMQ_CURVE_SERVER, name: "ZMQ_CURVE_SERVER", int32: on ? 1 : 0)
    }

    /// Sets the socket's own secret key (`ZMQ_CURVE_SECRETKEY`), for a server or a client.
    ///
    /// The key is decoded here and handed to libzmq as 32 bytes; an error never repeats it.
    ///
    /// - Parameters:
    ///   - z85: The secret key, 40 Z85 characters.
    /// - Throws: ``ZeroMQError`` with `EINVAL` when it is not a key.
    public func setCurveSecretKey(_ z85: String) throws {
        try setCurveKey(ZMQ_CURVE_SECRETKEY, name: "ZMQ_CURVE_SECRETKEY", z85: z85)
    }

    /// Sets a client's own public key (`ZMQ_CURVE_PUBLICKEY`).
    ///
    /// - Parameters:
    ///   - z85: The public key, 40 Z85 characters.
    /// - Throws: ``ZeroMQError`` with `EINVAL` when it is not a key.
    public func setCurvePublicKey(_ z85: String) throws {
        try setCurveKey(ZMQ_CURVE_PUBLICKEY, name: "ZMQ_CURVE_PUBLICKEY", z85: z85)
    }

    /// Makes the socket a CURVE client of the server with this public key (`ZMQ_CURVE_SERVERKEY`).
    ///
    /// A client also needs its own key pair (``setCurvePublicKey(_:)``, ``setCurveSecretKey(_:)``).
    ///
    /// - Parameters:
    ///   - z85: The server's public key, 40 Z85 characters.
    /// - Throws: ``ZeroMQError`` with `EINVAL` when it is not a key.
    public func setCurveServerKey(_ z85: String) throws {
        try setCurveKey(ZMQ_CURVE_SERVERKEY, name: "ZMQ_CURVE_SERVERKEY", z85: z85)
    }

    /// Sets the ZAP domain (`ZMQ_ZAP_DOMAIN`): with one, the context's ZAP handler is asked about every peer.
    ///
    /// - Parameters:
    ///   - domain: A name the ZAP handler sees in each request, such as `eventwire`; up to 254 bytes.
    /// - Throws: ``ZeroMQError``.
    public func setZapDomain(_ domain: String) throws {
        try setOption(ZMQ_ZAP_DOMAIN, name: "ZMQ_ZAP_DOMAIN", bytes: Array(domain.utf8))
    }

    /// Makes the socket a CURVE server in one call: server role, secret key and ZAP domain.
    ///
    /// - Parameters:
    ///   - secretKey: The server's secret key, Z85.
    ///   - zapDomain: The domain the ZAP handler is asked under.
    /// - Throws: ``ZeroMQError``.
    public func makeCurveServer(secretKey: String, zapDomain: String) throws {
        try setCurveServer(true)
        try setCurveSecretKey(secretKey)
        try setZapDomain(zapDomain)
    }

    /// Makes the socket a CURVE client in one call: the server's public key and the client's own pair.
    ///
    /// - Parameters:
    ///   - serverKey: The server's public key, Z85.
    ///   - keyPair: The client's own keys.
    /// - Throws: ``ZeroMQError``.
    public func makeCurveClient(serverKey: String, keyPair: CurveKeyPair) throws {
        try setCurveServerKey(serverKey)
        try setCurvePublicKey(keyPair.publicKey)
        try setCurveSecretKey(keyPair.secretKey)
    }

    private func setCurveKey(_ option: Int32, name: String, z85: String) throws {
        guard z85.utf8.count == CurveKeyPair.z85KeyLength, let key = try? Z85.decode(z85) else {
            throw ZeroMQError(
                code: invalidArgument, operation: "zmq_setsockopt",
                detail: "\(name): expected a key of \(CurveKeyPair.z85KeyLength) Z85 characters")
        }
        try setOption(option, name: name, bytes: key)
    }
}
