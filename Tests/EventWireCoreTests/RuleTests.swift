import Testing
@testable import EventWireCore

/// Our own sentences for each rule of EVENTS.md (not peer sentences).
@Suite struct TriggerRuleTests {
    static let positives: [(String, EventType)] = [
        ("Canadian Prime Minister Justin Trudeau met Mexican President Andres Manuel Lopez Obrador in Ottawa on Monday.", .meeting),
        ("Spain and Portugal held talks on water sharing in Madrid on Tuesday.", .meeting),
        ("Indian Prime Minister Narendra Modi visited Japan on Monday.", .meeting),
        ("Egyptian President Abdel Fattah al-Sisi hosted Jordan's King Abdullah in Cairo on Sunday.", .meeting),
        ("The foreign ministers of Brazil and Argentina will meet in Brasilia next week.", .meeting),
        ("Leaders of the African Union opened a summit in Addis Ababa on Saturday.", .meeting),
        ("France condemned the coup in Niger on Wednesday.", .condemnation),
        ("The Kenyan government denounced the attack on its embassy.", .condemnation),
        ("Germany sharply criticised Turkey's detention of journalists.", .condemnation),
        ("Pope Francis deplored the bombing of the hospital in Gaza.", .condemnation),
        ("India and Pakistan agreed to a ceasefire along the Line of Control on Thursday.", .agreement),
        ("Chile and Peru signed a fisheries treaty in Lima on Friday.", .agreement),
        ("Serbia and Kosovo reached a deal on license plates after talks in Brussels.", .agreement),
        ("The accord between Ethiopia and Eritrea was signed on Sunday.", .agreement),
        // A hedge after the noun that is not on its taking place: still an event.
        ("A meeting of European Union farm ministers is expected to be held in Luxembourg next week.", .meeting),
        ("Talks between Peru and Chile, which could not settle the border row, ended on Friday.", .meeting),
        // "agreed" as a verb before a noun phrase, not a participle after "the", "a", "at" or "under".
        ("Chile and Peru agreed new fishing quotas at talks in Lima on Friday.", .agreement),
    ]

    @Test(arguments: positives)
    func detects(_ sentence: String, _ type: EventType) {
        #expect(Fixture.types(sentence).contains(type), "\(sentence)")
    }

    static let negatives: [String] = [
        "Hungary refused to condemn the invasion of Ukraine.",
        "Italian Prime Minister Giorgia Meloni may meet Chinese President Xi Jinping next month.",
        "Chelsea visit Arsenal on Saturday in the Premier League.",
        "Shareholders of Acme Corp agreed to a takeover by Globex Inc on Monday.",
        "Talks between Britain and Spain were called off.",
        "Iran offered talks with Saudi Arabia.",
        "Sweden cancelled a planned visit by the Turkish defence minister.",
        "Nigeria and Ghana hope to reach a trade deal next year.",
        "The 1995 accord between Israel and Jordan remains in force.",
        "Norway criticised the decision of the European Union.",
        "The minister agreed that the policy had worked.",
        "He said it would be an outrage if Austria and Hungary signed the pact.",
        "Poland has yet to meet Belarusian officials.",
        "The prime minister held a press conference in London on Friday.",
        "Markets are watching for a probable meeting between Finance Minister Ann Hale and her Japanese counterpart.",
        "A meeting of European Union farm ministers is unlikely to be held next week.",
        "The summit between Peru and Chile may not take place after all.",
        "Brazil lifted its ban on its diplomats speaking with Venezuelan officials.",
        "Peruvian ministers are barred from meeting Chilean officials.",
        "France and Germany sold wheat to Egypt at agreed prices.",
        "Oil prices fell on reports that OPEC was producing more than the agreed level.",
    ]

    @Test(arguments: negatives)
    func ignores(_ sentence: String) {
        #expect(Fixture.types(sentence).isEmpty, "\(sentence)")
    }
}

@Suite struct FailedTalksTests {
    @Test func talksWithoutAgreementAreAMeetingButNoAgreement() {
        let types = Fixture.types("No agreement was reached after two days of talks between Greece and Turkey.")
        #expect(!types.contains(.agreement))
    }
}

@Suite struct StatusAndDateTests {
    @Test func plannedMeetingTakesTheNextWeekday() throws {
        // Published Wednesday 2023-03-15.
        let e = try #require(Fixture.events("Dutch Prime Minister Mark Rutte will visit Poland on Friday.").first)
        #expect(e.status == .planned)
        #expect(e.date == "2023-03-17")
        #expect(e.codes.cameo == "042")
    }

    @Test func backgroundMeetingIsPast() throws {
        let e = try #require(
            Fixture.events("Chinese President Xi Jinping and U.S. President Joe Biden last met in Bali in November 2022.").first)
        #expect(e.status == .past)
        #expect(e.date == "2022-11")
        #expect(e.location?.name == "Bali")
    }

    @Test func plansAsANounMakeNoPlan() throws {
        // "the plans" with no "to" after it is what is talked of, not a plan for the event.
        let e = try #require(
            Fixture.events("The plans were discussed at a meeting of the NATO defence ministers in Brussels on Tuesday.").first)
        #expect(e.status == .occurred)
        // "plans to" still announces one, with or without a determiner before it.
        let planned = try #require(
            Fixture.events("Peruvian Foreign Minister Ana Sousa said her plans to visit Chile in May had not changed.").first)
        #expect(planned.status == .planned)
    }

    @Test func yesterdayResolvesAgainstPublished() throws {
        let e = try #require(Fixture.events("Japan and Australia signed a defence pact yesterday.").first)
        #expect(e.type == .agreement)
        #expect(e.date == "2023-03-14")
        #expect(e.status == .occurred)
    }
}

@Suite struct CoreferenceAndMergeTests {
    @Test func laterMentionsResolveToTheFirstIntroduction() throws {
        let body = """
            German Chancellor Olaf Scholz met Polish President Andrzej Duda in Warsaw on Tuesday.

            The two leaders discussed energy security, a government spokesman said.

            Scholz said he and Duda also agreed to build a new rail link between Berlin and Warsaw.
            """
        let events = Fixture.events(body)
        let meeting = try #require(events.first { $0.type == .meeting })
        #expect(meeting.actors.map(\.name) == ["Olaf Scholz", "Andrzej Duda"])
        #expect(meeting.actors.map(\.country) == ["DEU", "POL"])
        #expect(meeting.actors.map(\.title) == ["Chancellor", "President"])
        let agreement = try #require(events.first { $0.type == .agreement })
        #expect(agreement.actors.map(\.name) == ["Olaf Scholz", "Andrzej Duda"])
        #expect(agreement.location?.name == "Warsaw")
    }

    @Test func mentionsOfOneMeetingMerge() throws {
        let body = """
            Turkish President Recep Tayyip Erdogan held talks with Russian President Vladimir Putin in Sochi on Friday.

            The meeting between Erdogan and Putin lasted four hours, officials said.
            """
        let meetings = Fixture.events(body).filter { $0.type == .meeting }
        #expect(meetings.count == 1)
        #expect(meetings.first?.evidence.count == 2)
    }

    @Test func summitAndFringeMeetingStayTwo() throws {
        let body = """
            Leaders of NATO opened a summit in Vilnius on Tuesday.

            On the sidelines of the summit, U.S. President Joe Biden met Turkish President Recep Tayyip Erdogan.
            """
        let meetings = Fixture.events(body, published: "2023-07-11").filter { $0.type == .meeting }
        #expect(meetings.count == 2)
    }

    @Test func metonymCapitalIsTheState() throws {
        let e = try #require(Fixture.events("Beijing condemned the sanctions imposed by Washington on Monday.").first)
        #expect(e.type == .condemnation)
        #expect(e.actors.map(\.country) == ["CHN"])
    }
}
