import Dispatch
import Synchronization
import Testing
import ZeroMQ

@Suite struct ContextTests {
    @Test func theLinkedLibraryIsVersionFour() {
        let version = zeroMQVersion()
        #expect(version.major == 4)
        #expect(version.minor >= 3)
        #expect(zeroMQHas("ipc"))
    }

    @Test func shutdownFromAnotherThreadStopsABlockedReceive() throws {
        let context = try Context()
        let pull = try context.makeSocket(.pull)
        try pull.bind(to: "inproc://blocked")
        try pull.setReceiveTimeout(milliseconds: 10_000)  // a safety net: a broken shutdown fails, not hangs
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(100)) { context.shutdown() }

        let (error, elapsed) = measureMilliseconds {
            #expect(throws: ZeroMQError.self) { try pull.receiveMessage() }
        }
        #expect(error?.isTerminated == true)
        #expect(error?.operation == "zmq_msg_recv")
        #expect(elapsed < 5_000)

        // After shutdown every call says "terminated", so loops stop; the owner closes and the context terminates.
        let pollError = #expect(throws: ZeroMQError.self) { try pull.waitForInput(timeoutMilliseconds: -1) }
        #expect(pollError?.isTerminated == true)
        let makeError = #expect(throws: ZeroMQError.self) { try context.makeSocket(.push) }
        #expect(makeError?.isTerminated == true)
        pull.close()
        context.terminate()
        context.terminate()
        context.shutdown()
    }

    @Test func shutdownStopsABlockedPoll() throws {
        let context = try Context()
        let first = try context.makeSocket(.pull)
        let second = try context.makeSocket(.sub)
        try first.bind(to: "inproc://poll-a")
        try second.bind(to: "inproc://poll-b")
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(50)) { context.shutdown() }
        let error = #expect(throws: ZeroMQError.self) {
            try Socket.poll([(first, .input), (second, .input)], timeoutMilliseconds: 10_000)
        }
        #expect(error?.isTerminated == true)
    }

    @Test func terminateWaitsForSocketsClosedOnTheirOwnThreads() throws {
        let context = try Context()
        let sawTermination = Mutex(false)
        let ready = DispatchSemaphore(value: 0)
        DispatchQueue(label: "owner").async {
            let socket: Socket
            do {
                socket = try context.makeSocket(.pull)
                try socket.bind(to: "inproc://owned")
            } catch {
                ready.signal()
                return
            }
            ready.signal()
            do {
                _ = try socket.receiveMessage()  // blocks until terminate() shuts the context down
            } catch {
                sawTermination.withLock { $0 = (error as? ZeroMQError)?.isTerminated == true }
            }
            socket.close()  // on its own thread; this is what lets zmq_ctx_term return
        }
        ready.wait()
        context.terminate()
        #expect(sawTermination.withLock { $0 })
    }
}
