/// The three kinds of political event EventWire extracts (see `EVENTS.md`).
public enum EventType: String, Sendable, Hashable, CaseIterable, Codable {
    case meeting
    case condemnation
    case agreement

    /// The ZeroMQ topic (frame 1) an event of this type is published under.
    public var topic: String { "event.\(rawValue)" }
}

/// Whether an event is the news, background history, or announced for the future.
public enum EventStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case occurred
    case past
    case planned
}

/// A participant: a person, a state, a government or an organisation.
public struct Actor: Sendable, Hashable, Codable {
    /// The fullest form of the name the article gives ("Fumio Kishida", "Japan").
    public var name: String
    /// The title where stated ("Prime Minister").
    public var title: String?
    /// ISO 3166-1 alpha-3 code where known ("JPN").
    public var country: String?

    public init(name: String, title: String? = nil, country: String? = nil) {
        self.name = name
        self.title = title
        self.country = country
    }
}

/// A named thing with an optional country: a condemnation's target or an event's place.
public struct Entity: Sendable, Hashable, Codable {
    public var name: String
    /// ISO 3166-1 alpha-3 code where known.
    public var country: String?

    public init(name: String, country: String? = nil) {
        self.name = name
        self.country = country
    }
}

/// A span of the article body that states the event.
///
/// `start` and `end` are Unicode code point offsets into the body, as Python's `str` indexing counts them.
public struct Evidence: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}

/// Codes of the event-data field: the closest CAMEO code and PLOVER category.
public struct EventCodes: Sendable, Hashable, Codable {
    public var cameo: String
    public var plover: String

    public init(cameo: String, plover: String) {
        self.cameo = cameo
        self.plover = plover
    }
}

/// One extracted event: one distinct occurrence of a meeting, condemnation or agreement.
public struct Event: Sendable, Hashable {
    public var type: EventType
    public var actors: [Actor]
    /// For a condemnation: who or what is condemned.
    public var target: Entity?
    /// For an agreement: what was agreed; for a condemnation: the act condemned.
    public var topic: String?
    public var location: Entity?
    /// ISO 8601 date, reduced precision allowed ("2022-09").
    public var date: String?
    public var status: EventStatus
    public var evidence: [Evidence]
    /// How strongly the text supports the event, in [0, 1].
    public var confidence: Double
    public var codes: EventCodes

    public init(
        type: EventType,
        actors: [Actor],
        target: Entity? = nil,
        topic: String? = nil,
        location: Entity? = nil,
        date: String? = nil,
        status: EventStatus,
        evidence: [Evidence],
        confidence: Double,
        codes: EventCodes
    ) {
        self.type = type
        self.actors = actors
        self.target = target
        self.topic = topic
        self.location = location
        self.date = date
        self.status = status
        self.evidence = evidence
        self.confidence = confidence
        self.codes = codes
    }
}
