import Foundation
import Synchronization
import Testing
import ZeroMQ

/// Blocking calls interrupted by a signal (EINTR) are retried, not thrown.
@Suite struct InterruptTests {
    /// Installs a do-nothing SIGUSR2 handler without `SA_RESTART`, so the signal interrupts blocking calls with EINTR.
    static func installInterruptingHandler() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGUSR2, &action, nil)
    }

    /// Runs `body` on a new thread with SIGUSR2 unblocked, signalling that thread every 5 ms until `body` starts
    /// waiting, then calls `afterSignals`; returns what `body` returned or threw.
    static func runInterrupted<Value: Sendable>(
        signals: Int = 20,
        _ body: @escaping @Sendable (_ ready: () -> Void) throws -> Value,
        afterSignals: () throws -> Void = {}
    ) throws -> Result<Value, any Error> {
        installInterruptingHandler()
        let receiver = Mutex<pthread_t?>(nil)
        let outcome = Mutex<Result<Value, any Error>?>(nil)
        let started = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        Thread {
            // Threads inherit the test runner's signal mask, which blocks SIGUSR2.
            var unblocked = sigset_t()
            sigemptyset(&unblocked)
            sigaddset(&unblocked, SIGUSR2)
            pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
            receiver.withLock { $0 = pthread_self() }
            let result = Result { try body { started.signal() } }
            outcome.withLock { $0 = result }
            started.signal()
            finished.signal()
        }.start()
        started.wait()
        let thread = try #require(receiver.withLock { $0 })
        for _ in 0..<signals where outcome.withLock({ $0 == nil }) {
            pthread_kill(thread, SIGUSR2)
            usleep(5_000)
        }
        try afterSignals()
        #expect(finished.wait(timeout: .now() + 15) == .success)
        return try #require(outcome.withLock { $0 })
    }

    @Test func signalsDuringABlockedReceiveAreRetried() throws {
        let context = try Context()
        let result = try Self.runInterrupted(
            { ready in
                let pull = try context.makeSocket(.pull)
                try pull.bind(to: "inproc://interrupted")
                try pull.setReceiveTimeout(milliseconds: 10_000)
                ready()
                return try pull.receiveMessage()
            },
            afterSignals: {
                let push = try context.makeSocket(.push)
                try push.connect(to: "inproc://interrupted")
                #expect(try push.send([bytes("after the signals")]))
            })
        #expect(try result.get() == [bytes("after the signals")])
    }

    @Test func signalsDuringAPollKeepTheOriginalDeadline() throws {
        let context = try Context()
        let result = try Self.runInterrupted { ready in
            let pull = try context.makeSocket(.pull)
            try pull.bind(to: "inproc://interrupted-poll")
            ready()
            return try measureMilliseconds { try pull.waitForInput(timeoutMilliseconds: 300) }
        }
        let (ready, elapsed) = try result.get()
        #expect(ready == false)
        #expect(elapsed >= 280)
        #expect(elapsed < 3_000)
    }
}
