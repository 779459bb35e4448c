import Testing
@testable import EventWireCore

/// Real-news rules, third round: characterisations, plural agents, plural titles, reported speech.
@Suite struct RealNewsCharacterisationTests {
    private func first(_ events: [Event], _ type: EventType) -> Event? { events.first { $0.type == type } }

    @Test func calledItScandalousIsLowConfidenceCondemnation() {
        let events = Fixture.events(
            "Foreign Minister Ingrid Lindgren called the new fishing quotas \"scandalous\" on Tuesday.")
        let e = first(events, .condemnation)
        #expect(e?.actors.first?.name == "Ingrid Lindgren")
        #expect((e?.confidence ?? 1) < 0.7)
    }

    @Test func describedAsAggression() {
        let events = Fixture.events(
            "Foreign Minister Tomas Varga described the border incursion as an act of aggression against Hungary.")
        #expect(first(events, .condemnation)?.actors.first?.name == "Tomas Varga")
    }

    @Test func participialCallingTakesTheMainSubject() {
        let events = Fixture.events(
            "Prime Minister Lena Hart criticised the fisheries treaty with Norway, calling it \"an insult to our coastal towns\".")
        #expect(first(events, .condemnation)?.actors.first?.name == "Lena Hart")
    }

    @Test func quotedAsCallingTakesTheQuotedSpeaker() {
        let events = Fixture.events(
            "Aides quoted Trade Minister Olaf Brandt as calling the tariff increase absurd.")
        #expect(first(events, .condemnation)?.actors.first?.name == "Olaf Brandt")
    }

    @Test(arguments: [
        "Prime Minister Lena Hart called for calm after the vote.",
        "Prime Minister Lena Hart called off the visit to Norway.",
        "The treaty was described as a violation of sovereignty by critics.",
        "Prime Minister Lena Hart called the agreement fair and balanced.",
        "Prime Minister Lena Hart described the violation of the ceasefire in detail.",
        "Prime Minister Lena Hart did not call the plan a betrayal.",
    ])
    func characterisationsThatAreNotCondemnations(_ sentence: String) {
        #expect(!Fixture.types(sentence).contains(.condemnation), "\(sentence)")
    }

    @Test func passiveWithPluralGroupAgent() {
        let events = Fixture.events("The new mining law was condemned by members of the African Union on Monday.")
        #expect(first(events, .condemnation)?.actors.first?.name == "African Union")
    }

    @Test func passiveAgentAfterJointStatement() {
        let events = Fixture.events(
            "The naval exercise was condemned in a joint statement by Chile, Peru and Bolivia on Friday.")
        let e = first(events, .condemnation)
        #expect(e?.actors.count == 3)
    }

    @Test func pluralTitleBeforeCoordinatedNames() {
        let events = Fixture.events(
            "Presidents Anna Mbeki of Botswana and Tomas Silva of Mozambique signed a water-sharing accord on Monday.")
        let e = first(events, .agreement)
        #expect(e?.actors.map(\.name) == ["Anna Mbeki", "Tomas Silva"])
        #expect(e?.actors.map(\.country) == ["BWA", "MOZ"])
    }

    @Test func reportedHadAgreedIsTheNews() {
        let events = Fixture.events(
            "Minister Karl Olsen said the Nordic Council ministers had agreed to extend the fishing moratorium.")
        #expect(first(events, .agreement)?.status == .occurred)
    }

    @Test func hadAgreedWithoutReportingIsBackground() {
        let events = Fixture.events(
            "Sweden and Finland had agreed to share radar data before the crisis began.")
        #expect(first(events, .agreement)?.status == .past)
    }

    @Test func genericRecurringMeetingsAreNotEvents() {
        let events = Fixture.events(
            "Unlike ASEAN, whose summits cover trade, Mercosur meetings usually center on tariffs.")
        #expect(first(events, .meeting) == nil)
    }

    @Test func proposalInALetterThatTheyMeet() {
        let events = Fixture.events(
            "Chilean Foreign Minister Rosa Vidal proposed in a long letter to her Peruvian counterpart Jorge Ramos that they meet in Lima.")
        #expect(first(events, .meeting) == nil)
    }

    @Test func believedToHaveAgreed() {
        let events = Fixture.events(
            "NATO defence ministers are also believed to have agreed to expand the air policing mission.")
        #expect(first(events, .agreement) != nil)
    }
}
