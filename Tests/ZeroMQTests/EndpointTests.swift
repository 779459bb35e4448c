import Testing
import ZeroMQ

@Suite struct EndpointTests {
    @Test(arguments: [
        ("@tcp://127.0.0.1:5556", "tcp://127.0.0.1:5556", Endpoint.Role.bind),
        (">ipc:///run/eventwire/feed", "ipc:///run/eventwire/feed", .connect),
        ("@inproc://events", "inproc://events", .bind),
        (">tcp://[::1]:5555", "tcp://[::1]:5555", .connect),
    ])
    func parsesTheRolePrefix(text: String, address: String, role: Endpoint.Role) throws {
        let endpoint = try Endpoint(text)
        #expect(endpoint.address == address)
        #expect(endpoint.role == role)
        #expect(endpoint.resolvedRole(default: role == .bind ? .connect : .bind) == role)
        #expect(endpoint.description == text)
    }

    @Test func aPlainEndpointTakesTheDefaultRole() throws {
        let endpoint = try Endpoint("tcp://127.0.0.1:5555")
        #expect(endpoint.address == "tcp://127.0.0.1:5555")
        #expect(endpoint.role == nil)
        #expect(endpoint.resolvedRole(default: .connect) == .connect)
        #expect(endpoint.resolvedRole(default: .bind) == .bind)
        #expect(endpoint.description == "tcp://127.0.0.1:5555")
        #expect(try Endpoint(endpoint.description) == endpoint)
    }

    @Test func theMemberwiseInitializerKeepsItsArguments() {
        let endpoint = Endpoint(address: "ipc:///tmp/x", role: .bind)
        #expect(endpoint.description == "@ipc:///tmp/x")
    }

    @Test(arguments: [
        "", "@", ">", "tcp", "127.0.0.1:5555", "@tcp:/x", "://x", "tcp://", ">tcp://", "tcp:// x", "t?p://x",
    ])
    func rejectsMalformedText(text: String) {
        let error = #expect(throws: ZeroMQError.self) { try Endpoint(text) }
        #expect(error?.operation == "parse endpoint")
        #expect(error?.endpoint == text)
        #expect(error?.detail != nil)
    }
}
