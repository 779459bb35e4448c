import Foundation
import Logging
import Metrics
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A durable, append-only log of the events a daemon published, for catch-up after a subscriber missed some.
///
/// Layout: `<directory>/<instance>/events-<first sequence, 20 digits>.log`, one folder per instance (an
/// instance's `sequence` is its own), each segment file a header followed by records, all integers
/// little-endian:
///
/// ```
/// header: "EWJL" | u16 version (1) | u16 instance length | u64 first sequence | u64 created (ms since 1970)
///         | instance (UTF-8) | u32 CRC-32 of everything before it in the header
/// record: u32 body length | u32 CRC-32 of (the 4 length bytes + body)
///         | body: u64 sequence | u64 time (ms since 1970) | u16 topic length | topic | payload
/// ```
///
/// The CRC is zlib's CRC-32 (IEEE), so `zlib.crc32` checks a record from Python. The writer is the
/// publisher's queue, one batch of records (one article's events) per `write(2)`, done before the events are
/// sent: a crashed or killed process loses nothing it published; a power loss loses what was not yet
/// fsynced (``Settings/fsync``). A process never appends to an old file: every start begins a new segment
/// at the next sequence, so recovery only ever cuts a tail. A folder lock (`flock`) keeps two daemons of
/// journal out of each other's way.
///
/// Not `Sendable`: one writer. Readers (the catch-up server) go through ``catalog``, which is.
final class EventJournal {
    /// Where and how much to keep, and when to fsync.
    struct Settings: Sendable, Hashable {
        /// The journal's folder; each instance gets a folder inside it.
        var directory: String
        /// The bound on all segments of all instances together; the oldest are deleted first.
        var maxBytes: Int = 256 * 1024 * 1024
        /// Segments whose last write is older are deleted; `nil` keeps them regardless of age.
        var maxAgeSeconds: Double? = 24 * 3600
        /// When records reach the disk.
        var fsync: DaemonConfiguration.Journal.FsyncPolicy = .interval
        /// A segment is closed and a new one started once it reaches this size. Default: an eighth of
        /// `maxBytes`, from 64 KiB to 64 MiB, so pruning frees space in small steps.
        var segmentBytes: Int
        /// With `.interval`: fsync at least this often while records are unsynced...
        var syncIntervalSeconds: Double = 1
        /// ...and at the latest after this many records.
        var syncEveryRecords: Int = 1_000

        init(
            directory: String, maxBytes: Int = 256 * 1024 * 1024, maxAgeSeconds: Double? = 24 * 3600,
            fsync: DaemonConfiguration.Journal.FsyncPolicy = .interval, segmentBytes: Int? = nil
        ) {
            self.directory = directory
            self.maxBytes = maxBytes
            self.maxAgeSeconds = maxAgeSeconds
            self.fsync = fsync
            self.segmentBytes = segmentBytes ?? min(64 * 1024 * 1024, max(64 * 1024, maxBytes / 8))
        }
    }

    /// The instance whose events this journal writes.
    let instance: String
    /// What is on disk, for readers on other threads.
    let catalog: JournalCatalog
    /// The last sequence journaled for ``instance`` (0 for none): the publisher continues from the next.
    private(set) var lastSequence: UInt64
    /// What recovery cut at open, also logged; for tests.
    private(set) var damages: [JournalDamage]

    private let settings: Settings
    private let logger: Logger
    private let folder: String
    private var lockDescriptor: Int32
    private var active: ActiveSegment?
    private var lastPrune = ContinuousClock.now
    private let records = Counter(label: "eventwire_journal_records_total")
    private let bytes = Gauge(label: "eventwire_journal_bytes")
    private let writeErrors = Counter(label: "eventwire_journal_write_errors_total")

    /// The segment being appended to.
    private struct ActiveSegment {
        var descriptor: Int32
        var first: UInt64
        var path: String
        var length: Int
        var count: Int
        var unsynced = 0
        var lastSync = ContinuousClock.now
    }

    /// Records between two sparse index marks of a segment.
    static let markEvery = 128
    /// No record body is longer (the article limit is far lower); a longer length field is damage.
    static let maxRecordBytes = 256 * 1024 * 1024

    /// Opens (creating it if needed) the journal folder, recovers every segment in it and prunes.
    ///
    /// A damaged tail (a torn last write, a bad CRC, a sequence out of order) is cut at the last whole record
    /// and logged with the bytes cut; a segment with an unreadable header is renamed to `<name>.damaged`.
    ///
    /// - Parameters:
    ///   - instance: The daemon's instance; its sequence continues from the last one journaled for it.
    /// - Throws: ``JournalError`` when the folder cannot be made or read, or another process holds it.
    init(settings: Settings, instance: String, logger: Logger) throws(JournalError) {
        guard !instance.isEmpty, instance != ".", instance != "..", !instance.contains("/") else {
            throw JournalError(.invalidInstance, path: settings.directory, detail: "instance \"\(instance)\"")
        }
        self.settings = settings
        self.instance = instance
        self.logger = logger
        self.folder = (settings.directory as NSString).appendingPathComponent(instance)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw JournalError(.system(operation: "mkdir", code: EACCES), path: folder, detail: "\(error)")
        }
        // One daemon per journal folder: recovery cuts and pruning deletes, which must not race another writer.
        let lockPath = (settings.directory as NSString).appendingPathComponent(".lock")
        lockDescriptor = try POSIX.open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, mode: 0o600)
        guard flock(lockDescriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            _ = Glibc.close(lockDescriptor)
            if code == EWOULDBLOCK { throw JournalError(.inUse, path: settings.directory) }
            throw JournalError(.system(operation: "flock", code: code), path: lockPath)
        }
        var damages: [JournalDamage] = []
        var found: [String: [JournalCatalog.Segment]] = [:]
        do throws(JournalError) {
            for name in try EventJournal.listFolders(settings.directory) {
                let segments = try EventJournal.recover(
                    folder: (settings.directory as NSString).appendingPathComponent(name), instance: name,
                    damages: &damages, logger: logger)
                if !segments.isEmpty { found[name] = segments }
            }
        } catch {
            _ = Glibc.close(lockDescriptor)
            throw error
        }
        self.damages = damages
        self.catalog = JournalCatalog(found)
        self.lastSequence = found[instance]?.last?.last ?? 0
        prune(now: Date())
        bytes.record(catalog.totalBytes)
        logger.info(
            "journal opened",
            metadata: [
                "directory": "\(settings.directory)", "instance": "\(instance)",
                "last_sequence": "\(lastSequence)", "segments": "\(catalog.segmentCount)",
                "bytes": "\(catalog.totalBytes)", "fsync": "\(settings.fsync.rawValue)",
            ])
    }

    deinit { close() }

    /// Appends records with one `write(2)`, then fsyncs per ``Settings/fsync``.
    ///
    /// A new segment is started when the current one is full or the sequence does not follow on (after an
    /// earlier failure). On failure the partial write is cut off again and the next append starts a new
    /// segment, so the journal has a hole there rather than a torn record; catch-up never serves across a hole.
    ///
    /// - Parameters:
    ///   - entries: Consecutive sequences, in order.
    /// - Throws: ``JournalError`` when the disk refuses the write (full, I/O error).
    func append(_ entries: [JournalEntry], now: Date = Date()) throws(JournalError) {
        guard let firstEntry = entries.first else { return }
        if active == nil || active!.length >= settings.segmentBytes || firstEntry.sequence != lastSequence + 1 {
            try startSegment(at: firstEntry.sequence, now: now)
        }
        guard var segment = active else { return }
        var buffer: [UInt8] = []
        var marks: [JournalCatalog.Mark] = []
        let time = UInt64(max(0, now.timeIntervalSince1970 * 1000))
        for entry in entries {
            if segment.count % Self.markEvery == 0 {
                marks.append(.init(sequence: entry.sequence, offset: segment.length + buffer.count))
            }
            Self.encode(entry, time: time, into: &buffer)
            segment.count += 1
        }
        do throws(JournalError) {
            try POSIX.writeAll(segment.descriptor, buffer, path: segment.path)
        } catch {
            writeErrors.increment()
            _ = ftruncate(segment.descriptor, off_t(segment.length))
            _ = Glibc.close(segment.descriptor)
            active = nil
            throw error
        }
        segment.length += buffer.count
        segment.unsynced += entries.count
        lastSequence = entries[entries.count - 1].sequence
        catalog.commit(
            instance: instance, first: segment.first, last: lastSequence, length: segment.length, marks: marks,
            modified: now)
        records.increment(by: Int64(entries.count))
        active = segment
        switch settings.fsync {
        case .always: try sync()
        case .interval:
            if segment.unsynced >= settings.syncEveryRecords
                || ContinuousClock.now - segment.lastSync >= .seconds(settings.syncIntervalSeconds)
            {
                try sync()
            }
        case .never: break
        }
        if ContinuousClock.now - lastPrune >= .seconds(60) { prune(now: now) }
        bytes.record(catalog.totalBytes)
    }

    /// With `fsync = "interval"`: fsyncs when records have waited for the interval. Call it about once a second.
    func syncIfDue() {
        guard settings.fsync == .interval, let segment = active, segment.unsynced > 0,
            ContinuousClock.now - segment.lastSync >= .seconds(settings.syncIntervalSeconds)
        else { return }
        do { try sync() } catch { logger.error("journal fsync failed", metadata: ["error": "\(error)"]) }
    }

    /// Fsyncs (unless `fsync = "never"`) and closes the active segment, then releases the folder lock.
    func close() {
        if let segment = active {
            if settings.fsync != .never, segment.unsynced > 0 { _ = fsync(segment.descriptor) }
            _ = Glibc.close(segment.descriptor)
            active = nil
        }
        if lockDescriptor >= 0 {
            _ = Glibc.close(lockDescriptor)
            lockDescriptor = -1
        }
    }

    private func sync() throws(JournalError) {
        guard var segment = active, segment.unsynced > 0 else { return }
        guard fsync(segment.descriptor) == 0 else {
            throw JournalError(.system(operation: "fsync", code: errno), path: segment.path)
        }
        segment.unsynced = 0
        segment.lastSync = ContinuousClock.now
        active = segment
    }

    // MARK: Segments

    /// Closes the active segment and starts `events-<first>.log`, then prunes.
    private func startSegment(at first: UInt64, now: Date) throws(JournalError) {
        if let segment = active {
            if settings.fsync != .never, segment.unsynced > 0 { _ = fsync(segment.descriptor) }
            _ = Glibc.close(segment.descriptor)
            active = nil
        }
        // Segments of this instance without a record hold nothing but a number; the new one supersedes them.
        for empty in catalog.removeEmpty(instance: instance) { _ = unlink(empty.path) }
        let path = (folder as NSString).appendingPathComponent(Self.fileName(first: first))
        let descriptor = try POSIX.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, mode: 0o640)
        let header = Self.header(instance: instance, first: first, created: now)
        do throws(JournalError) {
            try POSIX.writeAll(descriptor, header, path: path)
        } catch {
            _ = Glibc.close(descriptor)
            _ = unlink(path)
            writeErrors.increment()
            throw error
        }
        if settings.fsync != .never {
            // The new file's name must survive a power loss too.
            let folderDescriptor = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if folderDescriptor >= 0 {
                _ = fsync(folderDescriptor)
                _ = Glibc.close(folderDescriptor)
            }
        }
        active = ActiveSegment(descriptor: descriptor, first: first, path: path, length: header.count, count: 0)
        catalog.add(
            .init(
                instance: instance, first: first, last: first - 1, path: path, length: header.count, modified: now,
                marks: []))
        prune(now: now)
    }

    /// Deletes segments past the age bound, then the oldest until all fit in `maxBytes`.
    ///
    /// Never the active segment, nor the newest of this instance (it remembers where the sequence is).
    func prune(now: Date) {
        lastPrune = ContinuousClock.now
        let keep = catalog.newest(instance: instance).map(\.path)
        let cutoff = settings.maxAgeSeconds.map { now.addingTimeInterval(-$0) }
        let victims = catalog.prune(maxBytes: settings.maxBytes, olderThan: cutoff) { segment in
            segment.path != keep && segment.path != active?.path
        }
        guard !victims.isEmpty else { return }
        for victim in victims {
            _ = unlink(victim.path)
            if victim.instance != instance, catalog.newest(instance: victim.instance) == nil {
                _ = rmdir((settings.directory as NSString).appendingPathComponent(victim.instance))
            }
        }
        logger.info(
            "journal pruned",
            metadata: [
                "segments": "\(victims.count)", "bytes": "\(victims.reduce(0) { $0 + $1.length })",
                "oldest_remaining": "\(catalog.newest(instance: instance).map { "\($0.first)" } ?? "-")",
            ])
    }

    // MARK: Recovery

    private static func listFolders(_ directory: String) throws(JournalError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: directory).filter { name in
                var isDirectory: ObjCBool = false
                let path = (directory as NSString).appendingPathComponent(name)
                return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                    && isDirectory.boolValue
            }.sorted()
        } catch {
            throw JournalError(.system(operation: "readdir", code: EACCES), path: directory, detail: "\(error)")
        }
    }

    /// Scans every segment of one instance folder, cutting damaged tails, and returns them in sequence order.
    private static func recover(
        folder: String, instance: String, damages: inout [JournalDamage], logger: Logger
    ) throws(JournalError) -> [JournalCatalog.Segment] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw JournalError(.system(operation: "readdir", code: EACCES), path: folder, detail: "\(error)")
        }
        let files = names.compactMap { name in firstSequence(ofFileNamed: name).map { (name, $0) } }
            .sorted { $0.1 < $1.1 }
        var segments: [JournalCatalog.Segment] = []
        for (name, first) in files {
            let path = (folder as NSString).appendingPathComponent(name)
            let (segment, damage) = try scan(path: path, instance: instance, first: first)
            if let damage {
                damages.append(damage)
                logger.warning(
                    damage.bytesCut > 0 ? "journal: cut a damaged tail" : "journal: set aside a damaged segment",
                    metadata: [
                        "file": "\(damage.path)", "offset": "\(damage.offset)", "bytes_cut": "\(damage.bytesCut)",
                        "reason": "\(damage.reason)",
                        "last_sequence": "\(segment.map { "\($0.last)" } ?? "-")",
                    ])
            }
            if let segment { segments.append(segment) }
        }
        return segments
    }

    /// Checks one segment file record by record; cuts the file after the last whole, valid record.
    ///
    /// - Returns: The segment (nil when its header is unusable: then it is renamed `.damaged`, or deleted when
    ///   the file ends inside the header) and what was wrong, if anything.
    static func scan(path: String, instance: String, first: UInt64) throws(JournalError) -> (
        JournalCatalog.Segment?, JournalDamage?
    ) {
        let descriptor = try POSIX.open(path, O_RDONLY | O_CLOEXEC)
        defer { _ = Glibc.close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw JournalError(.system(operation: "fstat", code: errno), path: path)
        }
        let size = Int(info.st_size)
        let modified = Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec))
        var cursor = RecordCursor(descriptor: descriptor, path: path, offset: 0, limit: size)
        let headerLength: Int
        switch try cursor.readHeader() {
        case .header(let headerInstance, let headerFirst, let length):
            guard headerInstance == instance, headerFirst == first else {
                _ = rename(path, path + ".damaged")
                return (
                    nil,
                    JournalDamage(
                        path: path, offset: 0, bytesCut: 0,
                        reason: "header names instance \(headerInstance) from \(headerFirst); renamed .damaged")
                )
            }
            headerLength = length
        case .truncated:
            _ = unlink(path)
            return (nil, JournalDamage(path: path, offset: 0, bytesCut: size, reason: "the header is cut short"))
        case .corrupt(let reason):
            _ = rename(path, path + ".damaged")
            return (nil, JournalDamage(path: path, offset: 0, bytesCut: 0, reason: reason + "; renamed .damaged"))
        }
        var segment = JournalCatalog.Segment(
            instance: instance, first: first, last: first - 1, path: path, length: headerLength, modified: modified,
            marks: [])
        var count = 0
        var problem: String?
        scanning: while true {
            let offset = cursor.offset
            switch try cursor.next() {
            case .end: break scanning
            case .truncated(let reason), .corrupt(let reason):
                problem = reason
                break scanning
            case .record(let entry):
                guard entry.sequence == segment.last + 1 else {
                    problem = "sequence \(entry.sequence) where \(segment.last + 1) belongs"
                    break scanning
                }
                if count % markEvery == 0 { segment.marks.append(.init(sequence: entry.sequence, offset: offset)) }
                count += 1
                segment.last = entry.sequence
                segment.length = cursor.offset
            }
        }
        guard let problem else { return (segment, nil) }
        guard truncate(path, off_t(segment.length)) == 0 else {
            throw JournalError(.system(operation: "truncate", code: errno), path: path)
        }
        return (
            segment,
            JournalDamage(path: path, offset: segment.length, bytesCut: size - segment.length, reason: problem)
        )
    }

    // MARK: Encoding

    static func fileName(first: UInt64) -> String {
        let digits = String(first)
        return "events-" + String(repeating: "0", count: max(0, 20 - digits.count)) + digits + ".log"
    }

    static func firstSequence(ofFileNamed name: String) -> UInt64? {
        guard name.hasPrefix("events-"), name.hasSuffix(".log") else { return nil }
        return UInt64(name.dropFirst("events-".count).dropLast(".log".count))
    }

    static func header(instance: String, first: UInt64, created: Date) -> [UInt8] {
        var bytes = Array("EWJL".utf8)
        let name = Array(instance.utf8)
        bytes.appendLittleEndian(UInt16(1))
        bytes.appendLittleEndian(UInt16(name.count))
        bytes.appendLittleEndian(first)
        bytes.appendLittleEndian(UInt64(max(0, created.timeIntervalSince1970 * 1000)))
        bytes.append(contentsOf: name)
        bytes.appendLittleEndian(CRC32.checksum(bytes))
        return bytes
    }

    static func encode(_ entry: JournalEntry, time: UInt64, into buffer: inout [UInt8]) {
        let start = buffer.count
        let length = 18 + entry.topic.count + entry.payload.count
        buffer.appendLittleEndian(UInt32(length))
        buffer.appendLittleEndian(UInt32(0))  // the CRC, filled in below
        buffer.appendLittleEndian(entry.sequence)
        buffer.appendLittleEndian(time)
        buffer.appendLittleEndian(UInt16(entry.topic.count))
        buffer.append(contentsOf: entry.topic)
        buffer.append(contentsOf: entry.payload)
        var crc = CRC32.update(0xFFFF_FFFF, buffer[start..<(start + 4)])
        crc = CRC32.update(crc, buffer[(start + 8)...])
        let value = crc ^ 0xFFFF_FFFF
        for index in 0..<4 { buffer[start + 4 + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
    }
}

// MARK: - Entries and damage

/// One journaled event: what was sent, under which sequence.
struct JournalEntry: Sendable, Hashable {
    var sequence: UInt64
    /// Frame 1, such as `event.meeting`.
    var topic: [UInt8]
    /// Frame 2, the CloudEvents JSON.
    var payload: [UInt8]
}

/// What recovery found wrong in a segment and cut.
struct JournalDamage: Sendable, Hashable {
    var path: String
    /// Where the valid part ends.
    var offset: Int
    /// How many bytes were cut from the end of the file (0 when the file was set aside whole).
    var bytesCut: Int
    var reason: String
}

// MARK: - JournalError

/// A journal file or folder that cannot be used.
public struct JournalError: Error, CustomStringConvertible, Sendable {
    fileprivate enum Code: Sendable {
        case system(operation: String, code: Int32)
        case inUse
        case invalidInstance
    }

    fileprivate let code: Code
    /// The file or folder concerned.
    public let path: String
    /// More about it, such as Foundation's error text.
    public let detail: String?
    public let file: String
    public let line: Int

    fileprivate init(_ code: Code, path: String, detail: String? = nil, file: String = #fileID, line: Int = #line) {
        self.code = code
        self.path = path
        self.detail = detail
        self.file = file
        self.line = line
    }

    /// The `errno` of a failed system call, if that was it.
    public var errorNumber: Int32? {
        if case .system(_, let code) = code { return code }
        return nil
    }

    public var description: String {
        let suffix = detail.map { " (\($0))" } ?? ""
        switch code {
        case .system(let operation, let number):
            return "journal: \(operation) \(path): \(String(cString: strerror(number)))" + suffix
        case .inUse:
            return "journal: \(path) is in use by another eventwire process "
                + "(give each daemon its own journal.directory)"
        case .invalidInstance:
            return "journal: cannot keep a journal for \(detail ?? "this instance") in \(path)"
        }
    }
}

// MARK: - JournalCatalog

/// The segments on disk and how far each is written, shared by the writer and the catch-up readers.
///
/// The writer publishes a segment's new length only after its `write(2)` returned, so a reader never reads a
/// partial record; readers open the files read-only and re-check every CRC.
final class JournalCatalog: Sendable {
    /// Every `markEvery`-th record's sequence and offset: where a read from a sequence starts.
    struct Mark: Sendable, Hashable {
        var sequence: UInt64
        var offset: Int
    }

    struct Segment: Sendable, Hashable {
        var instance: String
        var first: UInt64
        /// `first - 1` while the segment has no record.
        var last: UInt64
        var path: String
        /// Bytes written and whole (header included).
        var length: Int
        var modified: Date
        var marks: [Mark]
    }

    private let segments: Mutex<[String: [Segment]]>

    init(_ segments: [String: [Segment]] = [:]) {
        self.segments = Mutex(segments)
    }

    /// The instances with a journal here.
    var instances: [String] { segments.withLock { $0.keys.sorted() } }
    var segmentCount: Int { segments.withLock { $0.values.reduce(0) { $0 + $1.count } } }
    var totalBytes: Int { segments.withLock { $0.values.joined().reduce(0) { $0 + $1.length } } }

    /// The sequences that can be read for `instance`, without a hole: `nil` for an unknown instance; an
    /// empty range (`lowerBound == upperBound + 1`) when nothing is kept.
    func available(instance: String) -> (oldest: UInt64, last: UInt64)? {
        segments.withLock { all in all[instance].flatMap(Self.availableRange) }
    }

    fileprivate func newest(instance: String) -> Segment? { segments.withLock { $0[instance]?.last } }

    fileprivate func add(_ segment: Segment) {
        segments.withLock { $0[segment.instance, default: []].append(segment) }
    }

    fileprivate func commit(
        instance: String, first: UInt64, last: UInt64, length: Int, marks: [Mark], modified: Date
    ) {
        segments.withLock { all in
            guard let index = all[instance]?.lastIndex(where: { $0.first == first }) else { return }
            all[instance]![index].last = last
            all[instance]![index].length = length
            all[instance]![index].modified = modified
            all[instance]![index].marks.append(contentsOf: marks)
        }
    }

    fileprivate func removeEmpty(instance: String) -> [Segment] {
        segments.withLock { all in
            let empty = all[instance]?.filter { $0.last < $0.first } ?? []
            all[instance]?.removeAll { $0.last < $0.first }
            if all[instance]?.isEmpty == true { all[instance] = nil }
            return empty
        }
    }

    /// Removes and returns the segments to delete: those older than `cutoff`, then the least recently
    /// written until the rest fit in `maxBytes`; only segments `mayRemove` allows.
    fileprivate func prune(maxBytes: Int, olderThan cutoff: Date?, mayRemove: (Segment) -> Bool) -> [Segment] {
        segments.withLock { all in
            var candidates = all.values.joined().filter(mayRemove).sorted {
                ($0.modified, $0.first) < ($1.modified, $1.first)
            }
            var victims: [Segment] = []
            if let cutoff {
                victims = candidates.filter { $0.modified < cutoff }
                candidates.removeAll { $0.modified < cutoff }
            }
            var total = all.values.joined().reduce(0) { $0 + $1.length } - victims.reduce(0) { $0 + $1.length }
            while total > maxBytes, !candidates.isEmpty {
                let victim = candidates.removeFirst()
                victims.append(victim)
                total -= victim.length
            }
            for victim in victims {
                all[victim.instance]?.removeAll { $0.path == victim.path }
                if all[victim.instance]?.isEmpty == true { all[victim.instance] = nil }
            }
            return victims
        }
    }

    private static func availableRange(_ segments: [Segment]) -> (oldest: UInt64, last: UInt64)? {
        guard var start = segments.indices.last else { return nil }
        // The run of segments that follow on from each other up to the newest: no hole in it.
        while start > 0, segments[start - 1].last + 1 == segments[start].first,
            segments[start - 1].last >= segments[start - 1].first
        {
            start -= 1
        }
        return (segments[start].first, segments[segments.count - 1].last)
    }

    /// Reads up to `maxEvents` entries (and about `maxBytes`) of `instance` from sequence `from` on.
    ///
    /// - Returns: The entries in order, the last sequence they reach, and whether that is everything journaled
    ///   so far; with nothing from `from` on yet, no entries and the journal's last sequence (below `from`).
    /// - Throws: ``JournalRefusal`` for an unknown instance or a sequence no longer kept.
    func read(instance: String, from: UInt64, maxEvents: Int, maxBytes: Int) throws(JournalRefusal) -> JournalPage {
        struct Part {
            var path: String
            var offset: Int
            var limit: Int
        }
        let plan: (parts: [Part], last: UInt64) = try segments.withLock { all throws(JournalRefusal) in
            guard let kept = all[instance], let range = Self.availableRange(kept) else {
                let known = all.keys.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
                throw JournalRefusal(
                    "unknown instance \"\(instance)\"; this journal holds " + (known.isEmpty ? "none" : known))
            }
            guard from >= range.oldest else {
                throw JournalRefusal(
                    "sequence \(from) of instance \"\(instance)\" is no longer journaled; "
                        + "the oldest available is \(range.oldest)")
            }
            guard from <= range.last, let index = kept.lastIndex(where: { $0.first <= from }) else {
                return ([], range.last)
            }
            var parts: [Part] = []
            for (position, segment) in kept[index...].enumerated() where segment.last >= segment.first {
                let mark = position == 0 ? segment.marks.last(where: { $0.sequence <= from }) : segment.marks.first
                parts.append(Part(path: segment.path, offset: mark?.offset ?? segment.length, limit: segment.length))
            }
            return (parts, range.last)
        }
        guard !plan.parts.isEmpty else { return JournalPage(entries: [], last: plan.last, isComplete: true) }
        var entries: [JournalEntry] = []
        var size = 0
        var reached = from - 1
        reading: for part in plan.parts {
            let descriptor = Glibc.open(part.path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                // Pruned since the plan was made: the request has become too old.
                let oldest = available(instance: instance)?.oldest ?? 0
                throw JournalRefusal(
                    "sequence \(from) of instance \"\(instance)\" was pruned while reading; "
                        + "the oldest available is \(oldest)")
            }
            defer { _ = Glibc.close(descriptor) }
            var cursor = RecordCursor(descriptor: descriptor, path: part.path, offset: part.offset, limit: part.limit)
            while entries.count < maxEvents, size < maxBytes {
                let step: RecordCursor.Step
                do throws(JournalError) {
                    step = try cursor.next()
                } catch {
                    throw JournalRefusal("cannot read the journal: \(error)")
                }
                guard case .record(let entry) = step else {
                    if case .end = step { continue reading }
                    throw JournalRefusal("the journal is damaged at \(part.path):\(cursor.offset)")
                }
                guard entry.sequence >= from else { continue }
                guard entry.sequence == reached + 1 else {
                    throw JournalRefusal("the journal skips from \(reached) to \(entry.sequence) in \(part.path)")
                }
                reached = entry.sequence
                size += entry.topic.count + entry.payload.count
                entries.append(entry)
            }
            break
        }
        return JournalPage(entries: entries, last: reached, isComplete: reached >= plan.last)
    }
}

/// A page of catch-up: entries in order, the last sequence reached, and whether the journal had no more.
struct JournalPage: Sendable, Hashable {
    var entries: [JournalEntry]
    var last: UInt64
    var isComplete: Bool
}

/// Why a catch-up cannot be served; the message goes to the client as it is.
struct JournalRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

// MARK: - Reading records

/// Reads a segment file's header and records in order, from an offset up to a limit, through a buffer.
struct RecordCursor {
    enum Step {
        case record(JournalEntry)
        case end
        /// The file ends inside a record: a torn write.
        case truncated(String)
        /// A record that cannot be right: a bad CRC, an impossible length.
        case corrupt(String)
    }

    enum Header {
        case header(instance: String, first: UInt64, length: Int)
        case truncated
        case corrupt(String)
    }

    let descriptor: Int32
    let path: String
    let limit: Int
    /// Where the next record starts.
    private(set) var offset: Int
    private var buffer: [UInt8] = []
    private var bufferOffset = 0

    init(descriptor: Int32, path: String, offset: Int, limit: Int) {
        self.descriptor = descriptor
        self.path = path
        self.offset = offset
        self.limit = limit
    }

    mutating func readHeader() throws(JournalError) -> Header {
        offset = 0
        guard try load(24) else { return .truncated }
        guard Array(slice(0, 4)) == Array("EWJL".utf8) else { return .corrupt("not a journal segment (bad magic)") }
        let version: UInt16 = integer(at: 4)
        guard version == 1 else { return .corrupt("unknown segment version \(version)") }
        let nameLength = Int(integer(at: 6) as UInt16)
        let length = 24 + nameLength + 4
        guard try load(length) else { return .truncated }
        let stored: UInt32 = integer(at: 24 + nameLength)
        guard CRC32.checksum(slice(0, 24 + nameLength)) == stored else { return .corrupt("bad header CRC") }
        let first: UInt64 = integer(at: 8)
        let instance = String(decoding: slice(24, nameLength), as: UTF8.self)
        offset = length
        return .header(instance: instance, first: first, length: length)
    }

    mutating func next() throws(JournalError) -> Step {
        guard offset < limit else { return .end }
        guard try load(8) else { return .truncated("the file ends inside a record's length and CRC") }
        let length = Int(integer(at: offset) as UInt32)
        let stored: UInt32 = integer(at: offset + 4)
        guard length >= 18, length <= EventJournal.maxRecordBytes else {
            return .corrupt("impossible record length \(length)")
        }
        guard try load(8 + length) else { return .truncated("the file ends inside a record of \(length) bytes") }
        var crc = CRC32.update(0xFFFF_FFFF, slice(offset, 4))
        crc = CRC32.update(crc, slice(offset + 8, length))
        guard crc ^ 0xFFFF_FFFF == stored else { return .corrupt("CRC mismatch") }
        let body = offset + 8
        let topicLength = Int(integer(at: body + 16) as UInt16)
        guard 18 + topicLength <= length else { return .corrupt("topic longer than its record") }
        let entry = JournalEntry(
            sequence: integer(at: body), topic: Array(slice(body + 18, topicLength)),
            payload: Array(slice(body + 18 + topicLength, length - 18 - topicLength)))
        offset += 8 + length
        return .record(entry)
    }

    /// Makes the bytes `offset..<offset + count` available; false when the limit comes first.
    private mutating func load(_ count: Int) throws(JournalError) -> Bool {
        guard offset + count <= limit else { return false }
        if offset >= bufferOffset, offset + count <= bufferOffset + buffer.count { return true }
        let want = min(max(count, 256 * 1024), limit - offset)
        let (descriptor, start) = (self.descriptor, offset)
        var fresh = [UInt8](repeating: 0, count: want)
        var filled = 0
        while filled < want {
            let got = fresh.withUnsafeMutableBytes { raw in
                pread(descriptor, raw.baseAddress! + filled, want - filled, off_t(start + filled))
            }
            if got < 0 {
                let code = errno
                if code == EINTR { continue }
                throw JournalError(.system(operation: "pread", code: code), path: path)
            }
            if got == 0 { break }
            filled += got
        }
        if filled < want { fresh.removeSubrange(filled...) }
        buffer = fresh
        bufferOffset = start
        return filled >= count
    }

    private func slice(_ at: Int, _ count: Int) -> ArraySlice<UInt8> {
        buffer[(at - bufferOffset)..<(at - bufferOffset + count)]
    }

    private func integer<T: FixedWidthInteger>(at position: Int) -> T {
        var value: T = 0
        for (index, byte) in slice(position, MemoryLayout<T>.size).enumerated() {
            value |= T(byte) << (8 * index)
        }
        return value
    }
}

// MARK: - CRC-32

/// zlib's CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), table-driven.
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// The CRC-32 of `bytes`, as `zlib.crc32(bytes)` computes it.
    static func checksum<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt32 {
        update(0xFFFF_FFFF, bytes) ^ 0xFFFF_FFFF
    }

    /// Continues a running CRC (start with `0xFFFFFFFF`, end by xor-ing it again).
    static func update<Bytes: Sequence<UInt8>>(_ crc: UInt32, _ bytes: Bytes) -> UInt32 {
        var crc = crc
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc
    }
}

// MARK: - System calls

/// The journal's few system calls, with `errno` read right after each and `EINTR` retried.
private enum POSIX {
    static func open(_ path: String, _ flags: Int32, mode: mode_t = 0) throws(JournalError) -> Int32 {
        while true {
            let descriptor = Glibc.open(path, flags, mode)
            if descriptor >= 0 { return descriptor }
            let code = errno
            if code != EINTR { throw JournalError(.system(operation: "open", code: code), path: path) }
        }
    }

    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(JournalError) {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { raw in
                Glibc.write(descriptor, raw.baseAddress! + written, bytes.count - written)
            }
            if result < 0 {
                let code = errno
                if code == EINTR { continue }
                throw JournalError(.system(operation: "write", code: code), path: path)
            }
            written += result
        }
    }
}

extension [UInt8] {
    fileprivate mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        for index in 0..<MemoryLayout<T>.size { append(UInt8(truncatingIfNeeded: value >> (8 * index))) }
    }
}
