import Dispatch
import Synchronization
import Testing
import ZeroMQ

@Suite struct PollTests {
    @Test func pollReportsTheReadableSocket() throws {
        let context = try Context()
        let quiet = try context.makeSocket(.pull)
        let busy = try context.makeSocket(.pull)
        _ = try bindToFreeTCPPort(quiet)
        let endpoint = try bindToFreeTCPPort(busy)
        let push = try context.makeSocket(.push)
        try push.connect(to: endpoint)
        #expect(try push.waitForOutput(timeoutMilliseconds: 5_000))
        try push.send([bytes("wake"), []])

        let ready = try Socket.poll([(quiet, .input), (busy, .input)], timeoutMilliseconds: 5_000)
        #expect(ready == [[], .input])
        #expect(try busy.receiveMessage(dontWait: true) == [bytes("wake"), []])
        #expect(try Socket.poll([(quiet, .input), (busy, .input)], timeoutMilliseconds: 0) == [[], []])
        #expect(try Socket.poll([(push, [.input, .output])], timeoutMilliseconds: 0) == [.output])
    }

    @Test func aProxyForwardsFromXSubToXPubUntilTheContextShutsDown() throws {
        let context = try Context()
        let proxyStopped = DispatchSemaphore(value: 0)
        let proxyError = Mutex<ZeroMQError?>(nil)
        let bound = DispatchSemaphore(value: 0)
        DispatchQueue(label: "proxy").async {
            do {
                let frontend = try context.makeSocket(.xsub)
                let backend = try context.makeSocket(.xpub)
                try frontend.bind(to: "inproc://proxy-frontend")
                try backend.bind(to: "inproc://proxy-backend")
                bound.signal()
                try Socket.proxy(frontend: frontend, backend: backend)
            } catch {
                proxyError.withLock { $0 = error as? ZeroMQError }
            }
            proxyStopped.signal()
        }
        bound.wait()
        let publisher = try context.makeSocket(.pub)
        try publisher.connect(to: "inproc://proxy-frontend")
        let subscriber = try context.makeSocket(.sub)
        try subscriber.subscribe(to: "event.")
        try subscriber.connect(to: "inproc://proxy-backend")

        var message: [[UInt8]]?
        for _ in 0..<400 where message == nil {  // slow joiner through the proxy
            try publisher.send([bytes("event.meeting"), bytes("{}")])
            message = try receive(subscriber, within: 10)
        }
        #expect(message == [bytes("event.meeting"), bytes("{}")])

        context.shutdown()
        proxyStopped.wait()
        #expect(proxyError.withLock { $0?.isTerminated } == true)
    }
}
