import Foundation
import Testing

@testable import EventWireCore

/// The article decoder and the event encoder: the two ends of the wire format.
@Suite struct ArticleDecodingTests {
    @Test func decodesAllFields() throws {
        let json = #"{"id":"a1","body":"Text.","title":"T","source":"S","url":"u","language":"en","published":"2022-11-13T09:00:00+09:00","extra":1}"#
        let article = try Article(json: Array(json.utf8))
        #expect(article.id == "a1")
        #expect(article.body == "Text.")
        #expect(article.title == "T" && article.source == "S" && article.url == "u" && article.language == "en")
        #expect(article.publishedDate == CivilDate(year: 2022, month: 11, day: 13))
    }

    @Test func defaultIDIsAStableHashOfTheBody() throws {
        let a = try Article(json: Array(#"{"body":"Same text."}"#.utf8))
        let b = try Article(json: Array(#"{"body":"Same text.","title":"other"}"#.utf8))
        let c = try Article(json: Array(#"{"body":"Other text."}"#.utf8))
        #expect(a.id == b.id)
        #expect(a.id != c.id)
        #expect(a.id.hasPrefix("body-") && a.id.count == 21)
    }

    @Test(arguments: [
        (#"not json"#, RejectionReason.notJSON),
        (#"[1,2]"#, .notObject),
        (#""a string""#, .notObject),
        (#"{"title":"no body"}"#, .missingBody),
        (#"{"body":""}"#, .missingBody),
        (#"{"body":null}"#, .missingBody),
        (#"{"body":42}"#, .invalidField),
        (#"{"body":"x","id":7}"#, .invalidField),
        (#"{"body":"x","published":"last week"}"#, .invalidField),
        (#"{"body":"x","published":"2022-13-01"}"#, .invalidField),
    ])
    func rejects(_ json: String, _ reason: RejectionReason) {
        #expect(throws: ArticleRejection.self) { try Article(json: Array(json.utf8)) }
        do {
            _ = try Article(json: Array(json.utf8))
        } catch {
            #expect(error.reason == reason, "\(json): \(error.detail)")
        }
    }

    @Test func rejectsInvalidUTF8AndOversizedPayloads() {
        var bytes = Array(#"{"body":"caf"#.utf8)
        bytes += [0xC3, 0x28]
        bytes += Array(#""}"#.utf8)
        #expect(throws: ArticleRejection(reason: .invalidUTF8, detail: "payload is not valid UTF-8")) {
            try Article(json: bytes)
        }
        let big = Array(#"{"body":"\#(String(repeating: "x", count: 100))"}"#.utf8)
        do {
            _ = try Article(json: big, maxBytes: 50)
            Issue.record("an oversized payload was accepted")
        } catch {
            #expect(error.reason == .tooLarge)
        }
    }

    @Test(arguments: ["2022-11-13", "2022-11-13T09:30:00Z", "2022-11-13T09:30:00.123+09:00", "2022-11-13 09:30"])
    func acceptsRFC3339(_ text: String) {
        #expect(CivilDate(rfc3339: text) == CivilDate(year: 2022, month: 11, day: 13))
    }

    @Test(arguments: ["2022-11", "13/11/2022", "2022-02-30", "2022-11-13T9:30", "2022-11-13T09:30:00+0900", ""])
    func rejectsNonRFC3339(_ text: String) {
        #expect(CivilDate(rfc3339: text) == nil)
    }

    @Test func civilDateArithmetic() throws {
        let date = try #require(CivilDate(year: 2022, month: 11, day: 13))
        #expect(date.weekday == 7)  // a Sunday
        #expect(date.adding(days: 20).description == "2022-12-03")
        #expect(date.adding(days: -365).description == "2021-11-13")
        #expect(CivilDate(daysSinceEpoch: date.daysSinceEpoch) == date)
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil && CivilDate(year: 2023, month: 2, day: 29) == nil)
    }
}

@Suite struct CloudEventEncoderTests {
    let article = Article(id: "seed-1", body: "Body \"quoted\"\n", title: "T", published: "2022-11-13")

    func event(_ type: EventType) -> Event {
        Event(
            type: type, actors: [Actor(name: "Fumio Kishida", title: "Prime Minister", country: "JPN")],
            target: type == .condemnation ? Entity(name: "North Korea", country: "PRK") : nil,
            location: Entity(name: "Phnom Penh", country: "KHM"), date: "2022-11", status: .occurred,
            evidence: [Evidence(start: 0, end: 4, text: "Body \"quoted\"\n\u{1}é🇯🇵")], confidence: 0.9,
            codes: EventCodes(cameo: "044", plover: "CONSULT"))
    }

    @Test func encodesTheContractsShapeWithStableIDs() throws {
        let encoder = CloudEventEncoder(host: "host-a", instance: "main")
        let encoded = encoder.encode(
            [event(.meeting), event(.agreement), event(.meeting)], of: article, time: "2026-01-01T00:00:00.000Z")
        #expect(encoded.map(\.id) == ["seed-1/meeting/1", "seed-1/agreement/1", "seed-1/meeting/2"])
        #expect(encoded.map { String(decoding: $0.topic, as: UTF8.self) } == [
            "event.meeting", "event.agreement", "event.meeting",
        ])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(encoded[0].payload(sequence: 42))) as? [String: Any])
        #expect(object["specversion"] as? String == "1.0")
        #expect(object["sequence"] as? String == "42")
        #expect(object["source"] as? String == "eventwire://host-a/main")
        #expect(object["type"] as? String == "eventwire.meeting")
        #expect(object["subject"] as? String == "seed-1")
        let data = try #require(object["data"] as? [String: Any])
        #expect(data["target"] is NSNull)
        #expect(data["topic"] is NSNull)
        #expect(data["date"] as? String == "2022-11")
        #expect((data["confidence"] as? NSNumber)?.doubleValue == 0.9)
        let span = try #require((data["evidence"] as? [[String: Any]])?.first)
        #expect(span["text"] as? String == "Body \"quoted\"\n\u{1}é🇯🇵")
        let meta = try #require(data["article"] as? [String: Any])
        #expect(meta["url"] is NSNull && meta["published"] as? String == "2022-11-13")
    }

    @Test func deadLetterShape() throws {
        let payload = CloudEventEncoder.deadLetter(
            ArticleRejection(reason: .notJSON, detail: "payload is not JSON"), bytes: 12)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(payload)) as? [String: Any])
        #expect(object["reason"] as? String == "not_json")
        #expect(object["bytes"] as? Int == 12)
        #expect(object["article_id"] is NSNull)
    }

    @Test(arguments: [(0.9, "0.9"), (1.0, "1"), (0.0, "0"), (0.12345, "0.123"), (0.05, "0.05"), (-0.5, "-0.5")])
    func numbers(_ value: Double, _ text: String) {
        var json = JSONWriter()
        json.number(value, decimals: 3)
        #expect(String(decoding: json.bytes, as: UTF8.self) == text)
    }
}

@Suite struct HostilePayloadTests {
    @Test func deeplyNestedJSONIsRefusedBeforeParsing() {
        let deep = Array((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
        do {
            _ = try Article(json: deep)
            Issue.record("accepted")
        } catch {
            #expect(error.reason == .notJSON)
        }
        // Brackets inside strings do not count.
        let flat = Array(#"{"body":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ \" {{{{"}"#.utf8)
        #expect(throws: Never.self) { try Article(json: flat) }
    }
}
