import Foundation

/// Notices missing `sequence` numbers per publisher (`source`).
///
/// Meaningful only for a subscriber of every event (`event.`): one filtered by type sees jumps by design.
/// The first event of each publisher sets the baseline; a lower number than the last means the publisher
/// restarted.
public struct SequenceGapDetector: Sendable {
    public init() {}

    private var last: [String: UInt64] = [:]

    /// A message describing the gap before this event, or nil.
    public mutating func check(_ payload: [UInt8]) -> String? {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(payload))) as? [String: Any],
            let source = object["source"] as? String,
            let sequence = (object["sequence"] as? String).flatMap({ UInt64($0) })
        else { return nil }
        defer { last[source] = sequence }
        guard let previous = last[source], sequence != previous + 1 else { return nil }
        if sequence <= previous {
            return "\(source) restarted its sequence (\(previous) then \(sequence))"
        }
        return "gap: \(sequence - previous - 1) events missed from \(source) (sequence \(previous + 1)...\(sequence - 1))"
    }
}
