import ArgumentParser
import EventWireDaemon
import Foundation

/// `eventwire replay`: publishes article files as a feed.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Publish article files (.txt, .json, .jsonl, folders) as a feed.",
        discussion: """
            .txt: the file is the body, its name's stem the id; .json: one article; .jsonl: one article a \
            line; a folder: every such file in it, in name order. In pub mode replay waits until a subscriber \
            (the daemon) has subscribed before sending, so no article is lost to ZeroMQ's slow joiner; it \
            never drops an article at a full queue, it waits.
            """)

    @Option(help: "Feed endpoint; plain binds, > connects.")
    var to = "tcp://127.0.0.1:5555"

    @Option(help: "Socket kind: pub (for daemons in sub mode) or push (for daemons in pull mode).")
    var mode: Replayer.Mode = .pub

    @Option(help: "Articles a second; 0 sends as fast as the feed takes them.")
    var rate: Double = 0

    @Flag(help: "Start over after the last file, until interrupted.")
    var loop = false

    @Option(help: "Publication date (RFC 3339) for articles that have none, e.g. 2022-11-13.")
    var published: String?

    @Option(help: "Seconds to wait for a subscriber or peer before giving up.")
    var wait: Int = 10

    @Option(help: "Subscribers to wait for in pub mode.")
    var subscribers: Int = 1

    @Option(help: "Seconds to keep delivering queued articles after the last send, for a slow daemon.")
    var linger: Int = 60

    @Argument(help: "Files or folders to publish.")
    var paths: [String]

    func validate() throws {
        if rate < 0 { throw ValidationError("--rate must not be negative") }
        if wait < 0 { throw ValidationError("--wait must not be negative") }
        if subscribers < 1 { throw ValidationError("--subscribers must be at least 1") }
        if linger < 0 { throw ValidationError("--linger must not be negative") }
        try validatePublished(published)
    }

    func run() throws {
        var options = Replayer.Options()
        options.endpoint = to
        options.mode = mode
        options.rate = rate
        options.loop = loop
        options.published = published
        options.waitTimeout = .seconds(wait)
        options.subscribers = subscribers
        options.lingerMilliseconds = linger * 1000
        let stop = SignalCounter()
        let live = isTerminal(STDERR_FILENO)
        var failed = 0
        let final: Replayer.Progress
        do {
            final = try Replayer(options: options).run(
                paths: paths,
                progress: { progress in
                    if live {
                        FileHandle.standardError.write(
                            Data("\r\u{1B}[Kreplay: \(progress.sent) articles, \(Int(progress.perSecond))/s".utf8))
                    }
                },
                shouldStop: { stop.isRaised },
                problem: { error in
                    failed += 1
                    printError("eventwire replay: \(error)")
                })
        } catch let error as ArticleFiles.ReadError {
            printError("eventwire replay: \(error)")
            throw ExitCode(2)
        } catch {
            printError("eventwire replay: \(error)")
            throw ExitCode(1)
        }
        if live { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let seconds = final.elapsed.inSeconds
        printError(
            "replay: sent \(final.sent) articles (\(final.bytes) bytes) in \(String(format: "%.2f", seconds)) s"
                + (failed > 0 ? ", \(failed) files unreadable" : ""))
        if failed > 0 { throw ExitCode(1) }
    }
}

extension Replayer.Mode: ExpressibleByArgument {}
