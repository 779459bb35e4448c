import ArgumentParser
import EventWireCore
import Foundation
import Logging
import ZeroMQ

/// `eventwire-bench`: throughput, latency and memory of EventWire, printed as a table or as one JSON object.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eventwire-bench",
        abstract: "Benchmarks EventWire: extraction, the daemon pipeline, latency, the ZeroMQ wire, memory.",
        discussion: """
            Run a release build: swift run -c release eventwire-bench. Scenarios:
              extract   single-threaded Extractor.events(in:): articles/s, MB/s of body text
              pipeline  publisher -> daemon (1 and 2 workers, tcp://127.0.0.1) -> subscriber at max rate
              latency   send -> first event, at fixed rates (HdrHistogram p50/p99/p99.9/max)
              wire      the ZeroMQ Swift layer alone with the same payloads: the ceiling
              memory    RSS over a long pipeline run (--articles, default 1,000,000)

            The daemon is the eventwire binary beside eventwire-bench (or --daemon PATH), run as `eventwire run` \
            in a child process, so its CPU time and memory are its own; --in-process runs the same code in the \
            bench's process instead (a smoke run does that for latency and memory: a debug daemon starts slowly).

            Progress goes to stderr; the table (or --json) to stdout. Exit 1 when a row failed or timed out.
            """)

    enum Scenario: String, CaseIterable, ExpressibleByArgument {
        case extract, pipeline, latency, wire, memory, all
    }

    @Option(
        name: .long,
        help:
            "A scenario to run; repeatable. Default: all (\(Scenario.allCases.map(\.rawValue).joined(separator: ", ")))."
    )
    var scenario: [Scenario] = []

    @Flag(name: .long, help: "A few seconds per scenario with tiny counts, for CI: checks the harness, not the speed.")
    var smoke = false

    @Flag(name: .long, help: "Print one JSON object instead of the table.")
    var json = false

    @Option(
        name: .long,
        help: "The corpus folder (bulk/*.jsonl, else articles/*.txt). Default: ../shared/corpus next to the package.")
    var corpus: String?

    @Option(name: .long, help: "The seed article (.txt). Default: seeds/000_e81a3705dbc70fcf.txt in the package.")
    var seed: String?

    @Option(name: .long, help: "Articles for the memory scenario. Default: 1,000,000 (smoke: 20,000).")
    var articles: Int?

    @Option(
        name: .long, help: "Seconds per timed step (extract, each pipeline/latency/wire run). Default: 5 (smoke: 0.5).")
    var duration: Double?

    @Option(name: .long, parsing: .upToNextOption, help: "Worker counts for the pipeline scenario. Default: 1 2.")
    var workers: [Int] = [1, 2]

    @Option(
        name: .long, parsing: .upToNextOption,
        help: "Article rates for the latency scenario. Default: 100 1000 10000 (smoke: 100 1000).")
    var rates: [Double] = []

    @Flag(name: .long, help: "Show the daemon's own log lines (warning and above) on stderr.")
    var daemonLog = false

    @Option(
        name: .long,
        help: "The eventwire binary the pipeline, latency and memory scenarios run. Default: beside eventwire-bench.")
    var daemon: String?

    @Flag(name: .long, help: "Run the daemon in the bench's own process instead of the eventwire binary.")
    var inProcess = false

    func validate() throws {
        if let articles, articles < 1 { throw ValidationError("--articles must be at least 1") }
        if let duration, !(duration > 0) { throw ValidationError("--duration must be more than 0 seconds") }
        if workers.contains(where: { $0 < 1 }) { throw ValidationError("--workers must be at least 1") }
        if rates.contains(where: { !($0 > 0) }) { throw ValidationError("--rates must be more than 0") }
        if inProcess, daemon != nil { throw ValidationError("--daemon and --in-process exclude each other") }
        if let daemon, !FileManager.default.isExecutableFile(atPath: daemon) {
            throw ValidationError("--daemon: '\(daemon)' is not an executable file")
        }
    }

    func run() throws {
        let selected = Set(scenario.isEmpty || scenario.contains(.all) ? Scenario.allCases : scenario)
        let seconds = duration ?? (smoke ? 0.5 : 5)
        let root = Self.packageRoot()
        let corpusPath = corpus ?? (root as NSString).appendingPathComponent("../shared/corpus")
        let seedPath = seed ?? Self.defaultSeed(root: root)
        let version = zeroMQVersion()
        let machine = MachineInfo.current(
            packageRoot: root, libzmq: "\(version.major).\(version.minor).\(version.patch)")
        logProgress("eventwire-bench: \(machine.build) build, \(machine.cpus) CPUs, \(machine.cpuModel)")
        #if DEBUG
            if !smoke { logProgress("WARNING: a debug build; measure with swift run -c release eventwire-bench") }
        #endif

        // Inputs: decoded once, before any clock starts.
        var mark = nowNanoseconds()
        func lap() -> String {
            let now = nowNanoseconds()
            defer { mark = now }
            return fmt(Double(now - mark) / 1e9, 2) + " s"
        }
        var input = try Corpus.load(seed: seedPath, corpusDirectory: corpusPath, limit: smoke ? 10 : nil)
        if let note = input.fallbackNote { logProgress("NOTE: \(note)") }
        let loadTime = lap()
        let extractor = Extractor(lexicon: try Lexicon.builtIn())
        let lexiconTime = lap()
        input.countEvents(with: extractor)
        logProgress(
            "corpus: \(fmt(input.entries.count)) articles (\(fmt(input.eventful.count)) with events) loaded in \(loadTime); lexicon \(lexiconTime); expected events counted in \(lap())"
        )
        let target: DaemonTarget
        if !inProcess, let path = daemon ?? DaemonTarget.siblingBinary() {
            target = .binary(path)
            logProgress("daemon: \(path) (child process)")
        } else {
            target = .inProcess(extractor)
            if !inProcess {
                logProgress("NOTE: no eventwire binary beside eventwire-bench: the daemon runs in process")
            }
        }
        let bodyBytes = input.entries.reduce(0) { $0 + $1.bodyBytes }
        var report = Report(
            command: CommandLine.arguments.joined(separator: " "), smoke: smoke, machine: machine,
            corpus: CorpusInfo(
                sources: input.sources, articles: input.entries.count, articlesWithEvents: input.eventful.count,
                meanPayloadBytes: input.meanPayloadBytes, bodyMegabytes: Double(bodyBytes) / 1e6,
                note: input.fallbackNote), daemon: target.label)
        var logger = Logger(label: "eventwire-bench") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = daemonLog ? .warning : .critical
        if smoke, daemon == nil, case .binary = target {
            report.latencyAndMemoryDaemon = DaemonTarget.inProcess(extractor).label
        }
        let scenarios = Scenarios(
            corpus: input, extractor: extractor, target: target,
            latencyAndMemoryTarget: smoke && daemon == nil ? .inProcess(extractor) : target, showDaemonLog: daemonLog,
            seconds: seconds, smoke: smoke, logger: logger)

        if selected.contains(.extract) {
            report.extract = scenarios.extract()
        }
        if selected.contains(.wire) {
            report.wire = scenarios.wire()
        }
        if selected.contains(.pipeline) {
            report.pipeline = scenarios.pipeline(workers: workers)
        }
        if selected.contains(.latency) {
            report.latency = scenarios.latency(
                rates: rates.isEmpty ? (smoke ? [100, 1_000] : [100, 1_000, 10_000]) : rates)
        }
        if selected.contains(.memory) {
            report.memory = [scenarios.memory(articles: articles ?? (smoke ? 20_000 : 1_000_000))]
        }
        if let best = report.pipeline.filter({ $0.status == RowStatus.ok }).max(by: { $0.workers < $1.workers }),
            let ceiling = report.wire.first(where: { $0.test == "corpus articles" && $0.pattern == "PUSH->PULL" })?
                .messagesPerSecond, ceiling > 0
        {
            report.pipelineToWireRatio = best.articlesPerSecond / ceiling
        }
        report.failures =
            report.pipeline.filter { $0.status != RowStatus.ok }.map { "pipeline \($0.workers) workers: \($0.status)" }
            + report.latency.filter { $0.status != RowStatus.ok && $0.status != "saturated" }.map {
                "latency \(fmt($0.targetRate))/s: \($0.status)"
            }
            + report.wire.filter { $0.status != RowStatus.ok }.map { "wire \($0.test) \($0.pattern): \($0.status)" }
            + report.memory.filter { $0.status != RowStatus.ok }.map { "memory: \($0.status)" }

        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.nonConformingFloatEncodingStrategy = .convertToString(
                positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(report.renderText(), terminator: "")
        }
        if !report.failures.isEmpty { throw ExitCode(1) }
    }

    /// The package root: three levels above this file when the sources are there, else the working directory.
    static func packageRoot() -> String {
        let fromSource = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        if FileManager.default.fileExists(atPath: (fromSource as NSString).appendingPathComponent("Package.swift")) {
            return fromSource
        }
        return FileManager.default.currentDirectoryPath
    }

    static func defaultSeed(root: String) -> String? {
        let seeds = (root as NSString).appendingPathComponent("seeds")
        let preferred = (seeds as NSString).appendingPathComponent("000_e81a3705dbc70fcf.txt")
        if FileManager.default.fileExists(atPath: preferred) { return preferred }
        let first = (try? FileManager.default.contentsOfDirectory(atPath: seeds))?.filter { $0.hasSuffix(".txt") }
            .sorted().first
        return first.map { (seeds as NSString).appendingPathComponent($0) }
    }
}

/// A progress line on stderr (stdout carries only the table or the JSON).
func logProgress(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
