import Foundation
import Logging
import Testing

@testable import EventWireDaemon

/// The package root, found from this file's path.
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
private let deployFile = packageRoot.appendingPathComponent("deploy/eventwire.toml").path

/// The defaults, with the instance (random per value) taken from `loaded`.
private func defaults(like loaded: DaemonConfiguration) -> DaemonConfiguration {
    var expected = DaemonConfiguration()
    expected.instance = loaded.instance
    return expected
}

/// The problems `text` has, or an empty list when it loads.
private func problems(_ text: String, origin: String = "test.toml") -> [ConfigurationError.Problem] {
    do {
        _ = try DaemonConfiguration(toml: text, origin: origin)
        return []
    } catch {
        return error.problems
    }
}

@Suite struct ConfigurationDefaultsTests {
    @Test func emptyTextGivesTheDefaults() throws {
        let loaded = try DaemonConfiguration(toml: "", origin: "empty.toml")
        #expect(loaded == defaults(like: loaded))
        #expect(loaded.log.level == .info)
        #expect(loaded.log.format == .logfmt)
        #expect(loaded.metrics.isEnabled)
        #expect(loaded.metrics.address == "127.0.0.1:9102")
        #expect(loaded.shutdownGraceSeconds == 10)
        #expect(loaded.dictionaryPaths.isEmpty)
        #expect(loaded.feedConnection.heartbeatIntervalMilliseconds == 5_000)
        #expect(loaded.feedConnection.heartbeatTimeoutMilliseconds == 15_000)
        #expect(loaded.feedConnection.heartbeatTTLMilliseconds == 30_000)
        #expect(loaded.feedConnection.reconnectIntervalMilliseconds == 100)
        #expect(loaded.feedConnection.reconnectIntervalMaxMilliseconds == 5_000)
    }

    @Test func commentsAndEmptyTablesGiveTheDefaults() throws {
        let text = "# nothing set\n[feed]\n[publish]\n[extraction]\n[log]\n[metrics]\n[shutdown]\n"
        let loaded = try DaemonConfiguration(toml: text, origin: "empty.toml")
        #expect(loaded == defaults(like: loaded))
    }

    @Test func noFileGivesTheDefaults() throws {
        let loaded = try DaemonConfiguration.load(file: nil)
        #expect(loaded == defaults(like: loaded))
    }

    @Test func eachProcessGetsAUniqueInstanceByDefault() throws {
        let a = try DaemonConfiguration(toml: "", origin: "a.toml")
        let b = try DaemonConfiguration(toml: "", origin: "b.toml")
        #expect(a.instance != b.instance)
        #expect(a.instance.hasPrefix("\(ProcessInfo.processInfo.processIdentifier)-"))
    }

    @Test func theShippedFileStatesTheDefaults() throws {
        let loaded = try DaemonConfiguration(tomlFile: deployFile)
        #expect(loaded == defaults(like: loaded))
        let viaLoad = try DaemonConfiguration.load(file: deployFile)
        #expect(viaLoad == defaults(like: viaLoad))
    }

    @Test func theShippedFileNamesEveryKeyTheLoaderKnows() throws {
        // Uncommenting the settings shown commented out gives a valid file that sets them; the key file settings
        // of [security] stay commented, since they name files each site makes with `eventwire keygen`.
        let text = try String(contentsOfFile: deployFile, encoding: .utf8)
        let keyFiles: Set<String> = ["secret_key_file", "public_key_file", "allowed_clients_file", "feed_server_key"]
        let uncommented = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard let match = line.wholeMatch(of: /# (([a-z_]+) = .*)/), !keyFiles.contains(String(match.2)) else {
                return String(line)
            }
            return String(match.1)
        }.joined(separator: "\n")
        let loaded = try DaemonConfiguration(toml: uncommented, origin: "eventwire.toml")
        #expect(loaded.instance == "main")
        #expect(loaded.workers == 2)
        for key in [
            "instance", "endpoints", "mode", "high_water_mark", "max_message_bytes", "heartbeat_interval_ms",
            "heartbeat_timeout_ms", "heartbeat_ttl_ms", "reconnect_interval_ms", "reconnect_interval_max_ms",
            "linger_ms", "workers", "max_in_flight", "max_article_bytes", "dictionaries", "level", "format",
            "enabled", "address", "grace_seconds",
        ] {
            #expect(uncommented.contains("\n\(key) = "), "deploy/eventwire.toml lacks \(key)")
        }
    }
}

@Suite struct ConfigurationValuesTests {
    @Test func aFullFileSetsEverySetting() throws {
        let text = """
            instance = "edge-1"
            [feed]
            endpoints = ["@tcp://*:7000", ">ipc:///run/feed"]
            mode = "pull"
            high_water_mark = 5
            max_message_bytes = 2000
            heartbeat_interval_ms = 0
            heartbeat_timeout_ms = 7
            heartbeat_ttl_ms = 8
            reconnect_interval_ms = 9
            reconnect_interval_max_ms = 0
            [publish]
            endpoints = [">tcp://127.0.0.1:7001"]
            high_water_mark = 11
            linger_ms = 0
            [extraction]
            workers = 3
            max_in_flight = 12
            max_article_bytes = 1000
            dictionaries = ["/"]
            [log]
            level = "debug"
            format = "json"
            [metrics]
            enabled = false
            address = "[::1]:9200"
            [shutdown]
            grace_seconds = 0
            """
        let loaded = try DaemonConfiguration(toml: text, origin: "full.toml")
        var expected = DaemonConfiguration()
        expected.instance = "edge-1"
        expected.feedEndpoints = ["@tcp://*:7000", ">ipc:///run/feed"]
        expected.feedMode = .pull
        expected.feedHighWaterMark = 5
        expected.maxMessageBytes = 2_000
        expected.feedConnection.heartbeatIntervalMilliseconds = 0
        expected.feedConnection.heartbeatTimeoutMilliseconds = 7
        expected.feedConnection.heartbeatTTLMilliseconds = 8
        expected.feedConnection.reconnectIntervalMilliseconds = 9
        expected.feedConnection.reconnectIntervalMaxMilliseconds = 0
        expected.publishEndpoints = [">tcp://127.0.0.1:7001"]
        expected.publishHighWaterMark = 11
        expected.publishLingerMilliseconds = 0
        expected.workers = 3
        expected.maxInFlight = 12
        expected.maxArticleBytes = 1_000
        expected.dictionaryPaths = ["/"]
        expected.log.level = .debug
        expected.log.format = .json
        expected.metrics.isEnabled = false
        expected.metrics.address = "[::1]:9200"
        expected.shutdownGraceSeconds = 0
        #expect(loaded == expected)
        #expect(loaded.metrics.hostAndPort?.host == "::1")
        #expect(loaded.metrics.hostAndPort?.port == 9200)
    }

    @Test(
        arguments: [
            ("[feed]\nmode = \"pull\"", .setting(\.feedMode, .pull)),
            ("[extraction]\nworkers = 3", .setting(\.workers, 3)),
            ("[log]\nlevel = \"warning\"", .setting(\.log.level, .warning)),
            ("[metrics]\nenabled = false", .setting(\.metrics.isEnabled, false)),
            ("[shutdown]\ngrace_seconds = 30", .setting(\.shutdownGraceSeconds, 30)),
            ("feed.high_water_mark = 7", .setting(\.feedHighWaterMark, 7)),
            ("feed = { reconnect_interval_ms = 50 }", .setting(\.feedConnection.reconnectIntervalMilliseconds, 50)),
        ] as [(String, Check)])
    func aPartialFileChangesOnlyWhatItSays(text: String, check: Check) throws {
        let loaded = try DaemonConfiguration(toml: text, origin: "partial.toml")
        #expect(check.holds(loaded))
        // Everything else keeps its default.
        var reset = loaded
        check.reset(&reset)
        #expect(reset == defaults(like: loaded))
    }

    @Test func relativeDictionaryPathsAreResolvedAgainstTheFilesFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eventwire-config-\(UUID())")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("dictionaries"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x\tmeeting\n".utf8).write(to: folder.appendingPathComponent("extra.tsv"))
        let file = folder.appendingPathComponent("eventwire.toml")
        try Data("[extraction]\ndictionaries = [\"dictionaries\", \"extra.tsv\"]\n".utf8).write(to: file)
        let loaded = try DaemonConfiguration(tomlFile: file.path)
        #expect(
            loaded.dictionaryPaths == [
                folder.appendingPathComponent("dictionaries").standardizedFileURL.path,
                folder.appendingPathComponent("extra.tsv").standardizedFileURL.path,
            ])
    }

    @Test(arguments: [
        ("127.0.0.1:9102", true), ("localhost:1", true), ("[::1]:65535", true), ("0.0.0.0:80", true),
        ("127.0.0.1", false), (":9102", false), ("127.0.0.1:0", false), ("127.0.0.1:65536", false),
        ("127.0.0.1:+80", false), ("::1:9102", false), ("127.0.0.1:", false), ("a b:80", false),
    ])
    func metricsAddresses(address: String, isValid: Bool) {
        #expect((DaemonConfiguration.Metrics.parse(address: address) != nil) == isValid)
    }
}

/// A setting a partial file changes, and how to put it back to its default.
struct Check: Sendable, CustomStringConvertible {
    let holds: @Sendable (DaemonConfiguration) -> Bool
    let reset: @Sendable (inout DaemonConfiguration) -> Void
    let description: String

    static func setting<Value: Equatable & Sendable>(
        _ keyPath: WritableKeyPath<DaemonConfiguration, Value> & Sendable, _ value: Value
    ) -> Check {
        Check(
            holds: { $0[keyPath: keyPath] == value },
            reset: { $0[keyPath: keyPath] = DaemonConfiguration()[keyPath: keyPath] },
            description: "\(keyPath) == \(value)")
    }
}

@Suite struct ConfigurationErrorTests {
    /// One bad setting each: the line, the key path and a part of the message.
    @Test(arguments: [
        ("[feed]\nmode = \"pul\"", 2, "feed.mode", "expected one of sub, pull, got \"pul\" (did you mean \"pull\"?)"),
        ("[feed]\nmode = 1", 2, "feed.mode", "expected one of sub, pull, got 1 (an integer)"),
        ("[extraction]\n\nworkers = 0", 3, "extraction.workers", "expected an integer from 1 to 4096, got 0"),
        ("[extraction]\nworkers = \"4\"", 2, "extraction.workers", "expected an integer from 1 to 4096, got \"4\""),
        ("[extraction]\nmax_article_bytes = -1", 2, "extraction.max_article_bytes", "expected an integer >= 1"),
        ("[extraction]\nmax_in_flight = 1.5", 2, "extraction.max_in_flight", "got 1.5 (a float)"),
        ("[feed]\nhigh_water_mark = 0", 2, "feed.high_water_mark", "expected an integer from 1 to 2147483647"),
        ("[feed]\nhigh_water_mark = 3000000000", 2, "feed.high_water_mark", "got 3000000000"),
        ("[feed]\nheartbeat_ttl_ms = 7000000", 2, "feed.heartbeat_ttl_ms", "from 0 to 6553599"),
        ("[feed]\nheartbeat_timeout_ms = 0", 2, "feed.heartbeat_timeout_ms", "from 1 to 2147483647, got 0"),
        (
            "[feed]\nreconnect_interval_max_ms = 50", 2, "feed.reconnect_interval_max_ms",
            "at least reconnect_interval_ms"
        ),
        ("[publish]\nlinger_ms = -5", 2, "publish.linger_ms", "from 0 to 2147483647, got -5"),
        ("[publish]\nendpoints = []", 2, "publish.endpoints", "expected at least one endpoint"),
        ("[publish]\nendpoints = \"tcp://127.0.0.1:1\"", 2, "publish.endpoints", "expected an array of strings"),
        ("[feed]\nendpoints = [\"tcp//x\"]", 2, "feed.endpoints", "invalid endpoint \"tcp//x\": expected transport://"),
        (
            "[feed]\nendpoints = [\n  \"tcp://a:1\",\n  \"tcp://\",\n]", 4, "feed.endpoints",
            "invalid endpoint \"tcp://\""
        ),
        ("[feed]\nendpoints = [\"tcp://a:1\", 5]", 2, "feed.endpoints", "expected a string, got 5"),
        ("[feed]\nmax_message_bytes = 1000", 2, "feed.max_message_bytes", "must be greater than"),
        ("[extraction]\nmax_article_bytes = 67108864", 2, "extraction.max_article_bytes", "must be greater than"),
        ("[log]\nlevel = \"verbose\"", 2, "log.level", "expected one of trace, debug, info, notice, warning, error"),
        ("[log]\nformat = \"JSON\"", 2, "log.format", "expected one of logfmt, json, got \"JSON\" (did you mean"),
        ("[metrics]\nenabled = \"yes\"", 2, "metrics.enabled", "expected true or false, got \"yes\""),
        ("[metrics]\naddress = \"127.0.0.1\"", 2, "metrics.address", "expected host:port"),
        ("[metrics]\naddress = \"127.0.0.1:70000\"", 2, "metrics.address", "a port from 1 to 65535"),
        ("[shutdown]\ngrace_seconds = -1", 2, "shutdown.grace_seconds", "from 0 to 86400, got -1"),
        ("instance = \"a b\"", 1, "instance", "expected a non-empty name"),
        ("instance = \"\"", 1, "instance", "expected a non-empty name"),
        (
            "[extraction]\ndictionaries = [\"/no/such/dictionary\"]", 2, "extraction.dictionaries",
            "no such file or folder"
        ),
        ("feed = 5", 1, "feed", "expected a table ([feed]), got 5"),
        ("[feed]\nwrkers = 1", 2, "feed.wrkers", "unknown key \"wrkers\" (did you mean \"extraction.workers\"?)"),
        ("[publish]\nmode = \"sub\"", 2, "publish.mode", "unknown key \"mode\" (did you mean \"feed.mode\"?)"),
        ("[extraction]\nwrkers = 1", 2, "extraction.wrkers", "unknown key \"wrkers\" (did you mean \"workers\"?)"),
        ("[feeds]\nmode = \"sub\"", 1, "feeds", "unknown table \"feeds\" (did you mean \"feed\"?)"),
        ("[feed]\ninstance = \"x\"", 2, "feed.instance", "did you mean \"instance\" at the top"),
        ("colour = \"blue\"", 1, "colour", "unknown key \"colour\""),
    ])
    func aBadValueIsReportedAtItsLine(text: String, line: Int, keyPath: String, message: String) throws {
        let found = problems(text)
        try #require(found.count == 1, "\(found)")
        #expect(found[0].origin == "test.toml")
        #expect(found[0].line == line)
        #expect(found[0].keyPath == keyPath)
        #expect(found[0].message.contains(message), "\(found[0].message)")
        #expect(found[0].description.hasPrefix("test.toml:\(line): \(keyPath): "))
    }

    @Test func everyProblemIsReportedInTheOrderOfTheFile() {
        let text = """
            instance = "ok"
            [feed]
            mode = "pul"
            zeta = 1
            high_water_mark = 0
            [extraction]
            wrkers = 4
            max_article_bytes = "big"
            [log]
            level = "loud"
            [metrics]
            address = "nowhere"
            """
        let found = problems(text, origin: "/etc/eventwire/eventwire.toml")
        #expect(found.map(\.line) == [3, 4, 5, 7, 8, 10, 12])
        #expect(
            found.map(\.keyPath) == [
                "feed.mode", "feed.zeta", "feed.high_water_mark", "extraction.wrkers", "extraction.max_article_bytes",
                "log.level", "metrics.address",
            ])
        #expect(
            found.map(\.kind) == [
                .invalidValue, .unknownKey, .invalidValue, .unknownKey, .wrongType, .invalidValue, .invalidValue,
            ])
        let error = ConfigurationError(problems: found)
        let lines = error.description.split(separator: "\n")
        #expect(lines.count == 7)
        #expect(
            lines[0]
                == "/etc/eventwire/eventwire.toml:3: feed.mode: expected one of sub, pull, got \"pul\" (did you mean \"pull\"?)"
        )
        #expect(
            lines[3]
                == "/etc/eventwire/eventwire.toml:7: extraction.wrkers: unknown key \"wrkers\" (did you mean \"workers\"?)"
        )
    }

    @Test(arguments: [
        ("[feed]\nmode = \"sub\"\nhigh_water_mark = \n", 3),
        ("[feed\nmode = \"sub\"", 1),
        ("instance = \"x\"\ninstance = \"y\"", 2),
        ("[log]\nlevel = \"info\n", 2),
        ("a = 1\nb = 2\n\n\nc = [1,\n", 5),  // end of file inside the array: toml++ names the array's line
    ])
    func aSyntaxErrorIsReportedWithTheParsersLine(text: String, line: Int) {
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.kind == .syntax)
        #expect(found.first?.line == line, "\(found)")
        #expect(found.first?.column != nil)
        #expect(found.first?.keyPath == nil)
        #expect(found.first?.description.hasPrefix("test.toml:\(line): syntax error: ") == true, "\(found)")
    }

    @Test func aMissingFileIsOneProblemWithoutALine() {
        #expect {
            try DaemonConfiguration(tomlFile: "/no/such/eventwire.toml")
        } throws: { error in
            let problems = (error as? ConfigurationError)?.problems ?? []
            return problems.count == 1 && problems[0].kind == .unreadable
                && problems[0].description == "/no/such/eventwire.toml: no such file"
        }
    }

    @Test func aFolderIsNotAConfigurationFile() {
        #expect(throws: ConfigurationError.self) { try DaemonConfiguration(tomlFile: packageRoot.path) }
    }
}

@Suite struct TOMLKeyLocatorTests {
    @Test func findsKeysTablesDottedAndQuotedKeys() {
        let text = """
            # comment with key = 1
            top = 1
            [feed]
              mode = "sub"   # indented
            "quoted key" = 2
            a.b = 3
            [ log ]
            level = \"\"\"
            not = a key
            \"\"\"
            format = 'x = y'
            """
        let locator = TOMLKeyLocator(text: text)
        #expect(locator.position(of: "top")! == (2, 1))
        #expect(locator.position(of: "feed")! == (3, 1))
        #expect(locator.position(of: "feed.mode")! == (4, 3))
        #expect(locator.position(of: "feed.quoted key")! == (5, 1))
        #expect(locator.position(of: "feed.a.b")! == (6, 1))
        #expect(locator.position(of: "feed.a")! == (6, 1))
        #expect(locator.position(of: "log.level")! == (8, 1))
        #expect(locator.position(of: "log.not") == nil || locator.position(of: "log.not")! == (7, 1))
        #expect(locator.position(of: "log.format")! == (11, 1))
        #expect(locator.position(of: "log.unknown")! == (7, 1))  // falls back to the table
        #expect(locator.position(of: "nothing") == nil)
    }

    @Test func findsArrayElementsOverSeveralLines() {
        let text = """
            [feed]
            endpoints = [
              "tcp://a:1",  # first
              "tcp://b:2", [3, 4],
              { x = 1, y = 2 },
            ]
            mode = "sub"
            """
        let locator = TOMLKeyLocator(text: text)
        #expect(locator.position(ofElement: 0, in: "feed.endpoints")! == (3, 3))
        #expect(locator.position(ofElement: 1, in: "feed.endpoints")! == (4, 3))
        #expect(locator.position(ofElement: 2, in: "feed.endpoints")! == (4, 16))
        #expect(locator.position(ofElement: 3, in: "feed.endpoints")! == (5, 3))
        #expect(locator.position(ofElement: 4, in: "feed.endpoints") == nil)
        #expect(locator.position(of: "feed.mode")! == (7, 1))
    }
}
