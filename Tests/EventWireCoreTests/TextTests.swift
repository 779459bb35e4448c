import Testing
@testable import EventWireCore

@Suite struct SentenceSplitterTests {
    static let cases: [(String, [String])] = [
        ("The U.N. envoy met Mr. Smith on Nov. 13, 2022. He left.", ["The U.N. envoy met Mr. Smith on Nov. 13, 2022.", "He left."]),
        ("Talks with the U.S. ended. The envoy left.", ["Talks with the U.S. ended.", "The envoy left."]),
        ("Officials of the U.S. Treasury met.", ["Officials of the U.S. Treasury met."]),
        ("Gen. J. R. Allen arrived in St. Petersburg. Talks began.", ["Gen. J. R. Allen arrived in St. Petersburg.", "Talks began."]),
        ("\"We agree,\" he said. \"It is done.\"", ["\"We agree,\" he said.", "\"It is done.\""]),
        ("It was \"informal.\" Later they met.", ["It was \"informal.\"", "Later they met."]),
        ("Leaders meet in Rome\n\nThe leaders met on Monday.", ["Leaders meet in Rome", "The leaders met on Monday."]),
        ("They met in Paris on Nov. 13, 2022. (Photo courtesy of Kyodo)", ["They met in Paris on Nov. 13, 2022.", "(Photo courtesy of Kyodo)"]),
        ("Is it over? Nobody knows! Yes.", ["Is it over?", "Nobody knows!", "Yes."]),
        ("The talks cost $3.5 million in 2019. Nothing else.", ["The talks cost $3.5 million in 2019.", "Nothing else."]),
    ]

    @Test(arguments: cases)
    func splits(_ input: String, _ expected: [String]) {
        let text = Fixture.engine.analyze(input)
        #expect(text.sentences.map { text.text(of: $0) } == expected)
    }
}

@Suite struct TokenizerTests {
    @Test func codePointOffsetsCountScalarsNotBytes() {
        let body = "Café 😀 talks: Japan’s envoy met Gao."
        let text = Fixture.engine.analyze(body)
        let scalars = Array(body.unicodeScalars)
        for token in text.tokens {
            let slice = String(String.UnicodeScalarView(scalars[Int(token.cpStart)..<Int(token.cpEnd)]))
            let bytes = String(decoding: Array(body.utf8)[Int(token.start)..<Int(token.end)], as: UTF8.self)
            #expect(slice == bytes)
        }
        let words = text.tokens.indices.map { text.text($0) }
        #expect(words.contains("Japan"))
        #expect(words.contains("’s"))
    }

    @Test func possessivesAndNegationsSplit() {
        let text = Fixture.engine.analyze("North Korea's envoy didn't meet O'Neill.")
        let words = text.tokens.indices.map { text.text($0) }
        #expect(words == ["North", "Korea", "'s", "envoy", "did", "n't", "meet", "O'Neill", "."])
    }

    @Test func currencySignsAreTokensOfTheirOwn() {
        let text = Fixture.engine.analyze("a $6bn (£3.12bn) deal worth €5.5m or ¥100")
        let words = text.tokens.indices.map { text.text($0) }
        #expect(words == ["a", "$", "6bn", "(", "£", "3.12bn", ")", "deal", "worth", "€", "5.5m", "or", "¥", "100"])
    }

    @Test func evidenceSpansAreCodePointOffsets() throws {
        let body = "Ünïcödé 😀😀 intro.\n\nJapanese Prime Minister Fumio Kishida met Chinese President Xi Jinping in Bangkok on Thursday."
        let events = Fixture.events(body, published: "2022-11-18")
        let event = try #require(events.first)
        let span = try #require(event.evidence.first)
        let scalars = Array(body.unicodeScalars)
        let slice = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
        #expect(slice == span.text)
        #expect(span.text.hasPrefix("Japanese Prime Minister"))
    }
}
