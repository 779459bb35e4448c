import EventWireCore
import Foundation

/// RFC 3339 UTC timestamps with milliseconds, as CloudEvents `time` wants them.
public enum Timestamp {
    public static func now() -> String { rfc3339(Date()) }

    public static func rfc3339(_ date: Date) -> String {
        let millis = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        let days = millis >= 0 ? millis / 86_400_000 : (millis - 86_399_999) / 86_400_000
        let rest = millis - days * 86_400_000
        let day = CivilDate(daysSinceEpoch: days)
        let h = rest / 3_600_000
        let m = rest / 60_000 % 60
        let s = rest / 1000 % 60
        let ms = rest % 1000
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let msText = ms < 10 ? "00\(ms)" : ms < 100 ? "0\(ms)" : "\(ms)"
        return "\(day)T\(two(h)):\(two(m)):\(two(s)).\(msText)Z"
    }
}
