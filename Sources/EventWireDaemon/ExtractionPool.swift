import Dispatch
import Foundation
import Synchronization

/// Runs article work on a fixed number of worker threads that take items from one shared FIFO, with a bound on
/// work in flight.
///
/// `submit` blocks the caller (the feed thread) while `maxInFlight` items are unfinished: that is the
/// daemon's backpressure, so a flood waits in ZeroMQ's bounded queues instead of growing memory here.
///
/// One shared queue, not a queue per worker: an item waits only while every worker is busy, and the first worker
/// to finish takes it. With a queue per worker, an item given to a worker that is in the middle of a long article
/// waits for that article even when the other worker is idle (head-of-line blocking: the latency tail).
final class ExtractionPool: Sendable {
    private let queue: WorkQueue
    private let slots: DispatchSemaphore
    private let group = DispatchGroup()

    init(workers: Int, maxInFlight: Int) {
        let count = max(1, workers)
        let queue = WorkQueue(workers: count)
        self.queue = queue
        slots = DispatchSemaphore(value: max(1, maxInFlight))
        for index in 0..<count {
            let thread = Thread {
                while let work = queue.next() { work() }
            }
            thread.name = "eventwire-extract-\(index)"
            thread.start()
        }
    }

    /// The workers finish what is queued, then end.
    deinit { queue.close() }

    /// Runs `work` on a worker once a slot is free; blocks until then.
    func submit(_ work: @escaping @Sendable () -> Void) {
        slots.wait()
        group.enter()
        queue.append { [slots, group] in
            work()
            slots.signal()
            group.leave()
        }
    }

    /// Returns when every submitted item has finished.
    func waitUntilIdle() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            group.notify(queue: .global()) { continuation.resume() }
        }
    }
}

/// The FIFO the workers take items from: at most `maxInFlight` items, so an array is cheap enough.
private final class WorkQueue: Sendable {
    typealias Work = @Sendable () -> Void
    private let items = Mutex<[Work]>([])
    /// One signal per item, and one per worker at close (a signal with no item left means: stop).
    private let available = DispatchSemaphore(value: 0)
    private let workers: Int

    init(workers: Int) { self.workers = workers }

    func append(_ work: @escaping Work) {
        items.withLock { $0.append(work) }
        available.signal()
    }

    /// The oldest item; blocks while there is none; nil once closed and empty.
    func next() -> Work? {
        available.wait()
        return items.withLock { $0.isEmpty ? nil : $0.removeFirst() }
    }

    /// Lets each worker return nil once the items queued before are taken.
    func close() {
        for _ in 0..<workers { available.signal() }
    }
}
