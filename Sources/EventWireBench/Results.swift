import Foundation

/// Whether a row measured what it set out to, or why not.
enum RowStatus {
    static let ok = "ok"
}

struct ExtractResult: Codable, Sendable {
    var input: String
    var articles: Int
    var passes: Int
    var bodyMegabytes: Double
    var seconds: Double
    var articlesPerSecond: Double
    var megabytesPerSecond: Double
    var eventsPerArticle: Double
    /// malloc calls per article when they could be counted; nil otherwise.
    var allocationsPerArticle: Double?
    var allocationNote: String?
}

struct PipelineResult: Codable, Sendable {
    var workers: Int
    var articlesSent: Int
    var articlesProcessed: Int
    var eventsExpected: Int
    var eventsReceived: Int
    var eventsMissing: Int
    var deadLetters: Int
    var seconds: Double
    var articlesPerSecond: Double
    var eventsPerSecond: Double
    var payloadMegabytesPerSecond: Double
    /// This row's articles/s over the 1-worker row's.
    var scaling: Double?
    /// CPU the daemon used (child process only), in cores (CPU seconds over wall seconds) and per article.
    var daemonCores: Double?
    var daemonCPUMicrosecondsPerArticle: Double?
    /// CPU the bench's own process used meanwhile (its feeder, subscriber and libzmq threads; in process: all).
    var benchCores: Double?
    var status: String
}

struct LatencyResult: Codable, Sendable {
    var targetRate: Double
    var articlesSent: Int
    var achievedRate: Double
    var samples: Int
    var p50Microseconds: Double
    var p99Microseconds: Double
    var p999Microseconds: Double
    var maxMicroseconds: Double
    var meanMicroseconds: Double
    /// The publisher's worst lateness against its schedule (a saturated pipeline pushes back on it).
    var maxPublisherLagMilliseconds: Double
    var status: String
}

struct WireResult: Codable, Sendable {
    var test: String
    var pattern: String
    var payloadBytes: Int
    var messages: Int
    var seconds: Double
    var messagesPerSecond: Double?
    var megabytesPerSecond: Double?
    /// One-way latency (round trip / 2) for the ping-pong rows.
    var p50Microseconds: Double?
    var p99Microseconds: Double?
    var p999Microseconds: Double?
    var maxMicroseconds: Double?
    var status: String
}

struct MemoryResult: Codable, Sendable {
    struct Sample: Codable, Sendable {
        var processed: Int
        var rssMiB: Double
    }

    var workers: Int
    var articlesTarget: Int
    var articlesProcessed: Int
    var seconds: Double
    var articlesPerSecond: Double
    /// In process: RSS before the daemon started (the bench's own corpus and tables); child daemon: its RSS once
    /// started and warmed up.
    var baselineMiB: Double
    var rssAt10PercentMiB: Double
    var rssAt50PercentMiB: Double
    var rssAt100PercentMiB: Double
    /// The peak RSS during the run (VmHWM after a reset, or the largest sample when the reset is refused).
    var peakMiB: Double
    var peakSource: String
    /// RSS at 100% minus RSS at 10%: near zero when memory is flat.
    var growthMiB: Double
    var samples: [Sample]
    var status: String
}

struct CorpusInfo: Codable, Sendable {
    var sources: [String]
    var articles: Int
    var articlesWithEvents: Int
    var meanPayloadBytes: Int
    var bodyMegabytes: Double
    var note: String?
}

/// Everything one run measured: the `--json` output.
struct Report: Codable, Sendable {
    var tool = "eventwire-bench"
    var command: String
    var smoke: Bool
    var machine: MachineInfo
    var corpus: CorpusInfo
    /// The daemon the pipeline, latency and memory scenarios ran: the binary in a child process, or in process.
    var daemon: String
    /// The one the latency and memory scenarios ran, when not that one (smoke runs: in process).
    var latencyAndMemoryDaemon: String?
    var extract: [ExtractResult] = []
    var pipeline: [PipelineResult] = []
    var latency: [LatencyResult] = []
    var wire: [WireResult] = []
    var memory: [MemoryResult] = []
    /// Pipeline articles/s (most workers) over the wire's article-sized messages/s.
    var pipelineToWireRatio: Double?
    var failures: [String] = []
}

// MARK: - Table

/// Renders fixed-width columns: the first column left-aligned, numbers right-aligned.
func renderTable(title: String, headers: [String], rows: [[String]]) -> String {
    var widths = headers.map(\.count)
    for row in rows {
        for (index, cell) in row.enumerated() where index < widths.count {
            widths[index] = max(widths[index], cell.count)
        }
    }
    func line(_ cells: [String]) -> String {
        cells.enumerated().map { index, cell in
            let pad = String(repeating: " ", count: max(0, widths[index] - cell.count))
            return index == 0 ? cell + pad : pad + cell
        }.joined(separator: "  ")
    }
    var out =
        "\(title)\n" + line(headers) + "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
    for row in rows { out += "\n" + line(row) }
    return out + "\n"
}

/// A number with a fixed count of decimals, thousands separated by commas.
func fmt(_ value: Double?, _ decimals: Int = 0) -> String {
    guard let value, value.isFinite else { return "-" }
    let text = String(format: "%.\(decimals)f", value)
    let negative = text.hasPrefix("-")
    let unsigned = negative ? String(text.dropFirst()) : text
    let parts = unsigned.split(separator: ".", maxSplits: 1)
    var integer = String(parts[0])
    var grouped = ""
    while integer.count > 3 {
        grouped = "," + integer.suffix(3) + grouped
        integer = String(integer.dropLast(3))
    }
    grouped = integer + grouped
    return (negative ? "-" : "") + grouped + (parts.count > 1 ? "." + parts[1] : "")
}

func fmt(_ value: Int) -> String { fmt(Double(value), 0) }

/// Microseconds shown as µs below 10 ms, as ms above.
func fmtMicros(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "-" }
    return value < 10_000 ? fmt(value, 0) + " µs" : fmt(value / 1000, 1) + " ms"
}

extension Report {
    /// The human-readable report: machine, corpus, then one table per scenario that ran.
    func renderText() -> String {
        var out = """
            eventwire-bench  \(machine.date)  build: \(machine.build)\(smoke ? "  (SMOKE: tiny counts, numbers not meaningful)" : "")
            machine: \(machine.cpus) CPUs, \(machine.cpuModel), \(fmt(machine.memoryGiB, 1)) GiB, \(machine.kernel), libzmq \(machine.libzmq)
            commit:  \(machine.commit)
            command: \(command)
            corpus:  \(fmt(corpus.articles)) articles (\(fmt(corpus.articlesWithEvents)) with events), \(fmt(corpus.bodyMegabytes, 2)) MB of body text, mean payload \(fmt(corpus.meanPayloadBytes)) B

            """
        for source in corpus.sources { out += "         - \(source)\n" }
        if let note = corpus.note { out += "NOTE:    \(note)\n" }
        out += "\n"
        if !extract.isEmpty {
            out += renderTable(
                title: "extract: Extractor.events(in:) on one thread",
                headers: [
                    "input", "articles", "passes", "seconds", "articles/s", "MB/s", "events/article", "allocs/article",
                ],
                rows: extract.map {
                    [
                        $0.input, fmt($0.articles), fmt($0.passes), fmt($0.seconds, 2), fmt($0.articlesPerSecond),
                        fmt($0.megabytesPerSecond, 2), fmt($0.eventsPerArticle, 3), fmt($0.allocationsPerArticle, 0),
                    ]
                })
            if let note = extract.compactMap(\.allocationNote).first { out += "  allocs: \(note)\n" }
            out += "\n"
        }
        if !pipeline.isEmpty {
            out += renderTable(
                title: "pipeline: XPUB publisher -> daemon (\(daemon), tcp://127.0.0.1) -> SUB, max rate",
                headers: [
                    "workers", "sent", "processed", "events", "missing", "dead", "seconds", "articles/s", "events/s",
                    "MB/s in", "scaling", "daemon cores", "µs CPU/article", "bench cores", "status",
                ],
                rows: pipeline.map {
                    [
                        fmt($0.workers), fmt($0.articlesSent), fmt($0.articlesProcessed), fmt($0.eventsReceived),
                        fmt($0.eventsMissing), fmt($0.deadLetters), fmt($0.seconds, 2), fmt($0.articlesPerSecond),
                        fmt($0.eventsPerSecond), fmt($0.payloadMegabytesPerSecond, 2),
                        $0.scaling.map { fmt($0, 2) + "x" } ?? "-", fmt($0.daemonCores, 2),
                        fmt($0.daemonCPUMicrosecondsPerArticle), fmt($0.benchCores, 2), $0.status,
                    ]
                })
            out += "\n"
        }
        if !latency.isEmpty {
            out += renderTable(
                title:
                    "latency: article send -> its first event received (\(latencyAndMemoryDaemon ?? daemon), 2 workers, articles with events only)",
                headers: [
                    "rate/s", "sent", "achieved/s", "samples", "p50", "p99", "p99.9", "max", "pub lag max", "status",
                ],
                rows: latency.map {
                    [
                        fmt($0.targetRate), fmt($0.articlesSent), fmt($0.achievedRate), fmt($0.samples),
                        fmtMicros($0.p50Microseconds), fmtMicros($0.p99Microseconds), fmtMicros($0.p999Microseconds),
                        fmtMicros($0.maxMicroseconds), fmt($0.maxPublisherLagMilliseconds, 1) + " ms", $0.status,
                    ]
                })
            out += "\n"
        }
        if !wire.isEmpty {
            out += renderTable(
                title: "wire: the ZeroMQ Swift layer alone, two threads, tcp://127.0.0.1",
                headers: [
                    "test", "pattern", "bytes", "messages", "seconds", "msgs/s", "MB/s", "p50", "p99", "p99.9", "max",
                    "status",
                ],
                rows: wire.map {
                    [
                        $0.test, $0.pattern, fmt($0.payloadBytes), fmt($0.messages), fmt($0.seconds, 2),
                        fmt($0.messagesPerSecond), fmt($0.megabytesPerSecond, 1), fmtMicros($0.p50Microseconds),
                        fmtMicros($0.p99Microseconds), fmtMicros($0.p999Microseconds), fmtMicros($0.maxMicroseconds),
                        $0.status,
                    ]
                })
            out += "\n"
        }
        if !memory.isEmpty {
            out += renderTable(
                title: "memory: RSS over a long pipeline run (MiB; \(latencyAndMemoryDaemon ?? daemon))",
                headers: [
                    "workers", "articles", "articles/s", "baseline", "at 10%", "at 50%", "at 100%", "peak",
                    "growth 10->100%", "status",
                ],
                rows: memory.map {
                    [
                        fmt($0.workers), fmt($0.articlesProcessed), fmt($0.articlesPerSecond), fmt($0.baselineMiB, 1),
                        fmt($0.rssAt10PercentMiB, 1), fmt($0.rssAt50PercentMiB, 1), fmt($0.rssAt100PercentMiB, 1),
                        fmt($0.peakMiB, 1) + " (\($0.peakSource))", fmt($0.growthMiB, 1), $0.status,
                    ]
                })
            out += "\n"
        }
        if let ratio = pipelineToWireRatio {
            out +=
                "pipeline / wire ceiling: \(fmt(ratio * 100, 2)) % (pipeline articles/s over article-sized PUSH/PULL msgs/s)\n"
        }
        if !failures.isEmpty {
            out += "\nFAILED:\n" + failures.map { "  - \($0)" }.joined(separator: "\n") + "\n"
        }
        return out
    }
}
