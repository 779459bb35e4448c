import Testing

@testable import EventWireCore

/// Trigger words in senses that are no event (docs/HAND-CHECK.md, sixth draw): a rocket that "blasted off", a pact
/// "designed to meet U.S. demands", a "television host", a firm's or a band's nationality read as a state; each
/// with look-alikes that must still fire.
@Suite struct SenseRuleTests {
    // MARK: "blast": a launch or an explosion

    @Test(arguments: [
        "The new satellite launcher blasted off from the coastal base on Tuesday.",
        "A car bomb blast killed three people near the ministry on Tuesday.",
        "Damage was put at 2 mln dlrs after the dynamite blast at the mine yesterday, police said.",
    ])
    func launchOrExplosionIsNoCondemnation(_ sentence: String) {
        #expect(!Fixture.types(sentence).contains(.condemnation), "\(sentence)")
    }

    @Test(arguments: [
        "Rebel leader Juan Ortiz blasted the government over the new curfew.",
        "Opposition leader Mara Venn blasted the government over the tax plan on Monday.",
    ])
    func blastingAnActorIsStillACondemnation(_ sentence: String) {
        #expect(Fixture.types(sentence).contains(.condemnation), "\(sentence)")
    }

    @Test func armedForceBlastingAThingIsAStrike() {
        #expect(
            !Fixture.types("Islamic State fighters blasted the oil depot near the border on Sunday.")
                .contains(.condemnation))
        // The same force blasting the government is speech; so is a general who blasts it.
        #expect(
            Fixture.types("Islamic State blasted the government over the new curfew in a statement on Sunday.")
                .contains(.condemnation))
        #expect(
            Fixture.types("Army chief General Tomas Vale blasted the government over the budget cuts.")
                .contains(.condemnation))
    }

    // MARK: "meet" in the sense of satisfying or receiving

    @Test(arguments: [
        "The engines were modified to meet Korean safety standards, the maker said.",
        "Norway has met World Bank requirements on its pension reform, Finance Minister Per Lund said.",
        "The currency accord was designed to meet Brazilian demands for lower tariffs.",
        "Minister Per Lund said the plan met with general approval in Oslo.",
        "Finance Minister Per Lund's plans for the Norwegian oil fund were met by general approval from the Chinese delegates.",
        "Seoul is striving to meet U.S. complaints about its steel exports, Trade Minister Kim Su said.",
        "Norway moved to meet EU objections to its fishing quotas on Monday.",
    ])
    func meetingARequirementIsNoMeeting(_ sentence: String) {
        #expect(!Fixture.types(sentence).contains(.meeting), "\(sentence)")
    }

    @Test func meetingOfficialsIsStillAMeeting() {
        let met = Fixture.events("Foreign Minister Hana Ito met US officials in Geneva on Monday.")
            .first { $0.type == .meeting }
        #expect(met?.actors.map(\.name).contains("United States") == true)
        // A requirement noun after the partner, past a preposition, is what they discussed.
        let discussed = Fixture.events(
            "Finance Minister Per Lund met World Bank President Ray Stone on Monday to discuss its demands.")
        #expect(discussed.contains { $0.type == .meeting && $0.actors.count == 2 })
        // The passive with a person as agent is still an encounter.
        let received = Fixture.events("Finance Minister Per Lund was met by Chinese Foreign Minister Li Wei at the airport in Beijing.")
        #expect(received.contains { $0.type == .meeting })
    }

    // MARK: A base form after a determiner and a modifier is a noun

    @Test func modifiedBaseFormIsANoun() {
        #expect(
            !Fixture.types("In Chile and Peru many of those asked said they kept their fixed phone at home.")
                .contains(.meeting))
        // "to" before the base form makes it a verb.
        let visit = Fixture.events(
            "He is the first senior Omani official to visit Chile since the two countries opened embassies.")
        #expect(visit.contains { $0.type == .meeting && $0.actors.contains { $0.name == "Chile" } })
    }

    // MARK: "host" as a job, and a hosted thing

    @Test(arguments: [
        "Veteran Canadian television host Ray Marsh is in hospital in Toronto after a fall.",
        "The talk show host Ann Kerr interviewed Prime Minister Lena Hart on Friday.",
        "The charity Oxfam will host Mr Lund's lecture on Friday.",
    ])
    func hostAsAJobOrOfAThingIsNoMeeting(_ sentence: String) {
        #expect(!Fixture.types(sentence).contains(.meeting), "\(sentence)")
    }

    @Test(arguments: [
        "President Anna Mbeki hosted the Japanese prime minister in Gaborone on Tuesday.",
        "President Anna Mbeki hosted Japan's prime minister in Gaborone on Tuesday.",
    ])
    func hostingAGuestIsStillAMeeting(_ sentence: String) {
        #expect(Fixture.types(sentence).contains(.meeting), "\(sentence)")
    }

    // MARK: A country before a firm's or a performer's noun is a nationality

    @Test func firmNationalityIsNoState() {
        let events = Fixture.events("Nedbank said it was still in talks with British bank Lloyds over a stake sale.")
        #expect(!events.contains { $0.actors.contains { $0.name == "United Kingdom" } })
    }

    @Test(arguments: [
        "Canadian acts are not offered the same terms when visiting France for promotional tours.",
        "Veteran Canadian television host Ray Marsh is in hospital in Toronto after a fall.",
    ])
    func performersNationalityIsNoState(_ sentence: String) {
        #expect(Fixture.events(sentence).isEmpty, "\(sentence)")
    }

    @Test func possessiveCountryBeforeFirmsIsNoState() {
        let events = Fixture.events(
            "The drafting of the code was led by the Mobile Games Forum and Chile's phone firms.")
        #expect(!events.contains { $0.actors.contains { $0.name == "Chile" } })
        let met = Fixture.events("President Lena Hart and Chile's foreign minister met in Oslo on Friday.")
        #expect(met.contains { $0.type == .meeting && $0.actors.contains { $0.name == "Chile" } })
    }

    @Test func statesStillActWithGroupNounsAndVisits() {
        let visit = Fixture.events("Prime Minister Lena Hart visited Japan on Monday.").first { $0.type == .meeting }
        #expect(visit?.actors.map(\.name).contains("Japan") == true)
        let talks = Fixture.events("British officials held talks with Iran on Monday.").first { $0.type == .meeting }
        #expect(talks?.actors.map(\.name).sorted() == ["Iran", "United Kingdom"])
    }

    // MARK: "phone": the instrument, not the call

    @Test(arguments: [
        "The trial of Kurt Laine, former chief executive of bankrupt US phone company Telvo, opened in Boston.",
        "Orvo and Pellacom charge high roaming rates. \"Consumers pay too much when they use their mobile phones on their travels,\" the Commission said.",
    ])
    func phoneAsANounCallsNobody(_ sentence: String) {
        #expect(!Fixture.types(sentence).contains(.meeting), "\(sentence)")
    }

    @Test func telephoneGroupIsNoParticipant() {
        let met = Fixture.events(
            "Finance Minister Jean Ardent and Industry Minister Paul Roque met today to discuss the sale of the French telephone group Telmax.")
        #expect(met.first { $0.type == .meeting }?.actors.map(\.name).sorted() == ["Jean Ardent", "Paul Roque"])
    }

    @Test(arguments: [
        "President Lena Hart phones Chancellor Otto Brandt on Monday to discuss the gas dispute.",
        "Prime Minister Tomas Vale will telephone the Chinese president later today.",
        "Foreign Minister Mara Venn phoned her Polish counterpart on Tuesday.",
    ])
    func phoningSomeoneIsStillACall(_ sentence: String) {
        #expect(Fixture.types(sentence).contains(.meeting), "\(sentence)")
    }

    // MARK: Firms

    @Test func aFirmsNameGoesOnPastAnd() {
        let deal = Fixture.events(
            "Sears Roebuck and Co said it reached an out-of-court settlement with the Federal Trade Commission over the labeling of garments.")
        #expect(deal.first?.actors.map(\.name).contains("Sears Roebuck and Co") == true)
    }

    @Test(arguments: [
        // The short name is the firm: "Orvana" after "Orvana Industries and Co".
        "Orvana Industries and Co signed a license agreement with Hallmor Inc on Monday. \"Orvana and Hallmor have entered into the license agreement as an alternative to litigation,\" a statement from the companies said. An Orvana spokesperson declined to comment.",
        // "an Ostara spokesman" does not make the firm Ostara a political actor.
        "Pellacom Inc of the U.S. is in contact with Ostara about its news business, an Ostara spokesman said. Industry sources said they believed talks between Ostara and Pellacom had been taking place for some months.",
    ])
    func firmsAmongThemselvesAreNoEvent(_ body: String) {
        #expect(Fixture.events(body).isEmpty, "\(body)")
    }

    // MARK: "negotiate": a power granted, no talks

    @Test(arguments: [
        "The bill extends the President's authority to negotiate a trade agreement with Chile through 2025.",
        "The United States and Japan have a mandate to negotiate in Geneva.",
    ])
    func authorityToNegotiateIsNoMeeting(_ sentence: String) {
        #expect(!Fixture.types(sentence).contains(.meeting), "\(sentence)")
    }

    @Test func negotiatingPartiesStillMeet() {
        #expect(Fixture.types("The United States and Japan negotiated in Geneva on Monday.").contains(.meeting))
    }
}
