import Foundation

/// One news article, as it arrives on the feed or from a file.
public struct Article: Sendable, Hashable {
    /// Stable article id; defaults to a hash of the body.
    public var id: String
    /// The article text.
    public var body: String
    public var title: String?
    public var source: String?
    public var url: String?
    public var language: String?
    /// The `published` value as given (RFC 3339 date or date-time).
    public var published: String?

    /// The date part of `published`, the anchor for relative dates ("Sunday").
    public var publishedDate: CivilDate? { published.flatMap { CivilDate(rfc3339: $0) } }

    public init(
        id: String? = nil,
        body: String,
        title: String? = nil,
        source: String? = nil,
        url: String? = nil,
        language: String? = nil,
        published: String? = nil
    ) {
        self.id = id ?? Article.defaultID(forBody: body)
        self.body = body
        self.title = title
        self.source = source
        self.url = url
        self.language = language
        self.published = published
    }

    /// The id an article without one gets: `body-` and 16 hex digits of a 64-bit FNV-1a hash of the body's UTF-8.
    ///
    /// Stable across runs and machines, so replays give the same event ids.
    public static func defaultID(forBody body: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in body.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "body-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}

// MARK: - Decoding from the wire

/// Why an article was rejected: the contract's closed list of dead-letter reasons.
public enum RejectionReason: String, Sendable, Hashable, CaseIterable, Codable {
    /// The payload is over the configured size limit.
    case tooLarge = "too_large"
    /// The payload is not valid UTF-8.
    case invalidUTF8 = "invalid_utf8"
    /// The payload is not JSON.
    case notJSON = "not_json"
    /// The payload is JSON but not an object.
    case notObject = "not_object"
    /// No `body`, or an empty one.
    case missingBody = "missing_body"
    /// A known field has the wrong type or form.
    case invalidField = "invalid_field"
    /// The message has more frames than an article may have.
    case badFrames = "bad_frames"
}

/// An article that could not be accepted, with what a dead letter says of it.
public struct ArticleRejection: Error, Sendable, Hashable {
    public var reason: RejectionReason
    /// One line saying what is wrong, naming the field where there is one.
    public var detail: String
    /// The article's id when the payload got far enough to give one.
    public var articleID: String?

    public init(reason: RejectionReason, detail: String, articleID: String? = nil) {
        self.reason = reason
        self.detail = detail
        self.articleID = articleID
    }
}

extension Article {
    /// The default limit on an article payload: 4 MiB.
    public static let defaultMaxPayloadBytes = 4 * 1024 * 1024

    /// Decodes an article from its JSON payload.
    ///
    /// - Parameters:
    ///   - payload: the message frame holding the article's JSON.
    ///   - maxBytes: payloads larger than this are rejected unread.
    /// - Throws: ``ArticleRejection`` with the contract's reason.
    public init(json payload: some Collection<UInt8>, maxBytes: Int = Article.defaultMaxPayloadBytes) throws(ArticleRejection) {
        guard payload.count <= maxBytes else {
            throw ArticleRejection(
                reason: .tooLarge, detail: "payload of \(payload.count) bytes is over the limit of \(maxBytes)")
        }
        let data = Data(payload)
        guard String(validating: data, as: UTF8.self) != nil else {
            throw ArticleRejection(reason: .invalidUTF8, detail: "payload is not valid UTF-8")
        }
        let depth = data.withUnsafeBytes { Article.nestingDepth(ofBytes: $0.bindMemory(to: UInt8.self)) }
        guard depth <= Article.maxNestingDepth else {
            throw ArticleRejection(
                reason: .notJSON, detail: "JSON nested deeper than \(Article.maxNestingDepth) levels")
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw ArticleRejection(reason: .notJSON, detail: "payload is not JSON")
        }
        guard let fields = object as? [String: Any] else {
            throw ArticleRejection(
                reason: .notObject, detail: "payload is JSON but not an object (\(Article.jsonKind(object)))")
        }
        func string(_ key: String) throws(ArticleRejection) -> String? {
            switch fields[key] {
            case nil, is NSNull: return nil
            case let value as String: return value
            default:
                throw ArticleRejection(
                    reason: .invalidField, detail: "field \(key) must be a string",
                    articleID: fields["id"] as? String)
            }
        }
        let id = try string("id")
        guard let body = try string("body"), !body.isEmpty else {
            throw ArticleRejection(
                reason: .missingBody, detail: "field body is missing or empty", articleID: id)
        }
        let published = try string("published")
        if let published, CivilDate(rfc3339: published) == nil {
            throw ArticleRejection(
                reason: .invalidField, detail: "field published is not an RFC 3339 date or date-time",
                articleID: id)
        }
        self.init(
            id: id, body: body, title: try string("title"), source: try string("source"), url: try string("url"),
            language: try string("language"), published: published)
    }

    /// Arrays and objects deeper than this are refused before parsing: an article is flat, and a
    /// recursive parser must not be handed a stack-exhausting payload.
    public static let maxNestingDepth = 64

    /// The deepest nesting of `[` and `{` outside strings (a scan, no parse); stops counting past the limit.
    static func nestingDepth(of payload: some Collection<UInt8>) -> Int {
        if let depth = payload.withContiguousStorageIfAvailable({ nestingDepth(ofBytes: $0) }) { return depth }
        return Array(payload).withUnsafeBufferPointer { nestingDepth(ofBytes: $0) }
    }

    /// ``nestingDepth(of:)`` over contiguous bytes: the scan runs once per payload, over every byte, so it
    /// is not left to a generic collection's iterator.
    static func nestingDepth(ofBytes payload: UnsafeBufferPointer<UInt8>) -> Int {
        var depth = 0
        var deepest = 0
        var inString = false
        var escaped = false
        for byte in payload {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > deepest {
                    deepest = depth
                    if deepest > maxNestingDepth { return deepest }
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return deepest
    }

    private static func jsonKind(_ value: Any) -> String {
        switch value {
        case is [Any]: return "an array"
        case is String: return "a string"
        case is NSNull: return "null"
        case is NSNumber: return "a number or boolean"
        default: return "a scalar"
        }
    }
}
