import Synchronization

/// A value behind a lock, as a class so escaping closures (threads, tasks) can share it.
final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>

    init(_ value: Value) { mutex = Mutex(value) }

    func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R { try mutex.withLock { try body(&$0) } }

    var value: Value { mutex.withLock { $0 } }
}

/// A flag threads can share.
final class StopFlag: Sendable {
    private let atomic = Atomic<Bool>(false)

    var isSet: Bool { atomic.load(ordering: .acquiring) }

    func set() { atomic.store(true, ordering: .releasing) }
}
