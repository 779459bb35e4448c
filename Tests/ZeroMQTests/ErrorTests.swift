import Foundation
import Testing
import ZeroMQ

@Suite struct ErrorTests {
    @Test func bindingAMalformedEndpointThrows() throws {
        let context = try Context()
        let socket = try context.makeSocket(.pub)
        let error = #expect(throws: ZeroMQError.self) { try socket.bind(to: "tcp://nonsense:") }
        #expect(error?.operation == "zmq_bind")
        #expect(error?.endpoint == "tcp://nonsense:")
        #expect(error?.code != 0)
        #expect(error?.isTerminated == false)
        #expect(error?.description.hasPrefix("zmq_bind(tcp://nonsense:) failed: ") == true)
    }

    @Test func bindingTheSamePortTwiceGivesAddressInUse() throws {
        let context = try Context()
        let first = try context.makeSocket(.pull)
        let endpoint = try bindToFreeTCPPort(first)
        let second = try context.makeSocket(.pull)
        let error = #expect(throws: ZeroMQError.self) { try second.bind(to: endpoint) }
        #expect(error?.code == EADDRINUSE)
        #expect(error?.isAddressInUse == true)
        #expect(error?.endpoint == endpoint)
        #expect(error?.description.contains(String(cString: strerror(EADDRINUSE))) == true)
    }

    @Test func connectingWithAnUnknownTransportThrows() throws {
        let context = try Context()
        let socket = try context.makeSocket(.sub)
        let error = #expect(throws: ZeroMQError.self) { try socket.connect(to: "bogus://127.0.0.1:5555") }
        #expect(error?.code == EPROTONOSUPPORT)
        #expect(error?.operation == "zmq_connect")
    }

    @Test func attachBindsOrConnectsPerRole() throws {
        let context = try Context()
        let pull = try context.makeSocket(.pull)
        try pull.attach(try Endpoint("@inproc://attach"), defaultRole: .connect)
        let push = try context.makeSocket(.push)
        try push.attach(try Endpoint("inproc://attach"), defaultRole: .connect)
        #expect(try push.send(bytes("hi")))
        #expect(try receive(pull) == [bytes("hi")])

        let other = try context.makeSocket(.pull)
        let error = #expect(throws: ZeroMQError.self) {
            try other.attach(try Endpoint("inproc://attach"), defaultRole: .bind)  // taken: proves it bound
        }
        #expect(error?.code == EADDRINUSE)
    }

    @Test func anOptionThatDoesNotFitTheSocketNamesTheOption() throws {
        let context = try Context()
        let push = try context.makeSocket(.push)
        let error = #expect(throws: ZeroMQError.self) { try push.subscribe(to: "x") }
        #expect(error?.code == EINVAL)
        #expect(error?.operation == "zmq_setsockopt")
        #expect(error?.detail == "ZMQ_SUBSCRIBE = 1 bytes")
        let tooLarge = #expect(throws: ZeroMQError.self) { try push.setLinger(milliseconds: Int(Int32.max) + 1) }
        #expect(tooLarge?.code == EINVAL)
    }

    @Test func everyOptionSetterIsAccepted() throws {
        let context = try Context()
        let xpub = try context.makeSocket(.xpub)
        #expect(try xpub.lingerMilliseconds == Socket.defaultLingerMilliseconds)
        try xpub.setLinger(milliseconds: 0)
        #expect(try xpub.lingerMilliseconds == 0)
        try xpub.setSendHighWaterMark(10_000)
        try xpub.setReceiveHighWaterMark(10_000)
        try xpub.setReceiveTimeout(milliseconds: 100)
        try xpub.setSendTimeout(milliseconds: 100)
        try xpub.setMaxMessageSize(64 << 20)
        try xpub.setXPubNoDrop(true)
        try xpub.setXPubVerbose(false)
        try xpub.setHeartbeat(intervalMilliseconds: 1_000, timeoutMilliseconds: 3_000, ttlMilliseconds: 6_000)
        try xpub.setReconnectInterval(milliseconds: 100, maxMilliseconds: 5_000)
        try xpub.setImmediate(true)
        try xpub.setRoutingID(bytes("publisher"))
        #expect(try xpub.hasMoreFrames == false)
    }

    @Test func aClosedSocketThrowsNotASocket() throws {
        let context = try Context()
        let socket = try context.makeSocket(.pull)
        socket.close()
        socket.close()
        #expect(socket.isClosed)
        let error = #expect(throws: ZeroMQError.self) { try socket.receiveMessage(dontWait: true) }
        #expect(error?.isNotSocket == true)
        #expect(throws: ZeroMQError.self) { try socket.bind(to: "inproc://closed") }
        #expect(throws: ZeroMQError.self) { try socket.waitForInput(timeoutMilliseconds: 0) }
    }
}
