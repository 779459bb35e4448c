import Testing
@testable import EventWireCore

/// Real-news rules, precision round: the error classes of docs/HAND-CHECK.md, each with positive controls.
@Suite struct RealNewsPrecisionTests {
    private func first(_ events: [Event], _ type: EventType) -> Event? { events.first { $0.type == type } }

    // MARK: Sport, entertainment and technology stories

    static let rugbyStory = """
        Scotland captain Rory Baird says his squad still believe they can win the tournament after Saturday's \
        defeat by Wales.

        "The Grand Slam is gone but we will go to Dublin to win," Baird said.

        Baird will meet Kieran Doyle in next week's charity match at Murrayfield, with the Irish captain leading \
        the visiting side.

        Scotland coach Frank Ross has named an unchanged squad, with winger Sam Hughes fit again after a \
        hamstring injury.

        Ireland have won three games in the championship and their players are favourites to win the title.

        The match kicks off at the stadium at 1500 GMT and fans are expected to fill every seat.
        """

    @Test func sportStoryGivesNoEvents() {
        #expect(Fixture.events(Self.rugbyStory).isEmpty)
    }

    /// A club quarrel told with a chairman's and a director's words, and a sports minister's condemnation.
    static func clubStory(_ last: String) -> String {
        """
        Rovers striker Dan Kerr is discussing a loan move to City after falling out with the manager.

        The striker was fined two weeks' wages after the match, and the club said he would not play again this \
        season. Fans at the stadium booed the team after the defeat, and the coach dropped two players.

        The goalkeeper and the winger are injured and miss the cup game on Saturday.

        \(last)
        """
    }

    @Test func aClubsChairmanOrDirectorIsNoOfficialInASportStory() {
        #expect(Fixture.events(Self.clubStory(
            "Chairman Tom Beck described Kerr's behaviour as \"totally unacceptable and totally unprofessional\".")).isEmpty)
        #expect(Fixture.events(Self.clubStory("Club director Jim Shaw held talks with Kerr's agent Ian Bell on Friday.")).isEmpty)
        // Nor do "officials" make a football body one.
        #expect(Fixture.events(Self.clubStory(
            "Manager Jim Shaw and RFU officials met representatives from France and Cyprus to arrange the fixture schedule.")).isEmpty)
        // "a Wanderers official" makes the club no political body.
        #expect(Fixture.events(Self.clubStory(
            "Kerr is to begin talks with Wanderers on Monday, a Wanderers official said.")).isEmpty)
        // A minister is political in a sport story too.
        let e = first(
            Fixture.events(Self.clubStory("British Sports Minister Ann Hale strongly condemned the racist abuse of the striker.")),
            .condemnation)
        #expect(e?.actors.first?.name == "Ann Hale")
    }

    @Test func capitalisedVerbInsideANameIsNoTrigger() {
        let events = Fixture.events("\"The Grand Slam is over for us now,\" the minister said.")
        #expect(first(events, .condemnation) == nil)
    }

    @Test(arguments: [
        "Presenter Mia Lowe, who hosted the Late Night Show for ten years, retired on Friday.",
        "Singer Dana Rae will be hosting a New Year concert from Glasgow, while actor Tom Reed reads ghost stories.",
        "Three new shows hosted by DJs Ann Lee and Bob Fry start on BBC Radio 1 in February.",
        "Four U.S. Banks are expected to receive Treasury Department approval in late April to open branches, bankers said.",
        "Only Chile and Peru currently receive IMF support for their pension reforms.",
        "Acme Corp has received 3,000 US patents since 2001.",
    ])
    func hostingAShowOrReceivingAThingIsNoMeeting(_ sentence: String) {
        #expect(!Fixture.types(sentence).contains(.meeting), "\(sentence)")
    }

    @Test func hostingAndReceivingPoliticalGuestsStillMeet() {
        let hosted = first(
            Fixture.events("Prime Minister Lena Hart hosted President Tomas Silva of Mozambique in Oslo on Monday."),
            .meeting)
        #expect(hosted?.actors.count == 2)
        let received = first(
            Fixture.events("President Anna Mbeki received Foreign Minister Olaf Brandt in Gaborone on Tuesday."),
            .meeting)
        #expect(received?.actors.count == 2)
        let passive = first(
            Fixture.events("Foreign Minister Olaf Brandt was received by President Anna Mbeki in Gaborone on Tuesday."),
            .meeting)
        #expect(passive?.actors.count == 2)
    }

    // MARK: Agreement in opinion

    @Test(arguments: [
        "The plan won support from Senator Ray Dunn, R-Ohio, who agreed that the relief bill should cover small farms.",
        "Green candidate Lee Moss called for an end to the blockade, with which Ann Cole and Ben Ruiz somewhat agreed.",
        "President Tomas Silva and Foreign Minister Olaf Brandt agreed with Prime Minister Lena Hart's assessment of the crisis.",
        "Candidates Ann Cole and Ben Ruiz endorsed the Green New Deal.",
        "The failure on Friday of the European Union and Japan to agree steel quotas hit markets.",
        "Chile and Peru agreed with the proposal of the fisheries commission.",
    ])
    func agreementInOpinionIsNoAgreement(_ sentence: String) {
        #expect(!Fixture.types(sentence).contains(.agreement), "\(sentence)")
    }

    @Test func jointPositionAndDealsStillAgree() {
        #expect(Fixture.types("Chile and Peru agreed that the border commission should meet every year.").contains(.agreement))
        #expect(Fixture.types("Chile and Peru agreed on Monday to extend their fishing accord.").contains(.agreement))
        #expect(
            Fixture.types("Ukrainian lawmakers endorsed an association agreement with the European Union on Tuesday.")
                .contains(.agreement))
    }

    // MARK: Internal meetings, legislatures, generic mentions

    @Test func cabinetMeetingIsInternal() {
        let events = Fixture.events(
            "Prime Minister Lena Hart announced after the Social Democrat decision that a cabinet meeting would be "
                + "held tomorrow afternoon. The sources said that at the cabinet meeting the Social Democrats, senior "
                + "partners in the coalition, would withdraw their ministers.")
        #expect(first(events, .meeting) == nil)
        #expect(
            Fixture.types("Prime Minister Lena Hart will hold talks with President Tomas Silva on Friday.")
                .contains(.meeting))
    }

    @Test(arguments: [
        "Meeting in closed session, the Senate Energy and Natural Resources Committee agreed to allow drilling on federal land.",
        "Lawmakers agreed on Tuesday to extend the tax credit for another year.",
    ])
    func legislatureDecidingABillIsNoAgreement(_ sentence: String) {
        #expect(!Fixture.types(sentence).contains(.agreement), "\(sentence)")
    }

    @Test func genericPluralAgreementsAreNoEvent() {
        let sentence = "Brazil's barter trade is still small compared with agreements reached by Mexico, Chile and Peru, traders said."
        #expect(!Fixture.types(sentence).contains(.agreement))
        let positive = Fixture.events("The accord reached by Chile and Peru on Monday sets new fishing quotas.")
        #expect(first(positive, .agreement)?.actors.count == 2)
    }

    // MARK: Private encounters

    static let procurementStory = """
        A former Pentagon procurement chief has been jailed for nine months.

        Ms Ellen Park had talks with Mr John Weld in May 2003 about a job at Acme, while she was still a senior \
        official at the Pentagon.

        She later admitted favouring Acme in deals with the Air Force.

        The Pentagon has reviewed several contracts she oversaw.

        Acme shares fell 2% and the firm said it had co-operated fully with investigators.
        """

    @Test func privateJobTalksAreNoMeeting() {
        #expect(first(Fixture.events(Self.procurementStory), .meeting) == nil)
    }

    @Test func titledPoliticiansInALongStoryStillMeet() {
        let story = """
            Foreign Minister Olaf Brandt arrived in Gaborone on Monday.

            Brandt had talks with President Anna Mbeki on Tuesday about trade and water.

            The two sides said the talks were friendly.

            Brandt travels on to Harare on Wednesday.

            Mbeki will visit Berlin next year.
            """
        #expect(first(Fixture.events(story), .meeting) != nil)
    }
}
