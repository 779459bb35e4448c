import Testing
@testable import EventWireCore

@Suite struct DateResolutionTests {
    static let sunday = CivilDate(year: 2022, month: 11, day: 13)!

    static let cases: [(DateExpression, Bool, String?)] = [
        (.weekday(7), false, "2022-11-13"),  // "on Sunday" in a Sunday story
        (.weekday(4), false, "2022-11-10"),  // "Thursday": the latest on or before
        (.weekday(2), true, "2022-11-15"),  // "will meet on Tuesday": the next one
        (.relativeDays(-1), false, "2022-11-12"),  // yesterday
        (.month(9), false, "2022-09"),  // "in September"
        (.month(12), false, "2021-12"),  // "in December", told in November: last year's
        (.month(1), true, "2023-01"),  // "will meet in January"
        (.monthYear(year: 2019, month: 12), false, "2019-12"),
        (.monthDay(month: 11, day: 13), false, "2022-11-13"),
        (.full(CivilDate(year: 2022, month: 11, day: 13)!), false, "2022-11-13"),
        (.relativeMonths(1), true, "2022-12"),  // "next month"
        (.year(2019), false, "2019"),
    ]

    @Test(arguments: cases)
    func resolves(_ expression: DateExpression, _ planned: Bool, _ expected: String?) {
        #expect(DateResolver.resolve(expression, reference: Self.sunday, planned: planned) == expected)
    }

    @Test func relativeDatesNeedAReference() {
        #expect(DateResolver.resolve(.weekday(2), reference: nil, planned: false) == nil)
        #expect(DateResolver.resolve(.monthYear(year: 2019, month: 12), reference: nil, planned: false) == "2019-12")
    }

    @Test func referenceInferredFromTheArticlesOwnFullDates() throws {
        let body = "Japanese Prime Minister Fumio Kishida met Chinese President Xi Jinping in Bangkok on Thursday.\n\nThe talks were held on Nov. 17, 2022, officials said."
        let event = try #require(Fixture.events(body, published: nil).first)
        #expect(event.date == "2022-11-17")
    }

    @Test func noReferenceYearBeforeALaterOneIsBackground() throws {
        let body = "Ghana terminated a fisheries accord with Togo, reached in 1998. Talks on a new accord began in 2004."
        let event = try #require(Fixture.events(body, published: nil).first { $0.type == .agreement })
        #expect(event.date == "1998")
        #expect(event.status == .past)
    }

    @Test(arguments: [
        // The only year the article names: the news itself.
        "Ghana and Togo signed a fisheries accord in 2004, officials said.",
        // A bound is no time of anything: "until 2010" does not make 1998 background.
        "Ghana and Togo signed a fisheries accord in 1998 that runs until 2010.",
    ])
    func noReferenceYearAloneStaysOccurred(_ body: String) throws {
        let event = try #require(Fixture.events(body, published: nil).first { $0.type == .agreement })
        #expect(event.status == .occurred, "\(body)")
    }

    @Test func noReferenceNoRelativeDate() throws {
        let event = try #require(
            Fixture.events("British Prime Minister Tony Blair met French President Jacques Chirac in Paris on Tuesday.", published: nil).first)
        #expect(event.date == nil)
    }
}
