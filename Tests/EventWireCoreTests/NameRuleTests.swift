import Testing
@testable import EventWireCore

/// Which capitalised words make an actor's name: party names across words that are no name alone, occasions
/// and diseases that are no actor, and a legislature named by its kind alone. Each rule with our own sentences
/// and a look-alike.
@Suite struct NameRuleTests {
    private func first(_ events: [Event], _ type: EventType) -> Event? { events.first { $0.type == type } }

    private func names(_ events: [Event]) -> Set<String> { Set(events.flatMap { $0.actors.map(\.name) }) }

    // MARK: - All-capitals headlines

    @Test func aCapitalsHeadlineNamesNoOneByItsWords() {
        // Every word of an all-capitals headline looks like a name: "SHULTZ ARRIVES" is no person.
        let events = Fixture.events(
            "SHULTZ SEES GOLDEN FUTURE FOR PHILIPPINES\n\nSecretary of State Paul Shultz arrived on Monday. Speaking "
                + "at a luncheon after an hour-long meeting with President Rosa Santos, Shultz endorsed the government.")
        #expect(first(events, .meeting) != nil)
        #expect(names(events).contains("Paul Shultz"))
        #expect(!names(events).contains { $0.uppercased() == $0 })
        // A headline in ordinary case still names a person by two words.
        let mixed = Fixture.events("Paul Shultz in Moscow talks\n\nShultz met Soviet Foreign Minister Ivan Petrov on Monday.")
        #expect(names(mixed).contains("Paul Shultz"))
    }

    // MARK: - Titles inside a body's name

    @Test func aBodysLastWordCanOpenATitle() {
        // "U.S. Treasury" is a body, but "Treasury Secretary" with a name after it is a person's title.
        let events = Fixture.events(
            "Finance Minister Carlos Ruiz of Peru will visit U.S. Treasury Secretary Ann Hale next week.")
        let hale = first(events, .meeting)?.actors.first { $0.name == "Ann Hale" }
        #expect(hale?.title == "Finance Minister")
        #expect(hale?.country == "USA")
        #expect(!names(events).contains("U.S. Treasury"))
        // No name after it: the body itself.
        let body = Fixture.events("The U.S. Treasury Department strongly condemned the seizure of the tanker.")
        #expect(first(body, .condemnation)?.actors.first?.country == "USA")
        #expect(!names(body).contains("Department"))
    }

    @Test func aPortfolioWordMayStandBetweenABodyAndATitle() {
        let events = Fixture.events("Peruvian Finance Minister Ana Sousa met European Union trade commissioner Karl Weber in Lima.")
        #expect(first(events, .meeting)?.actors.contains { $0.name == "Karl Weber" } == true)
        // No name after the title: the body's officials, no person.
        let bare = Fixture.events("Peruvian Finance Minister Ana Sousa met European Union trade officials in Lima.")
        #expect(!names(bare).contains("Karl Weber") && first(bare, .meeting) != nil)
    }

    // MARK: - A body's name with "of"

    @Test(arguments: [
        ("The Confederation of Andean Industry sharply condemned the new export tax.", "Confederation of Andean Industry", nil as String?),
        ("The Chamber of Commerce of Peru strongly condemned the blockade of the port.", "Chamber of Commerce of Peru", "PER"),
        ("The Ministry of Rural Affairs of Ghana condemned the seizure of the farms.", "Ministry of Rural Affairs of Ghana", "GHA"),
        ("The Catholic Church of Chile denounced the killing of the three students.", "Catholic Church of Chile", "CHL"),
    ])
    func aBodysNameGoesOnPastOf(sentence: String, name: String, country: String?) {
        let e = first(Fixture.events(sentence), .condemnation)
        #expect(e?.actors.map(\.name) == [name])
        #expect(e?.actors.first?.country == country)
    }

    @Test func aStatesMinistryOrGovernmentNamedWithOfIsTheState() {
        let e = first(Fixture.events("The Foreign Ministry of Ghana condemned the attack on its embassy."), .condemnation)
        #expect(e?.actors.map(\.name) == ["Ghana"])
        let g = first(Fixture.events("The Government of Chile strongly condemned the coup attempt."), .condemnation)
        #expect(g?.actors.map(\.name) == ["Chile"])
    }

    @Test(arguments: [
        "Separately, French Prime Minister Ana Sousa met Chinese President Li Wei in Beijing.",
        "Afterwards French Prime Minister Ana Sousa met Chinese President Li Wei in Beijing.",
        "Moreover, French Prime Minister Ana Sousa met Chinese President Li Wei in Beijing.",
    ])
    func aSentenceAdverbIsNoName(_ sentence: String) {
        let e = first(Fixture.events(sentence), .meeting)
        #expect(e?.actors.map(\.name) == ["Ana Sousa", "Li Wei"])
    }

    @Test func aFirmNamedLikeATitleIsAFirm() {
        // "General" is a rank, but "General Electric" and "General Dynamics" are firms: their deal is corporate.
        #expect(Fixture.events("Rolls-Royce and General Electric have concluded an accord on a new engine.").isEmpty)
        #expect(Fixture.events("General Dynamics and Rolls-Royce signed a supply agreement on Monday.").isEmpty)
        // A general with a one-word name is still a person.
        let e = first(Fixture.events("General Petrov met Chinese Defence Minister Li Wei in Beijing."), .meeting)
        #expect(e?.actors.contains { $0.name == "Petrov" && $0.title == "General" } == true)
    }

    @Test func aFirmsLegalFormEndsItsName() {
        // "Corp of Peru" is a firm in Peru, not a body of Peru's: the deal stays corporate, no state party.
        let events = Fixture.events("Andes Mining Corp of Peru said it had reached an agreement with Kestrel Metals Inc.")
        #expect(events.allSatisfy { e in !e.actors.contains { $0.name == "Peru" } })
    }

    // MARK: - Party names

    @Test func aRunEndingInPartyIsOneName() {
        let events = Fixture.events("The Radical Democratic Party sharply condemned the government of Prime Minister Elena Varga.")
        #expect(first(events, .condemnation)?.actors.map(\.name) == ["Radical Democratic Party"])
        // Not the first word alone, not the US Democratic Party inside it.
        #expect(!names(events).contains("Radical") && !names(events).contains("Democratic Party"))
    }

    @Test func aRunStartingWithAWordThatIsNoNameAloneIsOneName() {
        let events = Fixture.events("Bishop Paul Okafor condemned the National Renewal Party for the attack on the mission.")
        #expect(first(events, .condemnation)?.target?.name == "National Renewal Party")
    }

    @Test func aDictionaryPartyKeepsItsState() {
        let e = first(Fixture.events("The Liberal Democratic Party sharply condemned the new tax on rice."), .condemnation)
        #expect(e?.actors.first?.country == "JPN")
    }

    @Test func aStateNamedLikeAPartyStaysTheState() {
        let e = first(Fixture.events("Officials of the Democratic Republic of the Congo met Rwanda in Goma."), .meeting)
        #expect(e?.actors.contains { $0.country == "COD" } == true)
    }

    @Test func aCapitalisedFirstWordIsNoPartOfADictionaryParty() {
        // At the start of a sentence any word is capitalised: "Senior" is no part of the party's name.
        let events = Fixture.events("Senior Democratic Party members sharply condemned the new tax on rice.")
        #expect(!names(events).contains("Senior Democratic Party"))
    }

    // MARK: - Non-names

    @Test func anOccasionIsNoPersonAndTakesNoPronoun() {
        let events = Fixture.events(
            "President Omar Haddad spoke at the opening of Martyrs Remembrance Week. He condemned the bombing of the embassy in Tunis.")
        #expect(first(events, .condemnation)?.actors.map(\.name) == ["Omar Haddad"])
        #expect(!names(events).contains("Martyrs Remembrance Week"))
    }

    @Test func aSurnameLikeAnOccasionWordInThePluralIsAPerson() {
        let events = Fixture.events("Senator Lina Weeks condemned the bombing of the embassy in Tunis.")
        #expect(first(events, .condemnation)?.actors.map(\.name) == ["Lina Weeks"])
    }

    @Test(arguments: [
        "Health Minister Ruth Okello will visit an HIV/Aids orphanage in Tanzania.",
        "Finance ministers discussed Third World debt at a meeting with Japan in Bonn.",
    ])
    func aDiseaseOrARegionIsNoActor(sentence: String) {
        let events = Fixture.events(sentence)
        #expect(!events.isEmpty)
        #expect(!names(events).contains("HIV") && !names(events).contains("Third"))
    }

    @Test func aPersonStillMeetsAtAClinicNamedForADisease() {
        let events = Fixture.events("Health Minister Ruth Okello met President Yoweri Museveni at an HIV/Aids clinic in Kampala.")
        #expect(first(events, .meeting)?.actors.map(\.name) == ["Ruth Okello", "Yoweri Museveni"])
    }

    // MARK: - Legislatures

    @Test func aBareLegislatureIsTheDominantStates() {
        let events = Fixture.events(
            "President Alan Reed met US farm officials in Washington. The Senate voted to condemn the proposed European levy on soybeans, which it said would hurt American farmers.")
        let e = first(events, .condemnation)
        #expect(e?.actors.map(\.name) == ["Senate"])
        #expect(e?.actors.first?.country == "USA")
    }

    @Test func aBareLegislatureWithNoDominantStateHasNoCountry() {
        let events = Fixture.events(
            "France and Italy disagreed over the levy. The parliament voted to condemn the proposed levy on soybeans.")
        let e = first(events, .condemnation)
        #expect(e?.actors.map(\.name) == ["Parliament"])
        #expect(e?.actors.first?.country == nil)
    }

    @Test func aLegislatureNamedWithItsStateBeforeIsThatBody() {
        let events = Fixture.events(
            "The US Senate met in Washington. The Senate voted to condemn the proposed European levy on soybeans.")
        #expect(first(events, .condemnation)?.actors.first?.country == "USA")
        #expect(!names(events).contains("Senate"))
    }

    @Test func aLowercaseHouseIsNoLegislature() {
        let events = Fixture.events("Police said the house was attacked. The house condemned nothing.")
        #expect(!names(events).contains("House"))
    }
    @Test func aTitleToTheTreasuryKeepsItsHolder() {
        let events = Fixture.events("Chief Secretary to the Treasury Peter Brooke attacked the Labour spending plans.")
        let e = first(events, .condemnation)
        #expect(e?.actors.map(\.name) == ["Peter Brooke"])
    }

    // MARK: - Sites named after a person

    @Test func aSiteNamedAfterATitledPersonIsNoActor() {
        let mosque = Fixture.events("""
            Jordanian Foreign Minister Ayman Safadi met Iranian Foreign Minister Hossein Amirabdollahian at the \
            King Abdullah Grand Mosque in Amman on Monday. Later he held talks with Iraq.
            """)
        #expect(!names(mosque).contains { $0.contains("Mosque") })
        #expect(mosque.filter { $0.type == .meeting }.allSatisfy { $0.location?.name == "Amman" })
        let bridge = Fixture.events(
            "Jordanian Foreign Minister Ayman Safadi met Iranian Foreign Minister Hossein Amirabdollahian at the King Hussein Bridge on Monday.")
        #expect(!names(bridge).contains { $0.contains("Bridge") })
        // Look-alike: a titled person whose surname is a site word is still the person.
        let senator = Fixture.events("Senator John Tower met Soviet Foreign Minister Eduard Shevardnadze in Geneva on Monday.")
        #expect(first(senator, .meeting)?.actors.contains { $0.name == "John Tower" } == true)
    }

    @Test func aCapitalisedCommonWordAfterANameParticleEndsTheName() {
        let sultan = Fixture.events("Sultan Qaboos bin Said met Iranian President Hassan Rouhani in Muscat on Monday.")
        #expect(first(sultan, .meeting)?.actors.contains { $0.name == "Qaboos bin Said" } == true)
        let minister = Fixture.events(
            "Omani Foreign Minister Badr Al Said met British Foreign Secretary James Cleverly in Muscat on Monday.")
        #expect(first(minister, .meeting)?.actors.contains { $0.name == "Badr Al Said" } == true)
        // Look-alike: a lower-case "said" after the name is still the reporting verb.
        let reported = Fixture.events(
            "Omani Foreign Minister Yusuf bin Alawi said on Monday that he met Iranian President Hassan Rouhani in Tehran.")
        #expect(first(reported, .meeting)?.actors.contains { $0.name == "Yusuf bin Alawi" } == true)
    }

    // MARK: - A club named by description

    @Test func aDescribedClubIsTheOneClubTheArticleNamedBefore() {
        let events = Fixture.events(
            "The G-7 finance ministers met in Paris last week. The finance ministers of seven major industrial nations met again in Washington on Monday.")
        #expect(names(events).contains("G-7"))
        #expect(!names(events).contains("industrial nations"))
    }

    @Test(arguments: [
        // No club named before, or two.
        "The finance ministers of seven major industrial nations met in Washington on Monday.",
        "The G-7 and the G-8 have both grown. The finance ministers of seven major industrial nations met in Washington on Monday.",
    ])
    func aDescribedClubWithNoSingleClubNamedStaysDescribed(_ body: String) {
        #expect(names(Fixture.events(body)).contains("industrial nations"), "\(body)")
    }

    @Test func anAgriculturalMinisterIsTheAgricultureMinisterOfHisState() {
        let events = Fixture.events("Dutch Agricultural Minister Jan de Vries held talks with Chancellor Kohl in Bonn on Monday.")
        let vries = first(events, .meeting)?.actors.first { $0.name == "Jan de Vries" }
        #expect(vries?.country == "NLD")
        #expect(vries?.title == "Agriculture Minister")
        // Body ministers of the portfolio meet as their body.
        let body = Fixture.events("EC agricultural ministers will meet in Brussels next week.")
        #expect(first(body, .meeting)?.actors.map(\.name) == ["EC"])
        // An agricultural economist is no minister.
        let economist = Fixture.events("Dutch agricultural economist Jan de Vries met reporters in Bonn on Monday.")
        #expect(first(economist, .meeting) == nil)
    }

    @Test func aBareCommunityBeforeItsMembersTitleIsTheEuropeanCommunity() {
        let events = Fixture.events(
            "The European Community raised milk quotas. Community farm ministers will meet in Brussels on Monday.")
        #expect(first(events, .meeting)?.actors.map(\.name) == ["European Community"])
        // No European Community named before: a local community.
        let local = Fixture.events("Community leaders will meet in Leeds on Monday to discuss the closure.")
        #expect(!names(local).contains("European Community"))
        // Not before a title: "Community food production" names no members.
        let output = Fixture.events(
            "The European Community raised milk quotas. Protests against cuts in Community food production are gathering.")
        #expect(first(output, .meeting) == nil)
    }
}
