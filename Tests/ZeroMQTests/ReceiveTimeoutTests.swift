import Testing
import ZeroMQ

@Suite struct ReceiveTimeoutTests {
    @Test func aReceiveTimeoutReturnsNilAfterAboutTheSetTime() throws {
        let context = try Context()
        let pull = try context.makeSocket(.pull)
        _ = try bindToFreeTCPPort(pull)
        try pull.setReceiveTimeout(milliseconds: 200)
        let (message, elapsed) = try measureMilliseconds { try pull.receiveMessage() }
        #expect(message == nil)
        #expect(elapsed >= 180)
        #expect(elapsed < 2_000)
    }

    @Test func aDontWaitReceiveOnAnEmptySocketReturnsNilAtOnce() throws {
        let context = try Context()
        let pull = try context.makeSocket(.pull)
        try pull.bind(to: "inproc://empty")
        let (message, elapsed) = try measureMilliseconds { try pull.receiveMessage(dontWait: true) }
        #expect(message == nil)
        #expect(elapsed < 100)
    }

    @Test func waitingForInputTimesOutInAboutTheSetTime() throws {
        let context = try Context()
        let pull = try context.makeSocket(.pull)
        try pull.bind(to: "inproc://quiet")
        let (ready, elapsed) = try measureMilliseconds { try pull.waitForInput(timeoutMilliseconds: 150) }
        #expect(ready == false)
        #expect(elapsed >= 140)
        #expect(elapsed < 2_000)
        #expect(try pull.waitForInput(timeoutMilliseconds: 0) == false)
    }
}
