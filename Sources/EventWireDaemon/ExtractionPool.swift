import Dispatch
import Synchronization

/// Runs article work on a fixed number of serial Dispatch queues, with a bound on work in flight.
///
/// `submit` blocks the caller (the feed thread) while `maxInFlight` items are unfinished: that is the
/// daemon's backpressure, so a flood waits in ZeroMQ's bounded queues instead of growing memory here.
/// Each item goes to the least busy worker.
final class ExtractionPool: Sendable {
    private let workers: [DispatchQueue]
    private let outstanding: Mutex<[Int]>
    private let slots: DispatchSemaphore
    private let group = DispatchGroup()

    init(workers: Int, maxInFlight: Int) {
        let count = max(1, workers)
        self.workers = (0..<count).map { DispatchQueue(label: "eventwire.extract.\($0)", qos: .userInitiated) }
        self.outstanding = Mutex(Array(repeating: 0, count: count))
        self.slots = DispatchSemaphore(value: max(1, maxInFlight))
    }

    /// Runs `work` on a worker once a slot is free; blocks until then.
    func submit(_ work: @escaping @Sendable () -> Void) {
        slots.wait()
        let index = outstanding.withLock { counts in
            let index = counts.indices.min { counts[$0] < counts[$1] }!
            counts[index] += 1
            return index
        }
        group.enter()
        workers[index].async {
            work()
            self.outstanding.withLock { $0[index] -= 1 }
            self.slots.signal()
            self.group.leave()
        }
    }

    /// Returns when every submitted item has finished.
    func waitUntilIdle() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            group.notify(queue: .global()) { continuation.resume() }
        }
    }
}
