/// An event encoded as the contract's CloudEvents 1.0 JSON, waiting only for its `sequence`.
///
/// Workers encode in parallel; the one publisher that owns the sequence counter joins
/// `head + sequence + tail` as it sends, so the numbering has a single writer.
public struct EncodedEvent: Sendable, Hashable {
    /// Frame 1: `event.<type>`.
    public var topic: [UInt8]
    /// The JSON up to the sequence value's opening quote.
    public var head: [UInt8]
    /// The JSON from the sequence value's closing quote to the end.
    public var tail: [UInt8]
    /// The stable CloudEvents `id`.
    public var id: String

    /// Frame 2 with the sequence filled in.
    public func payload(sequence: UInt64) -> [UInt8] {
        var bytes = head
        bytes.reserveCapacity(head.count + 20 + tail.count)
        bytes.append(contentsOf: String(sequence).utf8)
        bytes.append(contentsOf: tail)
        return bytes
    }
}

/// Encodes events and dead letters as the contract's JSON (see `schema/event.schema.json`).
public struct CloudEventEncoder: Sendable {
    /// `eventwire://<host>/<instance>`: names the publishing daemon.
    public var source: String

    public init(host: String, instance: String) {
        self.source = "eventwire://\(host)/\(instance)"
    }

    /// The stable ids of an article's events: `<article id>/<type>/<n>`, n counting from 1 within each type.
    public static func ids(for events: [Event], articleID: String) -> [String] {
        var counts: [EventType: Int] = [:]
        return events.map { event in
            let n = (counts[event.type] ?? 0) + 1
            counts[event.type] = n
            return "\(articleID)/\(event.type.rawValue)/\(n)"
        }
    }

    /// Encodes all events of one article.
    ///
    /// - Parameters:
    ///   - events: the extractor's output for the article, in order.
    ///   - article: the article they come from (its metadata is copied into each event).
    ///   - time: the RFC 3339 time the events were produced.
    public func encode(_ events: [Event], of article: Article, time: String) -> [EncodedEvent] {
        let ids = CloudEventEncoder.ids(for: events, articleID: article.id)
        return zip(events, ids).map { encode($0, id: $1, article: article, time: time) }
    }

    private func encode(_ event: Event, id: String, article: Article, time: String) -> EncodedEvent {
        var json = JSONWriter(capacity: 512 + event.evidence.reduce(0) { $0 + $1.text.utf8.count })
        json.beginObject()
        json.key("specversion")
        json.string("1.0")
        json.key("id")
        json.string(id)
        json.key("source")
        json.string(source)
        json.key("type")
        json.string("eventwire.\(event.type.rawValue)")
        json.key("subject")
        json.string(article.id)
        json.key("time")
        json.string(time)
        json.key("sequence")
        json.raw("\"".utf8)
        let head = json.bytes
        var rest = JSONWriter(capacity: json.bytes.capacity)
        rest.raw("\"".utf8)
        rest.key("datacontenttype")
        rest.string("application/json")
        rest.key("data")
        Self.writeData(event, article: article, into: &rest)
        rest.endObject()
        return EncodedEvent(topic: Array(event.type.topic.utf8), head: head, tail: rest.bytes, id: id)
    }

    private static func writeData(_ event: Event, article: Article, into json: inout JSONWriter) {
        json.beginObject()
        json.key("type")
        json.string(event.type.rawValue)
        json.key("article")
        json.beginObject()
        json.key("id")
        json.string(article.id)
        json.key("title")
        json.string(article.title)
        json.key("url")
        json.string(article.url)
        json.key("source")
        json.string(article.source)
        json.key("published")
        json.string(article.published)
        json.endObject()
        json.key("actors")
        json.beginArray()
        for actor in event.actors {
            json.beginObject()
            json.key("name")
            json.string(actor.name)
            json.key("title")
            json.string(actor.title)
            json.key("country")
            json.string(actor.country)
            json.endObject()
        }
        json.endArray()
        json.key("target")
        writeEntity(event.target, into: &json)
        json.key("topic")
        json.string(event.topic)
        json.key("location")
        writeEntity(event.location, into: &json)
        json.key("date")
        json.string(event.date)
        json.key("status")
        json.string(event.status.rawValue)
        json.key("evidence")
        json.beginArray()
        for span in event.evidence {
            json.beginObject()
            json.key("start")
            json.integer(span.start)
            json.key("end")
            json.integer(span.end)
            json.key("text")
            json.string(span.text)
            json.endObject()
        }
        json.endArray()
        json.key("confidence")
        json.number(event.confidence, decimals: 3)
        json.key("codes")
        json.beginObject()
        json.key("cameo")
        json.string(event.codes.cameo)
        json.key("plover")
        json.string(event.codes.plover)
        json.endObject()
        json.endObject()
    }

    private static func writeEntity(_ entity: Entity?, into json: inout JSONWriter) {
        guard let entity else { return json.null() }
        json.beginObject()
        json.key("name")
        json.string(entity.name)
        json.key("country")
        json.string(entity.country)
        json.endObject()
    }

    /// The payload of a `deadletter` message: `{"reason", "detail", "bytes", "article_id"}`.
    public static func deadLetter(_ rejection: ArticleRejection, bytes: Int) -> [UInt8] {
        var json = JSONWriter(capacity: 256)
        json.beginObject()
        json.key("reason")
        json.string(rejection.reason.rawValue)
        json.key("detail")
        json.string(rejection.detail)
        json.key("bytes")
        json.integer(bytes)
        json.key("article_id")
        json.string(rejection.articleID)
        json.endObject()
        return json.bytes
    }

    /// The topic of dead letters.
    public static let deadLetterTopic: [UInt8] = Array("deadletter".utf8)
}
