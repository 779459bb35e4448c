import Testing
@testable import EventWireCore

/// Who an event's actor is when the text names them by office, by a party and office, or as someone's
/// counterpart; and which condemnations stay apart. Each rule with our own sentences and a look-alike.
@Suite struct ResolutionRuleTests {
    private func first(_ events: [Event], _ type: EventType) -> Event? { events.first { $0.type == type } }

    // MARK: - Offices

    @Test func counterpartHoldsTheOfficeOfThePersonBefore() {
        // A counterpart is political of rank: the condemnation of a non-political act by that person stands.
        let events = Fixture.events(
            "Italian Trade Minister Paolo Ferri said he had spoken with his Austrian counterpart Karl Brunner. Brunner, who on Monday denounced as totally unacceptable the new quotas on dairy farmers, left the talks early.")
        let e = events.first { $0.type == .condemnation && $0.actors.contains { $0.name == "Karl Brunner" } }
        #expect(e != nil)
        #expect(e?.actors.first?.title == "Trade Minister")
    }

    @Test func bareOfficeResolvesToTheHolderOfALongerTitle() {
        let events = Fixture.events(
            "Foreign Minister Ana Sousa arrived in Madrid. The minister condemned the bombing of the embassy in Lima.")
        #expect(first(events, .condemnation)?.actors.map(\.name) == ["Ana Sousa"])
    }

    @Test func theOfficeIsNotTheDeputys() {
        let events = Fixture.events(
            "Deputy Prime Minister Jan Novak flew to Vienna. The prime minister condemned the bombing of the embassy.")
        #expect(first(events, .condemnation)?.actors.contains { $0.name == "Jan Novak" } != true)
    }

    @Test func partyAndOfficeIsThePersonNotTheParty() {
        let events = Fixture.events(
            "Labour deputy leader Mary Cole spoke in Leeds. The Labour deputy leader attacked the Conservatives' tax plans as \"vacuous\".")
        #expect(first(events, .condemnation)?.actors.map(\.name) == ["Mary Cole"])
    }

    @Test func aMonthAfterAGivenNameIsASurname() {
        let events = Fixture.events(
            "Opposition leader Tom Hale called Prime Minister Theresa May's plan \"a betrayal\" of voters.")
        #expect(first(events, .condemnation)?.target?.name == "Theresa May")
    }

    // MARK: - Characterisations

    @Test(arguments: [
        "Opposition leader Tom Hale called the government's budget \"lousy\".",
        "Senator Ann Reyes called the president's conduct a \"breach of his oath\".",
    ])
    func calledWithAPlainlyCondemnatoryWord(_ sentence: String) {
        #expect(Fixture.types(sentence).contains(.condemnation), "\(sentence)")
    }

    @Test(arguments: [
        "The bank called the quarterly results \"lousy\".",
        "Senator Ann Reyes called for an inquiry into the breach of the dam.",
    ])
    func characterisationLookalikes(_ sentence: String) {
        #expect(!Fixture.types(sentence).contains(.condemnation), "\(sentence)")
    }

    // MARK: - One event per condemner

    @Test func twoPeopleOfOneCountryAreTwoCondemnations() {
        let events = Fixture.events(
            "Senator Ann Reyes called President Mark Dunn's conduct \"disgraceful\". Dunn attacked the inquiry as \"garbage\".")
        let condemnations = events.filter { $0.type == .condemnation }
        #expect(condemnations.count == 2)
    }

    // MARK: - Both sides, sites, day parts

    @Test func bothSidesAfterAMeetingAreItsTwoParties() {
        let events = Fixture.events(
            "Chilean Foreign Minister Ana Vidal met Peruvian Foreign Minister Luis Soto in Lima on Monday. Both sides agreed to reopen their consulates in Arica and Tacna.")
        #expect(Set(first(events, .agreement)?.actors.compactMap(\.country) ?? []) == ["CHL", "PER"])
    }

    @Test func bothSidesKeepTheCoordinatedStatesBefore() {
        let events = Fixture.events(
            "Chile and Peru resumed border talks. Officials in Bern were not told. Both sides agreed to reopen their consulates.")
        #expect(Set(first(events, .agreement)?.actors.compactMap(\.country) ?? []) == ["CHL", "PER"])
    }

    @Test func aNamedSiteIsNotAPerson() {
        // "he" is the minister, not the temple; and a domestic party leader's visit to a temple meets no one.
        let events = Fixture.events(
            "On Thursday Foreign Secretary Mark Hill was in India visiting the Golden Temple in Amritsar. He is due to hold talks with the Indian government on Friday.")
        let talks = events.first { $0.type == .meeting && $0.status == .planned }
        #expect(talks?.actors.contains { $0.name == "Mark Hill" } == true)
        #expect(!events.contains { e in e.actors.contains { $0.name == "Golden Temple" } })
        #expect(Fixture.events("The Liberal Democrat leader will visit the Shri Ganesh Temple in Leicester.").isEmpty)
    }

    @Test(arguments: [("last night", "2023-03-14"), ("this morning", "2023-03-15")])
    func dayPartsResolve(_ phrase: String, _ date: String) {
        let events = Fixture.events("Italian Finance Minister Carlo Ponti met Treasury Secretary Ann Hale \(phrase).")
        #expect(first(events, .meeting)?.date == date)
    }

    @Test func theWeekendIsItsSaturday() {
        // Published Wednesday 2023-03-15: last weekend's Saturday is 03-11, this weekend's planned one 03-18.
        let past = Fixture.events("Prime Minister Ivo Brandt met Swedish Prime Minister Nils Berg last weekend.")
        #expect(past.first?.date == "2023-03-11")
        let planned = Fixture.events("Prime Minister Ivo Brandt will meet Swedish Prime Minister Nils Berg this weekend.")
        #expect(planned.first?.date == "2023-03-18")
    }

    @Test func aWeekIsItsMonthWhenItLiesInOne() {
        // Published Wednesday 2023-03-15: last week is 6-12 March, next week 20-26 March.
        let past = Fixture.events("Prime Minister Ivo Brandt met Swedish Prime Minister Nils Berg last week.")
        #expect(first(past, .meeting)?.date == "2023-03")
        #expect(first(past, .meeting)?.status == .occurred)
        // Published Sunday 2022-11-13: last week ran from 31 October to 6 November.
        let straddling = Fixture.events(
            "Prime Minister Ivo Brandt met Swedish Prime Minister Nils Berg last week.", published: "2022-11-13")
        #expect(first(straddling, .meeting)?.date == nil)
        // "the last week of the talks" is no date.
        let period = Fixture.events("In the last week of the talks, Prime Minister Ivo Brandt met Swedish Prime Minister Nils Berg.")
        #expect(first(period, .meeting)?.date == nil)
    }

    @Test func nextWeekAndThePresentOfAnArrangementArePlans() {
        let cases = [
            "Croatian Prime Minister Ante Kovac visits Austria next week for talks with Chancellor Hans Gruber.",
            "European Union finance ministers meet on Thursday to discuss the budget.",
            "Croatian Prime Minister Ante Kovac and Austrian Chancellor Hans Gruber have agreed to meet on Thursday.",
            "Croatian Prime Minister Ante Kovac visits Denmark this week.",
        ]
        for body in cases {
            #expect(first(Fixture.events(body), .meeting)?.status == .planned, "\(body)")
        }
        // Without a reference date "next week" still looks ahead.
        let undated = Fixture.events(
            "Croatian Prime Minister Ante Kovac visits Austria next week for talks with Chancellor Hans Gruber.",
            published: nil)
        #expect(first(undated, .meeting)?.status == .planned)
        #expect(first(Fixture.events(cases[1]), .meeting)?.date == "2023-03-16")
    }

    @Test func setOutIsNoArrangementButSetToIs() {
        // "set" announces only with "to"; the ranges "set in February's accord" are past.
        let past = Fixture.events(
            "The ranges were set in the February accord reached in Paris by the finance ministers of Japan and France.")
        #expect(first(past, .agreement)?.status == .past)
        #expect(first(past, .agreement)?.date == "2023-02")
        let ahead = Fixture.events("Finance ministers of Japan and France are set to meet in Paris next month.")
        #expect(first(ahead, .meeting)?.status == .planned)
    }

    @Test(arguments: [
        "The charities will campaign hard in the run-up to the G8 summit in Gleneagles.",
        "The minister spoke on the eve of the semi-annual meetings of the International Monetary Fund and the World Bank.",
        "The envoy's visit is to prepare for Prime Minister Lena Hart's talks with President Tom Kerr.",
    ])
    func theTimeBeforeAnEventLooksAhead(_ sentence: String) {
        #expect(first(Fixture.events(sentence), .meeting)?.status == .planned, "\(sentence)")
    }

    @Test func aMeetingOnTheEveOfASummitHasHappened() {
        let events = Fixture.events("Prime Minister Lena Hart met President Tom Kerr in Paris on the eve of the G8 summit.")
        #expect(events.first { $0.type == .meeting && $0.actors.count == 2 }?.status == .occurred)
    }

    @Test func aPastOrAPurposeIsNoArrangement() {
        // "held meetings ... to discuss it with X on Monday": the infinitive is the purpose of a past meeting.
        let purpose = Fixture.events(
            "A government task force held meetings to discuss a rebuilding plan with the World Bank on Monday.")
        #expect(first(purpose, .meeting)?.status == .occurred)
        #expect(first(purpose, .meeting)?.date == "2023-03-13")
        // "hit out at" is its own past: no plan for Tuesday.
        let hit = Fixture.events("Philippine President Ramon Cruz on Tuesday hit out at China over the water cannon attack.")
        #expect(first(hit, .condemnation)?.status == .occurred)
        #expect(first(hit, .condemnation)?.date == "2023-03-14")
        // "next week's spring meetings": the date of the other meeting, not of the gathering before it.
        let other = Fixture.events(
            "EU finance ministers held an informal gathering in Knokke on Saturday to prepare for next week's spring meetings of the IMF.")
        #expect(first(other, .meeting)?.date == "2023-03-11")
    }

    @Test func aPronounOutsideAQuoteIsNotSomeoneTheQuoteNamed() {
        let events = Fixture.events(
            "Former minister Robert Ames has left the Liberal Party. In a letter he wrote: \"It is best that Ann Hale rather than Tom Kerr should lead the next government.\" While saying he admired her leadership, he bitterly criticised the Liberal Party's stance on Europe.")
        #expect(first(events, .condemnation)?.actors.map(\.name) == ["Robert Ames"])
        // Inside the quote a pronoun may still be someone the quote named.
        let inside = Fixture.events(
            "Robert Ames wrote: \"Tom Kerr met the Italian prime minister. Then he condemned the Liberal Party's stance on Europe.\"")
        #expect(first(inside, .condemnation)?.actors.map(\.name) == ["Tom Kerr"])
    }

    @Test func aPronounWithNoPersonBeforeItInItsSentenceIsTheLastSubject() {
        // The subject of the last sentence that named someone, not the person named last ("Tony Blair's record").
        let events = Fixture.events(
            "Opposition chairman Liam Fox opened the conference with a speech criticising Prime Minister Tony Blair's record. Labour had failed to deliver, he told the delegates. He also attacked the government's failure to control immigration.")
        #expect(first(events, .condemnation)?.actors.map(\.name) == ["Liam Fox"])
        let visit = Fixture.events(
            "Finance Minister Otto Brandt arrived in Madrid after talks with President Lena Hart in Paris. He met King Felipe on Tuesday.")
        #expect(visit.contains { $0.type == .meeting && $0.actors.map(\.name).contains("Otto Brandt") && $0.actors.contains { $0.name.contains("Felipe") } })
    }

    @Test func aCountryBeforeAPrepositionIsNotATitlesState() {
        // "visited Japan after President X": Japan is the place of the visit, not X's state.
        let events = Fixture.events("Foreign Minister Ana Sousa of Peru visited Japan after President Tom Kerr announced new tariffs.")
        let actors = events.flatMap(\.actors)
        #expect(!actors.contains { $0.name == "Tom Kerr" && $0.country == "JPN" })
        #expect(first(events, .meeting)?.actors.contains { $0.name == "Japan" } == true)
    }

    @Test func theSpeakerAfterACommaIsNotInTheList() {
        let events = Fixture.events(
            "Prime Minister Ivo Brandt will hold talks in Vienna with Chancellor Hans Gruber, Foreign Minister Ana Sousa told reporters.")
        #expect(Set(first(events, .meeting)?.actors.map(\.name) ?? []) == ["Ivo Brandt", "Hans Gruber"])
        // A participle opening the sentence has the speaker as its subject.
        let opener = Fixture.events(
            "Speaking after chairing a two-day meeting of European Union farm ministers, Agriculture Minister Ivo Brandt said prices would fall.")
        #expect(first(opener, .meeting)?.actors.contains { $0.name == "Ivo Brandt" } == true)
    }

    @Test func theLastNightOfASummitIsNoDate() {
        let events = Fixture.events("On the last night of the summit, Italian Finance Minister Carlo Ponti met Treasury Secretary Ann Hale.")
        #expect(first(events, .meeting)?.date == nil)
    }

    // MARK: - Reported characterisations

    @Test func aQuoteGoesOnWithTheSpeakerBefore() {
        let events = Fixture.events(
            "Shadow Foreign Secretary Alan Marsh said: \"I am glad the minister will go after all. \"Once again this government has shown crass insensitivity to the victims.\"")
        #expect(first(events, .condemnation)?.actors.map(\.name) == ["Alan Marsh"])
    }

    @Test func aQuoteWithNoSpeakerBeforeHasNone() {
        #expect(Fixture.events("\"Once again this government has shown crass insensitivity to the victims.\"").isEmpty)
    }

    @Test func utterlyUnacceptableFromAStatesman() {
        let events = Fixture.events(
            "Speaking of the detentions, Archbishop Paul Mensah told reporters: \"It is utterly unacceptable.\"")
        #expect(first(events, .condemnation)?.actors.map(\.name) == ["Paul Mensah"])
        #expect(!Fixture.types("The union said the pay offer was totally unacceptable.").contains(.condemnation))
    }

    // MARK: - Heads of state

    @Test func theNationalLeaderIsTheHeadOfStateNamedBefore() {
        let events = Fixture.events(
            "King Hamad of Bahrain arrives in Norway on Monday. The Bahraini leader will hold talks with Prime Minister Erna Dahl.")
        let talks = events.first { $0.type == .meeting && $0.actors.contains { $0.name == "Erna Dahl" } }
        #expect(talks?.actors.contains { $0.name == "Hamad" && $0.country == "BHR" } == true)
    }

    @Test func aVisitThatBeginsOnAWeekdayIsPlanned() {
        // Published Wednesday 2023-03-15: "begins ... on Monday" is the coming Monday.
        let events = Fixture.events("King Hamad of Bahrain begins a state visit to Norway on Monday.")
        let e = events.first { $0.type == .meeting }
        #expect(e?.status == .planned)
        #expect(e?.date == "2023-03-20")
    }

    // MARK: - Spellings

    @Test(arguments: ["Gulf Co-operation Council", "Gulf Cooperation Council", "World Health Organisation"])
    func britishAndAmericanSpellingsOfABody(_ name: String) {
        let events = Fixture.events("Ministers of the \(name) held talks in Doha on Sunday.")
        #expect(events.first { $0.type == .meeting }?.actors.first?.name == name)
    }

    // MARK: - Markets and headlines

    @Test(arguments: [
        "Euronext is due to hold talks with the London Stock Exchange this week.",
        "Deutsche Boerse held talks with the London market last week.",
        "Euronext, which combines the Paris, Amsterdam and Lisbon stock exchanges, began talks with the LSE.",
    ])
    func aMarketNamedAfterItsCityIsNoState(_ sentence: String) {
        #expect(!Fixture.types(sentence).contains(.meeting), "\(sentence)")
    }

    @Test func aHeadlineSurnameIsThePersonTheStoryIntroduces() {
        let events = Fixture.events(
            "Hale attacks Dunn's 'lies'\n\nPrime Minister Mark Dunn lied about the war, say the Tories. Tory chairman Tom Hale was speaking after Mr Dunn spoke.")
        #expect(events.first { $0.type == .condemnation }?.actors.map(\.name) == ["Tom Hale"])
    }

    @Test(arguments: [
        "A new fisheries agreement was formally adopted by the United Nations on Monday.",
        "Chile and Peru have already signed the fisheries accord.",
        "The fisheries treaty was unanimously ratified by Chile and Peru on Monday.",
    ])
    func anAdverbInsideTheVerbGroupKeepsTheSupport(_ sentence: String) {
        #expect(Fixture.types(sentence).contains(.agreement), "\(sentence)")
    }

    @Test func aTitleNoOneHoldsIsTheUntitledPersonJustNamed() {
        let events = Fixture.events(
            "The days of cheap credit are over, Lena Holm has said.\n\nThe foreign minister met Swedish Prime Minister Nils Berg in Oslo on Monday.")
        let holm = events.first { $0.type == .meeting }?.actors.first { $0.name == "Lena Holm" }
        #expect(holm?.title == "Foreign Minister")
    }

    @Test func aTitleInTheSentenceOfTheNameIsSomeoneElse() {
        let events = Fixture.events("Ivo Brandt told the chancellor at a dinner hosted by Swedish Prime Minister Nils Berg on Monday.")
        #expect(!events.flatMap(\.actors).contains { $0.name == "Ivo Brandt" && $0.title == "Chancellor" })
    }

    @Test func aTitleSaidOfSomeoneIsNoReference() {
        // Untitled, the activist's trip is no official visit; titled by the predicate, it would be one.
        #expect(!Fixture.types("Lena Holm, who hopes to become the president, travelled to Sweden on Monday.").contains(.meeting))
    }

    @Test(arguments: [
        "The Peruvian Ministry of Foreign Affairs denounced the Chilean decision on Monday.",
        "Peru's Foreign Ministry denounced the Chilean decision on Monday.",
    ])
    func aStatesMinistryActsForTheState(_ sentence: String) {
        let e = Fixture.events(sentence).first { $0.type == .condemnation }
        #expect(e?.actors.map(\.name) == ["Peru"], "\(sentence)")
    }

    @Test func aTitleAnnouncedBeforeTheNameIsHers() {
        let events = Fixture.events(
            "Paid leave must be in the manifesto, the Trade and Industry Secretary has said.\n\nLena Holm said the cost was high. Ms Holm condemned the decision of the Centre Party.")
        let holm = events.first { $0.type == .condemnation }?.actors.first
        #expect(holm?.name == "Lena Holm")
        #expect(holm?.title == "Trade Minister")
    }

    @Test func aFirmsChiefExecutiveIsNoStatesByContext() {
        // Untitled, her trip is no official visit; titled a head of government by context, it would be one.
        let events = Fixture.events(
            "Acme's car business will be sold, the chief executive has said.\n\nLena Holm said the plan works. Ms Holm travelled to Sweden on Monday.")
        #expect(!events.contains { $0.type == .meeting })
    }

    @Test func aTitlesBracketedAbbreviationAndThePartyAfterTheName() {
        let e = Fixture.events("Member of Parliament (MP) Lena Holm of the Centre Party condemned the decision of the Peruvian government.")
            .first { $0.type == .condemnation }
        #expect(e?.actors.map(\.name) == ["Lena Holm"])
        #expect(e?.actors.first?.title == "MP")
    }

    @Test func personsOfTheirStatesSignAsPersons() {
        let e = Fixture.events("Prime Ministers Ana Rojas of Chile and Luis Soto of Peru signed a fisheries agreement on Monday.")
            .first { $0.type == .agreement }
        #expect(Set(e?.actors.map(\.name) ?? []) == ["Ana Rojas", "Luis Soto"])
    }

    @Test func aPortfolioTheDictionaryLacksBelongsToTheTitle() {
        let e = Fixture.events("Tourism Minister Ana Rojas met Fisheries Minister Luis Soto in Lima on Monday.")
            .first { $0.type == .meeting }
        #expect(Set(e?.actors.map(\.name) ?? []) == ["Ana Rojas", "Luis Soto"])
        // Without a name after, the word names the ministers' body, as before.
        #expect(Fixture.events("NATO ministers met in Madrid on Monday.").first?.actors.map(\.name) == ["NATO"])
    }

    @Test(arguments: [
        "Chile has signed the Pacific Fisheries Convention.", "Chile ratified the new convention on Monday.",
    ])
    func aStateSigningThePactJoinsIt(_ sentence: String) {
        let e = Fixture.events(sentence).first { $0.type == .agreement }
        #expect(e?.actors.map(\.name) == ["Chile"], "\(sentence)")
        #expect((e?.confidence ?? 1) <= 0.6, "\(sentence)")
    }

    @Test(arguments: [
        "Peru pressed Chile despite its unwillingness to sign the convention.",
        "The fund starts when Chile signs the convention with the bank.",
        "Chile has not signed the convention.",
    ])
    func noSigningToldIsNoAccession(_ sentence: String) {
        #expect(!Fixture.types(sentence).contains(.agreement), "\(sentence)")
    }

    @Test func aCoordinatedCharacterisationKeepsTheSentencesSubject() {
        let e = Fixture.events(
            "Senator Ana Rojas said free votes separate Chile from nations like Belarus, and described the Peruvian decree as unacceptable.")
            .first { $0.type == .condemnation }
        #expect(e?.actors.map(\.name) == ["Ana Rojas"])
    }

    @Test func aPersonInAFrontedTimePhraseIsNotThePronounsReferent() {
        // "After talks with President X, he said": he is the sentence before's subject, who met X.
        let events = Fixture.events(
            "Foreign Minister Otto Brandt arrived in Jakarta on Monday. After talks with President Lena Hart, he said the trade plan was sound.")
        let talks = first(events, .meeting)
        #expect(Set(talks?.actors.map(\.name) ?? []) == ["Otto Brandt", "Lena Hart"])
        // A clause's own subject right after the word is the referent: no talks of Lena Hart with herself.
        let clause = Fixture.events(
            "Foreign Minister Otto Brandt arrived in Jakarta on Monday. After President Lena Hart took office, she held talks with him.")
        #expect(!clause.contains { $0.type == .meeting && $0.actors.map(\.name) == ["Lena Hart"] })
    }

    // MARK: - Status: "plans" the noun, a reported "had" after a long subject

    @Test func thePlansAsSubjectAreNoPlan() {
        let events = Fixture.events("The government's plans were condemned by Amnesty International on Friday.")
        #expect(first(events, .condemnation)?.status == .occurred)
        // "plans to" is still a plan.
        #expect(first(Fixture.events("Peru plans to sign a trade pact with Chile."), .agreement)?.status == .planned)
    }

    @Test func reportedHadAfterTwoNamedMinistersIsTheNews() {
        let events = Fixture.events(
            "A ministry spokesman said Foreign Minister Ana Costa of Chile and her Peruvian counterpart Luis Vega had agreed on a border plan during talks on Friday.")
        #expect(first(events, .agreement)?.status == .occurred)
        let history = Fixture.events("Chile and Peru had agreed on a border plan in 2010.")
        #expect(first(history, .agreement)?.status == .past)
    }
}
