import Foundation
import Testing
@testable import EventWireCore

/// The seed article (Kyodo, 13 November 2022), asserted field by field.
@Suite struct SeedArticleTests {
    let events: [Event]

    init() throws {
        let url = Fixture.repositoryRoot.appendingPathComponent("seeds/000_e81a3705dbc70fcf.txt")
        let body = try String(contentsOf: url, encoding: .utf8)
        events = Fixture.extractor.events(in: Article(id: "seed-kyodo", body: body, published: "2022-11-13"))
    }

    private func names(_ e: Event) -> [String] { e.actors.map(\.name) }

    @Test func nothingSpurious() {
        #expect(events.count == 7)
        #expect(events.filter { $0.type == .meeting }.count == 4)
        #expect(events.filter { $0.type == .agreement }.count == 2)
        #expect(events.filter { $0.type == .condemnation }.count == 1)
    }

    @Test func bilateralMeetingInPhnomPenh() throws {
        let meeting = try #require(
            events.first { $0.type == .meeting && $0.status == .occurred && names($0).contains("Fumio Kishida") })
        #expect(meeting.actors == [
            Actor(name: "Fumio Kishida", title: "Prime Minister", country: "JPN"),
            Actor(name: "Yoon Suk Yeol", title: "President", country: "KOR"),
        ])
        #expect(meeting.location == Entity(name: "Phnom Penh", country: "KHM"))
        #expect(meeting.date == "2022-11-13")
        #expect(meeting.evidence.count == 3)  // "first official meeting", "holding talks", the caption
        #expect(meeting.codes.plover == "CONSULT")
        #expect(meeting.confidence > 0.8 && meeting.confidence <= 1)
    }

    @Test func aseanSummitsAreASeparateMeeting() throws {
        let summit = try #require(
            events.first { $0.type == .meeting && names($0) == ["Association of Southeast Asian Nations"] })
        #expect(summit.location?.name == "Phnom Penh")
        #expect(summit.status == .occurred)
        #expect(summit.date == "2022-11-13")
    }

    @Test func twoAgreementsOfThatDay() throws {
        let agreements = events.filter { $0.type == .agreement }
        #expect(agreements.count == 2)
        for a in agreements {
            #expect(names(a) == ["Fumio Kishida", "Yoon Suk Yeol"])
            #expect(a.date == "2022-11-13")
            #expect(a.status == .occurred)
            #expect(a.location?.name == "Phnom Penh")
        }
        #expect(agreements[0].topic?.contains("wartime labor") == true)
        #expect(agreements[0].evidence.count == 2)  // "agreed to work for" + "The deal was struck"
        #expect(agreements[1].topic?.contains("Indo-Pacific") == true)
    }

    @Test func condemnationOfNorthKorea() throws {
        let c = try #require(events.first { $0.type == .condemnation })
        #expect(names(c) == ["Fumio Kishida", "Yoon Suk Yeol"])
        #expect(c.target == Entity(name: "North Korea", country: "PRK"))
        #expect(c.topic?.contains("ballistic missiles") == true)
        #expect(c.date == "2022-11-13")
        #expect(c.status == .occurred)
        #expect(c.codes == EventCodes(cameo: "111", plover: "DISAPPROVE"))
    }

    @Test func earlierMeetingsArePast() throws {
        let newYork = try #require(events.first { $0.type == .meeting && $0.location?.name == "New York" })
        #expect(newYork.status == .past)
        #expect(newYork.date == "2022-09")
        #expect(names(newYork) == ["Fumio Kishida", "Yoon Suk Yeol"])
        let december = try #require(events.first { $0.type == .meeting && $0.date == "2019-12" })
        #expect(december.status == .past)
        #expect(december.actors.map(\.country) == ["JPN", "KOR"])
        #expect(december.location == nil)
    }

    @Test func the1965AgreementIsOnlyMentioned() {
        #expect(!events.contains { $0.evidence.contains { $0.text.contains("1965") } })
    }

    @Test func eventsComeInOrderOfFirstEvidence() {
        let starts = events.map { $0.evidence.map(\.start).min() ?? 0 }
        #expect(starts == starts.sorted())
    }

    @Test func withoutPublishedTheCaptionDateAnchorsTheStory() throws {
        let url = Fixture.repositoryRoot.appendingPathComponent("seeds/000_e81a3705dbc70fcf.txt")
        let body = try String(contentsOf: url, encoding: .utf8)
        let undated = Fixture.extractor.events(in: Article(id: "seed", body: body, published: nil))
        #expect(undated.map(\.date) == events.map(\.date))
    }
}
