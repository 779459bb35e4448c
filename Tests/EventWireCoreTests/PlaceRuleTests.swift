import Testing
@testable import EventWireCore

/// Where an event happened: the nearest place in its own clause, a summit's place for talks on its
/// sidelines, and never the place of what a condemnation condemns.
@Suite struct PlaceRuleTests {
    @Test func placeInAnotherClauseLosesToThePlaceOfTheTalks() {
        let e = Fixture.events(
            "Prime Minister Ivo Brandt toured a factory in Lyon before holding talks with French President Anne Roche in Paris.")
        #expect(e.first { $0.type == .meeting }?.location?.name == "Paris")
    }

    @Test func placeBeforeWhereIsTheirs() {
        let e = Fixture.events(
            "Oil Minister Amir Tahan stopped in Riyadh, where he met Saudi Arabia's Oil Minister Khalid Nasser.")
        #expect(e.first { $0.type == .meeting }?.location?.name == "Riyadh")
    }

    @Test func talksOnTheSidelinesTakeTheSummitsPlace() {
        let e = Fixture.events(
            "African Union leaders opened a two-day summit in Addis Ababa on Saturday. On the sidelines of the "
                + "summit, Kenyan President Daniel Otieno held talks with Somali President Abdi Warsame.")
        let bilateral = e.first { $0.type == .meeting && $0.actors.contains { $0.country == "KEN" } }
        #expect(bilateral?.location?.name == "Addis Ababa")
        #expect(bilateral?.date == "2023-03-11")
    }

    @Test func theCondemnedActsPlaceIsNotTheCondemnations() {
        let e = Fixture.events(
            "Foreign Minister Lea Sorensen on Monday condemned the seizure of a Greek tanker in the Gulf of Oman.")
        let c = e.first { $0.type == .condemnation }
        #expect(c != nil)
        #expect(c?.location == nil)
    }

    @Test func aDateInAnotherClauseIsNotTheEventsDate() {
        let e = Fixture.events(
            "Prime Minister Ivo Brandt met Austrian Chancellor Karl Huber in Vienna during his first visit since taking office in January.")
        let m = e.first { $0.type == .meeting }
        #expect(m != nil)
        #expect(m?.date != "2023-01")
        #expect(m?.status == .occurred)
    }

    @Test func longNamesDoNotPushTheDateAway() {
        let e = Fixture.events(
            "Talks between Greek Prime Minister Kyriakos Antonopoulos and Turkish President Mehmet Ali Karaoglu in Athens on Monday ended with a declaration.")
        #expect(e.first { $0.type == .meeting }?.date == "2023-03-13")
    }

    @Test func anOldDateMakesAMergedEventBackground() {
        let e = Fixture.events(
            "Ministers from Greece and Cyprus denounced the accord between Turkey and Libya in which Turkey and Libya agreed on a sea border. "
                + "In the November 27 deal, Turkey and Libya agreed on a line as their shared border.")
        let a = e.first { $0.type == .agreement }
        #expect(a?.status == .past)
        #expect(e.first { $0.type == .condemnation }?.date != "2022-11-27")
    }

    @Test func aWorldRegionIsAPlaceNotAState() {
        let e = Fixture.events("Delegates from across Latin America and the Caribbean opened a five-day meeting in Caracas today.")
        #expect(e.allSatisfy { event in !event.actors.contains { $0.country == "USA" } })
    }

    @Test func aCityOfTheVisitedCountryInTheSentenceIsTheMeetingsPlace() {
        let e = Fixture.events(
            "Prime Minister Kenji Sato will make an official week-long visit to Brazil from May 2 and hold talks in "
                + "Brasilia with President Ana Duarte, his spokesman said.")
        #expect(e.first { $0.type == .meeting }?.location?.name == "Brasilia")
        let f = Fixture.events(
            "Foreign Minister Pavel Novak made a surprise visit to Kenya, where he met leaders in Nairobi during his first trip to the city.")
        #expect(f.first { $0.type == .meeting }?.location?.name == "Nairobi")
    }

    @Test func aCityWithATimeOfItsOwnDoesNotPlaceTheVisit() {
        let e = Fixture.events(
            "Foreign Minister Pavel Novak held talks with President Daniel Otieno on Monday during a visit to Kenya, "
                + "the first since the summit in Nairobi in 1998.")
        #expect(e.first { $0.type == .meeting }?.location?.name == "Kenya")
    }

    @Test func aSeatOfGovernmentIsTheMeetingsPlace() {
        let e = Fixture.events("Prime Minister Ivo Brandt met President Anne Roche at the White House on Monday to discuss trade.")
        #expect(e.first { $0.type == .meeting }?.location == Entity(name: "White House", country: "USA"))
        let f = Fixture.events(
            "Prime Minister Ivo Brandt said he had talks at the Kremlin with Russian Foreign Minister Pavel Orlov on Tuesday.")
        #expect(f.first { $0.type == .meeting }?.location?.name == "Kremlin")
        // "Number 10" and "10 Downing Street" are one site, given by its first name.
        let g = Fixture.events("Pakistani President Amir Khan met Prime Minister Tony Blair at 10 Downing Street on Monday.")
        #expect(g.first { $0.type == .meeting }?.location?.name == "Downing Street")
    }

    @Test func aSeatAsSpeakerOrAnotherEventsPlaceIsNoPlace() {
        let e = Fixture.events("Prime Minister Ivo Brandt met President Anne Roche on Monday, the White House said.")
        #expect(e.first { $0.type == .meeting } != nil)
        #expect(e.first { $0.type == .meeting }?.location == nil)
        let f = Fixture.events(
            "Foreign Minister Ivo Brandt held meetings with Secretary of State Anne Roche and Treasury Secretary John Hale. "
                + "The meetings, which end today with talks on Capitol Hill, are part of a routine consultation.")
        #expect(f.contains { $0.type == .meeting })
        #expect(f.allSatisfy { $0.location == nil })
        let g = Fixture.events("The White House condemned the attack on Monday.")
        #expect(g.first { $0.type == .condemnation }?.location == nil)
    }

    @Test func aTravellersPlaceIsThePlaceOfTheTripsMeetings() {
        let e = Fixture.events(
            "Foreign Minister Pavel Novak, who will hold talks in Beijing on Thursday, said an arms code was better. "
                + "He will meet Chinese counterpart Li Wei to discuss relations.")
        let planned = e.first { $0.type == .meeting }
        #expect(planned?.status == .planned)
        #expect(planned?.location?.name == "Beijing")
        let f = Fixture.events(
            "German President Karl Weber arrived in Buenos Aires on Monday. "
                + "Weber met Argentine President Raul Gomez for talks on the first day of his four-day visit.")
        #expect(f.first { $0.type == .meeting }?.location?.name == "Buenos Aires")
    }

    @Test func aStayAtAnotherTimeDoesNotPlaceTheMeeting() {
        let e = Fixture.events(
            "Foreign Minister Pavel Novak met Chinese Premier Li Wei on Friday. "
                + "When Novak was in Tokyo earlier this week, he praised Japan.")
        #expect(e.first { $0.type == .meeting } != nil)
        #expect(e.first { $0.type == .meeting }?.location == nil)
        // A stay that is over does not place a meeting still ahead.
        let f = Fixture.events("Foreign Minister Pavel Novak was in Tokyo on Monday. He will meet Chinese Premier Li Wei next week.")
        #expect(f.first { $0.type == .meeting }?.status == .planned)
        #expect(f.first { $0.type == .meeting }?.location == nil)
    }

    @Test func aPlannedDealOfAPlannedVisitTakesItsPlace() {
        let e = Fixture.events(
            "Brazilian President Ana Duarte will pay a state visit to Japan next week. During the visit, she is "
                + "expected to sign a trade agreement with Prime Minister Kenji Sato.")
        let deal = e.first { $0.type == .agreement }
        #expect(deal?.status == .planned)
        #expect(deal?.location?.name == "Japan")
    }

    @Test func aTripToTwoPlacesPlacesNoPlannedDeal() {
        let e = Fixture.events(
            "Brazilian President Ana Duarte will visit Japan on Monday. She will visit China on Friday. "
                + "She will also sign a trade agreement with Prime Minister Kenji Sato.")
        #expect(e.first { $0.type == .agreement } != nil)
        #expect(e.first { $0.type == .agreement }?.location == nil)
    }

    @Test func theStatesOfTheLeadersTalksTakeTheirPlaceAndDay() {
        let e = Fixture.events(
            "Talks between Spanish Prime Minister Luis Ortega and Portuguese President Rui Matos in Lisbon on Monday "
                + "ended with a declaration on water rights. The two countries also reached a deal to link their power grids.")
        let deal = e.first { $0.type == .agreement }
        #expect(deal?.location?.name == "Lisbon")
        #expect(deal?.date == "2023-03-13")
    }

    @Test func anotherPairOfStatesTakesNeither() {
        let e = Fixture.events(
            "Talks between Spanish Prime Minister Luis Ortega and Portuguese President Rui Matos in Lisbon on Monday "
                + "ended with a declaration on water rights. Spain and France also reached a deal to link their power grids.")
        let deal = e.first { $0.type == .agreement }
        #expect(deal != nil)
        #expect(deal?.location == nil)
        #expect(deal?.date == nil)
    }

    @Test func anotherMeetingsPlaceIsNotTheMeetingsPlace() {
        let e = Fixture.events(
            "Washington backed the project through a June 3 ministerial meeting in Rome, and sent Deputy Secretary "
                + "Ann Lowry to join the talks of Greek Foreign Minister Nikos Pappas and Cypriot Foreign Minister "
                + "Andreas Louka in March.")
        let m = e.first { $0.type == .meeting && $0.actors.contains { $0.name == "Ann Lowry" } }
        #expect(m != nil)
        #expect(m?.location == nil)
    }

    @Test func theSummitAClauseIsSetAtKeepsItsPlace() {
        let e = Fixture.events(
            "At the summit in Brussels, Prime Minister Ivo Brandt met German Chancellor Karl Huber.")
        let m = e.first { $0.type == .meeting && $0.actors.contains { $0.name == "Karl Huber" } }
        #expect(m?.location?.name == "Brussels")
    }

    @Test func talksRightAfterTheVerbAreTheSameEncounter() {
        let e = Fixture.events(
            "Prime Minister Ivo Brandt met German Chancellor Karl Huber on Monday for talks in Vienna.")
        #expect(e.first { $0.type == .meeting }?.location?.name == "Vienna")
    }

    @Test func aDealInAWhereClauseOfAMeetingTakesItsPlace() {
        let e = Fixture.events(
            "Leaders of the African Union met in Accra, Ghana's capital, for a regional summit where on Monday "
                + "President Ali Sani of Niger and President Paul Mensah of Togo signed a border agreement.")
        let a = e.first { $0.type == .agreement }
        #expect(a != nil)
        #expect(a?.location?.name == "Accra")
    }

    @Test func aWireHeadlinesPlaceIsThePlaceOfTheStorysTalks() {
        let e = Fixture.events(
            "JORDAN'S KING HOLDS TALKS WITH DUTCH MINISTER IN AMMAN\n\nDutch Foreign Minister Pieter Smit met "
                + "King Hassan Talal for two hours and discussed the Middle East peace process, officials said.")
        let m = e.first { $0.type == .meeting }
        #expect(m?.location?.name == "Amman")
        #expect(m?.location?.country == "JOR")
        let f = Fixture.events(
            "OIL MINISTERS TO MEET IN VIENNA NEXT WEEK\n\nOil ministers of the Organisation of Petroleum Exporting "
                + "Countries will meet to review output quotas, the group's secretariat said.")
        #expect(f.first { $0.type == .meeting }?.status == .planned)
        #expect(f.first { $0.type == .meeting }?.location?.name == "Vienna")
    }

    @Test func aHeadlinePlaceThatNamesAnotherThingOrFailedTalksPlacesNothing() {
        let body = "\n\nDutch Foreign Minister Pieter Smit met King Hassan Talal for two hours, officials said."
        for headline in [
            "PROGRESS IN AMMAN LOAN TALKS",  // the place qualifies a noun
            "TALKS IN AMMAN COLLAPSE",  // failed talks
            "SHARES OF JORDAN PHOSPHATE RISE IN AMMAN",  // no meeting or deal word
            "SMIT TO MEET KING IN AMMAN",  // a planned meeting does not place the one held
        ] {
            let e = Fixture.events(headline + body)
            #expect(e.first { $0.type == .meeting } != nil)
            #expect(e.first { $0.type == .meeting }?.location == nil, "\(headline)")
        }
    }

    @Test func aTitleSentApartFromTheBodyPlacesTheStorysTalksAsAHeadlineDoes() {
        let body = "Dutch Foreign Minister Pieter Smit met King Hassan Talal for two hours and discussed the Middle "
            + "East peace process, officials said."
        func meeting(title: String?) -> Event? {
            Fixture.extractor.events(in: Article(id: "t", body: body, title: title, published: "2023-03-15"))
                .first { $0.type == .meeting }
        }
        #expect(meeting(title: nil)?.location == nil)
        #expect(meeting(title: "JORDAN'S KING HOLDS TALKS WITH DUTCH MINISTER IN AMMAN")?.location?.name == "Amman")
        #expect(meeting(title: "Jordan's king holds talks with Dutch minister in Amman")?.location?.name == "Amman")
        // The title gives places only: no event, and no place a headline would not give.
        #expect(meeting(title: "Smit to meet king in Amman")?.location == nil)
        #expect(meeting(title: "Talks in Amman collapse")?.location == nil)
        let titleOnly = Fixture.extractor.events(
            in: Article(id: "t", body: "Officials gave no details.", title: "Smit holds talks with King Hassan in Amman"))
        #expect(titleOnly.isEmpty)
    }

    @Test func aDealReachedAtTalksTakesTheTalksPlace() {
        let e = Fixture.events(
            "Kenyan President William Ruto said on Friday that he and Tanzanian President Samia Suluhu Hassan had "
                + "agreed at their talks on Thursday to build a new railway link between Nairobi and Dar es Salaam. "
                + "The two leaders met in Arusha during Ruto's first official visit to Tanzania.")
        let a = e.first { $0.type == .agreement }
        #expect(a != nil)
        #expect(a?.location?.name == "Arusha")
    }

    @Test func aDealNotToldAsReachedAtTheTalksKeepsNoPlace() {
        // The deal and the talks are told apart: no "at", "during" or "after" ties the deal to them.
        let e = Fixture.events(
            "Kenyan President William Ruto said on Friday that he and Tanzanian President Samia Suluhu Hassan had "
                + "agreed to build a new railway link, and that their ministers would hold talks in Arusha next month.")
        let a = e.first { $0.type == .agreement }
        #expect(a != nil)
        #expect(a?.location == nil)
        // Talks still to come do not place the deal reached at the talks just held.
        let f = Fixture.events(
            "Kenyan President William Ruto said on Friday that he and Tanzanian President Samia Suluhu Hassan had "
                + "agreed at their talks on Thursday to build a new railway link. The two leaders will meet again in "
                + "Arusha in May.")
        #expect(f.first { $0.type == .agreement } != nil)
        #expect(f.first { $0.type == .agreement }?.location == nil)
    }

    @Test func aDealAheadOfTalksTakesNeitherTheirPlaceNorTheirDay() {
        // Published 2023-03-15 (a Wednesday).
        let ahead = Fixture.events("Iran and Iraq agreed to a prisoner swap ahead of talks in Geneva on Monday.")
            .first { $0.type == .agreement }
        #expect(ahead != nil)
        #expect(ahead?.location == nil)
        #expect(ahead?.date == nil)
        let before = Fixture.events("Chile and Peru signed a fisheries deal before talks in Lima on the border dispute.")
            .first { $0.type == .agreement }
        #expect(before != nil)
        #expect(before?.location == nil)
        // Reached at or after the talks: their place.
        let after = Fixture.events("Chile and Peru signed a fisheries deal after talks in Lima on Monday.")
            .first { $0.type == .agreement }
        #expect(after?.location?.name == "Lima")
    }

    @Test(arguments: [
        ("Prime Minister Ivo Brandt met President Anne Roche on Saturday in the Sardinian resort of Porto Cervo.",
            "Porto Cervo", nil),
        ("President Daniel Otieno held talks with Somali President Abdi Warsame in the Egyptian resort town of "
            + "Sharm el-Sheikh on Monday.", "Sharm el-Sheikh", "EGY"),
        ("Foreign Minister Pavel Novak met his Iraqi counterpart on Tuesday in the northern city of Mosul.",
            "Mosul", "IRQ"),
        ("Chancellor Karl Huber met Prime Minister Ivo Brandt at the Greek island of Corfu on Sunday.", "Corfu", "GRC"),
    ] as [(String, String, String?)])
    func theNameAfterASettlementNounIsThePlace(body: String, place: String, country: String?) {
        let m = Fixture.events(body).first { $0.type == .meeting }
        #expect(m?.location?.name == place)
        #expect(m?.location?.country == country)
    }

    @Test func aSettlementNounWithoutANamedPlaceGivesNoPlace() {
        // "in the city, Brandt said": after a comma only a place the dictionaries know.
        let e = Fixture.events("Prime Minister Ivo Brandt met President Anne Roche on Saturday in the city, Brandt said.")
        #expect(e.first { $0.type == .meeting }?.location?.name != "Brandt")
        // "the town of his birth": no name after "of".
        let f = Fixture.events("Prime Minister Ivo Brandt met President Anne Roche on Saturday in the town of his birth.")
        #expect(f.first { $0.type == .meeting } != nil)
        #expect(f.first { $0.type == .meeting }?.location == nil)
    }

    @Test func aSessionOfABodysAmbassadorsIsAtItsSeat() {
        let e = Fixture.events(
            "NATO ambassadors met in emergency session on Friday to discuss tension between Greece and Turkey.")
        #expect(e.first { $0.type == .meeting }?.location?.name == "Brussels")
        let f = Fixture.events("The IMF's executive board met on Friday to discuss the loan to Ghana, officials said.")
        #expect(f.first { $0.type == .meeting }?.location?.name == "Washington")
    }

    @Test func aBodysMinistersOrAPlacedSessionAreNotAtTheSeat() {
        let e = Fixture.events("NATO defence ministers met on Thursday to discuss tension between Greece and Turkey.")
        #expect(e.first { $0.type == .meeting }?.location?.name != "Brussels")
        let f = Fixture.events("NATO ambassadors met in Madrid on Friday to discuss tension between Greece and Turkey.")
        #expect(f.first { $0.type == .meeting }?.location?.name == "Madrid")
    }

    @Test func aStateNewsAgencyCondemnsFromItsSeat() {
        let e = Fixture.events(
            "The official Soviet news agency Tass denounced the U.S. attack on an Iranian oil platform as military adventurism.")
        #expect(e.first { $0.type == .condemnation }?.location?.name == "Moscow")
        // A minister's condemnation that the agency reports is the minister's, placed by the text alone.
        let f = Fixture.events(
            "Foreign Minister Eduard Shevardnadze denounced the U.S. attack on an Iranian oil platform, Tass reported.")
        #expect(f.first { $0.type == .condemnation }?.location == nil)
    }

    @Test func furtherTalksLaterThatDayAreWhereTheLeadersAre() {
        // Published on Wednesday 15 March: both meetings are of that day.
        let e = Fixture.events(
            "Council President Anna Weber met Chinese President Xi Jinping in Beijing on Wednesday. Weber is due to "
                + "hold further talks with Chinese Premier Li Qiang later on Wednesday.")
        let planned = e.first { $0.type == .meeting && $0.status == .planned }
        #expect(planned != nil)
        #expect(planned?.location?.name == "Beijing")
    }

    @Test func aPlannedMeetingOfAnotherDayKeepsNoPlace() {
        let e = Fixture.events(
            "Council President Anna Weber met Chinese President Xi Jinping in Beijing on Monday. Weber is due to hold "
                + "talks with Indian Prime Minister Ravi Rao on Friday.")
        let planned = e.first { $0.type == .meeting && $0.status == .planned }
        #expect(planned != nil)
        #expect(planned?.location == nil)
    }
}
