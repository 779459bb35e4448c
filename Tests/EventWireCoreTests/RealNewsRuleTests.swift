import Testing
@testable import EventWireCore

/// Rules added for real news (BBC, Reuters, Wikinews style), each with our own sentences.
@Suite struct RealNewsRuleTests {
    private func first(_ events: [Event], _ type: EventType) -> Event? { events.first { $0.type == type } }

    @Test func verbalAttackByPoliticianIsCondemnation() {
        let events = Fixture.events(
            "Opposition leader Hana Kowalczyk attacked the government's pension plans on Monday.")
        let e = first(events, .condemnation)
        #expect(e != nil)
        #expect(e?.actors.contains { $0.name == "Hana Kowalczyk" } == true)
    }

    @Test func headlineAttacksWithPoliticalTarget() {
        let events = Fixture.events("Lindqvist attacks France over fishing quotas\n\nThe row grew on Monday.")
        #expect(first(events, .condemnation)?.target?.country == "FRA")
    }

    @Test func launchedAnAttackOnPolicy() {
        let events = Fixture.events(
            "Foreign Minister Pavel Novak launched an attack on Hungary's border policy on Tuesday.")
        #expect(first(events, .condemnation) != nil)
    }

    @Test(arguments: [
        "Rebel fighters attacked the army base near the border on Sunday.",
        "Russia attacked Ukrainian positions overnight.",
        "The minister was attacked by a group of protesters outside parliament.",
        "The senator was accused of attacking a journalist with a chair.",
        "Officials said militants planned to attack the embassy in the capital.",
        "Recent drone attacks, reported every week, have killed several commanders.",
    ])
    func physicalAttacksAreNotCondemnations(_ sentence: String) {
        #expect(!Fixture.types(sentence).contains(.condemnation), "\(sentence)")
    }

    @Test func appositiveTitleMakesPersonPolitical() {
        let events = Fixture.events(
            "Marta Oyelaran, Nigeria's trade minister, denounced the new tariffs on Thursday.")
        let e = first(events, .condemnation)
        #expect(e?.actors.first?.name == "Marta Oyelaran")
    }

    @Test func relativeClauseSubject() {
        let events = Fixture.events(
            "Farm Minister Lotte Verhoeven, who on Monday denounced the proposed quotas, left Brussels early.")
        #expect(first(events, .condemnation)?.actors.first?.name == "Lotte Verhoeven")
    }

    @Test func adjectiveCounterpartWithName() {
        let events = Fixture.events(
            "Foreign Minister Ana Ruiz spoke first. Ms Ruiz and her Portuguese counterpart Joao Mendes agreed to build a bridge over the river.")
        let e = first(events, .agreement)
        #expect(e != nil)
        #expect(e?.actors.contains { $0.name == "Joao Mendes" && $0.country == "PRT" } == true)
    }

    @Test func theTwoPresidentsResolveToTheLastTwoPersons() {
        let events = Fixture.events(
            "Chilean President Rosa Fuentes and Bolivian President Tomas Quispe met in Arica. The two presidents also agreed to open a rail link.")
        let e = first(events, .agreement)
        #expect(e?.actors.count == 2)
    }

    @Test func frontedTalksTakeMainClauseSubject() {
        let events = Fixture.events(
            "After talks with German Chancellor Klaus Brandt, Danish Prime Minister Mette Lund said the border would stay open.")
        let e = first(events, .meeting)
        #expect(e?.actors.count == 2)
    }

    @Test func amountBeforeDealNoun() {
        let events = Fixture.events(
            "Kenya and Ethiopia signed a $300m (£240m) agreement to build a power line on Friday.")
        #expect(first(events, .agreement)?.actors.count == 2)
    }

    @Test func aNumberOfAgreements() {
        let events = Fixture.events("Peru and Ecuador also signed a number of other agreements on trade.")
        #expect(first(events, .agreement) != nil)
    }

    @Test func singlePartyDealWithCountryInTopic() {
        let events = Fixture.events("Pakistan has signed a deal to import electricity from Tajikistan.")
        let codes = Set(first(events, .agreement)?.actors.compactMap(\.country) ?? [])
        #expect(codes == ["PAK", "TJK"])
    }

    @Test func pronounAfterSecondPartyRefersToSubject() {
        let events = Fixture.events(
            "Greek Prime Minister Eleni Pappas met Italian President Marco Ferri in Rome, where she denounced the new border law.")
        #expect(first(events, .condemnation)?.actors.first?.name == "Eleni Pappas")
    }

    @Test func evaluatorMatchesOrganisationAliases() throws {
        let lexicon = try Lexicon.builtIn()
        let evaluator = Evaluator(extractor: Fixture.extractor, lexicon: lexicon)
        let gold = GoldEvent(type: .meeting, actors: ["European Union"], location: nil, date: nil, status: .planned)
        let predicted = Event(
            type: .meeting, actors: [Actor(name: "EU", title: nil, country: nil)], target: nil, topic: nil,
            location: nil, date: nil, status: .planned, evidence: [], confidence: 0.8, codes: EventCodes(cameo: "036", plover: "CONSULT"))
        #expect(Evaluator.overlap(predicted, gold, aliases: evaluator.aliases) > 0)
        #expect(Evaluator.overlap(predicted, gold) == 0)
    }
}
