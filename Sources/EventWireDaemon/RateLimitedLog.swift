import Logging
import Synchronization

/// Logs a repeated problem once per interval and kind, with the count of what it held back.
///
/// One bad article a second is worth a line each; a flood of them must not become a log storm.
final class RateLimitedLog: Sendable {
    private struct Slot {
        var lastLogged: ContinuousClock.Instant
        var suppressed: Int
    }

    private let interval: Duration
    private let slots = Mutex([String: Slot]())

    init(interval: Duration = .seconds(10)) {
        self.interval = interval
    }

    /// Logs `message` for `kind` unless one was logged within the interval; then it only counts.
    func warning(
        _ message: @autoclosure () -> Logger.Message, kind: String, metadata: Logger.Metadata, logger: Logger
    ) {
        let now = ContinuousClock.now
        let suppressed: Int? = slots.withLock { slots in
            if var slot = slots[kind] {
                guard now - slot.lastLogged >= interval else {
                    slot.suppressed += 1
                    slots[kind] = slot
                    return nil
                }
                let count = slot.suppressed
                slots[kind] = Slot(lastLogged: now, suppressed: 0)
                return count
            }
            slots[kind] = Slot(lastLogged: now, suppressed: 0)
            return 0
        }
        guard let suppressed else { return }
        var metadata = metadata
        if suppressed > 0 { metadata["suppressed"] = "\(suppressed)" }
        logger.warning(message(), metadata: metadata)
    }
}
