import Synchronization

/// What `/readyz` and `/healthz` answer: sockets up, and the feed loop still turning.
public final class HealthState: Sendable {
    private let ready = Atomic<Bool>(false)
    private let lastTick = Atomic<Int64>(0)
    private static let clock = ContinuousClock()
    private static let origin = clock.now

    public init() {}

    /// True once the daemon's sockets are bound and connected, until it starts stopping.
    public var isReady: Bool { ready.load(ordering: .acquiring) }

    /// True while the feed loop has turned within `staleAfter` (it turns at least every 100 ms).
    public func isLive(staleAfter: Duration = .seconds(5)) -> Bool {
        let elapsed = HealthState.nanosecondsSinceOrigin() - lastTick.load(ordering: .acquiring)
        return elapsed < staleAfter.inNanoseconds
    }

    func setReady(_ value: Bool) { ready.store(value, ordering: .releasing) }

    func tick() { lastTick.store(HealthState.nanosecondsSinceOrigin(), ordering: .releasing) }

    private static func nanosecondsSinceOrigin() -> Int64 {
        (clock.now - origin).inNanoseconds
    }
}
