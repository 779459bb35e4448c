import ArgumentParser
import EventWireCore
import EventWireDaemon
import Foundation

/// `eventwire extract`: offline extraction, the daemon's code path without ZeroMQ.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract events from article files or stdin and print them, without ZeroMQ.",
        discussion: """
            Reads the same file kinds as replay; '-' reads JSON lines (one article each) from stdin. Prints \
            each event as one line of the CloudEvents JSON the daemon publishes. A bad article is reported on \
            stderr with its file and line and the others go on; the exit status is then 1.
            """)

    @Option(help: "Publication date (RFC 3339) for articles that have none.")
    var published: String?

    @Option(help: "Output format.")
    var format: TailCommand.Format = .json

    @Option(name: .customLong("dictionary"), help: "Extra dictionary file or folder (repeatable); see docs/DICTIONARIES.md.")
    var dictionaries: [String] = []

    @Argument(help: "Files or folders, or - for JSON lines on stdin.")
    var paths: [String]

    func validate() throws {
        try validatePublished(published)
    }

    func run() throws {
        let extractor = try makeExtractor(dictionaries: dictionaries)
        let encoder = CloudEventEncoder(host: ProcessInfo.processInfo.hostName, instance: "extract")
        let printer = EventPrinter(pretty: format == .pretty, colour: isTerminal(STDOUT_FILENO))
        let reader = ArticleFiles(published: published)
        let progress = isTerminal(STDERR_FILENO)
        var sequence: UInt64 = 0
        var articles = 0
        var rejected = 0
        var counts: [EventType: Int] = [:]

        func handle(_ record: ArticleFiles.Record) {
            articles += 1
            do {
                let article = try Article(json: record.payload)
                let events = extractor.events(in: article)
                for (event, encoded) in zip(events, encoder.encode(events, of: article, time: Timestamp.now())) {
                    sequence += 1
                    counts[event.type, default: 0] += 1
                    printer.printEvent(encoded.payload(sequence: sequence))
                }
            } catch {
                // Article(json:) throws only ArticleRejection.
                rejected += 1
                printError("eventwire extract: \(record.origin): \(error.reason.rawValue): \(error.detail)")
            }
            if progress, articles % 1000 == 0 {
                FileHandle.standardError.write(Data("\r\u{1B}[Kextract: \(articles) articles".utf8))
            }
        }

        do {
            if paths == ["-"] {
                var line = 0
                while let text = Swift.readLine(strippingNewline: true) {
                    line += 1
                    guard !text.allSatisfy(\.isWhitespace) else { continue }
                    handle(ArticleFiles.Record(payload: Array(text.utf8), origin: "stdin:\(line)"))
                }
            } else {
                for file in try ArticleFiles.files(in: paths) {
                    do {
                        try reader.forEachArticle(inFile: file, handle)
                    } catch let error as ArticleFiles.ReadError {
                        rejected += 1
                        printError("eventwire extract: \(error)")
                    }
                }
            }
        } catch let error as ArticleFiles.ReadError {
            printError("eventwire extract: \(error)")
            throw ExitCode(2)
        }
        if progress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        let byType = EventType.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        printError("extract: \(articles) articles, \(sequence) events (\(byType)), \(rejected) rejected")
        if rejected > 0 { throw ExitCode(1) }
    }
}
