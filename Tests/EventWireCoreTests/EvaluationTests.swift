import Testing
@testable import EventWireCore

@Suite struct EvaluationTests {
    @Test func articleMatchingAndAttributeAccuracy() throws {
        let line = """
            {"id": "a1", "published": "2023-03-15", "body": "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday. Italy condemned the attack.", "events": [{"type": "meeting", "actors": ["Macron", "Olaf Scholz"], "countries": ["FRA", "DEU"], "location": "Paris", "date": "2023-03-13", "status": "occurred"}, {"type": "agreement", "actors": ["France"], "location": null, "date": null, "status": "occurred"}]}
            """
        let records = try GoldRecord.parse(contents: line)
        let report = Evaluator(extractor: Fixture.extractor).evaluate(records) { _ in "" }
        let table = try #require(report.tables.first)
        #expect(table.score(.meeting) == TypeScore(truePositives: 1))
        #expect(table.score(.agreement) == TypeScore(falseNegatives: 1))
        #expect(table.score(.condemnation) == TypeScore(falsePositives: 1))
        #expect(table.matched == 1)
        #expect(table.placeCorrect == 0)  // Berlin, not Paris
        #expect(table.dateCorrect == 1)
        #expect(table.statusCorrect == 1)
        #expect(report.errors.map(\.kind).sorted { $0.rawValue < $1.rawValue } == [.attribute, .falseNegative, .falsePositive])
    }

    @Test func sentenceProtocolHonoursDontCare() throws {
        let lines = """
            {"id": "s1", "suite": "demo", "text": "Japan condemned the missile launch by North Korea.", "types": [], "types_reviewed": [], "types_reviewed_lenient": ["CONDEMNATION"]}
            {"id": "s2", "suite": "demo", "text": "Spain and Portugal held talks in Madrid.", "types": ["MEETING"], "types_reviewed": ["MEETING"], "types_reviewed_lenient": ["MEETING"]}
            {"id": "s3", "suite": "demo", "text": "The weather was fine.", "types": [], "types_reviewed": ["AGREEMENT"], "types_reviewed_lenient": ["AGREEMENT"]}
            """
        let report = Evaluator(extractor: Fixture.extractor).evaluate(try GoldRecord.parse(contents: lines)) { _ in "" }
        let table = try #require(report.tables.first)
        #expect(table.name == "demo")
        #expect(table.score(.condemnation) == TypeScore())  // don't care: neither TP nor FP
        #expect(table.score(.meeting) == TypeScore(truePositives: 1))
        #expect(table.score(.agreement) == TypeScore(falseNegatives: 1))
        let peer = try GoldRecord.parse(contents: lines, view: .peer)
        guard case .sentence(let s1) = peer[0] else { Issue.record("not a sentence"); return }
        #expect(s1.types.isEmpty)
    }

    @Test func badLinesNameTheirLine() {
        #expect(throws: GoldFormatError(line: 2, message: "not a JSON object")) {
            try GoldRecord.parse(contents: "{\"id\": \"x\", \"text\": \"a\", \"types\": []}\n{oops\n")
        }
        #expect(throws: GoldFormatError.self) {
            try GoldRecord.parse(contents: "{\"id\": \"x\", \"events\": [{\"type\": \"party\", \"actors\": []}], \"body\": \"x\"}")
        }
    }
}
