import Foundation

/// One line of a gold file: a sentence-level case (peer suites) or an annotated article.
public enum GoldRecord: Sendable {
    case sentence(SentenceCase)
    case article(ArticleGold)
}

/// Which labels of a sentence-level record are gold (see `CAMEO-MAPPING.md`, "Recommended scoring protocol").
public enum PeerView: String, Sendable, CaseIterable {
    /// `types_reviewed` gold, `types_reviewed_lenient` don't-care (the default).
    case reviewed
    /// `types` gold, `types_lenient` don't-care: the pure peer view.
    case peer
}

/// A sentence with the event types it carries.
public struct SentenceCase: Sendable, Hashable {
    public var id: String
    public var text: String
    /// The suite it belongs to (`petr2-gsr`, `petr-unittest`, `plover-gsr-cameo`); "sentences" when unnamed.
    public var suite: String
    /// Gold positives.
    public var types: Set<EventType>
    /// Types an extractor may emit without being wrong (a superset of `types`).
    public var allowed: Set<EventType>
    public var published: String?

    public init(
        id: String, text: String, suite: String, types: Set<EventType>, allowed: Set<EventType>,
        published: String? = nil
    ) {
        self.id = id
        self.text = text
        self.suite = suite
        self.types = types
        self.allowed = allowed.union(types)
        self.published = published
    }
}

/// An article with its annotated events.
public struct ArticleGold: Sendable, Hashable {
    public var id: String
    /// The text, when the record carries it.
    public var body: String?
    /// The file holding the text, as written in the record (relative paths resolve against the gold file's folder).
    public var file: String?
    public var published: String?
    public var events: [GoldEvent]

    public init(id: String, body: String?, file: String?, published: String?, events: [GoldEvent]) {
        self.id = id
        self.body = body
        self.file = file
        self.published = published
        self.events = events
    }
}

/// One annotated event.
public struct GoldEvent: Sendable, Hashable {
    public var type: EventType
    public var actors: [String]
    /// ISO alpha-3 codes of the actors where given (null entries dropped).
    public var countries: [String]
    public var location: String?
    public var date: String?
    public var status: EventStatus
    /// The annotator's key phrase, where the gold file gives one (shown with false negatives).
    public var evidence: String? = nil

    public init(
        type: EventType, actors: [String], countries: [String] = [], location: String?, date: String?,
        status: EventStatus
    ) {
        self.type = type
        self.actors = actors
        self.countries = countries
        self.location = location
        self.date = date
        self.status = status
    }
}

/// A gold line that cannot be read: its line number and what is wrong.
public struct GoldFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

extension GoldRecord {
    /// Parses every non-blank line of a gold file.
    ///
    /// - Throws: ``GoldFormatError`` for the first bad line.
    public static func parse(contents: String, view: PeerView = .reviewed) throws(GoldFormatError) -> [GoldRecord] {
        var records: [GoldRecord] = []
        var number = 0
        for line in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("//") { continue }
            records.append(try parse(line: trimmed, lineNumber: number, view: view))
        }
        return records
    }

    /// Parses one JSON line.
    public static func parse(line: String, lineNumber: Int, view: PeerView = .reviewed) throws(GoldFormatError)
        -> GoldRecord
    {
        func fail(_ message: String) -> GoldFormatError { GoldFormatError(line: lineNumber, message: message) }
        guard let data = line.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data),
            let fields = object as? [String: Any]
        else { throw fail("not a JSON object") }
        let id = (fields["id"] as? String) ?? "line-\(lineNumber)"
        func string(_ key: String) throws(GoldFormatError) -> String? {
            switch fields[key] {
            case nil, is NSNull: return nil
            case let value as String: return value
            default: throw fail("\(key) must be a string or null")
            }
        }
        if let events = fields["events"] {
            guard let list = events as? [Any] else { throw fail("events must be a list") }
            var parsed: [GoldEvent] = []
            for (index, item) in list.enumerated() {
                guard let event = item as? [String: Any] else { throw fail("events[\(index)] is not an object") }
                guard let typeName = event["type"] as? String, let type = EventType(rawValue: typeName) else {
                    throw fail("events[\(index)].type must be meeting, condemnation or agreement")
                }
                guard let actors = event["actors"] as? [Any], actors.allSatisfy({ $0 is String }) else {
                    throw fail("events[\(index)].actors must be a list of names")
                }
                let countries = (event["countries"] as? [Any])?.compactMap { $0 as? String } ?? []
                let location = event["location"] as? String
                let date = event["date"] as? String
                let statusName = (event["status"] as? String) ?? "occurred"
                guard let status = EventStatus(rawValue: statusName) else {
                    throw fail("events[\(index)].status must be occurred, past or planned")
                }
                var goldEvent = GoldEvent(
                    type: type, actors: actors.compactMap { $0 as? String }, countries: countries,
                    location: location, date: date, status: status)
                goldEvent.evidence = event["evidence"] as? String
                parsed.append(goldEvent)
            }
            let body = try string("body")
            let file = try string("file")
            guard body != nil || file != nil else { throw fail("an article needs body or file") }
            return .article(
                ArticleGold(id: id, body: body, file: file, published: try string("published"), events: parsed))
        }
        guard let text = try string("text") else { throw fail("a record needs events (article) or text (sentence)") }
        func types(_ key: String) throws(GoldFormatError) -> Set<EventType>? {
            guard let value = fields[key], !(value is NSNull) else { return nil }
            guard let list = value as? [Any] else { throw fail("\(key) must be a list") }
            var result: Set<EventType> = []
            for item in list {
                guard let name = item as? String, let type = EventType(rawValue: name.lowercased()) else {
                    throw fail("\(key) has an unknown type")
                }
                result.insert(type)
            }
            return result
        }
        let goldKey = view == .reviewed ? "types_reviewed" : "types"
        let lenientKey = view == .reviewed ? "types_reviewed_lenient" : "types_lenient"
        var goldTypes = try types(goldKey)
        if goldTypes == nil { goldTypes = try types("types") }
        guard let gold = goldTypes else { throw fail("a sentence needs \(goldKey)") }
        var allowed = gold
        if let lenient = try types(lenientKey) { allowed = lenient }
        let suite = (try string("suite")) ?? "sentences"
        return .sentence(
            SentenceCase(id: id, text: text, suite: suite, types: gold, allowed: allowed, published: try string("date")))
    }
}
