import EventWireCore
import Foundation

/// Everything `eventwire run` can be told, with the contract's defaults.
///
/// A plain value: the CLI fills it from flags (and, later, a configuration file), the daemon only reads it.
public struct DaemonConfiguration: Sendable, Hashable {
    /// How the feed socket takes articles.
    public enum FeedMode: String, Sendable, Hashable, CaseIterable {
        /// SUB: every daemon gets every article of a broadcast feed.
        case sub
        /// PULL: daemons share one PUSH feed, each article processed once.
        case pull
    }

    /// Where articles come from; a plain endpoint connects (`@` binds).
    public var feedEndpoints: [String] = ["tcp://127.0.0.1:5555"]
    public var feedMode: FeedMode = .sub
    /// Where events go; a plain endpoint binds (`>` connects).
    public var publishEndpoints: [String] = ["tcp://127.0.0.1:5556"]
    /// Articles extracted at once.
    public var workers: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// Articles accepted but not yet published; the feed stops reading at this bound. 0 means 4 per worker.
    public var maxInFlight: Int = 0
    /// Articles over this many payload bytes go to `deadletter` (the contract's size limit).
    public var maxArticleBytes: Int = Article.defaultMaxPayloadBytes
    /// `ZMQ_MAXMSGSIZE` on the feed: a memory guard far above `maxArticleBytes`, since libzmq drops the peer.
    public var maxMessageBytes: Int = 64 * 1024 * 1024
    /// Messages ZeroMQ queues on the feed before the publisher is pushed back.
    public var feedHighWaterMark: Int = 10_000
    /// Messages ZeroMQ queues per subscriber before it drops for that subscriber.
    public var publishHighWaterMark: Int = 100_000
    /// How long the publisher may take to flush queued events at shutdown.
    public var publishLingerMilliseconds: Int = 2_000
    /// The instance name in each event's `source`; unique per process by default.
    public var instance: String = DaemonConfiguration.defaultInstance()
    /// The host name in each event's `source`.
    public var host: String = ProcessInfo.processInfo.hostName

    public init() {}

    /// `maxInFlight` with its default applied.
    public var effectiveMaxInFlight: Int { maxInFlight > 0 ? maxInFlight : 4 * max(1, workers) }

    /// `<pid>-<8 hex digits>`: distinct for every daemon process.
    public static func defaultInstance() -> String {
        let random = String(UInt32.random(in: .min ... .max), radix: 16)
        return "\(ProcessInfo.processInfo.processIdentifier)-" + String(repeating: "0", count: 8 - random.count) + random
    }
}
