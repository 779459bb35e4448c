import EventWireCore
import Foundation

/// Single-threaded extraction: `Extractor.events(in:)` over decoded articles, the file reading and JSON decoding
/// done before the clock starts.
struct ExtractBenchmark {
    var extractor: Extractor
    /// Repeat passes over the input until at least this long has passed.
    var minSeconds: Double

    func run(input: String, entries: [Corpus.Entry]) -> ExtractResult {
        let articles = entries.map(\.article)
        let bodyBytes = entries.reduce(0) { $0 + $1.bodyBytes }
        var passes = 0
        var events = 0
        let allocationsBefore = AllocationCounter.count
        let start = nowNanoseconds()
        var elapsed = 0.0
        repeat {
            for article in articles {
                events += extractor.events(in: article).count
            }
            passes += 1
            elapsed = Double(nowNanoseconds() - start) / 1e9
        } while elapsed < minSeconds
        let allocations = AllocationCounter.count.map { $0 - (allocationsBefore ?? 0) }
        let total = Double(articles.count * passes)
        return ExtractResult(
            input: input, articles: articles.count, passes: passes, bodyMegabytes: Double(bodyBytes) / 1e6,
            seconds: elapsed, articlesPerSecond: total / elapsed,
            megabytesPerSecond: Double(bodyBytes * passes) / 1e6 / elapsed,
            eventsPerArticle: Double(events) / total,
            allocationsPerArticle: allocations.map { Double($0) / total },
            allocationNote: AllocationCounter.note)
    }
}
