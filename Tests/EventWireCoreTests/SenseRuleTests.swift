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
}
