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
        (.relativeWeeks(1), true, "2022-11"),  // "next week": 14-20 November
        (.relativeWeeks(2), true, "2022-11"),  // 21-27 November
        (.relativeWeeks(-1), false, nil),  // "last week": 31 October - 6 November, two months
        (.relativeWeeks(3), true, nil),  // 28 November - 4 December
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

/// An occurred event with no date of its own takes the day the lead gives the story's news when it shares an
/// actor with the lead.
@Suite struct LeadDateTests {
    static let lead = "Yesterday, Swedish Foreign Minister Anna Lindh announced a review of arms sales to Indonesia.\n\n"

    private func condemnation(_ body: String) throws -> Event {
        try #require(Fixture.events(body).first { $0.type == .condemnation })
    }

    @Test func theLeadsActorTakesItsDay() throws {
        let event = try condemnation(Self.lead + "Lindh strongly condemned the shelling of the port by the army.")
        #expect(event.date == "2023-03-14")
    }

    @Test func anotherActorsReactionDoesNot() throws {
        let event = try condemnation(
            Self.lead + "Opposition leader Bo Lundgren strongly condemned the shelling of the port by the army.")
        #expect(event.date == nil)
    }

    @Test func aLeadThatLooksAheadGivesNoDay() throws {
        let event = try condemnation(
            "Swedish Foreign Minister Anna Lindh will present a review of arms sales to Indonesia on Friday.\n\n"
                + "Lindh strongly condemned the shelling of the port by the army.")
        #expect(event.date == nil)
    }

    @Test func aNounsInfinitiveDoesNotLookAhead() throws {
        let event = try condemnation(
            "Yesterday, Swedish Foreign Minister Anna Lindh backed Estonia's bid to join the European Union.\n\n"
                + "Lindh strongly condemned the shelling of the port by the army.")
        #expect(event.date == "2023-03-14")
    }

    @Test func anEventOfAnotherTimeKeepsNoDay() throws {
        // "last week" is its own date (6-12 March lie in March), not the lead's day.
        let event = try condemnation(Self.lead + "Lindh strongly condemned the shelling of the port by the army last week.")
        #expect(event.date == "2023-03")
    }

    @Test func aPeriodsStartIsNoDay() throws {
        let body = "Ferry traffic between Sweden and Norway resumed from March 12, Swedish Foreign Minister Anna Lindh said.\n\n"
            + "Lindh strongly condemned the shelling of the port by the army."
        #expect(try condemnation(body).date == nil)
    }
}

/// An occurred event with no date takes the day of the story's first dated occurred event only when they share
/// an actor: another actor's reaction is not dated by it.
@Suite struct StoryDateTests {
    static let body =
        "Japanese Prime Minister Junichiro Koizumi arrived in Seoul for a three-day visit.\n\n"
        + "Koizumi met South Korean President Roh Moo-hyun on Sunday.\n\n"
        + "Koizumi also strongly condemned the North Korean missile test.\n\n"
        + "Opposition leader Katsuya Okada strongly condemned the North Korean missile test."

    @Test func anActorOfTheDatedEventTakesItsDay() throws {
        let events = Fixture.events(Self.body)
        let koizumi = try #require(events.first { $0.type == .condemnation && $0.actors.contains { $0.name == "Junichiro Koizumi" } })
        #expect(koizumi.date == "2023-03-12")
    }

    @Test func anotherActorsReactionDoesNot() throws {
        let events = Fixture.events(Self.body)
        let okada = try #require(events.first { $0.type == .condemnation && $0.actors.contains { $0.name == "Katsuya Okada" } })
        #expect(okada.date == nil)
    }
}

/// A possessive date opening a condemnation's object is the condemned act's, not the condemnation's.
@Suite struct CondemnedActDateTests {
    @Test func theActsDayIsNotTheCondemnations() throws {
        let event = try #require(
            Fixture.events("Foreign Minister Dmytro Kuleba on Tuesday condemned Sunday's missile strike on Kharkiv.").first)
        #expect(event.date == "2023-03-14")
    }

    @Test func theStatementsDayStaysTheCondemnations() throws {
        let event = try #require(
            Fixture.events("Foreign Minister Dmytro Kuleba condemned the missile strike on Kharkiv in Monday's statement.").first)
        #expect(event.date == "2023-03-13")
    }
}

/// "on April 13-16": a range of days in one token dates the event by its first day.
@Suite struct DayRangeTests {
    @Test func aRangeOfDaysGivesItsFirstDay() throws {
        let events = Fixture.events(
            "Foreign Minister Pavel Novak will visit Japan for talks with Prime Minister Kenji Sato on April 13-16.")
        let visit = try #require(events.first { $0.type == .meeting })
        #expect(visit.date == "2023-04-13")
        #expect(visit.status == .planned)
    }

    @Test func aRangeOfFiguresIsNoDay() throws {
        let events = Fixture.events(
            "Prime Minister Kenji Sato met Foreign Minister Pavel Novak on Monday as oil prices rose 1-2 percent in April.")
        #expect(events.first { $0.type == .meeting }?.date == "2023-03-13")
    }
}

/// "On Monday, on the eve of the summit, X agreed ... after talks in Vilnius with Y": a date in the phrase that
/// opens the sentence dates what the sentence tells.
@Suite struct OpeningDateTests {
    @Test func theOpeningPhrasesDayDatesTheSentencesEvents() throws {
        let events = Fixture.events(
            "On Monday, on the eve of the summit, Turkish President Mehmet Ali Karaoglu agreed to send the accession "
                + "protocol to parliament after talks in Vilnius with Swedish Prime Minister Lars Berg and NATO "
                + "Secretary-General Jan Olsen.")
        let talks = try #require(events.first { $0.type == .meeting })
        #expect(talks.date == "2023-03-13")
        let statement = Fixture.events(
            "In a separate statement on Friday, India, several of whose nationals are among the crew of the seized "
                + "tanker, deplored the seizure.")
        #expect(statement.first { $0.type == .condemnation }?.date == "2023-03-10")
    }

    @Test func aDateInsideTheSentenceDoesNotOpenIt() throws {
        let events = Fixture.events(
            "Turkish President Mehmet Ali Karaoglu, who arrived on Monday, agreed to send the accession protocol to "
                + "parliament after long talks in Vilnius with Swedish Prime Minister Lars Berg and NATO "
                + "Secretary-General Jan Olsen.")
        let talks = try #require(events.first { $0.type == .meeting })
        #expect(talks.date == nil)
    }

    @Test func aDaysPossessiveDatesTheTalksToldBefore() throws {
        // Published Wednesday 2023-03-15.
        let events = Fixture.events(
            "Greek Foreign Minister Nikos Pappas met his Turkish counterpart Ali Demir in Athens. "
                + "Officials said Sunday's meeting lasted two hours.")
        let talks = try #require(events.first { $0.type == .meeting })
        #expect(talks.date == "2023-03-12")
        let today = Fixture.events(
            "EC farm ministers met in Brussels. Diplomats said Spain expressed strong reservations at today's meeting.")
        #expect(today.first { $0.type == .meeting }?.date == "2023-03-15")
        // "last weekend's": the weekend's sign is not kept, so it dates nothing.
        let weekend = Fixture.events(
            "Japanese and British officials held talks. Howard said Britain expected a favourable response at last "
                + "weekend's meeting.")
        #expect(weekend.first { $0.type == .meeting }?.date == nil)
    }
}
