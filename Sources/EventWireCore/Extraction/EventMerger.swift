/// An event being assembled from one or more mentions.
struct DraftEvent {
    var type: EventType
    var mentions: [EventMention]
    var participants: [Int]
    var target: Int?
    var topic: String?
    var place: Entity?
    var date: String?
    var status: EventStatus
    var confidence: Double
    var sentences: [Int]
    var isVisit: Bool
    var frame: TriggerEntry.Frame
    var hostIndex: Int?
    var hasVerb: Bool
}

/// Merges mentions of one occurrence into one event ("one event per occurrence", EVENTS.md).
struct EventMerger {
    let actors: [DocActor]

    func merge(_ mentions: [EventMention]) -> [DraftEvent] {
        var drafts: [DraftEvent] = []
        for m in mentions {
            if m.resumes {
                // A new round of the latest talks: their parties, its own date, place and status.
                if let last = drafts.last(where: { $0.type == .meeting && !$0.participants.isEmpty }) {
                    drafts.append(
                        DraftEvent(
                            type: .meeting, mentions: [m], participants: last.participants, target: nil, topic: nil,
                            place: m.place, date: m.date, status: m.status, confidence: m.confidence,
                            sentences: [m.sentence], isVisit: false, frame: m.frame, hostIndex: nil, hasVerb: true))
                }
                continue
            }
            if m.original, m.type == .agreement, m.date != nil {
                // "The pact, first signed in 2014": the original conclusion of the deal just told, with its
                // parties where the mention names none; a second mention of that date is the same conclusion.
                if let same = drafts.indices.last(where: { drafts[$0].type == .agreement && drafts[$0].date == m.date }) {
                    absorb(m, into: &drafts[same])
                    continue
                }
                let parties = m.participants.isEmpty
                    ? drafts.last(where: { $0.type == .agreement && !$0.participants.isEmpty })?.participants ?? []
                    : m.participants
                if !parties.isEmpty {
                    drafts.append(
                        DraftEvent(
                            type: .agreement, mentions: [m], participants: parties, target: nil, topic: m.topic,
                            place: m.place, date: m.date, status: m.status, confidence: m.confidence * 0.9,
                            sentences: [m.sentence], isVisit: false, frame: m.frame, hostIndex: nil, hasVerb: true))
                }
                continue
            }
            if m.agentless {
                // "An accord was signed": a new deal of the parties of the story's latest meeting or deal of
                // the same time (not one still to come), with its place and day where it tells none.
                if let source = drafts.last(where: {
                    ($0.type == .meeting || $0.type == .agreement) && !$0.participants.isEmpty && $0.status != .planned
                        && $0.status == m.status && datesCompatible(m.date, $0.date)
                }) {
                    drafts.append(
                        DraftEvent(
                            type: .agreement, mentions: [m], participants: source.participants, target: nil,
                            topic: m.topic, place: m.place ?? source.place, date: m.date ?? source.date,
                            status: m.status, confidence: min(0.75, source.confidence * 0.8),
                            sentences: [m.sentence], isVisit: false, frame: m.frame, hostIndex: nil, hasVerb: true))
                }
                continue
            }
            if let index = target(for: m, in: drafts) {
                absorb(m, into: &drafts[index])
            } else if !(m.anaphoric && m.participants.isEmpty), !m.mergeOnly {
                drafts.append(
                    DraftEvent(
                        type: m.type, mentions: [m], participants: m.participants, target: m.target, topic: m.topic,
                        place: m.place, date: m.date, status: m.status, confidence: m.confidence, sentences: [m.sentence],
                        isVisit: m.isVisit, frame: m.frame, hostIndex: m.hostIndex, hasVerb: !m.anaphoric))
            }
        }
        return drafts
    }

    private func overlap(_ a: [Int], _ b: [Int], peopleByCountry: Bool = true) -> Bool {
        if a.isEmpty || b.isEmpty { return false }
        for x in a where b.contains(x) { return true }
        let ca = Set(a.compactMap { actors[$0].country })
        let cb = Set(b.compactMap { actors[$0].country })
        // Countries overlap only where both sides are fully covered: "Japan and South Korea" ~ Kishida and Yoon.
        // Two condemners who are both persons are two voices, even of one country (Pelosi on Trump, Trump on
        // the inquiry).
        let allPeople = (a + b).allSatisfy { actors[$0].kind == .person }
        if !ca.isEmpty, ca == cb, peopleByCountry || !allPeople { return true }
        let na = Set(a.map { actors[$0].name.lowercased() })
        if b.contains(where: { na.contains(actors[$0].name.lowercased()) }) { return true }
        // "Blair" in a headline and "Tony Blair" in the story: a lone surname is the same person.
        return a.contains { x in b.contains { y in Self.sameSurname(actors[x], actors[y]) } }
    }

    /// Every actor of `b` is in `a`, itself, by its name or by its surname (not by its country: Bush and Shultz
    /// are two encounters).
    private func sameParties(_ a: [Int], _ b: [Int]) -> Bool {
        b.allSatisfy { y in
            a.contains { x in
                x == y || actors[x].name.lowercased() == actors[y].name.lowercased()
                    || Self.sameSurname(actors[x], actors[y])
            }
        }
    }

    /// Every actor of `b` is in `a`, itself or by its country.
    private func covers(_ a: [Int], _ b: [Int]) -> Bool {
        b.allSatisfy { y in
            a.contains(y) || actors[y].country.map { c in a.contains { actors[$0].country == c } } ?? false
        }
    }

    private static func sameSurname(_ x: DocActor, _ y: DocActor) -> Bool {
        let people: (DocActor) -> Bool = { $0.kind == .person || $0.kind == .unknown }
        guard people(x), people(y) else { return false }
        let wx = x.name.split(separator: " ")
        let wy = y.name.split(separator: " ")
        guard wx.count != wy.count, min(wx.count, wy.count) == 1, let lx = wx.last, let ly = wy.last else { return false }
        return lx.count > 2 && lx == ly
    }

    private func datesCompatible(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        return a.hasPrefix(b) || b.hasPrefix(a)
    }

    private func target(for m: EventMention, in drafts: [DraftEvent]) -> Int? {
        for index in drafts.indices.reversed() {
            let d = drafts[index]
            guard d.type == m.type else { continue }
            // "Di Maio joined the talks as an observer": the newcomer joins the last meeting told.
            if m.joins, datesCompatible(m.date, d.date) { return index }
            if m.anaphoric {
                if m.participants.isEmpty || overlap(m.participants, d.participants) {
                    if datesCompatible(m.date, d.date) { return index }
                }
                continue
            }
            guard datesCompatible(m.date, d.date) else { continue }
            let statusOK =
                m.status == d.status || (m.date == nil && !m.statusFromCue && d.status != .planned)
                || (d.mentions.allSatisfy { $0.date == nil && !$0.statusFromCue } && m.status != .planned)
            guard statusOK else { continue }
            if let p1 = m.place?.name.lowercased(), let p2 = d.place?.name.lowercased(), p1 != p2 { continue }
            guard overlap(m.participants, d.participants, peopleByCountry: m.type != .condemnation) else { continue }
            switch m.type {
            case .agreement:
                // "The United States and Turkey signed a defence agreement ... The agreement was signed by
                // Shultz and Halefoglu": a definite mention names the deal, not new content.
                let definite = m.definite || d.mentions.allSatisfy(\.definite)
                if !definite, let t1 = m.topic, let t2 = d.topic, !topicsMatch(t1, t2) { continue }
            case .condemnation:
                if let t1 = m.target, let t2 = d.target, t1 != t2 { continue }
            case .meeting:
                // "met X before meeting Y", "separate talks with X and Y": an encounter of several told together
                // takes only mentions of its own participants.
                if m.distinct || d.mentions.contains(where: \.distinct),
                    !sameParties(m.participants, d.participants) || !sameParties(d.participants, m.participants)
                {
                    continue
                }
                // "talks with the Indian government" and, in another sentence, "India and Pakistan agreed to begin
                // talks": each names a party the other lacks, two encounters.
                if !d.sentences.contains(m.sentence), m.participants.count >= 2, d.participants.count >= 2,
                    !covers(m.participants, d.participants),
                    !covers(d.participants, m.participants)
                {
                    continue
                }
            }
            return index
        }
        // "The agreement was signed by X and Y" right after the story told of a deal: the same deal, even when
        // its signatories are persons and the deal's parties states.
        if m.type == .agreement, m.definite, let index = drafts.indices.last(where: { drafts[$0].type == .agreement }),
            let last = drafts[index].sentences.max(), m.sentence - last <= 2, datesCompatible(m.date, drafts[index].date),
            m.status == drafts[index].status
        {
            return index
        }
        return nil
    }

    /// The words of a topic that tell its content: not the deal nouns themselves ("the agreement").
    private static let dealWords: Set<Substring> = [
        "agreement", "agreements", "deal", "deals", "accord", "accords", "pact", "pacts", "treaty", "treaties",
        "understanding", "memorandum", "protocol", "deal,",
    ]

    private func topicsMatch(_ a: String, _ b: String) -> Bool {
        let wa = Set(a.lowercased().split(separator: " ").filter { $0.count > 2 && !Self.dealWords.contains($0) })
        let wb = Set(b.lowercased().split(separator: " ").filter { $0.count > 2 && !Self.dealWords.contains($0) })
        guard !wa.isEmpty, !wb.isEmpty else { return true }
        let shared = wa.intersection(wb).count
        return Double(shared) / Double(min(wa.count, wb.count)) >= 0.6
    }

    private func absorb(_ m: EventMention, into d: inout DraftEvent) {
        d.mentions.append(m)
        for p in m.participants where !d.participants.contains(p) { d.participants.append(p) }
        if d.target == nil { d.target = m.target }
        if d.topic == nil { d.topic = m.topic }
        if d.place == nil { d.place = m.place }
        if let date = m.date {
            // Keep the most precise date.
            if d.date == nil || date.count > d.date!.count { d.date = date }
        }
        if m.statusFromCue && !d.mentions.dropLast().contains(where: { $0.statusFromCue }) && !m.anaphoric {
            d.status = m.status
        } else if !m.anaphoric, d.status == .occurred, m.status == .past, m.date != nil {
            d.status = .past
        }
        if !d.sentences.contains(m.sentence) { d.sentences.append(m.sentence) }
        d.isVisit = d.isVisit || m.isVisit
        d.hasVerb = d.hasVerb || !m.anaphoric
        if d.hostIndex == nil { d.hostIndex = m.hostIndex }
        d.confidence = min(0.99, max(d.confidence, m.confidence) + 0.03)
    }
}
