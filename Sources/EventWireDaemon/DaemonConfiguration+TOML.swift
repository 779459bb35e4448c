import Foundation
import Logging
import TOMLKit
import ZeroMQ

// MARK: - Loading from TOML

extension DaemonConfiguration {
    /// Reads a configuration file; every setting the file leaves out keeps its default.
    ///
    /// Relative `extraction.dictionaries` paths are resolved against the file's folder and stored absolute.
    ///
    /// - Parameters:
    ///   - path: The TOML file, such as `/etc/eventwire/eventwire.toml`.
    /// - Throws: ``ConfigurationError`` with every problem found: an unreadable file, a TOML syntax error, or
    ///   all the unknown keys, wrong types and invalid values, each with its line.
    public init(tomlFile path: String) throws(ConfigurationError) {
        let text = try Self.readText(path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try self.init(toml: text, origin: path, baseDirectory: folder)
    }

    /// Parses a configuration from TOML text; every setting the text leaves out keeps its default.
    ///
    /// Relative `extraction.dictionaries` paths are left as written and checked against the current folder.
    ///
    /// - Parameters:
    ///   - text: The TOML document; an empty one gives the defaults.
    ///   - origin: What the text came from, such as the file name; it starts every problem's line.
    /// - Throws: ``ConfigurationError`` with every problem found.
    public init(toml text: String, origin: String) throws(ConfigurationError) {
        try self.init(toml: text, origin: origin, baseDirectory: nil)
    }

    /// The configuration `eventwire run` starts from: the file's when there is one, else the defaults.
    ///
    /// Command-line flags are then applied on top of the result, so a flag overrides the file.
    ///
    /// - Parameters:
    ///   - file: The `--config` path, or `nil` for none.
    /// - Returns: The loaded configuration, or ``init()`` when `file` is `nil`.
    /// - Throws: ``ConfigurationError`` with every problem of the file.
    public static func load(file: String?) throws(ConfigurationError) -> DaemonConfiguration {
        guard let file else { return DaemonConfiguration() }
        return try DaemonConfiguration(tomlFile: file)
    }

    /// The text of a configuration file, or a one-problem error saying why it cannot be had.
    private static func readText(_ path: String) throws(ConfigurationError) -> String {
        func fail(_ message: String) -> ConfigurationError {
            ConfigurationError(problems: [.init(kind: .unreadable, origin: path, message: message)])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw fail("no such file")
        }
        if isDirectory.boolValue { throw fail("is a folder, not a configuration file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw fail("cannot read the file (permission denied?)")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw fail("is not UTF-8 text") }
        return text
    }

    init(toml text: String, origin: String, baseDirectory: String?) throws(ConfigurationError) {
        self.init()
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigurationError(problems: [
                .init(
                    kind: .syntax, origin: origin, line: error.source.begin.line, column: error.source.begin.column,
                    message: "syntax error: \(error.description)")
            ])
        } catch {
            throw ConfigurationError(problems: [
                .init(kind: .syntax, origin: origin, message: "syntax error: \(error)")
            ])
        }
        var reader = TOMLConfigurationReader(origin: origin, locator: TOMLKeyLocator(text: text))
        reader.read(root, into: &self, baseDirectory: baseDirectory)
        if !reader.problems.isEmpty { throw ConfigurationError(problems: reader.sortedProblems) }
    }
}

// MARK: - The schema

/// The tables and keys of the file; anything else is an unknown key.
private enum Schema {
    static let rootKeys = ["instance"]
    static let tables: KeyValuePairs<String, [String]> = [
        "feed": [
            "endpoints", "mode", "high_water_mark", "max_message_bytes", "heartbeat_interval_ms",
            "heartbeat_timeout_ms", "heartbeat_ttl_ms", "reconnect_interval_ms", "reconnect_interval_max_ms",
        ],
        "publish": ["endpoints", "high_water_mark", "linger_ms"],
        "extraction": ["workers", "max_in_flight", "max_article_bytes", "dictionaries"],
        "log": ["level", "format"],
        "metrics": ["enabled", "address"],
        "shutdown": ["grace_seconds"],
        "journal": ["directory", "max_bytes", "max_age_hours", "fsync"],
        "catchup": ["endpoints"],
        "security": [
            "curve", "secret_key_file", "public_key_file", "allowed_clients", "allowed_clients_file", "feed_server_key",
        ],
    ]
    static func keys(of table: String) -> [String] { tables.first { $0.key == table }?.value ?? [] }
    static var tableNames: [String] { tables.map(\.key) }
    /// Largest value of a libzmq `int` socket option.
    static let int32Max = Int(Int32.max)
}

// MARK: - Reading the parsed table

/// Walks a parsed document, copies each valid value into a configuration and records every problem.
private struct TOMLConfigurationReader {
    let origin: String
    let locator: TOMLKeyLocator
    private(set) var problems: [ConfigurationError.Problem] = []
    /// Key paths of the integers the file set to valid values, for the checks across keys.
    private var given: Set<String> = []

    init(origin: String, locator: TOMLKeyLocator) {
        self.origin = origin
        self.locator = locator
    }

    /// The problems in the order of the file (toml++ hands keys over sorted by name).
    var sortedProblems: [ConfigurationError.Problem] {
        problems.enumerated().sorted { a, b in
            let left = (a.element.line ?? 0, a.element.column ?? 0, a.offset)
            let right = (b.element.line ?? 0, b.element.column ?? 0, b.offset)
            return left < right
        }.map(\.element)
    }

    mutating func read(_ root: TOMLTable, into configuration: inout DaemonConfiguration, baseDirectory: String?) {
        checkKeys(of: root, path: nil, known: Schema.rootKeys + Schema.tableNames)
        if let instance = string(root, "instance", path: nil) {
            if isValidInstance(instance) {
                configuration.instance = instance
            } else {
                report(
                    .invalidValue, at: "instance",
                    "expected a non-empty name of letters, digits, '.', '_', '-' or '~', got \(quoted(instance))")
            }
        }
        if let feed = table(root, "feed") { readFeed(feed, into: &configuration) }
        if let publish = table(root, "publish") { readPublish(publish, into: &configuration) }
        if let extraction = table(root, "extraction") {
            readExtraction(extraction, into: &configuration, baseDirectory: baseDirectory)
        }
        if let log = table(root, "log") {
            checkKeys(of: log, path: "log", known: Schema.keys(of: "log"))
            let levels = Logger.Level.allCases.map(\.rawValue)
            if let level = choice(log, "level", path: "log", among: levels) {
                configuration.log.level = Logger.Level(rawValue: level) ?? .info
            }
            let formats = DaemonConfiguration.Log.Format.allCases.map(\.rawValue)
            if let format = choice(log, "format", path: "log", among: formats) {
                configuration.log.format = DaemonConfiguration.Log.Format(rawValue: format) ?? .logfmt
            }
        }
        if let metrics = table(root, "metrics") {
            checkKeys(of: metrics, path: "metrics", known: Schema.keys(of: "metrics"))
            if let enabled = bool(metrics, "enabled", path: "metrics") { configuration.metrics.isEnabled = enabled }
            if let address = string(metrics, "address", path: "metrics") {
                if DaemonConfiguration.Metrics.parse(address: address) != nil {
                    configuration.metrics.address = address
                } else {
                    report(
                        .invalidValue, at: "metrics.address",
                        "expected host:port with a port from 1 to 65535 (such as 127.0.0.1:9102 or [::1]:9102), "
                            + "got \(quoted(address))")
                }
            }
        }
        // libzmq drops a peer over feed.max_message_bytes, so it must stay above the largest article the daemon
        // accepts (and dead-letters the rest itself). Checked when the file sets either, to have a line to show.
        let messageBytesSet = given.contains("feed.max_message_bytes")
        if configuration.maxMessageBytes <= configuration.maxArticleBytes,
            messageBytesSet || given.contains("extraction.max_article_bytes")
        {
            report(
                .invalidValue, at: messageBytesSet ? "feed.max_message_bytes" : "extraction.max_article_bytes",
                "feed.max_message_bytes (\(configuration.maxMessageBytes)) must be greater than "
                    + "extraction.max_article_bytes (\(configuration.maxArticleBytes))")
        }
        if let shutdown = table(root, "shutdown") {
            checkKeys(of: shutdown, path: "shutdown", known: Schema.keys(of: "shutdown"))
            if let grace = integer(shutdown, "grace_seconds", path: "shutdown", in: 0...86_400) {
                configuration.shutdownGraceSeconds = grace
            }
        }
        if let journal = table(root, "journal") {
            readJournal(journal, into: &configuration, baseDirectory: baseDirectory)
        }
        if let catchUp = table(root, "catchup") { readCatchUp(catchUp, into: &configuration) }
        if let security = table(root, "security") {
            readSecurity(security, into: &configuration, baseDirectory: baseDirectory)
        }
    }

    private mutating func readFeed(_ feed: TOMLTable, into configuration: inout DaemonConfiguration) {
        checkKeys(of: feed, path: "feed", known: Schema.keys(of: "feed"))
        if let endpoints = endpoints(feed, path: "feed") { configuration.feedEndpoints = endpoints }
        if let mode = choice(feed, "mode", path: "feed", among: DaemonConfiguration.FeedMode.allCases.map(\.rawValue)) {
            configuration.feedMode = DaemonConfiguration.FeedMode(rawValue: mode) ?? .sub
        }
        if let value = integer(feed, "high_water_mark", path: "feed", in: 1...Schema.int32Max) {
            configuration.feedHighWaterMark = value
        }
        if let value = integer(feed, "max_message_bytes", path: "feed", in: 1...Int.max) {
            configuration.maxMessageBytes = value
        }
        var connection = configuration.feedConnection
        if let value = integer(feed, "heartbeat_interval_ms", path: "feed", in: 0...Schema.int32Max) {
            connection.heartbeatIntervalMilliseconds = value
        }
        if let value = integer(feed, "heartbeat_timeout_ms", path: "feed", in: 1...Schema.int32Max) {
            connection.heartbeatTimeoutMilliseconds = value
        }
        if let value = integer(feed, "heartbeat_ttl_ms", path: "feed", in: 0...6_553_599) {
            connection.heartbeatTTLMilliseconds = value
        }
        let interval = integer(feed, "reconnect_interval_ms", path: "feed", in: 1...Schema.int32Max)
        if let interval { connection.reconnectIntervalMilliseconds = interval }
        let maximum = integer(feed, "reconnect_interval_max_ms", path: "feed", in: 0...Schema.int32Max)
        if let maximum { connection.reconnectIntervalMaxMilliseconds = maximum }
        // Checked only when the file sets one of the two, so the problem has a line to point at.
        if interval != nil || maximum != nil, connection.reconnectIntervalMaxMilliseconds != 0,
            connection.reconnectIntervalMaxMilliseconds < connection.reconnectIntervalMilliseconds
        {
            report(
                .invalidValue, at: maximum != nil ? "feed.reconnect_interval_max_ms" : "feed.reconnect_interval_ms",
                "reconnect_interval_max_ms (\(connection.reconnectIntervalMaxMilliseconds)) must be 0 (no back-off) "
                    + "or at least reconnect_interval_ms (\(connection.reconnectIntervalMilliseconds))")
        }
        configuration.feedConnection = connection
    }

    private mutating func readPublish(_ publish: TOMLTable, into configuration: inout DaemonConfiguration) {
        checkKeys(of: publish, path: "publish", known: Schema.keys(of: "publish"))
        if let endpoints = endpoints(publish, path: "publish") { configuration.publishEndpoints = endpoints }
        if let value = integer(publish, "high_water_mark", path: "publish", in: 1...Schema.int32Max) {
            configuration.publishHighWaterMark = value
        }
        if let value = integer(publish, "linger_ms", path: "publish", in: 0...Schema.int32Max) {
            configuration.publishLingerMilliseconds = value
        }
    }

    private mutating func readExtraction(
        _ extraction: TOMLTable, into configuration: inout DaemonConfiguration, baseDirectory: String?
    ) {
        checkKeys(of: extraction, path: "extraction", known: Schema.keys(of: "extraction"))
        if let value = integer(extraction, "workers", path: "extraction", in: 1...4_096) {
            configuration.workers = value
        }
        if let value = integer(extraction, "max_in_flight", path: "extraction", in: 0...Schema.int32Max) {
            configuration.maxInFlight = value
        }
        let articleBytes = integer(extraction, "max_article_bytes", path: "extraction", in: 1...Int.max)
        if let articleBytes { configuration.maxArticleBytes = articleBytes }
        if let paths = stringArray(extraction, "dictionaries", path: "extraction") {
            var resolved: [String] = []
            for (index, path) in paths.enumerated() {
                let full = resolve(path, against: baseDirectory)
                if path.isEmpty || !FileManager.default.fileExists(atPath: full) {
                    report(
                        .invalidValue, at: "extraction.dictionaries", element: index,
                        "no such file or folder: \(quoted(path))"
                            + (full != path && !path.isEmpty ? " (looked for \(full))" : ""))
                } else {
                    resolved.append(full)
                }
            }
            configuration.dictionaryPaths = resolved
        }
    }

    // MARK: Typed access, each recording its problem

    /// A sub-table, or `nil` when absent or not a table (a problem then).
    private mutating func table(_ parent: TOMLTable, _ key: String) -> TOMLTable? {
        guard let value = parent[key] else { return nil }
        guard value.type == .table, let table = value.table else {
            report(.wrongType, at: key, "expected a table ([\(key)]), got \(describe(value))")
            return nil
        }
        return table
    }

    private mutating func string(_ table: TOMLTable, _ key: String, path: String?) -> String? {
        let keyPath = join(path, key)
        guard let value = table[key] else { return nil }
        guard let string = value.string else {
            report(.wrongType, at: keyPath, "expected a string, got \(describe(value))")
            return nil
        }
        return string
    }

    private mutating func bool(_ table: TOMLTable, _ key: String, path: String?) -> Bool? {
        let keyPath = join(path, key)
        guard let value = table[key] else { return nil }
        guard let bool = value.bool else {
            report(.wrongType, at: keyPath, "expected true or false, got \(describe(value))")
            return nil
        }
        return bool
    }

    private mutating func integer(_ table: TOMLTable, _ key: String, path: String?, in range: ClosedRange<Int>) -> Int?
    {
        let keyPath = join(path, key)
        guard let value = table[key] else { return nil }
        let expected =
            range.upperBound == Int.max
            ? "an integer >= \(range.lowerBound)"
            : "an integer from \(range.lowerBound) to \(range.upperBound)"
        guard let integer = value.int else {
            report(.wrongType, at: keyPath, "expected \(expected), got \(describe(value))")
            return nil
        }
        guard range.contains(integer) else {
            report(.invalidValue, at: keyPath, "expected \(expected), got \(integer)")
            return nil
        }
        given.insert(keyPath)
        return integer
    }

    /// A string that must be one of `choices`.
    private mutating func choice(_ table: TOMLTable, _ key: String, path: String?, among choices: [String]) -> String? {
        let keyPath = join(path, key)
        guard let value = table[key] else { return nil }
        let expected = "expected one of \(choices.joined(separator: ", "))"
        guard let string = value.string else {
            report(.wrongType, at: keyPath, "\(expected), got \(describe(value))")
            return nil
        }
        guard choices.contains(string) else {
            report(
                .invalidValue, at: keyPath,
                "\(expected), got \(quoted(string))" + suggestion(for: string, among: choices))
            return nil
        }
        return string
    }

    /// An array of strings; a wrong element is a problem at that element's line.
    private mutating func stringArray(_ table: TOMLTable, _ key: String, path: String?) -> [String]? {
        let keyPath = join(path, key)
        guard let value = table[key] else { return nil }
        guard let array = value.array else {
            report(.wrongType, at: keyPath, "expected an array of strings, got \(describe(value))")
            return nil
        }
        var strings: [String] = []
        var isValid = true
        for (index, element) in array.enumerated() {
            if let string = element.string {
                strings.append(string)
            } else {
                report(.wrongType, at: keyPath, element: index, "expected a string, got \(describe(element))")
                isValid = false
            }
        }
        return isValid ? strings : nil
    }

    /// `endpoints` of `feed` or `publish`: at least one, each one `Endpoint(_:)` accepts.
    private mutating func endpoints(_ table: TOMLTable, path: String) -> [String]? {
        let keyPath = join(path, "endpoints")
        guard let strings = stringArray(table, "endpoints", path: path) else { return nil }
        if strings.isEmpty {
            report(.invalidValue, at: keyPath, "expected at least one endpoint, such as \"tcp://127.0.0.1:5555\"")
            return nil
        }
        var isValid = true
        for (index, text) in strings.enumerated() {
            do {
                _ = try Endpoint(text)
            } catch let error as ZeroMQError {
                report(
                    .invalidValue, at: keyPath, element: index,
                    "invalid endpoint \(quoted(text)): \(error.detail ?? "\(error)")")
                isValid = false
            } catch {
                report(.invalidValue, at: keyPath, element: index, "invalid endpoint \(quoted(text)): \(error)")
                isValid = false
            }
        }
        return isValid ? strings : nil
    }

    // MARK: Unknown keys

    /// Reports every key of `table` not in `known`, with the likeliest key meant.
    private mutating func checkKeys(of table: TOMLTable, path: String?, known: [String]) {
        for key in table.keys where !known.contains(key) {
            let keyPath = join(path, key)
            let isTable = table[key]?.type == .table
            let what = isTable && path == nil ? "table" : "key"
            report(.unknownKey, at: keyPath, "unknown \(what) \(quoted(key))" + suggestion(forUnknown: key, in: path))
        }
    }

    /// ` (did you mean "workers"?)`: a close key of the same table, else a close key of another table.
    private func suggestion(forUnknown key: String, in path: String?) -> String {
        let here = path.map { Schema.keys(of: $0) } ?? Schema.rootKeys + Schema.tableNames
        if let best = closest(to: key, among: here) { return " (did you mean \(quoted(best))?)" }
        if path != nil, let top = closest(to: key, among: Schema.rootKeys) {
            return " (did you mean \(quoted(top)) at the top, before any table?)"
        }
        let elsewhere = Schema.tables.filter { $0.key != path }.flatMap { table, keys in keys.map { table + "." + $0 } }
        let lastComponents = elsewhere.map { String($0.split(separator: ".").last ?? "") }
        if let best = closest(to: key, among: lastComponents), let index = lastComponents.firstIndex(of: best) {
            return " (did you mean \(quoted(elsewhere[index]))?)"
        }
        return ""
    }

    /// ` (did you mean "pull"?)` when one choice is within a small edit distance, else empty.
    private func suggestion(for text: String, among choices: [String]) -> String {
        closest(to: text, among: choices).map { " (did you mean \(quoted($0))?)" } ?? ""
    }

    /// The choice nearest to `text` when it is within a small edit distance (a third of its length, 1 to 3).
    private func closest(to text: String, among choices: [String]) -> String? {
        let lowered = text.lowercased()
        let scored = choices.map { ($0, editDistance(lowered, $0)) }.min { $0.1 < $1.1 }
        guard let (best, distance) = scored, distance <= max(1, min(3, best.count / 3)) else { return nil }
        return best
    }

    // MARK: Reporting

    private mutating func report(
        _ kind: ConfigurationError.Problem.Kind, at keyPath: String, element: Int? = nil, _ message: String
    ) {
        let position = element.flatMap { locator.position(ofElement: $0, in: keyPath) } ?? locator.position(of: keyPath)
        problems.append(
            .init(
                kind: kind, origin: origin, line: position?.line, column: position?.column, keyPath: keyPath,
                message: message))
    }

    private func join(_ path: String?, _ key: String) -> String { path.map { "\($0).\(key)" } ?? key }

    private func resolve(_ path: String, against baseDirectory: String?) -> String {
        guard let baseDirectory, !path.hasPrefix("/"), !path.isEmpty else { return path }
        return URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: baseDirectory, isDirectory: true))
            .standardizedFileURL.path
    }

    private func isValidInstance(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-~".unicodeScalars.contains($0))
            }
    }
}

/// A value as the file wrote it, for messages: `"10" (a string)`, `an array`.
private func describe(_ value: any TOMLValueConvertible) -> String {
    switch value.type {
    case .string: "\(quoted(value.string ?? "")) (a string)"
    case .int: "\(value.int ?? 0) (an integer)"
    case .double: "\(value.double ?? 0) (a float)"
    case .bool: "\(value.bool ?? false) (a boolean)"
    case .array: "an array"
    case .table: "a table"
    case .date, .time, .dateTime: "a date or time"
    }
}

/// A string in double quotes, with quotes and backslashes escaped, as TOML would write it.
private func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}

/// Levenshtein distance over characters.
private func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

// MARK: - [security]

extension TOMLConfigurationReader {
    /// `[security]`: CURVE on or off, the key files (each must exist and hold one 40-character Z85 key, the
    /// public key the secret's pair), the allowed clients and the feed server's key. No message repeats a key.
    fileprivate mutating func readSecurity(
        _ table: TOMLTable, into configuration: inout DaemonConfiguration, baseDirectory: String?
    ) {
        checkKeys(of: table, path: "security", known: Schema.keys(of: "security"))
        var security = configuration.security
        if let curve = bool(table, "curve", path: "security") { security.curve = curve }
        let keyText = "a \(CurveKeyPair.z85KeyLength)-character Z85 key (eventwire keygen writes one)"

        /// A key file setting: the resolved path and its key, or `nil` after reporting why not.
        func keyFile(_ key: String, secret: Bool) -> (path: String, key: String)? {
            guard let path = string(table, key, path: "security") else { return nil }
            let full = resolve(path, against: baseDirectory)
            do {
                let value = try CurveKeyFile.readKey(full)
                if secret, CurveKeyFile.isWorldReadable(full) {
                    report(
                        .invalidValue, at: "security.\(key)",
                        "\(quoted(path)) is readable by every user; make it private (chmod 600)")
                    return nil
                }
                return (full, value)
            } catch {
                report(.invalidValue, at: "security.\(key)", "\(quoted(path)): \(error.problem); expected \(keyText)")
                return nil
            }
        }
        let secret = keyFile("secret_key_file", secret: true)
        let `public` = keyFile("public_key_file", secret: false)
        security.secretKeyFile = secret?.path ?? security.secretKeyFile
        security.publicKeyFile = `public`?.path ?? security.publicKeyFile
        if let secret, let `public`, (try? CurveKeyPair(publicKey: `public`.key, secretKey: secret.key)) == nil {
            report(
                .invalidValue, at: "security.public_key_file",
                "\(quoted(`public`.path)) is not the public key of secret_key_file \(quoted(secret.path))")
        }
        if let clients = stringArray(table, "allowed_clients", path: "security") {
            var valid: [String] = []
            for (index, client) in clients.enumerated() {
                if CurveKeyPair.isKey(client) {
                    valid.append(client)
                } else {
                    report(
                        .invalidValue, at: "security.allowed_clients", element: index,
                        "expected \(keyText), got \(client.count) characters that are not one")
                }
            }
            security.allowedClients = valid
        }
        var fileClients = 0
        if let path = string(table, "allowed_clients_file", path: "security") {
            let full = resolve(path, against: baseDirectory)
            do {
                fileClients = try CurveKeyFile.readKeys(full).count
                security.allowedClientsFile = full
            } catch {
                report(
                    .invalidValue, at: "security.allowed_clients_file",
                    "\(quoted(path)): \(error.problem); expected one Z85 public key a line")
                fileClients = -1  // reported already
            }
        }
        if let serverKey = string(table, "feed_server_key", path: "security") {
            if !CurveKeyPair.isKey(serverKey) {
                report(.invalidValue, at: "security.feed_server_key", "expected the feed server's public key, \(keyText)")
            } else if configuration.feedEndpoints.contains(where: { (try? Endpoint($0))?.role == .bind }) {
                report(
                    .invalidValue, at: "security.feed_server_key",
                    "the feed binds (an endpoint starts with @), so it is a CURVE server, not a client of this key")
            } else {
                security.feedServerKey = serverKey
            }
        }
        // Checks across keys, reported at the setting that asks for them.
        let wantsKeys = security.curve || table["feed_server_key"] != nil
        if wantsKeys, CurveKeyPair.isAvailable == false {
            report(.invalidValue, at: "security.curve", "this libzmq was built without CURVE (zmq_has(\"curve\"))")
        }
        if wantsKeys, table["secret_key_file"] == nil || table["public_key_file"] == nil {
            report(
                .invalidValue, at: security.curve ? "security.curve" : "security.feed_server_key",
                "CURVE needs the daemon's keys: set secret_key_file and public_key_file (eventwire keygen)")
        }
        // An invalid entry or file was reported above; an empty allow-list is its own mistake.
        if security.curve, fileClients == 0, (table["allowed_clients"]?.array?.count ?? 0) == 0 {
            report(
                .invalidValue, at: "security.curve",
                "curve = true with no allowed_clients or allowed_clients_file would let no subscriber in")
        }
        configuration.security = security
    }
}

// MARK: - [journal] and [catchup]

extension TOMLConfigurationReader {
    /// `[journal]`: the folder (relative to the file's folder; `""` turns the journal off), the size and age
    /// bounds and the fsync policy.
    fileprivate mutating func readJournal(
        _ table: TOMLTable, into configuration: inout DaemonConfiguration, baseDirectory: String?
    ) {
        checkKeys(of: table, path: "journal", known: Schema.keys(of: "journal"))
        if let directory = string(table, "directory", path: "journal") {
            let full = directory.isEmpty ? "" : resolve(directory, against: baseDirectory)
            var isDirectory: ObjCBool = false
            if !full.isEmpty, FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                report(
                    .invalidValue, at: "journal.directory",
                    "\(quoted(directory)) is a file; expected a folder (made at start if missing), "
                        + "or \"\" for no journal")
            } else {
                configuration.journal.directory = full
            }
        }
        if let value = integer(table, "max_bytes", path: "journal", in: 1_048_576...Int.max) {
            configuration.journal.maxBytes = value
        }
        if let value = integer(table, "max_age_hours", path: "journal", in: 0...87_600) {
            configuration.journal.maxAgeHours = value
        }
        let policies = DaemonConfiguration.Journal.FsyncPolicy.allCases.map(\.rawValue)
        if let policy = choice(table, "fsync", path: "journal", among: policies) {
            configuration.journal.fsync = DaemonConfiguration.Journal.FsyncPolicy(rawValue: policy) ?? .interval
        }
    }

    /// `[catchup]`: the endpoints; an empty list turns catch-up off.
    fileprivate mutating func readCatchUp(_ table: TOMLTable, into configuration: inout DaemonConfiguration) {
        checkKeys(of: table, path: "catchup", known: Schema.keys(of: "catchup"))
        if table["endpoints"]?.array?.count == 0 {
            configuration.catchUp.endpoints = []
        } else if let endpoints = endpoints(table, path: "catchup") {
            configuration.catchUp.endpoints = endpoints
        }
    }
}

// MARK: - Line numbers

/// Where each key and each array element of a TOML document starts, found by scanning the text.
///
/// TOMLKit 0.6.0 exposes source positions only on `TOMLParseError`; toml++'s `node::source()` is not bridged to
/// Swift. So after TOMLKit has accepted the text, this scanner reads it once more, lexically: it follows strings
/// (basic, literal, multi-line), comments and brackets, notes the current `[table]` header, and records the line
/// and column of every `key =` (dotted and quoted keys too) and of every top-level element of an array value.
/// A key inside an inline table (`feed = { mode = "pul" }`) is found through its parent: inline tables are one
/// line in TOML, so the line is right.
struct TOMLKeyLocator: Sendable {
    /// A 1-based line and column.
    typealias Position = (line: Int, column: Int)

    private var keys: [String: Position] = [:]
    private var elements: [String: [Position]] = [:]

    init(text: String) {
        scan(Array(text.unicodeScalars))
    }

    /// Where `keyPath` (such as `feed.mode`) is written, else where its nearest enclosing table is, else `nil`.
    func position(of keyPath: String) -> Position? {
        var path = keyPath
        while true {
            if let position = keys[path] { return position }
            guard let dot = path.lastIndex(of: ".") else { return nil }
            path = String(path[..<dot])
        }
    }

    /// Where element `index` of the array at `keyPath` starts, when the array is written out at that key.
    func position(ofElement index: Int, in keyPath: String) -> Position? {
        guard let positions = elements[keyPath], positions.indices.contains(index) else { return nil }
        return positions[index]
    }

    private mutating func scan(_ s: [Unicode.Scalar]) {
        var i = 0
        var line = 1
        var lineStart = 0
        var table: [String] = []
        // The array value being read: its key path, bracket depth, and whether an element may start next.
        var arrayKey: String?
        var brackets: [Unicode.Scalar] = []  // open [ and { of the current value
        var expectElement = false
        var atLineStart = true

        func isBare(_ c: Unicode.Scalar) -> Bool {
            c.isASCII && (CharacterSet.alphanumerics.contains(c) || c == "_" || c == "-")
        }
        func skipBlanks(_ j: inout Int) { while j < s.count, s[j] == " " || s[j] == "\t" { j += 1 } }
        /// Reads a dotted key at `j`: `a.b`, `"a b".c`, `'x'`; `nil` when there is none.
        func readKey(_ j: inout Int) -> [String]? {
            var parts: [String] = []
            while true {
                skipBlanks(&j)
                guard j < s.count else { return nil }
                if s[j] == "\"" || s[j] == "'" {
                    let quote = s[j]
                    var part = String.UnicodeScalarView()
                    j += 1
                    while j < s.count, s[j] != quote, s[j] != "\n" {
                        if quote == "\"", s[j] == "\\", j + 1 < s.count { j += 1 }
                        part.append(s[j])
                        j += 1
                    }
                    guard j < s.count, s[j] == quote else { return nil }
                    j += 1
                    parts.append(String(part))
                } else if isBare(s[j]) {
                    var part = String.UnicodeScalarView()
                    while j < s.count, isBare(s[j]) {
                        part.append(s[j])
                        j += 1
                    }
                    parts.append(String(part))
                } else {
                    return nil
                }
                skipBlanks(&j)
                guard j < s.count, s[j] == "." else { return parts }
                j += 1
            }
        }
        func has(_ text: String, at j: Int) -> Bool {
            let t = Array(text.unicodeScalars)
            return j + t.count <= s.count && Array(s[j..<(j + t.count)]) == t
        }
        /// Skips a string starting at `i`, counting the lines of a multi-line one.
        func skipString(_ i: inout Int, _ line: inout Int, _ lineStart: inout Int) {
            let quote = s[i]
            let triple = has(String(repeating: String(quote), count: 3), at: i)
            i += triple ? 3 : 1
            while i < s.count {
                let c = s[i]
                if c == "\\" && quote == "\"" {
                    i += 2
                    continue
                }
                if c == "\n" {
                    if !triple { return }
                    line += 1
                    lineStart = i + 1
                }
                if c == quote {
                    if !triple {
                        i += 1
                        return
                    }
                    if has(String(repeating: String(quote), count: 3), at: i) {
                        i += 3
                        // A closing delimiter may carry up to two more quotes that belong to the string.
                        while i < s.count, s[i] == quote { i += 1 }
                        return
                    }
                }
                i += 1
            }
        }

        while i < s.count {
            if atLineStart && brackets.isEmpty {
                atLineStart = false
                var j = i
                skipBlanks(&j)
                let column = j - lineStart + 1
                if j < s.count, s[j] == "[" {
                    let isArrayOfTables = has("[[", at: j)
                    var k = j + (isArrayOfTables ? 2 : 1)
                    if let name = readKey(&k) {
                        table = name
                        let path = name.joined(separator: ".")
                        if keys[path] == nil { keys[path] = (line, column) }
                        // Skip the header so its brackets do not look like an array value.
                        while k < s.count, s[k] != "]" { k += 1 }
                        i = k + (isArrayOfTables ? 2 : 1)
                        continue
                    }
                } else {
                    var k = j
                    if let name = readKey(&k), k < s.count, s[k] == "=" {
                        let full = table + name
                        // Dotted keys define their parents here too.
                        for count in stride(from: full.count, through: 1, by: -1) {
                            let path = full.prefix(count).joined(separator: ".")
                            if keys[path] == nil { keys[path] = (line, column) }
                        }
                        arrayKey = full.joined(separator: ".")
                        expectElement = false
                        i = k + 1
                        continue
                    }
                }
            }
            let c = s[i]
            if brackets == ["["], expectElement, c != " ", c != "\t", c != "\n", c != "\r", c != "#", c != "]",
                c != ",",
                let arrayKey
            {
                elements[arrayKey, default: []].append((line, i - lineStart + 1))
                expectElement = false
            }
            switch c {
            case "\n":
                line += 1
                lineStart = i + 1
                atLineStart = true
                i += 1
            case "#":
                while i < s.count, s[i] != "\n" { i += 1 }
            case "\"", "'":
                skipString(&i, &line, &lineStart)
            case "[", "{":
                // Keys inside an inline table are found through the key that holds it.
                brackets.append(c)
                expectElement = brackets == ["["]
                i += 1
            case "]", "}":
                _ = brackets.popLast()
                if brackets.isEmpty { arrayKey = nil }
                i += 1
            case ",":
                if brackets == ["["] { expectElement = true }
                i += 1
            default:
                i += 1
            }
        }
    }
}
