import Testing
@testable import EventWireCore

@Suite struct LexiconTests {
    @Test(arguments: [
        ("countries.tsv", DictionaryKind.countries), ("my-actors.countries.tsv", .countries),
        ("/etc/eventwire/extra.triggers.tsv", .triggers), ("titles.tsv", .titles),
        ("a.b.organizations.tsv", .organizations),
    ])
    func kindFromFileName(_ name: String, _ kind: DictionaryKind) {
        #expect(DictionaryKind(fileName: name) == kind)
    }

    @Test func otherFileNamesHaveNoKind() {
        #expect(DictionaryKind(fileName: "countries.txt") == nil)
        #expect(DictionaryKind(fileName: "people.tsv") == nil)
    }

    @Test func errorsNameOriginAndLine() {
        var lexicon = Fixture.lexicon
        #expect(throws: DictionaryError(origin: "x.triggers.tsv", line: 3, message: "unknown event type `greeting` (meeting, condemnation, agreement)")) {
            try lexicon.merge(contents: "# comment\n\ngreeting\tverb\tgreet\t-\t-\t0.5\n", kind: .triggers, origin: "x.triggers.tsv")
        }
        #expect(throws: DictionaryError.self) {
            try lexicon.merge(contents: "XX\tNowhere\n", kind: .countries, origin: "bad.countries.tsv")
        }
    }

    /// The actor tagger passes over a lower-case word that starts none of its rules (``Lexicon/lowerCaseActorCues``):
    /// its lower-case cues are in the table, a plain word is not, and a word a user file makes a phrase joins the
    /// table at the merge.
    @Test func lowerCaseActorCues() throws {
        func isCue(_ lexicon: Lexicon, _ word: String) -> Bool {
            lexicon.mayStartLowerCaseMention(lexicon.vocabulary.lookupString(word))
        }
        for word in ["he", "she", "it", "they", "the", "both", "leaders", "presidents", "mr", "dr.", "parliament", "president"] {
            #expect(isCue(Fixture.lexicon, word), "\(word)")
        }
        #expect(!isCue(Fixture.lexicon, "yesterday"))
        #expect(!isCue(Fixture.lexicon, "parley"))
        var lexicon = Fixture.lexicon
        try lexicon.merge(contents: "meeting\tverb\tparley\t-\tobject\t0.7\n", kind: .triggers, origin: "user.triggers.tsv")
        #expect(isCue(lexicon, "parley"))
    }

    @Test func userTriggerWordWithoutRebuilding() throws {
        let sentence = "Spain and Morocco parleyed in Rabat on Monday."
        #expect(Fixture.types(sentence).isEmpty)
        var lexicon = Fixture.lexicon
        try lexicon.merge(contents: "meeting\tverb\tparley\t-\tobject\t0.7\n", kind: .triggers, origin: "user.triggers.tsv")
        let events = Extractor(lexicon: lexicon).events(in: Article(body: sentence, published: "2023-03-15"))
        #expect(events.map(\.type) == [.meeting])
        #expect(events.first?.location?.name == "Rabat")
    }

    @Test func userActorWithoutRebuilding() throws {
        var lexicon = Fixture.lexicon
        try lexicon.merge(
            contents: "XQZ\tFreedonia|Republic of Freedonia\tFreedonian|Freedonians\tFredville\t-\n", kind: .countries,
            origin: "extra.countries.tsv")
        let events = Extractor(lexicon: lexicon).events(
            in: Article(body: "Freedonian President Rufus Firefly condemned Sylvania on Monday.", published: "2023-03-15"))
        #expect(events.first?.actors == [Actor(name: "Rufus Firefly", title: "President", country: "XQZ")])
    }

    @Test func aUserSiteIsAPlace() throws {
        let sentence = "Prime Minister Ivo Brandt met President Anne Roche at the Residenz on Monday."
        var lexicon = Fixture.lexicon
        try lexicon.merge(
            contents: "RESIDENZ_X\tResidenz\tagency\tDEU\tResidenz\n", kind: .organizations, origin: "user.organizations.tsv")
        let events = Extractor(lexicon: lexicon).events(in: Article(body: sentence, published: "2023-03-15"))
        #expect(events.first?.location == Entity(name: "Residenz", country: "DEU"))
        #expect(throws: DictionaryError.self) {
            try lexicon.merge(contents: "RESIDENZ_Y\tResidenz\tagency\tDEU\tPalace\n", kind: .organizations, origin: "bad.organizations.tsv")
        }
    }
}
