import EventWireCore
import Foundation
import PropertyBased
import Testing

/// Property-based fuzzing of the two places hostile input reaches: the article decoder and the extractor.
///
/// Bounded (a few thousand cases, seconds), so it runs in every CI pass. Properties: nothing crashes;
/// a payload is either an article or a rejection with one of the contract's reasons; every event the
/// extractor returns is well-formed and its evidence spans are exact code point ranges of the body.
@Suite struct HostileInputPropertyTests {
    static let extractor = Extractor(lexicon: try! Lexicon.builtIn())

    static let words = [
        "Japanese", "Prime", "Minister", "Fumio", "Kishida", "met", "South", "Korean", "President", "Yoon",
        "in", "Phnom", "Penh", "on", "Sunday", "condemned", "North", "Korea's", "missile", "launches", "agreed",
        "to", "sign", "a", "deal", "with", "China", "the", "U.N.", "Nov.", "13,", "2022", "said", "he", "and",
        "not", "will", "visit", "talks", "summit", "\"", "(", ")", ".", ",", "Mr.", "🇯🇵", "é", "\u{0}", "\n\n",
        "yesterday", "December", "2019", "last", "refused", "hosted", "EU", "NATO", "Britain", "France",
    ]

    /// Text made of words the engine reacts to, glued with stray Unicode (emoji, accents, controls, NULs).
    static let text = Gen.oneOf(
        Gen<String?>.element(of: words).map { $0! },
        Gen<UnicodeScalar>.unicodeScalar(in: "\u{0}"..."\u{2FF}").map { String($0) },
        Gen<UnicodeScalar>.unicodeScalar(in: "\u{1F300}"..."\u{1FAFF}").map { String($0) }
    ).array(of: 0...120).map { $0.joined(separator: " ") }

    /// Texts that end in the middle of a rule's look-ahead (found by the speed branch's differential fuzzing:
    /// "Japan, and" read one token past the end).
    @Test(arguments: ["Japan, and", "Japan and", "Japan,", "Kishida met", "agreed with", "spent two days", "heading on Friday"])
    func textsThatStopMidRule(_ body: String) {
        _ = Self.extractor.events(in: Article(id: "edge", body: body, published: "2023-03-15"))
    }

    @Test func arbitraryBytesAreAnArticleOrARejection() async {
        await propertyCheck(count: 3000, input: Gen<UInt8>.value(in: 0...255).array(of: 0...400)) { bytes in
            do {
                let article = try Article(json: bytes)
                #expect(!article.body.isEmpty)
            } catch let rejection as ArticleRejection {
                #expect(RejectionReason.allCases.contains(rejection.reason))
                #expect(!rejection.detail.isEmpty)
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    @Test func mutatedArticlesNeverBreakTheDecoderOrTheExtractor() async {
        let valid = Array(
            #"{"id":"p","body":"French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday.","published":"2023-03-14"}"#
                .utf8)
        let edits = zip(Gen.int(in: 0...2), Gen.int(in: 0...(valid.count - 1)), Gen<UInt8>.value(in: 0...255))
            .array(of: 1...8)
        await propertyCheck(count: 1500, input: edits) { edits in
            var bytes = valid
            for (kind, position, byte) in edits {
                let at = min(position, bytes.count - 1)
                guard at >= 0 else { break }
                switch kind {
                case 0: bytes[at] = byte
                case 1: bytes.insert(byte, at: at)
                default: bytes.remove(at: at)
                }
            }
            guard let article = try? Article(json: bytes) else { return }
            Self.checkEvents(Self.extractor.events(in: article), body: article.body)
        }
    }

    @Test func arbitraryTextGivesWellFormedEvents() async {
        await propertyCheck(count: 1500, input: Self.text) { body in
            guard !body.isEmpty else { return }
            let published = ["2022-11-13", nil][body.count % 2]
            Self.checkEvents(
                Self.extractor.events(in: Article(id: "fuzz", body: body, published: published)), body: body)
        }
    }

    static func checkEvents(_ events: [Event], body: String) {
        let scalars = Array(body.unicodeScalars)
        for event in events {
            #expect(!event.actors.isEmpty)
            #expect((0...1).contains(event.confidence))
            #expect(!event.evidence.isEmpty)
            for span in event.evidence {
                #expect(0 <= span.start && span.start < span.end && span.end <= scalars.count)
                if 0 <= span.start, span.start < span.end, span.end <= scalars.count {
                    var text = String.UnicodeScalarView()
                    text.append(contentsOf: scalars[span.start..<span.end])
                    #expect(String(text) == span.text)
                }
            }
            if let date = event.date {
                #expect([4, 7, 10].contains(date.count) && date.first?.isNumber == true)
            }
        }
    }
}
