import Foundation
import Testing
import ZeroMQ

@Suite struct PushPullTests {
    /// Empty frames, NUL bytes, every byte value and a frame larger than libzmq's small-message size.
    static let awkwardFrames: [[UInt8]] = [
        [], [0], [0, 0, 0], Array(0...255), [], bytes("hello\0world"), (0..<100_000).map { UInt8($0 % 251) }, [],
    ]

    enum Transport: String, CaseIterable, Sendable {
        case tcp, ipc
    }

    @Test(arguments: Transport.allCases)
    func multipartMessagesRoundTripIntact(over transport: Transport) throws {
        let context = try Context()
        let pull = try context.makeSocket(.pull)
        var directory: URL?
        defer { directory.map { try? FileManager.default.removeItem(at: $0) } }
        let endpoint: String
        switch transport {
        case .tcp:
            endpoint = try bindToFreeTCPPort(pull)
        case .ipc:
            directory = try makeTemporaryDirectory()
            endpoint = "ipc://\(directory!.path)/feed.ipc"
            try pull.bind(to: endpoint)
            #expect(try pull.lastEndpoint == endpoint)
        }
        let push = try context.makeSocket(.push)
        try push.connect(to: endpoint)

        #expect(try push.send(Self.awkwardFrames))
        #expect(try push.send([[]]))
        #expect(try push.send(bytes("part 1"), more: true))
        #expect(try push.send(bytes("part 2")))
        for index in 0..<100 {
            try push.send([bytes("n"), withUnsafeBytes(of: UInt32(index).bigEndian, Array.init)])
        }

        #expect(try receive(pull) == Self.awkwardFrames)
        #expect(try receive(pull) == [[]])
        #expect(try receive(pull) == [bytes("part 1"), bytes("part 2")])
        for index in 0..<100 {
            let message = try #require(try receive(pull))
            #expect(message == [bytes("n"), withUnsafeBytes(of: UInt32(index).bigEndian, Array.init)])
        }
        #expect(try pull.receiveMessage(dontWait: true) == nil)
    }

    @Test func aPushWithNoPeerReturnsFalseInsteadOfBlocking() throws {
        let context = try Context()
        let push = try context.makeSocket(.push)
        try push.setImmediate(true)
        try push.connect(to: "tcp://127.0.0.1:1")  // nobody listens there
        #expect(try push.send([bytes("x")], dontWait: true) == false)
        try push.setSendTimeout(milliseconds: 50)
        let (sent, elapsed) = try measureMilliseconds { try push.send(bytes("y")) }
        #expect(sent == false)
        #expect(elapsed >= 40)
        #expect(try push.waitForOutput(timeoutMilliseconds: 0) == false)
    }

    @Test func anEmptyMessageIsRefused() throws {
        let context = try Context()
        let push = try context.makeSocket(.push)
        let error = #expect(throws: ZeroMQError.self) { try push.send([]) }
        #expect(error?.code == EINVAL)
    }
}
