import EventWireCore
import EventWireDaemon
import Foundation
import Logging
import Synchronization

/// The process-wide log level, shared by every logger so that a reload (SIGHUP) changes it everywhere.
final class SharedLogLevel: Sendable {
    private let raw: Atomic<Int>

    init(_ level: Logger.Level) { raw = Atomic(SharedLogLevel.index(level)) }

    var level: Logger.Level {
        get { Logger.Level.allCases[raw.load(ordering: .relaxed)] }
        set { raw.store(SharedLogLevel.index(newValue), ordering: .relaxed) }
    }

    private static func index(_ level: Logger.Level) -> Int { Logger.Level.allCases.firstIndex(of: level)! }
}

/// One line an event on stderr, as logfmt or JSON, for journald and log shippers.
///
/// `ts=2026-11-29T10:46:26.123Z level=info msg=ready feed=tcp://127.0.0.1:5555 workers=2`
struct LineLogHandler: LogHandler {
    typealias Format = DaemonConfiguration.Log.Format

    let label: String
    let format: Format
    let sharedLevel: SharedLogLevel
    var metadata: Logger.Metadata = [:]

    var logLevel: Logger.Level {
        get { sharedLevel.level }
        set { sharedLevel.level = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let level = event.level
        let message = event.message
        let fields = metadata.merging(event.metadata ?? [:]) { $1 }.sorted { $0.key < $1.key }
        let time = Timestamp.now()
        let text: String
        switch format {
        case .logfmt:
            var parts = ["ts=\(time)", "level=\(level)", "msg=\(LineLogHandler.logfmt("\(message)"))"]
            parts += fields.map { "\($0.key)=\(LineLogHandler.logfmt("\($0.value)"))" }
            text = parts.joined(separator: " ")
        case .json:
            var json = JSONWriter(capacity: 256)
            json.beginObject()
            json.key("ts")
            json.string(time)
            json.key("level")
            json.string(level.rawValue)
            json.key("msg")
            json.string("\(message)")
            for (key, value) in fields {
                json.key(key)
                json.string("\(value)")
            }
            json.endObject()
            text = String(decoding: json.bytes, as: UTF8.self)
        }
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// A logfmt value: bare when it is a plain token, quoted with escapes otherwise.
    static func logfmt(_ value: String) -> String {
        let plain = !value.isEmpty && value.unicodeScalars.allSatisfy { $0.value > 0x20 && $0 != "\"" && $0 != "=" && $0 != "\\" }
        guard !plain else { return value }
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
