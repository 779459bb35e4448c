/// A ZeroMQ endpoint with an optional role, in CZMQ's notation: `@` binds, `>` connects.
///
/// `@tcp://127.0.0.1:5556` binds, `>tcp://127.0.0.1:5555` connects, and a plain `tcp://127.0.0.1:5555` leaves the
/// choice to the socket's default role (``resolvedRole(default:)``), as the EventWire contract says. Parsing checks
/// the shape (`transport://address`); libzmq checks the rest when the socket binds or connects.
public struct Endpoint: Sendable, Hashable {
    /// Whether a socket binds the endpoint or connects to it.
    public enum Role: Sendable, Hashable {
        /// Listen on the endpoint (`zmq_bind`).
        case bind
        /// Connect to the endpoint (`zmq_connect`).
        case connect
    }

    /// The libzmq address without the role prefix, such as `tcp://127.0.0.1:5556`.
    public var address: String
    /// The role the text asked for; `nil` when it named none.
    public var role: Role?

    /// Parses an endpoint in CZMQ notation.
    ///
    /// - Parameters:
    ///   - text: `@transport://address` to bind, `>transport://address` to connect, or `transport://address`.
    /// - Throws: ``ZeroMQError`` with `EINVAL` and operation `"parse endpoint"` when the text is empty, has
    ///   whitespace, lacks `://`, or has an empty or non-alphanumeric transport or an empty address.
    public init(_ text: String) throws {
        var rest = Substring(text)
        var role: Role?
        switch rest.first {
        case "@":
            role = .bind
            rest = rest.dropFirst()
        case ">":
            role = .connect
            rest = rest.dropFirst()
        default:
            break
        }
        guard let problem = Self.problem(in: rest) else {
            self.init(address: String(rest), role: role)
            return
        }
        throw ZeroMQError(code: invalidArgument, operation: "parse endpoint", endpoint: text, detail: problem)
    }

    /// Creates an endpoint from an address and a role, without checking the address.
    ///
    /// - Parameters:
    ///   - address: The libzmq address, such as `ipc:///run/eventwire/events`.
    ///   - role: The role, or `nil` for the socket's default.
    public init(address: String, role: Role?) {
        self.address = address
        self.role = role
    }

    /// The role to use: the endpoint's own, or `default` when it named none.
    ///
    /// - Parameters:
    ///   - default: The socket's default role, such as `.connect` for the daemon's feed.
    /// - Returns: The role to bind or connect with.
    public func resolvedRole(default: Role) -> Role {
        role ?? `default`
    }

    /// Why an address is malformed, or `nil` when it looks like `transport://address`.
    private static func problem(in address: Substring) -> String? {
        if address.isEmpty { return "the endpoint is empty" }
        if address.contains(where: \.isWhitespace) { return "the endpoint contains whitespace" }
        guard let separator = address.firstRange(of: "://") else {
            return "expected transport://address, such as tcp://127.0.0.1:5556"
        }
        let transport = address[..<separator.lowerBound]
        if transport.isEmpty || !transport.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            return "expected a transport such as tcp, ipc or inproc before ://"
        }
        if address[separator.upperBound...].isEmpty { return "the address after \(transport):// is empty" }
        return nil
    }
}

// MARK: - CustomStringConvertible

extension Endpoint: CustomStringConvertible {
    /// The endpoint in CZMQ notation: `@` for bind, `>` for connect, plain for no role. Parses back to itself.
    public var description: String {
        switch role {
        case .bind: "@" + address
        case .connect: ">" + address
        case nil: address
        }
    }
}
