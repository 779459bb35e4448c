import Foundation
import Logging
import Synchronization
import Testing
import ZeroMQ

@testable import EventWireDaemon

/// Keeps every log entry in memory, so a test can see what recovery reported.
private final class RecordingLogHandler: LogHandler, @unchecked Sendable {
    // @unchecked: `entries` is a Mutex; `metadata` and `logLevel` are set only before use, as LogHandler values.
    let entries = Mutex<[(level: Logger.Level, message: String, metadata: Logger.Metadata)]>([])
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        entries.withLock { $0.append((event.level, event.message.description, event.metadata ?? [:])) }
    }

    /// The metadata of every entry whose message contains `text`.
    func metadata(of text: String) -> [Logger.Metadata] {
        entries.withLock { $0.filter { $0.message.contains(text) }.map(\.metadata) }
    }
}

/// A fresh folder under the temporary directory, removed by `cleanUp`.
private struct Scratch {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("eventwire-journal-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: path) }

    /// The segment files of `instance`, oldest first.
    func segments(_ instance: String = "a") throws -> [String] {
        let folder = path + "/" + instance
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".log") }.sorted()
            .map { folder + "/" + $0 }
    }
}

private func entry(_ sequence: UInt64, bytes: Int = 40) -> JournalEntry {
    let text = "{\"sequence\":\"\(sequence)\",\"pad\":\"" + String(repeating: "x", count: bytes) + "\"}"
    return JournalEntry(sequence: sequence, topic: Array("event.meeting".utf8), payload: Array(text.utf8))
}

private func recordSize(_ entry: JournalEntry) -> Int { 8 + 18 + entry.topic.count + entry.payload.count }

private func makeLogger() -> (Logger, RecordingLogHandler) {
    let handler = RecordingLogHandler()
    return (Logger(label: "test") { _ in handler }, handler)
}

private func readAll(_ catalog: JournalCatalog, _ instance: String = "a", from: UInt64 = 1) throws -> [JournalEntry] {
    try catalog.read(instance: instance, from: from, maxEvents: .max, maxBytes: .max).entries
}

@Suite struct EventJournalTests {
    @Test func crcIsZlibs() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
    }

    @Test func appendedEntriesReadBackInOrder() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let (logger, _) = makeLogger()
        let journal = try EventJournal(settings: .init(directory: scratch.path), instance: "a", logger: logger)
        #expect(journal.lastSequence == 0)
        let written = (1...25).map { entry($0) }
        try journal.append(Array(written[0..<1]))
        try journal.append(Array(written[1..<10]))
        try journal.append(Array(written[10...]))
        #expect(journal.lastSequence == 25)

        #expect(try readAll(journal.catalog) == written)
        #expect(try readAll(journal.catalog, from: 20) == Array(written[19...]))
        let page = try journal.catalog.read(instance: "a", from: 3, maxEvents: 5, maxBytes: .max)
        #expect(page.entries == Array(written[2..<7]))
        #expect(page.last == 7)
        #expect(!page.isComplete)
        let end = try journal.catalog.read(instance: "a", from: 26, maxEvents: 5, maxBytes: .max)
        #expect(end.entries.isEmpty && end.last == 25 && end.isComplete)
        #expect(journal.catalog.available(instance: "a")?.oldest == 1)
        #expect(journal.catalog.available(instance: "a")?.last == 25)
        journal.close()
        let names = try scratch.segments().map { ($0 as NSString).lastPathComponent }
        #expect(names == ["events-00000000000000000001.log"])
    }

    @Test func unknownInstanceAndBadRequestsAreRefused() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let (logger, _) = makeLogger()
        let journal = try EventJournal(settings: .init(directory: scratch.path), instance: "a", logger: logger)
        try journal.append([entry(1)])
        let refusal = #expect(throws: JournalRefusal.self) {
            try journal.catalog.read(instance: "b", from: 1, maxEvents: 10, maxBytes: .max)
        }
        #expect(refusal?.message == "unknown instance \"b\"; this journal holds \"a\"")
        #expect(throws: JournalError.self) {
            try EventJournal(settings: .init(directory: scratch.path), instance: "c", logger: logger)
        }
        #expect(throws: JournalError.self) {
            try EventJournal(settings: .init(directory: scratch.path + "/x"), instance: "..", logger: logger)
        }
    }

    @Test func segmentsRotateBySizeAndReadAcrossThem() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let (logger, _) = makeLogger()
        let settings = EventJournal.Settings(directory: scratch.path, maxBytes: 1 << 30, segmentBytes: 1_000)
        let journal = try EventJournal(settings: settings, instance: "a", logger: logger)
        let written = (1...60).map { entry($0) }
        for item in written { try journal.append([item]) }
        let files = try scratch.segments()
        #expect(files.count > 5)
        for file in files.dropLast() {
            let size = try #require(FileManager.default.attributesOfItem(atPath: file)[.size] as? Int)
            #expect(size >= 1_000 && size < 1_000 + recordSize(written[written.count - 1]))
        }
        let firsts = files.compactMap { EventJournal.firstSequence(ofFileNamed: ($0 as NSString).lastPathComponent) }
        #expect(firsts.first == 1 && firsts == firsts.sorted())
        #expect(try readAll(journal.catalog) == written)
        #expect(try readAll(journal.catalog, from: firsts[2] + 1) == Array(written[Int(firsts[2])...]))
    }

    @Test func sizeBoundDeletesTheOldestSegments() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let (logger, _) = makeLogger()
        let settings = EventJournal.Settings(directory: scratch.path, maxBytes: 3_000, segmentBytes: 1_000)
        let journal = try EventJournal(settings: settings, instance: "a", logger: logger)
        for sequence in 1...200 { try journal.append([entry(UInt64(sequence))]) }
        #expect(journal.catalog.totalBytes <= 3_000 + 1_200)
        let (oldest, last) = try #require(journal.catalog.available(instance: "a"))
        #expect(oldest > 1 && last == 200)
        #expect(try readAll(journal.catalog, from: oldest).map(\.sequence) == Array(oldest...200))
        let refusal = #expect(throws: JournalRefusal.self) {
            try journal.catalog.read(instance: "a", from: 1, maxEvents: 10, maxBytes: .max)
        }
        #expect(refusal?.message.contains("the oldest available is \(oldest)") == true)
    }

    @Test func segmentsPastTheAgeBoundArePrunedButTheNewestIsKept() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let (logger, _) = makeLogger()
        var settings = EventJournal.Settings(directory: scratch.path, segmentBytes: 1_000)
        settings.maxAgeSeconds = 3_600
        var journal: EventJournal? = try EventJournal(settings: settings, instance: "a", logger: logger)
        for sequence in 1...40 { try journal!.append([entry(UInt64(sequence))]) }
        journal!.close()
        journal = nil
        let files = try scratch.segments()
        #expect(files.count >= 3)
        // All but the newest were last written two hours ago; so was the newest, which must stay regardless.
        let old = Date().addingTimeInterval(-7_200)
        for file in files { try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: file) }
        // A second instance's old journal goes entirely.
        let other = try EventJournal(settings: .init(directory: scratch.path + "/other"), instance: "b", logger: logger)
        try other.append([entry(1)])
        other.close()
        try FileManager.default.moveItem(atPath: scratch.path + "/other/b", toPath: scratch.path + "/b")
        for file in try scratch.segments("b") {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: file)
        }

        let reopened = try EventJournal(settings: settings, instance: "a", logger: logger)
        #expect(try scratch.segments() == [files.last!])
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/b"))
        #expect(reopened.lastSequence == 40)
        let first = EventJournal.firstSequence(ofFileNamed: (files.last! as NSString).lastPathComponent)!
        #expect(reopened.catalog.available(instance: "a")?.oldest == first)
        #expect(reopened.catalog.available(instance: "a")?.last == 40)
    }

    @Test func reopeningContinuesTheSequenceInANewSegment() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let (logger, _) = makeLogger()
        let settings = EventJournal.Settings(directory: scratch.path, fsync: .always)
        var journal: EventJournal? = try EventJournal(settings: settings, instance: "a", logger: logger)
        try journal!.append((1...10).map { entry($0) })
        journal!.close()
        journal = nil

        let reopened = try EventJournal(settings: settings, instance: "a", logger: logger)
        #expect(reopened.lastSequence == 10)
        #expect(reopened.damages.isEmpty)
        try reopened.append([entry(11), entry(12)])
        #expect(try scratch.segments().count == 2)
        #expect(try readAll(reopened.catalog).map(\.sequence) == Array(1...12))
        // Another instance in the same folder starts its own sequence, and the first stays readable.
        reopened.close()
        let b = try EventJournal(settings: settings, instance: "b", logger: logger)
        #expect(b.lastSequence == 0)
        try b.append([entry(1)])
        #expect(try readAll(b.catalog, "a").count == 12)
        #expect(b.catalog.instances == ["a", "b"])
    }

    @Test func aSecondWriterOnTheSameFolderIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let (logger, _) = makeLogger()
        let first = try EventJournal(settings: .init(directory: scratch.path), instance: "a", logger: logger)
        let error = #expect(throws: JournalError.self) {
            try EventJournal(settings: .init(directory: scratch.path), instance: "b", logger: logger)
        }
        #expect(error?.description.contains("in use") == true)
        first.close()
        _ = try EventJournal(settings: .init(directory: scratch.path), instance: "b", logger: logger)
    }

    /// Damage to the last segment, and where recovery must cut: (bytes to change, expected last sequence).
    enum Damage: String, CaseIterable, CustomTestStringConvertible {
        case truncatedTail, corruptLastRecord, corruptMiddleRecord, garbageAppended
        var testDescription: String { rawValue }
    }

    @Test(arguments: Damage.allCases)
    func damageIsCutAtTheLastWholeRecordAndReported(_ damage: Damage) throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let (logger, handler) = makeLogger()
        let written = (1...6).map { entry($0) }
        var journal: EventJournal? = try EventJournal(
            settings: .init(directory: scratch.path), instance: "a", logger: logger)
        try journal!.append(Array(written[0..<3]))
        try journal!.append(Array(written[3...]))
        journal!.close()
        journal = nil
        let file = try #require(try scratch.segments().first)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        let size = bytes.count
        let record = recordSize(written[0])
        let expectedLast: UInt64
        switch damage {
        case .truncatedTail:  // a write torn by a power loss
            bytes.removeLast(7)
            expectedLast = 5
        case .corruptLastRecord:  // a flipped bit in the payload of record 6
            bytes[size - 3] ^= 0x20
            expectedLast = 5
        case .corruptMiddleRecord:  // record 3 of 6: recovery stops there
            bytes[size - 3 * record - 10] ^= 0x01
            expectedLast = 2
        case .garbageAppended:
            bytes += Array("this is not a record\n".utf8)
            expectedLast = 6
        }
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let headerLength = size - 6 * record
        let validLength = headerLength + Int(expectedLast) * record

        let reopened = try EventJournal(settings: .init(directory: scratch.path), instance: "a", logger: logger)
        #expect(reopened.lastSequence == expectedLast)
        let reported = try #require(reopened.damages.first)
        #expect(reopened.damages.count == 1)
        #expect(reported.offset == validLength)
        #expect(reported.bytesCut == bytes.count - validLength)
        let fileSize = try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int
        #expect(fileSize == validLength)
        let logged = try #require(handler.metadata(of: "cut a damaged tail").first)
        #expect(logged["bytes_cut"] == "\(bytes.count - validLength)")
        #expect(logged["last_sequence"] == "\(expectedLast)")
        #expect(try readAll(reopened.catalog) == Array(written[0..<Int(expectedLast)]))
        // The sequence goes on from the last whole record, in a new segment.
        try reopened.append([entry(expectedLast + 1)])
        #expect(try readAll(reopened.catalog).map(\.sequence) == Array(1...(expectedLast + 1)))
    }

    @Test func aSegmentCutInsideItsHeaderIsRemoved() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let (logger, _) = makeLogger()
        var journal: EventJournal? = try EventJournal(
            settings: .init(directory: scratch.path), instance: "a", logger: logger)
        try journal!.append([entry(1)])
        journal!.close()
        journal = nil
        let torn = scratch.path + "/a/" + EventJournal.fileName(first: 2)
        try Data(EventJournal.header(instance: "a", first: 2, created: Date()).prefix(10)).write(
            to: URL(fileURLWithPath: torn))
        let reopened = try EventJournal(settings: .init(directory: scratch.path), instance: "a", logger: logger)
        #expect(reopened.lastSequence == 1)
        #expect(reopened.damages.map(\.bytesCut) == [10])
        #expect(!FileManager.default.fileExists(atPath: torn))
    }
}

@Suite struct EventJournalCatchUpTests {
    @Test func clientFetchesEveryPageThenTheServerRefusesWhatItLacks() throws {
        let scratch = try Scratch()
        defer { scratch.cleanUp() }
        let (logger, _) = makeLogger()
        let journal = try EventJournal(settings: .init(directory: scratch.path), instance: "a", logger: logger)
        let written = (1...2_500).map { entry(UInt64($0)) }
        for batch in stride(from: 0, to: written.count, by: 7) {
            try journal.append(Array(written[batch..<min(batch + 7, written.count)]))
        }
        let context = try Context()
        defer { context.terminate() }
        let server = try CatchUpServer(
            context: context, endpoints: ["tcp://127.0.0.1:*"], catalog: journal.catalog, logger: logger,
            pageEvents: 300)
        defer { server.stop() }
        let endpoint = try #require(server.boundEndpoints.first)
        let client = try CatchUpClient(context: context, endpoint: endpoint)

        var received: [JournalEntry] = []
        let last = try client.fetch(instance: "a", since: 2) { topic, payload in
            received.append(JournalEntry(sequence: UInt64(received.count + 2), topic: topic, payload: payload))
            return true
        }
        #expect(last == 2_500)
        #expect(received == Array(written[1...]))
        #expect(try client.fetch(instance: "a", since: 2_501) { _, _ in true } == 2_500)
        var stoppedAt = 0
        #expect(try client.fetch(instance: "a", since: 10) { _, _ in
            stoppedAt += 1
            return stoppedAt < 5
        } == 14)  // 10...14 handled; the fifth said stop

        let other = try CatchUpClient(context: context, endpoint: endpoint)
        let error = #expect(throws: CatchUpError.self) { try other.fetch(instance: "zz", since: 1) { _, _ in true } }
        #expect(error?.kind == .refused)
        #expect(error?.message.contains("unknown instance") == true)
    }
}
