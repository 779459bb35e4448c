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
}
