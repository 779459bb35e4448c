import EventWireCore
import Foundation
import Histogram
import Logging

/// The five scenarios, each turning a few measurements into result rows.
struct Scenarios {
    var corpus: Corpus
    var extractor: Extractor
    /// The daemon the pipeline scenario measures.
    var target: DaemonTarget
    /// The daemon the latency and memory scenarios measure: the same, except in a smoke run, where they run it in
    /// process (a debug `eventwire` takes seconds to load its dictionaries, and they would start it three times).
    var latencyAndMemoryTarget: DaemonTarget
    var showDaemonLog = false
    /// Seconds per timed step.
    var seconds: Double
    var smoke: Bool
    var logger: Logger

    /// How long the daemon may take to drain after the last send before a run counts as hung.
    private var drainTimeout: Double { smoke ? 15 : 300 }

    // MARK: - extract

    func extract() -> [ExtractResult] {
        let bench = ExtractBenchmark(extractor: extractor, minSeconds: smoke ? 0 : seconds)
        var rows: [ExtractResult] = []
        if !smoke {
            var origins: [String] = []
            for entry in corpus.entries where !origins.contains(entry.origin) { origins.append(entry.origin) }
            for origin in origins where origin != "seed" {
                logProgress("[extract] \(origin)")
                let perSource = ExtractBenchmark(extractor: extractor, minSeconds: seconds / 2)
                rows.append(perSource.run(input: origin, entries: corpus.entries.filter { $0.origin == origin }))
            }
        }
        logProgress("[extract] all")
        rows.append(bench.run(input: "all", entries: corpus.entries))
        return rows
    }

    // MARK: - wire

    func wire() -> [WireResult] {
        let articles = corpus.entries.map { $0.payload(id: $0.article.id) }
        let small = [[UInt8](repeating: UInt8(ascii: "x"), count: 100)]
        let bench = WireBenchmark(payloads: articles, seconds: smoke ? min(seconds, 0.3) : seconds)
        var rows: [WireResult] = []
        logProgress("[wire] corpus articles PUSH->PULL")
        rows.append(bench.throughput(test: "corpus articles", pattern: .push, payloads: articles))
        logProgress("[wire] corpus articles XPUB->SUB")
        rows.append(bench.throughput(test: "corpus articles", pattern: .xpub, payloads: articles))
        logProgress("[wire] 100 B PUSH->PULL")
        rows.append(bench.throughput(test: "100 B", pattern: .push, payloads: small))
        logProgress("[wire] corpus articles ping-pong")
        rows.append(bench.pingPong(test: "corpus articles", payloads: articles))
        logProgress("[wire] 100 B ping-pong")
        rows.append(bench.pingPong(test: "100 B", payloads: small))
        return rows
    }

    // MARK: - pipeline

    func pipeline(workers: [Int]) -> [PipelineResult] {
        var rows: [PipelineResult] = []
        for count in workers {
            logProgress(
                "[pipeline] \(count) worker(s), max rate for \(fmt(seconds, 1)) s\(smoke ? " (at most 30 articles)" : ""), then drain"
            )
            guard let probe = corpus.eventful.first else {
                rows.append(failedPipelineRow(workers: count, "no article yields an event: cannot warm up"))
                continue
            }
            let plan = PipelineRun.Plan(
                rate: nil, maxArticles: smoke ? 30 : nil, maxSeconds: seconds, entries: corpus.entries,
                maxAhead: smoke ? 16 : nil, sendTimeout: seconds + 30, drainTimeout: drainTimeout)
            let outcome = PipelineRun(
                workers: count, plan: plan, probe: probe, target: target, logger: logger, showDaemonLog: showDaemonLog
            ).run()
            let elapsed = max(outcome.seconds, 1e-9)
            var row = PipelineResult(
                workers: count, articlesSent: outcome.sent, articlesProcessed: outcome.processed,
                eventsExpected: outcome.eventsExpected, eventsReceived: outcome.eventsReceived,
                eventsMissing: max(0, outcome.eventsExpected - outcome.eventsReceived),
                deadLetters: outcome.deadLetters, seconds: outcome.seconds,
                articlesPerSecond: Double(outcome.processed) / elapsed,
                eventsPerSecond: Double(outcome.eventsReceived) / elapsed,
                payloadMegabytesPerSecond: Double(outcome.payloadBytes) / 1e6 / elapsed,
                status: outcome.failure ?? RowStatus.ok)
            if let wall = outcome.cpuWindowSeconds, wall > 0 {
                row.benchCores = outcome.benchCPUSeconds.map { $0 / wall }
                if let daemonCPU = outcome.daemonCPUSeconds {
                    row.daemonCores = daemonCPU / wall
                    row.daemonCPUMicrosecondsPerArticle = daemonCPU * 1e6 / Double(max(1, outcome.processed))
                }
            }
            if outcome.deadLetters > 0, row.status == RowStatus.ok {
                row.status = "\(outcome.deadLetters) articles dead-lettered"
            }
            if let base = rows.first(where: { $0.workers == 1 && $0.status == RowStatus.ok }),
                row.status == RowStatus.ok
            {
                row.scaling = row.articlesPerSecond / base.articlesPerSecond
            }
            rows.append(row)
        }
        return rows
    }

    private func failedPipelineRow(workers: Int, _ status: String) -> PipelineResult {
        PipelineResult(
            workers: workers, articlesSent: 0, articlesProcessed: 0, eventsExpected: 0, eventsReceived: 0,
            eventsMissing: 0, deadLetters: 0, seconds: 0, articlesPerSecond: 0, eventsPerSecond: 0,
            payloadMegabytesPerSecond: 0, status: status)
    }

    // MARK: - latency

    func latency(rates: [Double]) -> [LatencyResult] {
        var rows: [LatencyResult] = []
        let eventful = corpus.eventful
        for rate in rates {
            logProgress("[latency] \(fmt(rate))/s for \(smoke ? "20 articles" : "\(fmt(seconds, 1)) s"), 2 workers")
            var row = LatencyResult(
                targetRate: rate, articlesSent: 0, achievedRate: 0, samples: 0, p50Microseconds: 0,
                p99Microseconds: 0, p999Microseconds: 0, maxMicroseconds: 0, meanMicroseconds: 0,
                maxPublisherLagMilliseconds: 0, status: RowStatus.ok)
            guard let probe = eventful.first else {
                row.status = "no article yields an event: nothing to time"
                rows.append(row)
                continue
            }
            let count = smoke ? 20 : max(1, Int(rate * seconds))
            let plan = PipelineRun.Plan(
                rate: rate, maxArticles: count, maxSeconds: seconds * 2 + 1, entries: eventful, measureLatency: true,
                sendTimeout: seconds * 2 + 30, drainTimeout: drainTimeout)
            let outcome = PipelineRun(
                workers: 2, plan: plan, probe: probe, target: latencyAndMemoryTarget, logger: logger,
                showDaemonLog: showDaemonLog
            ).run()
            row.articlesSent = outcome.sent
            row.achievedRate = outcome.sendSeconds > 0 ? Double(max(0, outcome.sent - 1)) / outcome.sendSeconds : 0
            row.maxPublisherLagMilliseconds = Double(outcome.maxLagNanoseconds) / 1e6
            if let histogram = outcome.latency, histogram.totalCount > 0 {
                row.samples = Int(histogram.totalCount)
                row.p50Microseconds = Double(histogram.valueAtPercentile(50)) / 1000
                row.p99Microseconds = Double(histogram.valueAtPercentile(99)) / 1000
                row.p999Microseconds = Double(histogram.valueAtPercentile(99.9)) / 1000
                row.maxMicroseconds = Double(histogram.max) / 1000
                row.meanMicroseconds = histogram.mean / 1000
            }
            if let failure = outcome.failure {
                row.status = failure
            } else if outcome.sent >= 100, row.achievedRate < 0.9 * rate {
                row.status = "saturated"
            }
            rows.append(row)
        }
        return rows
    }

    // MARK: - memory

    func memory(articles: Int) -> MemoryResult {
        let workers = 2
        let cap = smoke ? 3.0 : nil
        logProgress(
            "[memory] \(fmt(articles)) articles, \(workers) workers\(cap.map { ", at most \(fmt($0)) s" } ?? "")")
        // A child daemon's own memory when it runs apart; else the bench process's, which holds the corpus too.
        let target = latencyAndMemoryTarget
        let inProcess = if case .inProcess = target { true } else { false }
        let baseline = Locked<Double?>(inProcess ? ResidentMemory.currentMiB : nil)
        let peakReset = inProcess && ResidentMemory.resetPeak()
        let daemonPeak = Locked(0.0)
        let samples = Locked<[MemoryResult.Sample]>([])
        let step = max(1, articles / 100)
        let nextSample = Locked(step)
        let nextReport = Locked(max(1, articles / 10))
        var run = PipelineRun(
            workers: workers,
            plan: PipelineRun.Plan(
                rate: nil, maxArticles: articles, maxSeconds: cap, entries: corpus.entries,
                maxAhead: smoke ? 16 : nil, sendTimeout: smoke ? 20 : max(120, Double(articles) / 100),
                drainTimeout: drainTimeout),
            probe: corpus.eventful.first ?? corpus.entries[0], target: target, logger: logger,
            showDaemonLog: showDaemonLog)
        run.progress = { processed, daemonMemory in
            let rss = daemonMemory?.current ?? ResidentMemory.currentMiB
            if let daemonMemory { daemonPeak.withLock { $0 = max($0, daemonMemory.peak) } }
            // The daemon started, its tables loaded and the warm-up done: its baseline.
            if baseline.value == nil { baseline.withLock { $0 = rss } }
            guard processed >= nextSample.value else { return }
            nextSample.withLock { $0 = (processed / step + 1) * step }
            samples.withLock { $0.append(MemoryResult.Sample(processed: processed, rssMiB: rss)) }
            if processed >= nextReport.value {
                nextReport.withLock { $0 = (processed / max(1, articles / 10) + 1) * max(1, articles / 10) }
                logProgress("[memory] \(fmt(processed)) articles, RSS \(fmt(rss, 1)) MiB")
            }
        }
        let outcome = run.run()
        var all = samples.value
        if let memory = outcome.daemonMemory {
            daemonPeak.withLock { $0 = max($0, memory.peak) }
            all.append(MemoryResult.Sample(processed: outcome.processed, rssMiB: memory.current))
        } else if inProcess {
            all.append(MemoryResult.Sample(processed: outcome.processed, rssMiB: ResidentMemory.currentMiB))
        }
        func rss(atFraction fraction: Double) -> Double {
            let target = Double(outcome.processed) * fraction
            return all.min(by: { abs(Double($0.processed) - target) < abs(Double($1.processed) - target) })?.rssMiB ?? 0
        }
        let sampledPeak = all.map(\.rssMiB).max() ?? 0
        let at10 = rss(atFraction: 0.1)
        let at100 = rss(atFraction: 1)
        let peak: Double
        let peakSource: String
        if inProcess {
            (peak, peakSource) =
                peakReset ? (max(ResidentMemory.peakMiB, sampledPeak), "VmHWM") : (sampledPeak, "sampled")
        } else {
            (peak, peakSource) = (max(daemonPeak.value, sampledPeak), "daemon VmHWM")
        }
        return MemoryResult(
            workers: workers, articlesTarget: articles, articlesProcessed: outcome.processed, seconds: outcome.seconds,
            articlesPerSecond: Double(outcome.processed) / max(outcome.seconds, 1e-9), baselineMiB: baseline.value ?? 0,
            rssAt10PercentMiB: at10, rssAt50PercentMiB: rss(atFraction: 0.5), rssAt100PercentMiB: at100,
            peakMiB: peak, peakSource: peakSource, growthMiB: at100 - at10, samples: all,
            status: outcome.failure ?? RowStatus.ok)
    }
}
