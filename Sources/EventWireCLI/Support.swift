import ArgumentParser
import Dispatch
import EventWireCore
import Foundation
import Logging
import EventWireDaemon
import Synchronization

/// Options every command that logs shares.
struct LoggingOptions: ParsableArguments {
    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: Logger.Level?

    @Option(help: "Log line format: logfmt or json.")
    var logFormat: LineLogHandler.Format?

    /// Sends logs to stderr (stdout belongs to `tail` and `extract`), one line an event, and returns the
    /// command's logger with the process-wide level it shares.
    func bootstrap(
        label: String, defaultLevel: Logger.Level = .info, defaultFormat: LineLogHandler.Format = .logfmt
    ) -> (Logger, SharedLogLevel) {
        let shared = SharedLogLevel(logLevel ?? defaultLevel)
        let format = logFormat ?? defaultFormat
        LoggingSystem.bootstrap { LineLogHandler(label: $0, format: format, sharedLevel: shared) }
        return (Logger(label: label), shared)
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}

extension DaemonConfiguration.Log.Format: ExpressibleByArgument {}

/// Builds the extractor every command uses: the built-in dictionaries.
/// The extractor every command uses: the built-in dictionaries and the extra ones named.
///
/// - Throws: `ExitCode(2)` after saying which dictionary file is wrong.
func makeExtractor(dictionaries: [String] = []) throws -> Extractor {
    do {
        return try DictionaryLoader.makeExtractor(extraPaths: dictionaries)
    } catch {
        printError("eventwire: \(error)")
        throw ExitCode(2)
    }
}

/// Counts SIGINT and SIGTERM, so commands stop between messages instead of dying mid-send.
final class SignalCounter: @unchecked Sendable {
    // @unchecked: `sources` is written only in init; the count is atomic.
    private let received = Atomic<Int>(0)
    private var sources: [any DispatchSourceSignal] = []

    /// - Parameter onSignal: called with the running count after each signal.
    init(signals: [Int32] = [SIGINT, SIGTERM], onSignal: @escaping @Sendable (Int) -> Void = { _ in }) {
        var made: [any DispatchSourceSignal] = []
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in onSignal(received.add(1, ordering: .acquiringAndReleasing).newValue) }
            source.resume()
            made.append(source)
        }
        sources = made
    }

    var isRaised: Bool { received.load(ordering: .acquiring) > 0 }
}

/// Writes a line to stderr.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Whether a file descriptor is a terminal.
func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

/// `--published` must be an RFC 3339 date or date-time.
func validatePublished(_ value: String?) throws {
    if let value, CivilDate(rfc3339: value) == nil {
        throw ValidationError("--published: '\(value)' is not an RFC 3339 date (2022-11-13) or date-time")
    }
}

/// Ends the process at once on the second SIGTERM or SIGINT: the first starts a graceful stop
/// (in the service group), an operator's second one means "now".
func exitOnSecondSignal(logger: Logger) -> SignalCounter {
    SignalCounter { count in
        guard count >= 2 else { return }
        logger.warning("second signal: exiting now, unfinished articles are dropped")
        exit(1)
    }
}
