import EventWireCore
import Foundation
import Logging

/// Everything `eventwire run` can be told, with the contract's defaults.
///
/// A plain value: the CLI fills it from a TOML file (``init(tomlFile:)``) and then from flags, the daemon only
/// reads it. Every property has a documented default, so a partial file, or none, gives a working daemon.
/// `deploy/eventwire.toml` lists every setting under its TOML key.
public struct DaemonConfiguration: Sendable, Hashable {
    /// How the feed socket takes articles.
    public enum FeedMode: String, Sendable, Hashable, CaseIterable {
        /// SUB: every daemon gets every article of a broadcast feed.
        case sub
        /// PULL: daemons share one PUSH feed, each article processed once.
        case pull
    }

    /// Where articles come from; a plain endpoint connects (`@` binds). TOML `feed.endpoints`.
    public var feedEndpoints: [String] = ["tcp://127.0.0.1:5555"]
    /// TOML `feed.mode`; default `sub`.
    public var feedMode: FeedMode = .sub
    /// Where events go; a plain endpoint binds (`>` connects). TOML `publish.endpoints`.
    public var publishEndpoints: [String] = ["tcp://127.0.0.1:5556"]
    /// Articles extracted at once; default the number of cores. TOML `extraction.workers`.
    public var workers: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// Articles accepted but not yet published; the feed stops reading at this bound. 0 means 4 per worker.
    /// TOML `extraction.max_in_flight`.
    public var maxInFlight: Int = 0
    /// Articles over this many payload bytes go to `deadletter` (the contract's size limit, 4 MiB).
    /// TOML `extraction.max_article_bytes`.
    public var maxArticleBytes: Int = Article.defaultMaxPayloadBytes
    /// `ZMQ_MAXMSGSIZE` on the feed: a memory guard far above `maxArticleBytes`, since libzmq drops the peer.
    /// Default 64 MiB. TOML `feed.max_message_bytes`.
    public var maxMessageBytes: Int = 64 * 1024 * 1024
    /// Messages ZeroMQ queues on the feed before the publisher is pushed back. TOML `feed.high_water_mark`.
    public var feedHighWaterMark: Int = 10_000
    /// Messages ZeroMQ queues per subscriber before it drops for that subscriber. TOML `publish.high_water_mark`.
    public var publishHighWaterMark: Int = 100_000
    /// How long the publisher may take to flush queued events at shutdown. TOML `publish.linger_ms`.
    public var publishLingerMilliseconds: Int = 2_000
    /// The instance name in each event's `source`; unique per process by default. TOML `instance`.
    public var instance: String = DaemonConfiguration.defaultInstance()
    /// The host name in each event's `source`. Not in the file: always the machine's name.
    public var host: String = ProcessInfo.processInfo.hostName

    /// Heartbeats and reconnect back-off of the feed socket. TOML `feed.heartbeat_*`, `feed.reconnect_*`.
    public var feedConnection = FeedConnection()
    /// Extra dictionary files or folders, read after the built-in dictionaries; default none.
    ///
    /// Loaded from a file, relative paths are resolved against the file's folder. TOML `extraction.dictionaries`.
    public var dictionaryPaths: [String] = []
    /// What the CLI logs and how. TOML `[log]`.
    public var log = Log()
    /// The Prometheus scrape endpoint. TOML `[metrics]`.
    public var metrics = Metrics()
    /// Seconds a graceful stop may take before it is forced; default 10. TOML `shutdown.grace_seconds`.
    public var shutdownGraceSeconds: Int = 10
    /// The event journal that catch-up reads; on when a directory is set or systemd gives a state directory.
    /// TOML `[journal]`.
    public var journal = Journal()
    /// Where subscribers fetch journaled events they missed. TOML `[catchup]`.
    public var catchUp = CatchUp()
    /// CURVE encryption and client authentication; off by default. TOML `[security]`.
    public var security = Security()

    public init() {}

    /// `maxInFlight` with its default applied.
    public var effectiveMaxInFlight: Int { maxInFlight > 0 ? maxInFlight : 4 * max(1, workers) }

    /// `<pid>-<8 hex digits>`: distinct for every daemon process.
    public static func defaultInstance() -> String {
        let random = String(UInt32.random(in: .min ... .max), radix: 16)
        return "\(ProcessInfo.processInfo.processIdentifier)-" + String(repeating: "0", count: 8 - random.count)
            + random
    }
}

// MARK: - Nested settings

extension DaemonConfiguration {
    /// How the feed socket notices a dead upstream and how fast it reconnects (ZeroMQ-NOTES trap 13).
    ///
    /// TCP alone can take hours to see a dead peer; ZMTP heartbeats see it in seconds.
    public struct FeedConnection: Sendable, Hashable {
        /// `ZMQ_HEARTBEAT_IVL`: how often to send a PING; 0 turns heartbeats off. Default 5,000 ms.
        public var heartbeatIntervalMilliseconds: Int = 5_000
        /// `ZMQ_HEARTBEAT_TIMEOUT`: how long to wait for traffic after a PING. Default 15,000 ms.
        public var heartbeatTimeoutMilliseconds: Int = 15_000
        /// `ZMQ_HEARTBEAT_TTL`: how long the peer may wait for our traffic (libzmq rounds to 100 ms, at most
        /// 6,553,599). Default 30,000 ms.
        public var heartbeatTTLMilliseconds: Int = 30_000
        /// `ZMQ_RECONNECT_IVL`: the first wait before reconnecting. Default 100 ms.
        public var reconnectIntervalMilliseconds: Int = 100
        /// `ZMQ_RECONNECT_IVL_MAX`: the cap of the doubling back-off. Default 5,000 ms.
        public var reconnectIntervalMaxMilliseconds: Int = 5_000

        public init() {}
    }

    /// How logs are written (to stderr, by the CLI).
    public struct Log: Sendable, Hashable {
        /// A log line's shape.
        public enum Format: String, Sendable, Hashable, CaseIterable {
            /// `key=value` pairs, one line an entry.
            case logfmt
            /// One JSON object a line.
            case json
        }

        /// The lowest level written. Default `info`.
        public var level: Logger.Level = .info
        /// Default `logfmt`.
        public var format: Format = .logfmt

        public init() {}
    }

    /// CURVE security (`man zmq_curve`): encrypted connections, and only allowed clients on the daemon's sockets.
    ///
    /// Off by default. With `curve` on, the sockets that serve clients (the publisher, a feed that binds) are CURVE
    /// servers with the daemon's key pair, and a ZAP handler admits only the public keys of `allowedClients` and
    /// `allowedClientsFile`. `feedServerKey` makes a connecting feed a CURVE client of that server. Key files are
    /// what `eventwire keygen` writes: one 40-character Z85 key a line.
    public struct Security: Sendable, Hashable {
        /// Make the serving sockets CURVE servers. Default `false`. TOML `security.curve`.
        public var curve: Bool = false
        /// The daemon's secret key file (keep it mode 0600). Needed by `curve` and `feedServerKey`. Default none.
        /// TOML `security.secret_key_file`.
        public var secretKeyFile: String?
        /// The daemon's public key file, the secret key's pair. Default none. TOML `security.public_key_file`.
        public var publicKeyFile: String?
        /// Public keys (Z85) of the clients allowed in. Default none. TOML `security.allowed_clients`.
        public var allowedClients: [String] = []
        /// A file of allowed client public keys, one a line (`#` comments). Default none.
        /// TOML `security.allowed_clients_file`.
        public var allowedClientsFile: String?
        /// The feed server's public key (Z85): a connecting feed becomes its CURVE client. Default none.
        /// TOML `security.feed_server_key`.
        public var feedServerKey: String?

        public init() {}
    }

    /// The durable, append-only journal of published events (``EventJournal``), which catch-up serves.
    ///
    /// On when ``directory`` is set, or, when it is not set at all, when systemd gives a state directory
    /// (`$STATE_DIRECTORY`, from `StateDirectory=`): then `$STATE_DIRECTORY/journal`. An empty directory turns
    /// it off. Each instance's events go to `<directory>/<instance>/`; with a configured `instance` a restarted
    /// daemon continues its sequence from the journal, with the default (unique per process) it starts a new
    /// sequence under a new source and the old instance's events stay readable until pruned.
    public struct Journal: Sendable, Hashable {
        /// When journaled records are forced to disk.
        public enum FsyncPolicy: String, Sendable, Hashable, CaseIterable {
            /// Leave it to the kernel: a process crash loses nothing, a power loss what the kernel held.
            case never
            /// At least once a second (or every 1,000 records): a power loss loses at most about a second.
            case interval
            /// Before each article's events are sent: nothing published is ever lost; slower.
            case always
        }

        /// The journal's folder; `nil` (the default) means `$STATE_DIRECTORY/journal` under systemd, else off;
        /// `""` means off. TOML `journal.directory`.
        public var directory: String?
        /// The bound on the journal's size, all instances together; the oldest segments go first.
        /// Default 256 MiB. TOML `journal.max_bytes`.
        public var maxBytes: Int = 256 * 1024 * 1024
        /// Segments last written longer ago are deleted; 0 keeps them regardless of age. Default 24.
        /// TOML `journal.max_age_hours`.
        public var maxAgeHours: Int = 24
        /// Default `interval`. TOML `journal.fsync`.
        public var fsync: FsyncPolicy = .interval

        public init() {}

        /// The folder the journal uses, or `nil` when it is off.
        ///
        /// - Parameters:
        ///   - environment: Where `STATE_DIRECTORY` is looked up (systemd may list several, `:`-separated:
        ///     the first is taken).
        public func resolvedDirectory(
            environment: [String: String] = ProcessInfo.processInfo.environment
        ) -> String? {
            if let directory { return directory.isEmpty ? nil : directory }
            guard let state = environment["STATE_DIRECTORY"]?.split(separator: ":").first, !state.isEmpty else {
                return nil
            }
            return String(state) + "/journal"
        }
    }

    /// The catch-up endpoint: a ROUTER socket that streams journaled events on request (``CatchUpServer``).
    public struct CatchUp: Sendable, Hashable {
        /// Where to serve catch-up; a plain endpoint binds. Served only while the journal is on; an empty list
        /// turns it off. Default `tcp://127.0.0.1:5557`. TOML `catchup.endpoints`.
        public var endpoints: [String] = ["tcp://127.0.0.1:5557"]

        public init() {}
    }

    /// The Prometheus `/metrics` endpoint.
    public struct Metrics: Sendable, Hashable {
        /// Whether to serve metrics at all. Default `true`.
        public var isEnabled: Bool = true
        /// `host:port` to listen on (`[::1]:9102` for IPv6). Default `127.0.0.1:9102`.
        public var address: String = "127.0.0.1:9102"

        public init() {}

        /// `address` split into host and port, or `nil` when it is not `host:port` with a port from 1 to 65535.
        ///
        /// The brackets of an IPv6 host are removed: `[::1]:9102` gives `("::1", 9102)`.
        public var hostAndPort: (host: String, port: Int)? { Self.parse(address: address) }

        /// Splits `host:port`; `nil` when the host is empty or the port is not an integer from 1 to 65535.
        public static func parse(address: String) -> (host: String, port: Int)? {
            guard let colon = address.lastIndex(of: ":") else { return nil }
            var host = Substring(address[..<colon])
            let portText = address[address.index(after: colon)...]
            if host.hasPrefix("[") && host.hasSuffix("]") {
                host = host.dropFirst().dropLast()
            } else if host.contains(":") {
                return nil  // an IPv6 host needs brackets
            }
            guard !host.isEmpty, !host.contains(where: \.isWhitespace),
                !portText.isEmpty, portText.allSatisfy({ $0.isASCII && $0.isNumber }), let port = Int(portText),
                (1...65_535).contains(port)
            else { return nil }
            return (String(host), port)
        }
    }
}
