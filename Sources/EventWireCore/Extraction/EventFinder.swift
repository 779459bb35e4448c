/// One statement of an event in one sentence, before mentions of the same occurrence are merged.
struct EventMention: Sendable {
    var type: EventType
    var sentence: Int
    var trigger: Int
    var participants: [Int]
    var target: Int?
    var targetText: String?
    var topic: String?
    var place: Entity?
    var date: String?
    var status: EventStatus
    var confidence: Double
    /// "the meeting", "that meeting", "the deal": refers back to an event told before.
    var anaphoric: Bool
    var frame: TriggerEntry.Frame
    /// The status came from the text's own cues ("will", "last"), not from a default.
    var statusFromCue: Bool
    var hostIndex: Int?
    var isVisit: Bool
    var hasSupport: Bool = false
    var hasVerb: Bool = false
    /// "is meeting", "are visiting", "visits", "meet": a present tense; with a time ahead ("next week", "on
    /// Friday") a plan, else the news.
    var presentTense: Bool = false
    /// "Talks will resume next week": a new round between the parties of the talks told before.
    var resumes: Bool = false
    /// A condemnation aimed at a policy, law or plan: a political act any public figure may condemn.
    var policyTarget: Bool = false
    /// "The agreement was signed by X", "the deal signed between X and Y": a definite agreement noun with its
    /// verb, most often the deal the story has just told of.
    var definite: Bool = false
    /// "X joined the talks": a newcomer to the meeting the story has just told of.
    var joins: Bool = false
    /// "Russia has signed the Charter", "Chile ratified the Kyoto Protocol": one state joins a pact.
    var accedes: Bool = false
    /// "a day of meetings with X, Y and Z", "met X, then with Y": the partners met each in an encounter of its own;
    /// the other participants meet each group. Expanded into one mention per group before mentions merge.
    var encounters: [[Int]] = []
    /// One encounter of several told together ("met X before meeting Y"): it merges only with mentions of the same
    /// participants, not with the other encounters that share its subject.
    var distinct: Bool = false
    /// "The pact, first signed by the two countries in 2014": the deal's original conclusion, an event of its own
    /// before the renewal or extension the story tells.
    var original: Bool = false
    /// "India signed a gas deal with Iran ... The agreements with Iran were sealed after talks in New Delhi": a
    /// definite deal told again with one of its parties adds to the deal told before (its place, its day), and is
    /// no event of its own.
    var mergeOnly: Bool = false
    /// "An accord was signed on fishing rights", "a programme had been agreed to draw up more details": an
    /// indefinite passive deal that names no party. Its parties are those of the story's meeting or deal of the
    /// same time told before it; it merges into no deal (EventMerger).
    var agentless: Bool = false
}

/// Finds event mentions sentence by sentence.
struct EventFinder {
    let lexicon: Lexicon
    let text: ArticleText
    let tagger: ActorTagger
    let reference: CivilDate?
    /// The article reads as sport, entertainment or business news.
    let offTopic: Bool
    /// The article is plainly political news (many political mentions, no sport or business vocabulary):
    /// a named person without a title who speaks out is a public actor here.
    var politicalStory: Bool = false
    /// The article is sport news: a country there is a national team and a "captain" a player, so only
    /// other political actors make an event in scope.
    var sportStory: Bool = false
    /// Political mentions outnumber sport, business and media words ten to one: "Mr Blair is at a summit" is
    /// a politician's meeting even where a stray "goal" or "victory" keeps the story from `politicalStory`.
    var mostlyPolitical: Bool = false

    /// Whether an actor is political in a sport story: not a country and not a rank.
    static func politicalInSport(_ a: DocActor) -> Bool {
        // A club's chairman or spokesman of no stated country is the club's, not an official of a state; a name
        // made political only by its "official" ("a Juventus official", "FAI officials") or with no title is a
        // club, a football body or a player.
        guard a.political, a.kind != .state, a.kind != .unknown, a.rank != .military,
            a.kind != .group || a.country != nil
        else { return false }
        return a.kind != .person || a.title != nil && !(a.rank == .official && a.country == nil)
    }

    var w: WordIDs { lexicon.words }

    @inline(__always) func id(_ t: Int) -> Int32 { text.tokens[t].id }
    @inline(__always) func cls(_ t: Int) -> WordClass {
        let i = text.tokens[t].id
        return i >= 0 && Int(i) < lexicon.wordClasses.count ? lexicon.wordClasses[Int(i)] : []
    }

    struct Hit {
        var start: Int
        var end: Int
        var entries: [Int]
    }

    // MARK: - Per sentence

    func mentions(in s: Int, dates: [DateMention]) -> [EventMention] {
        let sentence = text.sentences[s]
        let start = sentence.tokenStart
        let end = sentence.tokenEnd
        // An all-capitals headline ("U.S., TURKEY SIGN AID AGREEMENT") repeats the story and defeats the rules.
        if text.isAllCapitals[s] { return [] }
        var hits: [Hit] = []
        var blocked: [Bool] = []  // allocated at the first blocking phrase; empty: nothing blocked
        var t = start
        while t < end {
            let tid = text.tokens[t].id
            guard lexicon.phraseTable.mayStartTrigger(tid) else {
                if tid == w.spent || tid == w.spends || tid == w.spending, let stay = stay(at: t, end: end) {
                    hits.append(stay)
                    t = stay.end
                    continue
                }
                t += 1
                continue
            }
            let (targets, length) = tagger.longestPhrase(at: t, end: end)
            var entries: [Int] = []
            for case .trigger(let i) in targets { entries.append(i) }
            if entries.isEmpty {
                if let travel = travelAcrossTime(at: t, end: end, dates: dates) {
                    hits.append(travel)
                    t = travel.end
                    continue
                }
                t += 1
                continue
            }
            if entries.contains(where: { lexicon.triggers[$0].kind == .block }) {
                if blocked.isEmpty { blocked = [Bool](repeating: false, count: end - start) }
                for k in t..<(t + length) { blocked[k - start] = true }
            } else {
                hits.append(Hit(start: t, end: t + length, entries: entries))
            }
            t += length
        }
        // A reported characterisation: "called the move scandalous", "described the raid as aggression".
        var characterized: EventMention? = nil
        for t in start..<end where cls(t).contains(.characterizingVerb) && (blocked.isEmpty || !blocked[t - start]) {
            if var m = characterization(at: t, sentence: sentence, dates: dates) {
                m.sentence = s
                characterized = m
                break
            }
        }
        if characterized == nil { characterized = reportedCharacterization(in: s, dates: dates) }
        guard !hits.isEmpty else {
            return (characterized.map { [$0] } ?? []) + (consentMention(in: s, dates: dates).map { [$0] } ?? [])
                + (dealByPartiesMention(in: s, dates: dates).map { [$0] } ?? [])
        }
        var result: [EventMention] = []
        var usedSupports: Set<Int> = []
        // Nouns first: a support verb they use is not also read as a verb ("agreed a deal").
        for hit in hits where blocked.isEmpty || !blocked[hit.start - start] {
            for entryIndex in hit.entries where lexicon.triggers[entryIndex].kind == .noun {
                let entry = lexicon.triggers[entryIndex]
                if isVerbUse(hit, hits: hits) && hit.entries.contains(where: { lexicon.triggers[$0].kind == .verb }) {
                    continue
                }
                if var m = nounMention(hit, entry: entry, sentence: sentence, hits: hits, dates: dates) {
                    if let support = m.1 { usedSupports.insert(support) }
                    m.0.sentence = s
                    result.append(m.0)
                }
                break
            }
        }
        for hit in hits where (blocked.isEmpty || !blocked[hit.start - start]) && !usedSupports.contains(hit.start) {
            guard let entryIndex = hit.entries.first(where: { lexicon.triggers[$0].kind == .verb }) else { continue }
            let entry = lexicon.triggers[entryIndex]
            // "The Grand Slam is gone": a capitalised verb after a capitalised word is part of a name.
            if hit.start > start, text.tokens[hit.start].isCapitalized, !text.tokens[hit.start].flags.contains(.allCaps),
                text.tokens[hit.start - 1].isWord, text.tokens[hit.start - 1].isCapitalized
            {
                continue
            }
            // "..., Met Éireann, the meteorological service": a capitalised verb inside a sentence before a
            // capitalised word starts a name.
            if hit.start > start, hit.end < end, text.tokens[hit.start].isCapitalized,
                !text.tokens[hit.start].flags.contains(.allCaps), text.tokens[hit.end].isCapitalized,
                id(hit.start - 1) != w.quote, id(hit.start - 1) != w.colon
            {
                continue
            }
            if hit.entries.contains(where: { lexicon.triggers[$0].kind == .noun }), !isVerbUse(hit, hits: hits) {
                continue
            }
            if var m = verbMention(hit, entry: entry, sentence: sentence, dates: dates) {
                m.sentence = s
                result.append(m)
            }
        }
        if let consent = consentMention(in: s, dates: dates) { result.append(consent) }
        if let byParties = dealByPartiesMention(in: s, dates: dates),
            !result.contains(where: { $0.type == .agreement && $0.trigger == byParties.trigger })
        {
            result.append(byParties)
        }
        if let characterized, !result.contains(where: { $0.type == .condemnation }) { result.append(characterized) }
        // A noun inside what is condemned ("condemned a visit to Taiwan by ...") is not an event of its own.
        let condemnedSpans = result.filter { $0.type == .condemnation }.map { ($0.trigger, $0.trigger + 16) }
        result.removeAll { m in
            m.type != .condemnation && condemnedSpans.contains { m.trigger > $0.0 && m.trigger < $0.1 }
                && !m.hasVerb
        }
        // (Only where some mention has encounters: a method reference captures, and copies, the finder.)
        if result.contains(where: { $0.encounters.count >= 2 }) { result = result.flatMap(separateEncounters) }
        // One mention per type and predicate in a sentence: merge duplicates.
        var merged: [EventMention] = []
        for m in result.sorted(by: { $0.trigger < $1.trigger }) {
            if let i = merged.firstIndex(where: {
                $0.type == m.type && !Set($0.participants).isDisjoint(with: m.participants)
                    && (!$0.distinct && !m.distinct || Set($0.participants) == Set(m.participants))
                    && ($0.type != .agreement || $0.topic == nil || m.topic == nil || $0.topic == m.topic)
                    // "spent two days in Tanzania before heading to Mozambique": two journeys.
                    && !($0.frame.contains(.person) && m.frame.contains(.person) && $0.place?.name != m.place?.name)
            }) {
                merged[i].participants += m.participants.filter { !merged[i].participants.contains($0) }
                // A deal told only again takes the standing of a mention that tells it in its own right.
                if merged[i].mergeOnly, !m.mergeOnly {
                    merged[i].mergeOnly = false
                    merged[i].anaphoric = m.anaphoric
                }
                merged[i].confidence = max(merged[i].confidence, m.confidence)
                if merged[i].place == nil { merged[i].place = m.place }
                if merged[i].date == nil { merged[i].date = m.date }
                if merged[i].topic == nil { merged[i].topic = m.topic }
                continue
            }
            merged.append(m)
        }
        return merged
    }

    /// A meeting told as several encounters ("separate talks with X and Y", "met X, then with Y"): one mention per
    /// group of partners, each with the other participants. Where no one else is named ("meetings with X and Y"),
    /// one mention of them all.
    private func separateEncounters(_ m: EventMention) -> [EventMention] {
        guard m.encounters.count >= 2 else { return [m] }
        let partners = Set(m.encounters.joined())
        let rest = m.participants.filter { !partners.contains($0) }
        guard !rest.isEmpty else {
            var whole = m
            whole.encounters = []
            return [whole]
        }
        return m.encounters.map { group in
            var one = m
            one.encounters = []
            one.participants = rest + group
            one.distinct = true
            return one
        }
    }

    /// Whether the word at `e`, right after a name, is a predicate: the name is a clause's subject ("Clark told").
    private func startsClause(after e: Int, end: Int) -> Bool {
        guard e < end, text.tokens[e].isWord else { return false }
        let c = cls(e)
        return c.contains(.reporting) || c.contains(.have) || c.contains(.be) || c.contains(.modal) || id(e) == w.will
            || tagger.isTriggerVerb(e) || text.text(e).hasSuffix("ed")
    }

    /// Whether the verb at `t` heads a "when" clause ("when the WTO's 148 members gather", "when he meets X") whose
    /// main clause before it has a modal or a future ("could be reached", "will ask", "is expected to").
    private func whenClauseOfFuture(verb t: Int, start: Int) -> Bool {
        var k = t - 1
        while k >= start, t - k <= 10 {
            if tagger.mentionEndingAt[k] >= 0 {
                k = tagger.mentions[Int(tagger.mentionEndingAt[k])].start - 1
                continue
            }
            if id(k) == w.when { break }
            let c = cls(k)
            let token = text.tokens[k]
            let modifier = c.contains(.determiner) || c.contains(.adverb) || id(k) == w.possessive
                || token.flags.contains(.number) || token.flags.contains(.digit)
                || token.isWord && !token.isCapitalized && !c.contains(.barrier) && !c.contains(.reporting)
                    && !c.contains(.preposition) && !c.contains(.be) && !c.contains(.have) && !c.contains(.modal)
            guard modifier else { return false }
            k -= 1
        }
        guard k >= start, id(k) == w.when else { return false }
        return (start..<k).contains { q in cls(q).contains(.modal) || tellsOfTimeAhead(q, start: start) }
    }

    /// "will", "due", "scheduled", "expected", or "to" after a form of "be" ("The IMF is to look at a proposal"):
    /// a word at `q` by which a clause tells of a time ahead. Not "to", "next" or "later" alone.
    private func tellsOfTimeAhead(_ q: Int, start: Int) -> Bool {
        let tid = id(q)
        return tid == w.will || cls(q).contains(.future) && tid != w.to && tid != w.next && tid != w.later
            || tid == w.to && q > start && cls(q - 1).contains(.be)
    }

    /// Support verbs of one who attends a meeting held by others.
    private static let attendanceSupports: Set<String> = ["attend", "join", "take part in", "participate in", "go to"]

    /// "of the Group of Seven", "of EU finance ministers" right after a meeting noun: the body whose meeting it is.
    private func bodyNamed(after e: Int, end: Int) -> Bool {
        guard e + 1 < end, id(e) == w.of else { return false }
        var q = e + 1
        q = pastDeterminers(q, end: end)
        guard q < end, tagger.mentionStartingAt[q] >= 0 else { return false }
        let m = tagger.mentions[Int(tagger.mentionStartingAt[q])]
        return !m.isPlace && !m.actors.isEmpty && !m.isAnaphor
    }

    /// The first token from `q` that is not a determiner outside a mention ("the", "both" before a name).
    func pastDeterminers(_ q: Int, end: Int) -> Int {
        var q = q
        while q < end, cls(q).contains(.determiner), tagger.mentionStartingAt[q] < 0 { q += 1 }
        return q
    }

    /// Where the actor group from `t` ends (exclusive): its determiners, names and the names coordinated with them.
    private func groupEnd(from t: Int, end: Int) -> Int {
        var q = t
        while q < end, q - t <= 4, tagger.mentionStartingAt[q] < 0 { q += 1 }
        guard q < end, tagger.mentionStartingAt[q] >= 0 else { return t }
        var after = tagger.mentions[Int(tagger.mentionStartingAt[q])].end
        var closed = false
        while after + 1 < end, id(after) == w.and || id(after) == w.comma || id(after) == w.or {
            let comma = id(after) == w.comma
            var k = after + 1
            if k < end, id(k) == w.and { k += 1 }
            let joined = id(k - 1) == w.and || id(k - 1) == w.or
            k = pastDeterminers(k, end: end)
            guard k < end, tagger.mentionStartingAt[k] >= 0 else { break }
            let m = tagger.mentions[Int(tagger.mentionStartingAt[k])]
            if m.isPlace { break }
            if closed, comma, startsClause(after: m.end, end: end) { break }
            if joined { closed = true }
            after = m.end
        }
        return after
    }

    /// ", then with Y", "and later with Y", ", then Y": the partners of a second encounter told right after the
    /// first one's, or nil. Without "with", the partner must not start a clause of its own (", then Trump said").
    private func sequelPartners(after e: Int, end: Int, dates: [DateMention]) -> [Int]? {
        var r = e
        for d in dates where d.start == r || d.start == r + 1 && id(r) == w.on { r = d.end }
        if r < end, id(r) == w.comma { r += 1 }
        if r < end, id(r) == w.and { r += 1 }
        guard r > e, r + 1 < end, cls(r).contains(.sequel) else { return nil }
        r += 1
        let with = id(r) == w.with
        if with { r += 1 }
        guard r < end, tagger.mentionStartingAt[r] >= 0 || cls(r).contains(.determiner) else { return nil }
        if tagger.mentionStartingAt[r] >= 0, tagger.mentions[Int(tagger.mentionStartingAt[r])].isAnaphor { return nil }
        let partners = group(startingAt: r, end: end)
        guard !partners.isEmpty else { return nil }
        if !with, startsClause(after: groupEnd(from: r, end: end), end: end) { return nil }
        return partners
    }

    /// Word classes of a word before a base form that make it a verb ("will meet", "not visit", "to visit").
    private static let verbalModifiers: WordClass = [
        .modal, .negation, .adverb, .be, .have, .pronoun, .groupQuantifier, .preposition,
    ]

    private static let stayUnits: Set<String> = ["day", "days", "week", "weeks", "night", "nights"]

    /// Travel with a time between the verb and its place: "heading on Friday evening to Mozambique" (a travel
    /// trigger's first word, a date, "to"). A hit of the travel trigger through the "to", or nil.
    private func travelAcrossTime(at t: Int, end: Int, dates: [DateMention]) -> Hit? {
        guard t + 3 < end, let entry = lexicon.travelHeads[id(t)],
            let d = dates.first(where: { $0.start == t + 1 || $0.start == t + 2 && id(t + 1) == w.on })
        else { return nil }
        var k = d.end
        while k < end, DateFinder.dayParts.contains(text.text(k).lowercased()) { k += 1 }
        return k < end && id(k) == w.to ? Hit(start: t, end: k + 1, entries: [entry]) : nil
    }

    /// A stay is travel: "spent two days in Tanzania", "spent a week in", "spent the weekend in". A hit of the
    /// travel trigger through the "in", or nil.
    private func stay(at t: Int, end: Int) -> Hit? {
        guard t + 3 < end, let travelled = lexicon.stayEntry else { return nil }
        let quantity = text.tokens[t + 1].flags.contains(.number) || text.tokens[t + 1].flags.contains(.digit)
            || cls(t + 1).contains(.determiner) || cls(t + 1).contains(.groupQuantifier)
        guard quantity, Self.stayUnits.contains(text.text(t + 2).lowercased()) || id(t + 2) == w.weekend,
            id(t + 3) == w.in_
        else { return nil }
        return Hit(start: t, end: t + 4, entries: [travelled])
    }

    /// Whether a token that is both a noun and a verb trigger ("visit", "meeting") is used as a verb.
    private func isVerbUse(_ hit: Hit, hits: [Hit]) -> Bool {
        let t = hit.start
        let sentence = text.sentences[Int(text.sentenceOf[t])]
        guard t > sentence.tokenStart else { return true }
        let prev = t - 1
        let pc = cls(prev)
        if (pc.contains(.determiner) && tagger.mentionEndingAt[prev] < 0) || id(prev) == w.possessive { return false }
        if pc.contains(.modal) || id(prev) == w.to || pc.contains(.negation) || pc.contains(.pronoun)
            || id(prev) == w.will || id(prev) == w.also
        {
            return true
        }
        if tagger.mentionEndingAt[prev] >= 0 {
            let m = tagger.mentions[Int(tagger.mentionEndingAt[prev])]
            // "EU summit" (a modifier) vs "Japan visited" (a subject): a capitalised subject before a verb form.
            let raw = text.text(t).lowercased()
            // "OPEC was meeting this demand" after "OPEC meeting this demand": an "-ing" form with its object.
            if raw.hasSuffix("ing"), hit.end + 1 < sentence.tokenEnd, cls(hit.end).contains(.determiner),
                tagger.mentionStartingAt[hit.end] < 0, !cls(hit.end + 1).contains(.weekday),
                !Self.timeUnits.contains(text.text(hit.end + 1).lowercased())
            {
                return true
            }
            if raw.hasSuffix("ed") || raw.hasSuffix("s") && !raw.hasSuffix("ss") { return !m.isPlace }
            return false
        }
        let raw = text.text(t).lowercased()
        if raw.hasSuffix("ed") { return true }
        // "after meeting", "are meeting", "and meeting" vs "a two-day meeting", "the committee meeting".
        return raw.hasSuffix("ing")
            && (pc.contains(.preposition) || pc.contains(.be) || pc.contains(.barrier) || pc.contains(.subordinator)
                || pc.contains(.adverb) || pc.contains(.have) || id(prev) == w.and || id(prev) == w.comma)
    }

    // MARK: - Verbs

    private func verbMention(_ hit: Hit, entry: TriggerEntry, sentence: Sentence, dates: [DateMention])
        -> EventMention?
    {
        let t = hit.start
        let start = sentence.tokenStart
        let end = sentence.tokenEnd
        if entry.frame.contains(.needsModifier) {
            var found = false
            var k = t - 1
            while k >= max(start, t - 3) {
                if entry.needs.contains(id(k)) { found = true }
                k -= 1
            }
            if !found { return nil }
        }
        // "the blast", "a visit": a noun, not the verb's base form.
        if entry.form == .base, t > start, cls(t - 1).contains(.determiner) { return nil }
        // "their fixed phone", "the dynamite blast": a determiner and one modifier before the base form ("the
        // leaders meet" has a plural subject there, "they will meet" no determiner).
        if entry.form == .base, t - 2 >= start, cls(t - 2).contains(.determiner), text.tokens[t - 1].isWord,
            !text.tokens[t - 1].isCapitalized, tagger.mentionEndingAt[t - 1] < 0, !text.text(t - 1).hasSuffix("s"),
            !text.tokens[t - 1].flags.contains(.number), id(t - 1) != w.two, id(t - 1) != w.both,
            id(t - 1) != w.to,
            cls(t - 1).isDisjoint(with: Self.verbalModifiers)
        {
            return nil
        }
        // "US phone company WorldCom", "use their mobile phones on their travels": "phone" and "phones" are
        // nouns unless whom they call follows ("phones Putin", "will phone the president").
        if entry.frame.contains(.phone), entry.form == .base || entry.form == .thirdPerson {
            var o = hit.end
            o = pastDeterminers(o, end: end)
            if o >= end || tagger.mentionStartingAt[o] < 0 { return nil }
        }
        // "the blasts were necessary", "two blasts": an article or a number makes a form a noun.
        if entry.type == .condemnation, t > start, id(t - 1) == w.the || id(t - 1) == w.a || id(t - 1) == w.an
            || id(t - 1) == w.possessive || text.tokens[t - 1].flags.contains(.number)
            || text.tokens[t - 1].flags.contains(.digit)
        {
            return nil
        }
        // "sold wheat at agreed prices", "the agreed text": a participle before its noun describes it.
        if entry.type == .agreement, entry.form == .past, t > start, hit.end < end,
            id(t - 1) == w.the || id(t - 1) == w.a || id(t - 1) == w.an || id(t - 1) == w.at || id(t - 1) == w.under,
            text.tokens[hit.end].isWord, !text.tokens[hit.end].isCapitalized,
            !cls(hit.end).contains(.preposition), id(hit.end) != w.to, id(hit.end) != w.that
        {
            return nil
        }
        // "has not been straightforward in attacking the party", "was wrong in condemning X": the gerund after
        // "in" tells what the subject did; the main clause's negation judges the manner, not the act. A modal
        // ("would be right in condemning") still makes it hypothetical.
        let inGerund = entry.type == .condemnation && entry.form == .gerund && t > start && id(t - 1) == w.in_
        if inGerund, (max(start, t - 8)..<t).contains(where: { cls($0).contains(.modal) || id($0) == w.will }) {
            return nil
        }
        guard
            var (status, cue) = modality(
                predicate: t, sentence: sentence, finitePast: entry.form == .past, shield: inGerund ? t - 1 : nil)
        else { return nil }
        // "Mr Bush is due in Brussels": expected there, a visit to come.
        if entry.frame.contains(.person), id(t) == w.due {
            status = .planned
            cue = true
        }
        // "A decision could be reached in December, when the WTO's members gather for a summit": a present tense
        // in a when-clause of a main clause told as future or possible is still to come.
        if entry.type == .meeting, status == .occurred, entry.form == .base || entry.form == .thirdPerson,
            whenClauseOfFuture(verb: t, start: start)
        {
            status = .planned
            cue = true
        }

        // A headline's passive without "was": "Straw attacked on China arms", "Labour slammed over poster",
        // "Minister condemned for remarks": a bare participle before "over", "for" or "on" (not a time:
        // "attacked on Monday", "slammed over the weekend") tells who is condemned, with no condemner.
        if entry.type == .condemnation, entry.form == .past, hit.end + 1 < end,
            id(hit.end) == w.over || id(hit.end) == w.for_ || id(hit.end) == w.on,
            t > start, !cls(t - 1).contains(.be), !cls(t - 1).contains(.have),
            !dates.contains(where: { $0.start <= hit.end + 1 && $0.end > hit.end }),
            !(hit.end + 2 < end && id(hit.end + 1) == w.the
                && Self.timeAfterParticiple.contains(text.text(hit.end + 2).lowercased()))
        {
            return nil
        }
        // Passive: "was condemned by X", "Rebuked by X, Y ...".
        let pastForm = entry.form == .past
        let passive =
            pastForm
            && ((t > start
                && (cls(t - 1).contains(.be)
                    || (t - 2 >= start && cls(t - 2).contains(.be) && cls(t - 1).contains(.adverb))))
                || (hit.end < end && id(hit.end) == w.by))
        // "is today visiting Bonn": the auxiliary before a time between it and the gerund.
        let auxiliary = dates.first(where: { $0.end == t && $0.start > start })?.start ?? t
        // A gerund after a plain noun modifies it ("a resolution censuring X"): no predicate. A statement
        // condemning X is its issuer's condemnation ("EC ministers issued a statement deploring Japan's ...").
        let statement = entry.type == .condemnation && auxiliary > start
            && Self.statementNouns.contains(text.text(auxiliary - 1).lowercased())
            && (max(start, auxiliary - 5)..<auxiliary - 1).contains { Self.issuingVerbs.contains(text.text($0).lowercased()) }
        if entry.form == .gerund, auxiliary > start, tagger.mentionEndingAt[auxiliary - 1] < 0, !statement {
            let pc = cls(auxiliary - 1)
            let prev = text.tokens[auxiliary - 1]
            if prev.isWord, !pc.contains(.preposition), !pc.contains(.barrier), !pc.contains(.be),
                !pc.contains(.adverb), !pc.contains(.subordinator), !pc.contains(.pronoun), id(t - 1) != w.and,
                id(t - 1) != w.also, !pc.contains(.future), !pc.contains(.have)
            {
                return nil
            }
        }
        if entry.frame.contains(.verbal) {
            // "was attacked by", "accused of attacking", "plans to attack": not a speech act told as fact.
            if passive || entry.form == .base || entry.form == .gerund && !inGerund && !statement || status == .planned {
                return nil
            }
            if t > start {
                let pid = id(t - 1)
                if pid == w.of || pid == w.for_ || pid == w.after || pid == w.by || pid == w.from || pid == w.before {
                    return nil
                }
            }
            // "attacked him with a knife", "attacked the town with rockets": physical.
            var k = hit.end
            while k < min(end, hit.end + 6) {
                if id(k) == w.with { return nil }
                if cls(k).contains(.barrier) { break }
                k += 1
            }
        }
        var participants: [Int] = []
        var target: Int? = nil
        var targetText: String? = nil
        var topic: String? = nil
        var place: Entity? = nil
        var host: Int? = nil
        var policyTarget = false
        var encounters: [[Int]] = []
        // "Data gathered by Netcraft": a verb that takes no participant as object has no meeting passive.
        if passive, entry.type == .meeting, !entry.frame.contains(.object) { return nil }
        if passive {
            // "was condemned by X", "was condemned in a joint statement by X".
            var byIndex: Int? = nil
            var b = hit.end
            while b < min(end, hit.end + 7) {
                if id(b) == w.by { byIndex = b; break }
                if cls(b).contains(.barrier) || id(b) == w.comma || id(b) == w.period { break }
                b += 1
            }
            guard let by = byIndex else {
                // "a programme had been agreed to draw up more details": an indefinite subject of an agentless
                // "agreed" is a new deal whose parties the story's meeting gives.
                if entry.type == .agreement, entry.lemma == "agree" || entry.lemma == "agree on",
                    indefinitePassiveSubject(before: t, start: start), !partnerFollows(hit.end, end: end)
                {
                    return agentlessMention(at: t, entry: entry, status: status, cue: cue, sentence: sentence, dates: dates)
                }
                // Agentless passive: "X was condemned" tells no actor.
                return nil
            }
            // "the views were met by general approval": received, no encounter.
            if entry.lemma == "meet", meetsRequirement(from: by + 1, end: end) { return nil }
            participants = group(startingAt: by + 1, end: end)
            if participants.isEmpty {
                // A plural agent: "by members of the EU", "by rights groups and the opposition party".
                var q = by + 1
                while q < min(end, by + 8) {
                    if cls(q).contains(.barrier) || id(q) == w.comma || id(q) == w.period { break }
                    if tagger.mentionStartingAt[q] >= 0 {
                        let m = tagger.mentions[Int(tagger.mentionStartingAt[q])]
                        if !m.isPlace { participants = group(startingAt: q, end: end) }
                        break
                    }
                    q += 1
                }
            }
            let subject = subjectGroup(before: t, sentence: sentence)
            if entry.type == .condemnation {
                target = subject.first
                if participants.isEmpty { return nil }
            } else if entry.frame.contains(.host), !passiveGuest(before: t, start: start) {
                // "three shows hosted by three DJs", "Trump's town hall, hosted by Savannah Guthrie".
                return nil
            } else {
                participants += subject
            }
        } else {
            var subject = inGerund ? gerundSubject(before: t - 1, start: start) : subjectGroup(before: t, sentence: sentence)
            // "X spent two days in Tanzania before heading to Mozambique": the main clause's subject travels.
            if subject.isEmpty, entry.form == .gerund, t > start, id(t - 1) == w.before || id(t - 1) == w.after,
                let first = (start..<t).first(where: {
                    tagger.mentionStartingAt[$0] >= 0 && !tagger.mentions[Int(tagger.mentionStartingAt[$0])].isPlace
                })
            {
                subject = tagger.mentions[Int(tagger.mentionStartingAt[first])].actors
            }
            // "Hungary licensed Czech technology, then agreed with Airbus to ...": the first predicate's subject.
            if subject.isEmpty, entry.type != .meeting, entry.form == .past || entry.form == .thirdPerson {
                subject = sequelSubject(before: t, start: start)
            }
            // "The IMF is to look at a proposal when it meets in April": "it" is the body named before in the
            // sentence, whose own session the when-clause tells of.
            if subject.isEmpty, entry.type == .meeting, entry.lemma == "meet", t - 2 >= start, id(t - 1) == w.it,
                id(t - 2) == w.when, let body = bodyBefore(t - 2, start: start)
            {
                subject = [body]
            }
            participants = subject
            var objectStart = hit.end
            while objectStart < end, cls(objectStart).contains(.adverb) || id(objectStart) == w.also {
                objectStart += 1
            }
            // Skip a date right after the verb: "met Tuesday with".
            for d in dates where d.start == objectStart { objectStart = d.end }
            // "met separately with X and Y": each partner in an encounter of its own.
            var separately = false
            if entry.type == .meeting, objectStart < end, cls(objectStart).contains(.separateEncounter) {
                separately = true
                objectStart += 1
                if entry.lemma == "meet", objectStart < end, id(objectStart) == w.with { objectStart += 1 }
            }
            // "is meeting with X": the noun-and-verb form takes its partner after "with".
            if entry.lemma == "meet", entry.form == .gerund, objectStart < end, id(objectStart) == w.with { objectStart += 1 }
            let object = entry.frame.contains(.object) ? firstGroup(from: objectStart, end: end, maxGap: 4) : []
            // "towards meeting the Lisbon targets", "in meeting outside pressure": a gerund whose object is no
            // actor (or one modifying a thing) is another sense of the verb.
            // (Travel has a place, not a guest: "before heading to Mozambique".)
            if entry.type == .meeting, entry.form == .gerund, !(auxiliary > start && cls(auxiliary - 1).contains(.be)),
                !entry.frame.contains(.person),
                object.isEmpty || !isGuestObject(from: objectStart, end: end, dates: dates)
            {
                return nil
            }
            // "met a cool reception", "meets the criteria", "met its targets": an object phrase that is no actor.
            if entry.lemma == "meet", objectStart < end, cls(objectStart).contains(.determiner) || id(objectStart) == w.its,
                id(objectStart) != w.next, id(objectStart) != w.last, id(objectStart) != w.this,
                tagger.mentionStartingAt[objectStart] < 0, !isGuestObject(from: objectStart, end: end, dates: dates)
            {
                return nil
            }
            // "designed to meet U.S. demands", "meet stringent EC rules", "met with general approval": "meet" in
            // the sense of satisfying or receiving something, no encounter.
            if entry.lemma == "meet" || entry.lemma == "meet with", meetsRequirement(from: objectStart, end: end) {
                return nil
            }
            switch entry.type {
            case .condemnation:
                target = object.first
                let topicEnd = clauseEnd(from: hit.end, end: end, limit: 14)
                if topicEnd > hit.end { targetText = cleanPhrase(hit.end, topicEnd) }
                policyTarget = isPolicyPhrase(from: objectStart, end: end)
            case .meeting:
                if entry.frame.contains(.partner) {
                    // "discussed the deployment of missiles with Kuwaiti Undersecretary X": the partner after "with".
                    let clause = clauseEnd(from: hit.end, end: end, limit: 16)
                    guard let with = (hit.end..<clause).first(where: { id($0) == w.with }) else { return nil }
                    let partners = group(startingAt: with + 1, end: end)
                    if partners.isEmpty { return nil }
                    participants += partners
                } else if entry.frame.contains(.place),
                    let m = mentionStarting(near: objectStart, end: end), tagger.mentions[m].place != nil,
                    tagger.mentions[m].actors.allSatisfy({ tagger.actors[$0].kind == .state })
                {
                    place = tagger.mentions[m].place
                    let actorsThere = tagger.mentions[m].actors
                    participants += actorsThere
                    host = actorsThere.first
                } else {
                    // "hosted the Tonight Show", "receive Finance Ministry approval": no guest, no meeting.
                    if entry.frame.contains(.host), !isGuestObject(from: objectStart, end: end, dates: dates) {
                        return nil
                    }
                    // "visiting Sikhism's holiest shrine": a visit to a thing of an unknown name, no one met.
                    if entry.frame.contains(.visit), objectStart < end, tagger.mentionStartingAt[objectStart] >= 0 {
                        let m = tagger.mentions[Int(tagger.mentionStartingAt[objectStart])]
                        if m.end < end, id(m.end) == w.possessive,
                            m.actors.allSatisfy({ tagger.actors[$0].kind == .unknown })
                        {
                            return nil
                        }
                    }
                    // "spoke with the BBC": an interview, not talks. "visited the Turkish community in Berlin": a
                    // state's people, no host.
                    let partners = withoutPopulace(object, in: objectStart..<end)
                        .filter { tagger.actors[$0].kind != .organization(.media) }
                    participants += partners
                    if entry.frame.contains(.host) { host = subject.first }
                    if entry.lemma == "meet" || entry.lemma == "meet with", !partners.isEmpty, !passive {
                        let after = groupEnd(from: objectStart, end: end)
                        if separately || after < end && cls(after).contains(.separateEncounter) {
                            // "met X and Y separately".
                            encounters = partners.map { [$0] }
                        } else if let next = sequelPartners(after: after, end: end, dates: dates),
                            next.allSatisfy({ !partners.contains($0) })
                        {
                            // "met with the IMF, then with President Trump": two encounters.
                            encounters = [partners, next]
                            participants += next
                        }
                    }
                }
            case .agreement:
                if isOpinion(verb: t, hitEnd: hit.end, sentence: sentence) || isLegislativeDecision(verb: t, start: start) {
                    return nil
                }
                // "agreed with X", "agreed to ...", "agreed on ...", "agreed that ... should"; the trigger
                // "agreed with" ends in its "with".
                var k = id(hit.end - 1) == w.with ? hit.end - 1 : hit.end
                // "agreed with X" (not "agreed upon with X", whose content came before) needs what was agreed.
                let withPartner = k < end && id(k) == w.with && (hit.end - t == 1 || id(hit.end - 1) == w.with)
                if k < end, id(k) == w.with {
                    let partners = group(startingAt: k + 1, end: end)
                    participants += partners
                    k += 1
                    while k < end, tagger.mentionStartingAt[k] >= 0 || id(k) == w.and || id(k) == w.comma {
                        if tagger.mentionStartingAt[k] >= 0 {
                            k = tagger.mentions[Int(tagger.mentionStartingAt[k])].end
                        } else {
                            k += 1
                        }
                    }
                    // "agreed with the Italian finance minister X to ...": the content after the partner's phrase.
                    var q = k
                    while q < end, q - k < 8, id(q) != w.to, id(q) != w.on, id(q) != w.that, text.tokens[q].isWord,
                        !cls(q).contains(.barrier), !cls(q).contains(.reporting)
                    {
                        q += 1
                    }
                    if q < end, id(q) == w.to || id(q) == w.on || id(q) == w.that { k = q }
                }
                for d in dates where d.start == k || (d.start == k + 1 && id(k) == w.on) { k = d.end }
                if k < end, id(k) == w.that {
                    // A joint position ("agree that disputes should be resolved") is an agreement;
                    // an opinion ("agreed that the policy had worked") is not.
                    let clause = clauseEnd(from: k + 1, end: end, limit: 25)
                    let normative = (k + 1..<clause).contains { cls($0).contains(.modal) || id($0) == w.will }
                        || (k + 1..<clause).contains { text.text($0).lowercased() == "need" || text.text($0).lowercased() == "needs" }
                    if !normative { return nil }
                    topic = cleanPhrase(k + 1, clause)
                } else if k < end, id(k) == w.to || id(k) == w.on || id(k) == w.upon || id(k) == w.over {
                    let clause = clauseEnd(from: k + 1, end: end, limit: 16)
                    topic = cleanPhrase(k + 1, clause)
                    // "Ukraine agreed to pay more for gas supplied by Turkmenistan": the state it trades with.
                    if participants.count == 1,
                        let partner = tradePartner(from: k + 1, to: clause, excluding: participants[0])
                    {
                        participants.append(partner)
                    }
                    // Consent to a request: "agreed to X's request" is weak.
                } else if k >= end || id(k) == w.period || id(k) == w.comma || id(k) == w.quote {
                    // A bare "agreed": an opinion or a consent without content; "Carroll agreed with La Riva,
                    // saying ...": a view shared.
                    if participants.count < 2 { return nil }
                }
                // "Carroll agreed with La Riva, saying ...": a view shared.
                if withPartner, topic == nil { return nil }
            }
        }
        participants = unique(participants)
        // What is condemned may name its own place ("an attack on a platform in the Gulf").
        if place == nil {
            place = findPlace(around: t, sentence: sentence, onlyBefore: entry.type == .condemnation, type: entry.type)
        }
        var mention = EventMention(
            type: entry.type, sentence: 0, trigger: t, participants: participants, target: target,
            targetText: targetText, topic: topic, place: place, date: nil, status: status,
            confidence: entry.weight, anaphoric: false, frame: entry.frame, statusFromCue: cue, hostIndex: host,
            isVisit: entry.frame.contains(.visit))
        if entry.type == .condemnation, let targetText { mention.topic = targetText }
        mention.hasVerb = true
        // "is meeting X on Friday", "visits West Germany next week", "ministers meet on Thursday": the present of
        // an arrangement.
        mention.presentTense = entry.form == .gerund && auxiliary > start
            && (id(auxiliary - 1) == w.is_ || id(auxiliary - 1) == w.are)
            || entry.form == .thirdPerson
            // A base form doubles as the past of some verbs ("hit out at"); a meeting verb's does not. After
            // "to" only a decision looks ahead ("agreed to meet on Thursday"), not a purpose ("held meetings
            // on Wednesday to discuss it with X").
            || entry.form == .base && !passive && entry.type == .meeting
                && (t - 1 < start || id(t - 1) != w.to
                    || t - 2 >= start && Self.decisionVerbs.contains(text.text(t - 2).lowercased()))

        mention.policyTarget = policyTarget
        mention.encounters = encounters
        // "met X on Monday before meeting Y": the gerund is an encounter of its own.
        mention.distinct = entry.lemma == "meet" && entry.form == .gerund && t > start
            && (id(t - 1) == w.before || id(t - 1) == w.after)
        return finish(mention, predicate: t, sentence: sentence, dates: dates)
    }

    /// "called the plan 'a travesty'", "calling it scandalous", "characterized the strike as a violation of
    /// sovereignty": a plainly condemnatory characterisation, a condemnation of lower confidence.
    private func characterization(at t: Int, sentence: Sentence, dates: [DateMention]) -> EventMention? {
        let start = sentence.tokenStart
        let end = sentence.tokenEnd
        guard t + 2 < end else { return nil }
        // Passives ("was described as" has its own rule) and phrasal uses ("called for", "called off", "called on").
        if t > start, id(t - 1) == w.hyphen { return nil }
        if t > start, cls(t - 1).contains(.be) || id(t - 1) == w.been {
            return passiveCharacterization(at: t, sentence: sentence, dates: dates)
        }
        let next = cls(t + 1)
        if next.contains(.preposition) || next.contains(.cancel) || !text.tokens[t + 1].isWord && id(t + 1) != w.quote {
            return nil
        }
        let raw = text.text(t).lowercased()
        let needsAs = !(raw.hasPrefix("call") || raw.hasPrefix("brand") || raw.hasPrefix("label") || raw.hasPrefix("term")
            || raw.hasPrefix("dub"))
        if raw.hasPrefix("call"), text.text(t + 1).lowercased() == "up" { return nil }
        var sawAs = false
        var quoted = false
        var found: Int? = nil
        var q = t + 1
        // A quotation opened in the window is read to its characterisation: 'called Washington's decision to
        // reimpose sanctions on the state gold miner "an act of economic aggression"'.
        while q < end, q - t <= (quoted ? 22 : 14) {
            let tid = id(q)
            if tid == w.period || tid == w.semicolon || cls(q).contains(.reporting) { break }
            if tid == w.comma && !quoted { break }
            if tid == w.quote { quoted.toggle() }
            if tid == w.as_ { sawAs = true }
            if cls(q).contains(.negation) { return nil }
            // "called the strike a war crime", 'called the shelling "war crimes"'; not "the war crimes tribunal".
            let warCrime = cls(q).contains(.crimeNoun) && q - 2 > t && (id(q - 2) == w.a || id(q - 2) == w.quote)
                && text.text(q - 1).lowercased() == "war"
            if cls(q).contains(.characterization) || warCrime, q > t + 1 {
                found = q
                break
            }
            q += 1
        }
        guard let found, !needsAs || sawAs else { return nil }
        var statusCue = modality(predicate: t, sentence: sentence)
        if statusCue == nil, raw.hasSuffix("ing"), t > start, id(t - 1) == w.comma,
            !(start..<t).contains(where: { cls($0).contains(.negation) || cls($0).contains(.modal) })
        {
            // "spoke out against the strike, calling it an aggression": the words before the comma ("against")
            // are the main clause's, not a doubt on the characterisation.
            statusCue = (.occurred, false)
        }
        guard let (status, cue) = statusCue else { return nil }
        var participants: [Int] = []
        if raw.hasSuffix("ing"), t - 2 >= start, id(t - 1) == w.as_, tagger.mentionEndingAt[t - 2] >= 0 {
            // "quoted the minister as calling it ...": the quoted speaker.
            let m = tagger.mentions[Int(tagger.mentionEndingAt[t - 2])]
            if !m.isPlace { participants = m.actors }
        } else if raw.hasSuffix("ing") && t > start && id(t - 1) == w.comma
            || t - 2 >= start && id(t - 1) == w.and && id(t - 2) == w.comma
        {
            // "..., calling it ...", "X said ... from nations like Belarus, and described it as ...": the main
            // clause's subject, the first actor of the sentence.
            var q = start
            while q < t, participants.isEmpty {
                if tagger.mentionStartingAt[q] >= 0 {
                    let m = tagger.mentions[Int(tagger.mentionStartingAt[q])]
                    if !m.isPlace, !m.actors.isEmpty { participants = m.actors }
                    q = m.end
                    continue
                }
                q += 1
            }
        } else {
            participants = subjectGroup(before: t, sentence: sentence)
        }
        participants = unique(participants)
        guard !participants.isEmpty else { return nil }
        let object = firstGroup(from: t + 1, end: end, maxGap: 3)
        return characterizationMention(
            at: t, in: 0, speakers: participants, target: object.first, targetText: cleanPhrase(t + 1, found + 1),
            status: (status, cue), confidence: 0.5, dates: dates)
    }

    /// 'X has not been "straightforward" in attacking Y': the nearest actor before the "in" at `p` in its clause,
    /// over quoted words.
    private func gerundSubject(before p: Int, start: Int) -> [Int] {
        var k = p - 1
        while k >= start, p - k <= 12 {
            if cls(k).contains(.reporting) || id(k) == w.semicolon || id(k) == w.period { break }
            let index = tagger.mentionEndingAt[k]
            if index >= 0 {
                let m = tagger.mentions[Int(index)]
                if !m.isPlace, !m.actors.isEmpty { return coordinated(ending: Int(index), start: start) }
                k = m.start - 1
                continue
            }
            k -= 1
        }
        return []
    }

    private static let opinionDegree: Set<String> = [
        "somewhat", "partly", "partially", "mostly", "generally", "wholeheartedly", "strongly", "completely",
        "entirely", "totally", "heartily", "personally",
    ]

    /// Agreement in opinion: "somewhat agreed", "an end to the war, with which X and Y agreed", "agreed with
    /// Smith's assessment", "agreed with the proposal", "I agreed with Smith.": a view shared, not a deal.
    private func isOpinion(verb t: Int, hitEnd: Int, sentence: Sentence) -> Bool {
        let start = sentence.tokenStart
        let end = sentence.tokenEnd
        if t > start, Self.opinionDegree.contains(text.text(t - 1).lowercased()) { return true }
        // "the two sides agreed to disagree", "agreed to differ": a disagreement acknowledged.
        if hitEnd + 1 < end, id(hitEnd) == w.to {
            let next = text.text(hitEnd + 1).lowercased()
            if next == "disagree" || next == "differ" { return true }
        }
        // "The failure last night of ICO producing and consuming countries to agree export quotas": failed talks.
        if t > start, id(t - 1) == w.to {
            var f = t - 2
            while f >= start, t - f <= 16, id(f) != w.period, id(f) != w.semicolon {
                let raw = text.text(f).lowercased()
                if raw == "failure" || raw == "inability" || raw == "refusal" { return true }
                f -= 1
            }
        }
        var b = t - 1
        while b > start, t - b <= 8 {
            if cls(b).contains(.barrier) || id(b) == w.semicolon { break }
            if id(b) == w.which || text.text(b).lowercased() == "whom", id(b - 1) == w.with { return true }
            b -= 1
        }
        // "agreed on the need for exchange rate stability", "agreed on the importance of ...": a view shared.
        var n = hitEnd
        if n < end, id(n) == w.on || id(n) == w.upon { n += 1 }
        if n > hitEnd || id(hitEnd - 1) == w.on || id(hitEnd - 1) == w.upon {
            if n < end, id(n) == w.the { n += 1 }
            if n < end, Self.opinionHeads.contains(text.text(n).lowercased()) { return true }
        }
        var afterWith: Int? = nil
        if id(hitEnd - 1) == w.with {
            afterWith = hitEnd
        } else if hitEnd < end, id(hitEnd) == w.with {
            afterWith = hitEnd + 1
        }
        guard var q = afterWith else { return false }
        // "agreed with union leader X, who said ...": they share what X said.
        var r = q
        while r + 1 < end, r - q < 12, id(r) != w.period, id(r) != w.semicolon {
            if id(r) == w.who, (r + 1..<min(end, r + 4)).contains(where: { cls($0).contains(.reporting) }) { return true }
            r += 1
        }
        q = pastDeterminers(q, end: end)
        guard q < end else { return true }
        guard tagger.mentionStartingAt[q] >= 0 else {
            // "agreed with the proposal", "agreed with his assessment": support for a view, no partner.
            var v = q
            while v < end, v - q < 4, text.tokens[v].isWord {
                if Self.viewNouns.contains(text.text(v).lowercased()) { return true }
                v += 1
            }
            return false
        }
        let m = tagger.mentions[Int(tagger.mentionStartingAt[q])]
        if m.end < end, id(m.end) == w.possessive { return true }

        let closes = m.end >= end || id(m.end) == w.period || id(m.end) == w.quote
        return closes && m.actors.allSatisfy { tagger.actors[$0].kind == .person }
    }

    /// "slammed over the weekend", "attacked for the second time": a time after the participle, not a cause.
    private static let timeAfterParticiple: Set<String> = [
        "weekend", "past", "last", "first", "second", "third", "fourth", "fifth", "latest", "next", "holiday",
        "holidays", "years", "months", "weeks", "days",
    ]

    private static let opinionHeads: Set<String> = ["need", "needs", "importance", "necessity", "desirability"]

    private static let viewNouns: Set<String> = [
        "view", "views", "assessment", "proposal", "proposals", "idea", "ideas", "position", "analysis",
        "statement", "remarks", "comments", "suggestion", "suggestions", "criticism", "conclusion", "opinion",
        "argument", "sentiment", "call", "calls", "sentiments", "approach",
    ]

    private static let legislativeHeads: Set<String> = [
        "committee", "subcommittee", "senate", "house", "congress", "parliament", "legislature", "lawmakers",
        "legislators", "senators", "congressmen", "mps", "assembly", "chamber", "diet", "knesset", "duma",
        "bundestag", "panel",
    ]

    /// "the House Ways and Means Committee agreed to allow ...", "lawmakers agreed the bill": a legislature
    /// deciding on a bill passes a law; that is no agreement between parties.
    private func isLegislativeDecision(verb t: Int, start: Int) -> Bool {
        var k = t - 1
        while k >= start, cls(k).contains(.adverb) || cls(k).contains(.have) || id(k) == w.also || id(k) == w.been {
            k -= 1
        }
        guard k >= start, text.tokens[k].isWord else { return false }
        let head = text.text(k).lowercased()
        guard Self.legislativeHeads.contains(head) else { return false }
        if head == "house", k > start, text.text(k - 1).lowercased() == "white" { return false }
        // "Brazil and its bank advisory committee agreed": a creditors' or other civil body is no legislature.
        if tagger.mentionEndingAt[k] >= 0,
            tagger.mentions[Int(tagger.mentionEndingAt[k])].actors.contains(where: {
                tagger.actors[$0].kind == .organization(.civil)
            })
        {
            return false
        }
        return true
    }

    /// "hosted Xi on Monday", "received the envoy and ...": the guest of a host verb is an actor that is the
    /// object itself, not a modifier of something else ("received Finance Ministry approval", "receive IMF
    /// support", "received US patents") and not a show or an event ("hosted the Tonight Show").
    private func isGuestObject(from t: Int, end: Int, dates: [DateMention]) -> Bool {
        var q = t
        while q < end, q - t <= 4, tagger.mentionStartingAt[q] < 0 {
            let c = cls(q)
            if c.contains(.barrier) || c.contains(.preposition) || id(q) == w.comma || id(q) == w.period { return false }
            // Only determiners and participles before the guest ("the visiting envoy"): "received more viewers
            // than Trump's event" has a thing as its object.
            let skippable = c.contains(.determiner) || id(q) == w.his || id(q) == w.her || id(q) == w.their
                || id(q) == w.its || text.text(q).lowercased().hasSuffix("ing") || text.tokens[q].isCapitalized
            if !skippable { return false }
            q += 1
        }
        guard q < end, tagger.mentionStartingAt[q] >= 0 else { return false }
        let m = tagger.mentions[Int(tagger.mentionStartingAt[q])]
        if cls(m.end - 1).contains(.media) || cls(m.end - 1).contains(.sport) { return false }
        // "received U.S. Food and Drug Administration approval": names in a row modify what follows them.
        var next = m.end
        while next < end, tagger.mentionStartingAt[next] >= 0 {
            next = tagger.mentions[Int(tagger.mentionStartingAt[next])].end
        }
        // "will host Mr Brown's speech": the name owns the thing hosted; "hosted Japan's Abe": a guest follows.
        if next + 1 < end, id(next) == w.possessive || id(next) == w.possessiveCurly {
            return tagger.mentionStartingAt[next + 1] >= 0 || cls(next + 1).contains(.groupNoun)
        }
        guard next < end, text.tokens[next].isWord, tagger.mentionStartingAt[next] < 0 else { return true }
        // "his EU counterparts", "the NATO ministers": the name with a group noun is the guest.
        if cls(next).contains(.groupNoun) { return true }
        if dates.contains(where: { $0.start == next }) { return true }
        let c = cls(next)
        if c.contains(.preposition) || c.contains(.barrier) || c.contains(.reporting) || c.contains(.adverb)
            || c.contains(.be) || c.contains(.have) || c.contains(.modal) || c.contains(.subordinator)
            || c.contains(.pronoun) || c.contains(.determiner) || c.contains(.future)
        {
            return true
        }
        let nid = id(next)
        if nid == w.and || nid == w.or || nid == w.who || nid == w.which || nid == w.that || nid == w.to
            || nid == w.also || nid == w.will
        {
            return true
        }
        let raw = text.text(next).lowercased()
        if raw.hasSuffix("ed") || raw.hasSuffix("ing") || tagger.isTriggerVerb(next) { return true }
        // A common or capitalised word right after the name: the name modifies it.
        return false
    }

    /// Whether the object of "meet" from `t` is a thing met in the sense of satisfied or received: a noun phrase of
    /// determiners, modifiers and names ("U.S. demands", "the credit requirements", "stringent EC rules") headed by
    /// a requirement noun. A preposition, clause word or punctuation ends the phrase ("met protesters whose
    /// demands ...", "met officials to discuss demands" are encounters).
    private func meetsRequirement(from t: Int, end: Int) -> Bool {
        var q = t
        while q < end, q - t < 5 {
            let c = cls(q)
            if c.contains(.requirement) { return true }
            if !text.tokens[q].isWord || c.contains(.preposition) || c.contains(.barrier) || c.contains(.be)
                || c.contains(.reporting) || c.contains(.subordinator) || c.contains(.modal)
            {
                return false
            }
            let qid = id(q)
            if qid == w.and || qid == w.or || qid == w.who || qid == w.whose || qid == w.which || qid == w.that {
                return false
            }
            // A name before the noun modifies it: "U.S. demands", "EC standards".
            if tagger.mentionStartingAt[q] >= 0 {
                q = max(q + 1, tagger.mentions[Int(tagger.mentionStartingAt[q])].end)
                continue
            }
            q += 1
        }
        return false
    }

    /// "X was received by Y", "X, hosted by Y": the one hosted is an actor right before the verb.
    private func passiveGuest(before t: Int, start: Int) -> Bool {
        var k = t - 1
        while k >= start, cls(k).contains(.be) || cls(k).contains(.adverb) || id(k) == w.comma || id(k) == w.been {
            k -= 1
        }
        // "a lunch hosted by the ambassador": hospitality for guests the sentence names.
        guard k >= start else { return false }
        if Self.hospitality.contains(text.text(k).lowercased()) { return true }
        if tagger.mentionEndingAt[k] >= 0 { return !tagger.mentions[Int(tagger.mentionEndingAt[k])].isPlace }
        // A name the tagger did not take ("... and Musaad bin Mohammed al-Aiban, hosted by Wang Yi").
        return text.tokens[k].isWord && text.text(k).contains(where: \.isUppercase)
    }

    private static let hospitality: Set<String> = [
        "lunch", "luncheon", "dinner", "banquet", "reception", "breakfast", "meeting", "talks", "summit",
    ]

    // MARK: - Nouns

    private func nounMention(
        _ hit: Hit, entry: TriggerEntry, sentence: Sentence, hits: [Hit], dates: [DateMention]
    ) -> (EventMention, Int?)? {
        let n = hit.start
        let start = sentence.tokenStart
        let end = sentence.tokenEnd
        // "Shultz's one-day stop-over": a noun that needs one of its words among the three before it.
        if entry.frame.contains(.needsModifier),
            !(max(start, n - 3)..<n).contains(where: { entry.needs.contains(id($0)) })
        {
            return nil
        }
        // "no agreement", "without a deal".
        var k = n - 1
        var premodifiers: [Int] = []
        var anaphoric = false
        var support: Int? = nil
        var supportWeight = 0.0
        var endorsed = false
        var scheduledStart = false
        /// A support verb whose subject is the noun ("talks resumed") or that starts a new round ("resume talks").
        var intransitive: String? = nil
        var joined = false
        var signed = false
        var cityBefore: Entity? = nil
        var cityActors: [Int] = []
        var encounters: [[Int]] = []
        /// The support verb tells who attends ("attended the summit", "declined to attend the meeting of X").
        var attendance = false
        // Tokens of a treaty's own name ("the African Continental Free Trade Area (AfCFTA) agreement") widen the window.
        var nameAllowance = 0
        // Tokens of a parenthesised amount ("a $6bn (£3.12bn) deal") do not count against the window either.
        var skipped = 0
        while k >= start, n - k <= 7 + nameAllowance + skipped {
            let c = cls(k)
            // ("ended a two-day meeting" concludes it, "the summit ended on Monday" too; "ended talks without
            // agreement" is told after the noun.)
            if c.contains(.negation) || c.contains(.cancel) { return nil }
            // "the meeting of the OECD and the summit of the G-7": "and" before an article ends the noun's own
            // phrase; the name before it belongs to the other noun ("the US and EU summit" keeps both).
            // (After a name only: "a one and a half hour meeting" is one phrase.)
            if id(k) == w.and || id(k) == w.or, k + 1 < n, id(k + 1) == w.the || id(k + 1) == w.a || id(k + 1) == w.an,
                k > start, tagger.mentionEndingAt[k - 1] >= 0
            {
                break
            }
            if let hitHere = hits.first(where: { $0.start <= k && k < $0.end }) {
                if let s = hitHere.entries.first(where: {
                    lexicon.triggers[$0].kind == .support && lexicon.triggers[$0].type == entry.type
                }) {
                    support = hitHere.start
                    supportWeight = lexicon.triggers[s].weight
                    endorsed = lexicon.triggers[s].lemma == "endorse"
                    // "King Fahd begins a state visit on Tuesday": a scheduled start told in the present.
                    let lemma = lexicon.triggers[s].lemma
                    scheduledStart = lexicon.triggers[s].form == .thirdPerson
                        && (lemma == "begin" || lemma == "start" || lemma == "open")
                    // "(the ministers) will resume negotiations": a new round, parties as before when unnamed.
                    if lexicon.triggers[s].lemma == "resume" { intransitive = "resume" }
                    joined = lemma == "join"
                    attendance = Self.attendanceSupports.contains(lemma)
                    // Finite only: "its unwillingness to sign", "when they sign" tell no signing.
                    let form = lexicon.triggers[s].form
                    signed = (lemma == "sign" || lemma == "ratify") && (form == .past || form == .thirdPerson)
                }
                break
            }
            // "last week's International Coffee Organisation, ICO, talks": a body's acronym in commas after its name.
            if id(k) == w.comma, k - 3 >= start, tagger.mentionEndingAt[k - 3] >= 0, acronymAside(endingAt: k, start: start) {
                skipped += 3
                k -= 3
                continue
            }
            if tagger.mentionEndingAt[k] >= 0 {
                let m = tagger.mentions[Int(tagger.mentionEndingAt[k])]
                if entry.type == .agreement, m.actors.allSatisfy({ !tagger.actors[$0].political }) {
                    // Part of the treaty's own name ("the Continental Free Trade Area agreement"), not a party.
                    nameAllowance = min(8, nameAllowance + m.end - m.start)
                } else if let city = m.place, isCity(city, mention: m),
                    m.start == start || id(m.start - 1) != w.hyphen, id(m.end) != w.hyphen
                {
                    // "the Paris G-7 meeting", "the London summit": a city before the noun is where it is held.
                    cityBefore = cityBefore ?? city
                    cityActors += m.actors
                } else if !m.isPlace {
                    premodifiers += m.actors
                }
                k = m.start - 1
                continue
            }
            // "Remarks by X that last month's G-6 meeting agreed ...": "that" before a time opens a clause whose
            // subject the noun phrase is; the names before it are the main clause's.
            if id(k) == w.that, dates.contains(where: { $0.start == k + 1 }) { break }
            if id(k) == w.that || id(k) == w.this || id(k) == w.the { anaphoric = id(k) != w.the || anaphoric }
            // "a number of other agreements", "a series of accords".
            if id(k) == w.of, k - 2 >= start, id(k - 2) == w.a, text.tokens[k - 1].isWord,
                !text.tokens[k - 1].isCapitalized, tagger.mentionEndingAt[k - 1] < 0
            {
                k -= 3
                continue
            }
            // "the signing of a declaration": a signing told as a noun.
            if entry.type == .agreement, id(k) == w.of, k - 2 >= start, id(k - 2) == w.the,
                text.text(k - 1).lowercased() == "signing"
            {
                k -= 1
                continue
            }
            // An amount in parentheses: "a $40bn (£21bn) deal".
            if id(k) == w.closeParen {
                var o = k - 1
                while o > start, k - o < 8, id(o) != w.openParen { o -= 1 }
                if o > start, id(o) == w.openParen, o + 1 < k, (o + 1..<k).contains(where: { text.tokens[$0].flags.contains(.digit) }) {
                    skipped += k - o + 1
                    k = o - 1
                    continue
                }
                if entry.type == .agreement, isAcronym(o + 1, k) {
                    nameAllowance = min(8, nameAllowance + 3)
                    k = o - 1
                    continue
                }
                break
            }
            if entry.type == .agreement, isTreatyNameWord(k) {
                nameAllowance = min(8, nameAllowance + 1)
                k -= 1
                continue
            }
            // A currency sign: "a $240m agreement".
            let token = text.tokens[k]
            if !token.isWord, token.end - token.start <= 3, k + 1 < n, text.tokens[k + 1].flags.contains(.digit),
                id(k) != w.comma, id(k) != w.period, id(k) != w.quote, id(k) != w.hyphen
            {
                k -= 1
                continue
            }
            // "the February meeting", "the Monday talks": a month or a weekday modifies the noun.
            if c.contains(.determiner) || id(k) == w.possessive || id(k) == w.hyphen
                || entry.type == .meeting && (c.contains(.month) || c.contains(.weekday))
                || text.tokens[k].flags.contains(.number) || text.tokens[k].flags.contains(.digit) || (text.tokens[k].isWord && !text.tokens[k].isCapitalized
                    && !c.contains(.barrier) && !c.contains(.preposition) && !c.contains(.reporting)
                    && !c.contains(.blocker) && !c.contains(.be) && !c.contains(.have) && !c.contains(.modal))
            {
                k -= 1
                continue
            }
            break
        }
        // "The meeting of the OECD ... and the summit of the G-7": a noun phrase coordinated after "and the" has
        // no clause subject of its own before it.
        let conjunct = k >= start && k < n && (id(k) == w.and || id(k) == w.or)
        // "Sunday's meeting", "yesterday's talks": a day's possessive is as definite as "the" (a weekday by its
        // name only: "last weekend's" has lost its "last").
        let dayPossessive = n - 2 >= start && (id(n - 1) == w.possessive || id(n - 1) == w.possessiveCurly)
            && dates.contains { d in
                guard d.end == n - 1 else { return false }
                switch d.expression {
                case .weekday: return d.end - d.start == 1
                case .relativeDays, .full, .monthDay: return true
                default: return false
                }
            }
        let determinerThe = n > start && (id(n - 1) == w.the || (n - 2 >= start && id(n - 2) == w.the) || dayPossessive)
        // Passive or reduced relative after: "the deal was struck", "the accord reached in Paris".
        var passiveSupport = false
        if support == nil {
            var j = hit.end
            var steps = 0
            // "In the November 27 deal, Turkey and Libya agreed on a line": after a comma, parties right before
            // the verb are its subject, and the verb is active.
            var clauseSubject = false
            while j < end, steps < 9 {
                // "the accord between Ethiopia and Eritrea was signed": step over the parties.
                if tagger.mentionStartingAt[j] >= 0, !tagger.mentions[Int(tagger.mentionStartingAt[j])].isPlace {
                    // ("As part of that agreement, Japan and West Germany agreed to ...": the content of a deal
                    // told before.)
                    if entry.type == .agreement, !anaphoric, j > hit.end, id(j - 1) == w.comma { clauseSubject = true }
                    j = tagger.mentions[Int(tagger.mentionStartingAt[j])].end
                    steps += 1
                    continue
                }
                if id(j) == w.between || id(j) == w.with || id(j) == w.and || id(j) == w.the {
                    j += 1
                    steps += 1
                    continue
                }
                if let hitHere = hits.first(where: { $0.start == j }) {
                    if let s = hitHere.entries.first(where: {
                        lexicon.triggers[$0].kind == .support && lexicon.triggers[$0].type == entry.type
                            && (lexicon.triggers[$0].form == .past
                                || entry.type == .meeting && !entry.frame.contains(.visit)
                                    && Self.intransitiveSupports.contains(lexicon.triggers[$0].lemma))
                    }) {
                        support = j
                        supportWeight = lexicon.triggers[s].weight
                        passiveSupport = !clauseSubject
                        if entry.type == .meeting, Self.intransitiveSupports.contains(lexicon.triggers[s].lemma) {
                            // "Talks will resume next week", "the talks began on Tuesday": the noun is the subject.
                            intransitive = lexicon.triggers[s].lemma
                        }
                    }
                    // "has been signed": an auxiliary that is another type's support verb ("had talks") goes on.
                    if support != nil || entry.type != .agreement || !cls(j).contains(.have) { break }
                }
                if cls(j).contains(.be) || cls(j).contains(.have) || id(j) == w.been || cls(j).contains(.adverb)
                    || id(j) == w.comma || id(j) == w.also || id(j) == w.will || cls(j).contains(.modal)
                {
                    if cls(j).contains(.be) || id(j) == w.been || id(j) == w.comma { clauseSubject = false }
                    j += 1
                    steps += 1
                    continue
                }
                // "The lease, first agreed in 1994": the time of the original conclusion.
                if entry.type == .agreement, j + 1 < end, hits.contains(where: { $0.start == j + 1 }),
                    Self.originalWords.contains(text.text(j).lowercased())
                {
                    j += 1
                    steps += 1
                    continue
                }
                // "the deal is thought to have been struck", "a memorandum about the pipeline was signed".
                if entry.type == .agreement, let next = passiveGap(at: j, noun: hit.end, end: end, hits: hits) {
                    j = next
                    steps += 1
                    continue
                }
                break
            }
        }
        // "compared with agreements reached by Indonesia, Venezuela and Brazil": a bare plural with a reduced
        // relative names a kind of deal, not one the text tells of.
        if passiveSupport, entry.type == .agreement, n > start,
            cls(n - 1).contains(.preposition) || id(n - 1) == w.with || id(n - 1) == w.than || id(n - 1) == w.comma
                || id(n - 1) == w.and
        {
            let head = text.text(hit.end - 1).lowercased()
            if head.hasSuffix("s") && !head.hasSuffix("ss") && !head.hasSuffix("us") || head == "memoranda" {
                return nil
            }
        }
        // Cancelled, collapsed, postponed: "the meeting was cancelled", "talks between X and Y were called off"
        // (a name counts as one word). "Talks ended without agreement" were held: a meeting, no agreement.
        var cancelled = false
        scanWords(after: hit.end, end: end, limit: 7) { j in
            // "Talks broke down last month", "the talks failed to find a solution": held, without a result.
            if entry.type == .meeting, cls(j).contains(.heldOutcome), !didNotTakePlace(after: j, end: end) { return false }
            if cls(j).contains(.cancel), entry.type != .meeting || id(j) != w.without {
                cancelled = true
                return false
            }
            return !cls(j).contains(.barrier)
        }
        if cancelled { return nil }
        if entry.type == .meeting, hedgedOccurrence(after: hit.end, end: end) { return nil }
        let standalone = entry.frame.contains(.standalone)
        if support == nil && !standalone { return nil }
        let predicate = support ?? n
        // "at next week's summit", "during talks with X": the phrase's own preposition shields it from the
        // main clause's negation and hedges.
        var shield = support == nil && k >= start && (id(k) == w.at || opensTimePhrase(id(k))) ? k : nil
        // "blamed X for the failure of last week's coffee talks": the talks were held; their failure is no hedge.
        let failureOf = entry.type == .meeting && support == nil && k - 1 >= start && id(k) == w.of
            && cls(k - 1).contains(.heldOutcome)
        if failureOf { shield = k + 1 }
        var statusCue = modality(
            predicate: predicate, sentence: sentence, window: support == nil ? 12 : 7, shield: shield)
        // "Goria, who declined to attend the February meeting of the Group of Seven in Paris": a body's meeting
        // takes place whoever stays away; the negation or refusal is the absent one's, not the meeting's.
        var absentSubject = false
        if statusCue == nil, entry.type == .meeting, attendance, let support, bodyNamed(after: hit.end, end: end) {
            statusCue = modality(predicate: n, sentence: sentence, window: 12, shield: support + 1)
            absentSubject = statusCue != nil
        }
        guard var (status, cue) = statusCue else { return nil }
        // "the next OPEC meeting", "the upcoming summit": announced.
        if status == .occurred, (k + 1..<n).contains(where: { id($0) == w.next || cls($0).contains(.future) && id($0) != w.to }) {
            status = .planned
            cue = true
        }
        // "A G8 summit is set to take place in July", "the talks will be held in Geneva": announced after the noun.
        if status == .occurred, support == nil, entry.type == .meeting, announced(after: hit.end, end: end) {
            status = .planned
            cue = true
        }
        // "have agreed to begin talks", "decided to hold a summit": an infinitive support is still to come.
        if status == .occurred, let support, support - 1 > start, id(support - 1) == w.to, entry.type == .meeting,
            Self.decisionVerbs.contains(text.text(support - 2).lowercased())
        {
            status = .planned
            cue = true
        }
        if support == nil {
            // A standalone noun: its own cues. "proposed talks", "offered talks" are proposals.
            var b = n - 1
            while b >= max(start, n - 4) {
                // "told a press conference during a visit to Mexico": the words before the phrase's own
                // preposition are the main clause's, which modality() judged.
                if b == shield || failureOf && b <= k { break }
                if cls(b).contains(.blocker) || cls(b).contains(.negation) { return nil }
                // "the ongoing U.S.-Canada free trade talks": a state of affairs named in passing, no encounter.
                if entry.type == .meeting, Self.passingWords.contains(text.text(b).lowercased()) { return nil }
                b -= 1
            }
        }
        var participants: [Int] = []
        var place: Entity? = nil
        var host: Int? = nil
        if let support, !passiveSupport, !absentSubject {
            participants += subjectGroup(before: support, sentence: sentence)
            if participants.isEmpty, entry.type == .agreement { participants = sequelSubject(before: support, start: start) }
            // "Hawkins endorsed the Green New Deal": a person's support for a proposal; a body that endorses
            // a text ("Ukrainian lawmakers endorsed the association agreement") adopts it.
            if endorsed, participants.allSatisfy({ tagger.actors[$0].kind == .person || tagger.actors[$0].kind == .unknown }) {
                return nil
            }
        } else if passiveSupport, let support {
            // "the treaty was signed by X and Y".
            if let by = (support + 1..<min(end, support + 3)).first(where: { id($0) == w.by }) {
                participants += group(startingAt: by + 1, end: end)
            } else if entry.type == .agreement {
                // "was signed between Cyprus, Greece and Israel", "was signed in 2017 by X and Y".
                participants += passiveParties(after: support, end: end, dates: dates)
                if participants.isEmpty { participants += passivePartnerAndSpeaker(after: support, sentence: sentence) }
            }
        }
        participants += premodifiers
        // Participants after the noun: "talks with Yoon", "meeting between X and Y", "summit of EU leaders".
        var p = hit.end
        let limit = min(end, hit.end + 12)
        while p < limit {
            let pid = id(p)
            // Another event word starts another phrase: "the deal was struck on the fringes of summits involving".
            if p > hit.end, p != support || intransitive == nil, hits.contains(where: { $0.start == p }) { break }
            if pid == w.with || pid == w.between || pid == w.among || pid == w.involving
                || (pid == w.of && entry.type == .meeting && p == hit.end)
                || (pid == w.to && entry.frame.contains(.visit))
                || (pid == w.by && entry.type == .meeting && p == hit.end)
                // "a visit to the United States by President Corazon Aquino": the visitor after the destination.
                || (pid == w.by && entry.frame.contains(.visit) && place != nil)
            {
                var q = p + 1
                q = pastDeterminers(q, end: end)
                // "talks with senior union figures", "negotiations with 11 creditor banks", "a meeting of six
                // major industrial nations": a number or a plain adjective before the partner's name.
                // ("will attend the talks with three other officials": who comes along, not the partner.)
                if entry.type == .meeting, !(attendance && pid == w.with), pid != w.to, pid != w.by, q < end,
                    tagger.mentionStartingAt[q] < 0
                {
                    let named = partnerAfterModifiers(q, end: end)
                    if named > q { q = named }
                }
                if q < end, tagger.mentionStartingAt[q] >= 0,
                    tagger.mentions[Int(tagger.mentionStartingAt[q])].end >= end
                        || id(tagger.mentions[Int(tagger.mentionStartingAt[q])].end) != w.possessive
                {
                    let m = tagger.mentions[Int(tagger.mentionStartingAt[q])]
                    if pid == w.to, m.place != nil {
                        place = place ?? m.place
                        host = m.actors.first
                    }
                    if !m.isPlace || pid == w.to {
                        var named = group(startingAt: q, end: end)
                        // "a meeting with the Pakistani community": a state's people, no partner.
                        if entry.type == .meeting { named = withoutPopulace(named, in: q..<end) }
                        // "the meeting of the PLP": a party's own meeting is internal (EVENTS.md).
                        if pid == w.of, named.count == 1, tagger.actors[named[0]].kind == .organization(.party) {
                            return nil
                        }
                        participants += named
                        // "a day of meetings with X, Y and Z", "separate talks with X and Y": one encounter each.
                        if pid == w.with, encounters.isEmpty, named.count >= 2,
                            cls(hit.end - 1).contains(.separateEncounter)
                                || n > start && cls(n - 1).contains(.separateEncounter)
                        {
                            encounters = named.map { [$0] }
                        }
                    }
                }
                p += 1
                continue
            }
            if cls(p).contains(.barrier) || pid == w.semicolon { break }
            p += 1
        }
        // "X's visit", "Kishida's visit to Seoul".
        if entry.frame.contains(.visit), n >= 2, id(n - 1) == w.possessive || id(n - 2) == w.possessive {
            let owner = id(n - 1) == w.possessive ? n - 2 : n - 3
            if owner >= start, tagger.mentionEndingAt[owner] >= 0 {
                participants += tagger.mentions[Int(tagger.mentionEndingAt[owner])].actors
            }
        }
        if support == nil {
            // Standalone: also the clause subject for a visit ("arrived in Amman on a visit") or "during talks".
            var subject = conjunct ? [] : subjectGroup(before: n, sentence: sentence, eventNoun: true)
            subject.removeAll { cityActors.contains($0) }
            if subject.isEmpty, !participants.isEmpty, entry.type == .meeting {
                subject = frontedClauseSubject(noun: n, after: hit.end, sentence: sentence, excluding: participants)
            }
            // "both countries reached agreement at their civil aviation talks": "their" is the subject.
            let ownedBySubject = (max(start, n - 4)..<n).contains { id($0) == w.their || id($0) == w.his || id($0) == w.her }
            // "EC farm ministers failed to agree at two days of talks in Brussels": an intergovernmental body's
            // own session, told in an "at"/"during" phrase of its clause.
            let bodySession = entry.type == .meeting && participants.isEmpty && subject.count == 1
                && tagger.actors[subject[0]].kind == .organization(.igo) && k >= start
                && inSessionPhrase(k, start: start)
            if entry.frame.contains(.visit) || !participants.isEmpty || ownedBySubject || bodySession {
                participants = subject + participants
            } else if entry.type == .meeting, !conjunct, k >= start, inSessionPhrase(k, start: start),
                let joint = jointClauseSubject(before: k, start: start, end: end)
            {
                // "India's oil minister and his Russian counterpart would discuss the field at a meeting on
                // Tuesday": states or their officials of two countries, the clause's subject, at one session.
                participants = joint
            }
            if anaphoric == false && determinerThe { anaphoric = true }
            // "the IMF session in Washington and the June summit": a conjunct with no parties of its own is no
            // mention of the meeting told before.
            if conjunct, participants.isEmpty { return nil }
        }
        // "Talks between X and Y ... ended with the signing of a declaration": a signing told as a noun has the
        // parties of the talks its sentence names.
        let nominalSigning = entry.type == .agreement && support.map {
            $0 > start && id($0 - 1) == w.the && $0 + 1 < end && id($0 + 1) == w.of && text.text($0).lowercased() == "signing"
        } == true
        // 'the compensation ...," he said during the signing of a deal': a quote's words are no signers.
        if nominalSigning, let support, (start..<support).contains(where: { id($0) == w.quote }) { return nil }
        if nominalSigning, participants.isEmpty, let support, !passiveSupport {
            for b in start + 1..<support where id(b) == w.between || id(b) == w.with {
                let isTalks = tagger.longestPhrase(at: b - 1, end: b).targets.contains {
                    if case .trigger(let i) = $0 { return lexicon.triggers[i].type == .meeting && lexicon.triggers[i].kind == .noun }
                    return false
                }
                if isTalks {
                    participants = group(startingAt: b + 1, end: end)
                    break
                }
            }
        }
        // The city's state takes part as host ("the Washington talks with Brazil's finance minister") unless the
        // meeting is a body's ("the London meeting of G7 finance ministers").
        if !cityActors.isEmpty, !participants.contains(where: { tagger.actors[$0].kind == .organization(.igo) }) {
            participants += cityActors
        }
        participants = unique(participants)
        if place == nil { place = findPlace(around: n, sentence: sentence, type: entry.type) ?? cityBefore }
        if entry.frame.contains(.visit), host == nil, let place, let code = place.country,
            lexicon.countryByCode[code] != nil
        {
            // A visit to a place in another country: the country is the host, where the article has its state actor.
            if !participants.contains(where: { tagger.actors[$0].country == code }),
                let existing = tagger.actors.firstIndex(where: { $0.kind == .state && $0.country == code })
            {
                participants.append(existing)
                host = existing
            }
        }
        // "Shultz's one-day stop-over here", "Weizsaecker began a four-day visit here": a visit "here" is
        // one to the story's own country, which a wire story without its dateline names first: the first state
        // the article names that is none of the visitors' (whose states must be known). The place stays unknown.
        if entry.frame.contains(.visit), host == nil, place == nil, hit.end < end, id(hit.end) == w.here,
            !participants.isEmpty,
            participants.allSatisfy({
                let a = tagger.actors[$0]
                guard a.political, a.country != nil else { return false }
                if case .organization = a.kind { return true }
                return a.kind == .person
            })
        {
            let own = Set(participants.compactMap { tagger.actors[$0].country })
            if let home = tagger.actors.firstIndex(where: {
                $0.kind == .state && $0.country.map { !own.contains($0) } == true
            }) {
                participants.append(home)
                host = home
            }
        }
        var topic: String? = nil
        if entry.type == .agreement {
            let topicStart = support.map { min($0 + 1, n) } ?? n
            // "reached agreement at their talks here", "a deal, officials said": a place, a time or the end of the
            // clause after the noun tells no content beyond the noun phrase.
            let tells = hit.end < end && text.tokens[hit.end].isWord && !dates.contains { $0.start == hit.end }
                && ![w.at, w.in_, w.during, w.after, w.before, w.when, w.while_].contains(id(hit.end))
                && text.text(hit.end).lowercased() != "here"
            let topicEnd = tells ? clauseEnd(from: hit.end, end: end, limit: 12) : hit.end
            // One party that "signed a deal to import gas from Iran": the state the deal is with.
            if participants.count == 1, support != nil, !passiveSupport {
                var q = hit.end
                while q < topicEnd {
                    let index = tagger.mentionStartingAt[q]
                    if index >= 0 {
                        let m = tagger.mentions[Int(index)]
                        // "signed a deal on China-UK tourism": the other states of a hyphenated pair.
                        if m.end - m.start == 1, m.actors.count >= 2,
                            m.actors.allSatisfy({ tagger.actors[$0].kind == .state })
                        {
                            let own = tagger.actors[participants[0]].country
                            participants += m.actors.filter { tagger.actors[$0].country != own }
                            break
                        }
                        // ("with the Middle Eastern sheikhdom of Qatar": the state a with-phrase names by "of".)
                        let introduced = id(q - 1) == w.from || id(q - 1) == w.with || id(q - 1) == w.to
                            || id(q - 1) == w.of && q >= 2 && !text.tokens[q - 2].isCapitalized
                                && (max(hit.end, q - 6)..<q).contains { id($0) == w.with }
                        if q > 0, introduced, let a = m.actors.first, m.actors.count == 1,
                            tagger.actors[a].kind == .state,
                            tagger.actors[a].country != tagger.actors[participants[0]].country
                        {
                            participants.append(a)
                            break
                        }
                        q = max(m.end, q + 1)
                        continue
                    }
                    q += 1
                }
                // "signed a $240m agreement to import Venezuelan fuel": the state of the goods traded.
                if participants.count == 1, let partner = tradeCounterpart(from: hit.end, to: topicEnd, excluding: participants[0]) {
                    participants.append(partner)
                }
            }
            topic = cleanPhrase(max(topicStart, k + 1), topicEnd)
        }
        var weight = entry.weight
        if support != nil { weight = max(weight, supportWeight) } else { weight *= 0.9 }
        // Talks that begin, open or continue without named parties are the talks told before; talks that
        // resume are a new round between the same parties.
        if intransitive != nil, participants.isEmpty, intransitive != "resume" { anaphoric = true }
        // "launched an attack on Conservative spending plans": what the condemnation is aimed at.
        var target: Int? = nil
        var targetText: String? = nil
        var policyTarget = false
        if entry.type == .condemnation, hit.end + 1 < end, id(hit.end) == w.on || id(hit.end) == w.against {
            target = firstGroup(from: hit.end + 1, end: end, maxGap: 3).first { tagger.actors[$0].kind != .unknown }
            targetText = cleanPhrase(hit.end + 1, clauseEnd(from: hit.end + 1, end: end, limit: 14))
            policyTarget = isPolicyPhrase(from: hit.end + 1, end: end)
            topic = targetText
        }
        var mention = EventMention(
            type: entry.type, sentence: 0, trigger: n, participants: participants, target: target,
            targetText: targetText, topic: topic, place: place, date: nil, status: status, confidence: weight,
            anaphoric: anaphoric && (support == nil || intransitive != nil), frame: entry.frame, statusFromCue: cue,
            hostIndex: host, isVisit: entry.frame.contains(.visit), hasSupport: support != nil)
        mention.resumes = intransitive == "resume" && participants.isEmpty
        if entry.type == .meeting { mention.encounters = encounters }
        // "might step down after the Venice summit in June": the noun's phrase is shielded from the main
        // clause's modal, which still looks ahead; its date is the next such month or day (not "may have been
        // a topic at the meeting this week").
        mention.presentTense = scheduledStart || shield.map { modalAhead(before: $0, start: start) } ?? false
        mention.policyTarget = policyTarget
        mention.definite = entry.type == .agreement && determinerThe && support != nil
        // "The lease, first agreed in 1994", "the accord, originally signed in Beijing in 2018".
        if entry.type == .agreement, passiveSupport, let support, support > start,
            Self.originalWords.contains(text.text(support - 1).lowercased())
        {
            mention.original = true
            mention.anaphoric = participants.isEmpty
        }
        // "An accord was signed on fishing rights", "agreement was reached after two days of talks": an
        // indefinite or bare deal noun with its passive verb and no party at all.
        if entry.type == .agreement, passiveSupport, let support, participants.isEmpty, !anaphoric, !determinerThe,
            !mention.original, indefinitePassiveSubject(before: support, start: start, noun: n),
            !partnerFollows(hit.end, end: end), !partnerFollows(support + 1, end: end)
        {
            mention.agentless = true
        }
        mention.joins = joined && determinerThe && !passiveSupport
        mention.accedes = signed && (determinerThe || namedPact(before: n, start: start)) && !passiveSupport
            && participants.count == 1
            && tagger.actors[participants[0]].kind == .state
            && !(hit.end..<min(end, hit.end + 3)).contains { id($0) == w.with }
        guard let finished = finish(mention, predicate: predicate, sentence: sentence, dates: dates) else {
            return nil
        }
        return (finished, support)
    }

    // MARK: - Shared

    /// Date, status from the date, participant checks, scope and confidence.
    func finish(_ m: EventMention, predicate: Int, sentence: Sentence, dates: [DateMention]) -> EventMention? {
        var m = m
        // The date nearest the predicate in the sentence.
        var best: DateMention? = nil
        var bestDistance = Int.max
        for d in dates where !d.isBoundary {
            // Names count as one word: "Talks between <a long title and name> and <another> on Thursday".
            var distance = d.start >= predicate ? words(predicate, d.start) : words(d.end, predicate) + 2
            // "met in Putrajaya during Wong's first visit since taking office in May": another clause's date.
            if d.start >= predicate
                ? clauseBreak(predicate + 1, d.start, reporting: false) : clauseBreak(d.end, predicate, reporting: false)
            {
                distance += 15
            }
            // "The meeting will assess the plans agreed in Lisbon in 2000": the date of the participle between.
            if d.start > predicate + 2, distance <= 14,
                (predicate + 1..<d.start).contains(where: { k in
                    text.tokens[k].isWord && text.text(k).hasSuffix("ed") && tagger.isTriggerVerb(k)
                })
            {
                distance += 15
            }
            // "speaking at an informal meeting here, said ministers declared in Uruguay last September": a date in
            // the clause a reporting verb after the predicate reports, past that clause's own verb, is its verb's.
            if d.start > predicate + 3, distance <= 14,
                let r = (predicate + 1..<d.start).first(where: { cls($0).contains(.reporting) }), r + 2 < d.start,
                (r + 2..<d.start).contains(where: { k in
                    text.tokens[k].isWord && !text.tokens[k].isCapitalized && tagger.mentionStartingAt[k] < 0
                        && (text.text(k).hasSuffix("ed") || cls(k).contains(.reporting))
                })
            {
                distance += 15
            }
            // "is set to review their February Paris accord": a date before another event noun is that noun's.
            // ("last month's G-6 meeting agreed to stabilize the dollar": the meeting that is the deal's subject
            // gives its date.)
            if modifiesOtherEventNoun(d, trigger: m.trigger, end: sentence.tokenEnd),
                !(m.type == .agreement && d.end < predicate && meetingNounSubject(of: predicate, start: sentence.tokenStart))
            {
                distance += 15
            }
            // "agreed to a prisoner swap ahead of talks in Geneva on Monday": the day of the talks to come.
            if m.type == .agreement, d.start > predicate, inLeadUpPhrase(d.start, after: predicate) { distance += 15 }
            // "condemned Monday's missile strike": a possessive date opening a condemnation's object is the
            // condemned act's (not "Tuesday's condemnation", nor "condemned the strike in Tuesday's statement").
            if m.type == .condemnation, d.start == m.trigger + 1, d.end < sentence.tokenEnd,
                id(d.end) == w.possessive || id(d.end) == w.possessiveCurly
            {
                distance += 15
            }
            // A date after a reporting verb late in the sentence ("..., he said on Monday") is weaker.
            if distance < bestDistance {
                bestDistance = distance
                best = d
            }
        }
        if let best, bestDistance <= 14 {
            // "the September meeting" in an April story, "July's summit" in a March one: a month named alone before
            // a meeting noun, with no tense of its own, is the nearer such month, here one still to come.
            if m.type == .meeting, m.status == .occurred, !m.statusFromCue, let reference,
                case .month(let month) = best.expression, (1...5).contains((month - reference.month + 12) % 12),
                monthPremodifier(best, noun: m.trigger)
            {
                m.status = .planned
                m.statusFromCue = true
            }
            // "is meeting X on Friday", "meet on Thursday": the present tense of an arrangement looks ahead.
            m.date = DateResolver.resolve(
                best.expression, reference: reference, planned: m.status == .planned || m.presentTense)
            if let date = m.date, let reference {
                let order = DateResolver.compare(date, reference: reference)
                if m.status == .occurred, order < 0 { m.status = .past }
                if m.status == .occurred, order > 0, !m.statusFromCue { m.status = .planned }
                if m.status == .past, order > 0 { m.status = .planned }
                // "will assess the plans agreed in Lisbon in 2000": a year or month gone is no plan.
                if m.status == .planned, order < 0, date.count < 10 { m.status = .past }
            } else if m.date != nil, case .year = best.expression, m.status == .occurred, !m.statusFromCue {
                // "in 2019" with no reference: keep occurred.
            }
            // "visits West Germany next week": ahead even in the story's month, across two, or with no reference.
            if case .relativeWeeks(let weeks) = best.expression, weeks > 0, m.status == .occurred, !m.statusFromCue {
                m.status = .planned
            }
            // "when Britain chairs the G8 summit next year", "talks tomorrow": with no reference date, a time ahead
            // still makes a plan.
            if reference == nil, m.status == .occurred, !m.statusFromCue {
                switch best.expression {
                case .relativeDays(let n) where n > 0, .relativeMonths(let n) where n > 0,
                    .relativeYears(let n) where n > 0:
                    m.status = .planned
                default: break
                }
            }
            // "Last April, X signed ...", "the deal signed last year": background even with no reference date.
            if reference == nil, m.type != .meeting, m.status == .occurred, isEarlierPeriod(best) { m.status = .past }
            // "In October, Straw and Moratinos agreed to ...", "signed a technology-sharing agreement in August":
            // with no reference date, a month named alone dates a deal or a condemnation before the story's own
            // news, which a weekday or "today" dates. Not the month of what was agreed or condemned ("agreed to
            // hold talks in March"; after a condemnation it dates the act condemned, "the elections held in March").
            if reference == nil, m.type != .meeting, m.status == .occurred, !m.statusFromCue, !m.presentTense,
                case .month = best.expression,
                best.end <= predicate || m.type == .agreement && !(predicate + 1..<best.start).contains(where: { k in
                    let lower = text.text(k).lowercased()
                    // (Not a compound's last part: "a technology-sharing agreement in August".)
                    return id(k) == w.to || id(k - 1) != w.hyphen && !lower.contains("-")
                        && (lower.hasSuffix("ed") || lower.hasSuffix("ing"))
                })
            {
                m.status = .past
            }
        }
        if m.presentTense, m.status == .occurred {
            let ahead: Bool
            if let date = m.date {
                // "is today visiting Bonn" is under way; "is meeting X on Friday", "visits Denmark this week"
                // are ahead.
                var thisWeek = false
                if let best, case .relativeWeeks(let weeks) = best.expression { thisWeek = weeks >= 0 }
                ahead = thisWeek || reference.map { DateResolver.compare(date, reference: $0) > 0 } ?? true
            } else {
                ahead = (sentence.tokenStart..<sentence.tokenEnd).contains { k in
                    id(k) == w.tomorrow || id(k) == w.next || id(k) == w.later
                        || cls(k).contains(.weekday)
                        || (id(k) == w.this && k + 1 < sentence.tokenEnd && Self.timeUnits.contains(text.text(k + 1).lowercased()))
                }
            }
            if ahead { m.status = .planned }
        }
        // "He will see an orphanage in Tanzania before chairing a meeting of the Commission": a gerund after
        // "before" or "after" takes the time of its main clause.
        if m.status == .occurred, !m.statusFromCue, predicate > sentence.tokenStart,
            id(predicate - 1) == w.before || id(predicate - 1) == w.after, text.text(predicate).hasSuffix("ing"),
            futureMainClause(before: predicate - 1, start: sentence.tokenStart)
        {
            m.status = .planned
            m.statusFromCue = true
        }
        if m.type == .meeting, isRecurring(around: predicate, sentence: sentence) { return nil }
        // "Negotiations between X and Y continued without success since the late 1970's": talks over years are no
        // encounter of the story's day; background at most.
        if m.type == .meeting, m.status == .occurred, lastedSince(after: predicate, sentence: sentence) { m.status = .past }
        // "The ministers agreed ...": the body an earlier mention tied them to.
        m.participants = resolvingRoleNouns(m.participants, before: predicate)
        // A news agency reports a meeting, it does not take part ("SUNA said Omer met the IMF envoy").
        if m.type == .meeting { m.participants.removeAll { tagger.actors[$0].kind == .organization(.media) } }
        // Participants and scope.
        let actors = m.participants.map { tagger.actors[$0] }
        // Only bare titles ("leaders slam patents"): nobody is named.
        if !actors.isEmpty, actors.allSatisfy(\.isBareTitles) { return nil }
        let isPolitical: (DocActor) -> Bool = { sportStory ? EventFinder.politicalInSport($0) : $0.political }
        let political = actors.contains(where: isPolitical) || (m.target.map { isPolitical(tagger.actors[$0]) } ?? false)
        let unknownOnly = !political
        if unknownOnly {
            if offTopic { return nil }
            // Private persons, unknown names or private bodies meeting ("had talks with Mr Sears about working
            // for Boeing", "told a meeting of the Minerals Research Organisation") in a full story that is not
            // plainly political and never gives them a political title: a private encounter. (A lone sentence
            // gives no such context.)
            if m.type == .meeting, !politicalStory, !actors.isEmpty, text.sentences.count >= 5,
                !(mostlyPolitical && actors.allSatisfy({ $0.kind == .person })),
                actors.allSatisfy({
                    switch $0.kind {
                    case .person, .unknown, .organization(.other), .organization(.media): return true
                    default: return false
                    }
                })
            {
                return nil
            }
            if m.type == .condemnation, !actors.isEmpty, actors.allSatisfy({ $0.kind == .person && $0.title == nil }) {
                // A quarrel among private persons, artists or athletes; in a political story, a politician
                // the article names without a title.
                // A policy, law or plan is a political act any public figure may condemn (EVENTS.md).
                if !politicalStory && !m.policyTarget { return nil }
                m.confidence *= 0.85
            }
            if actors.contains(where: { $0.nonPolitical }) { return nil }
            // Unions or business groups among themselves or with firms: no political event.
            if m.type != .condemnation, actors.contains(where: { $0.kind == .organization(.civil) }) { return nil }
            m.confidence *= 0.6
        }
        if m.frame.contains(.political), !actors.allSatisfy(isPolitical) { return nil }
        switch m.type {
        case .meeting:
            let collective = actors.contains {
                if case .organization(let k) = $0.kind { return k == .igo } else { return false }
            } || actors.contains { $0.kind == .group && ($0.title != nil) } || actors.count >= 2
            // A visit abroad: "a visit to Rouen" by a French minister is a domestic visit to a site.
            let visitors = m.participants.filter { $0 != m.hostIndex }.map { tagger.actors[$0] }
            // "flew to Beijing": a political person travelling to a place of a known other country.
            if m.frame.contains(.person),
                visitors.isEmpty || !visitors.allSatisfy({ $0.kind == .person && $0.political }) || m.place?.country == nil
            {
                return nil
            }
            // "the President traveled to South Dakota" in a story about the United States: an officeholder of
            // no stated country travels at home.
            let atHome = { (v: DocActor) -> Bool in
                guard let here = m.place?.country else { return false }
                if let country = v.country { return country == here }
                return v.kind == .person && v.political && tagger.dominantState() == here
            }
            // A place of no known country visited by an officeholder of the story's own state is a domestic visit
            // ("was visiting the town of Pandeglang" by the minister of an Indonesian story): he meets no one.
            let unknownPlaceAtHome = m.place.map { place in
                guard place.country == nil, let home = tagger.dominantState() else { return false }
                return visitors.contains { $0.country == home }
            } ?? false
            let visitAbroad = m.isVisit && m.place != nil && !visitors.isEmpty && !visitors.contains(where: atHome)
                && !(m.place?.country == nil && isSite(m.place!.name)) && !unknownPlaceAtHome
            // "a visit to Sheffield" by the Home Secretary of a British story: the host its place gave is the
            // visitors' own state, a domestic visit to a site (EVENTS.md). A visitor of no stated country is at
            // home only at a place below the state's name and capital ("a visit to Tokyo" by "the prime minister"
            // of a Japanese-American story may be either).
            if m.isVisit, let host = m.hostIndex, tagger.actors[host].kind == .state, let place = m.place,
                let here = place.country, tagger.actors[host].country == here, !visitors.isEmpty,
                visitors.allSatisfy({ $0.country == here })
                    || !lexicon.isStateOrCapital(place) && visitors.allSatisfy(atHome)
            {
                return nil
            }
            // "Obama is to attend a summit": one attendee of a multilateral meeting.
            let attends =
                (m.frame.contains(.collective) && m.hasSupport && actors.count == 1)
                || (actors.count == 1 && collective && {
                    if case .organization(.igo) = actors[0].kind { return true } else { return false }
                }())
            if actors.count < 2 && !(m.frame.contains(.collective) && collective) && !visitAbroad && !attends {
                if !((m.anaphoric || m.resumes) && actors.isEmpty) { return nil }
            }
            // "the National Medal of Science, and ... during a visit to Paris": a visit to a country by no person
            // and no political actor ("Science", a robot) is no official visit.
            if m.isVisit, let host = m.hostIndex,
                !m.participants.contains(where: {
                    $0 != host && (isPolitical(tagger.actors[$0]) || tagger.actors[$0].kind == .person)
                })
            {
                return nil
            }
            if m.frame.contains(.phone) { m.confidence = min(m.confidence, 0.5) }
        case .agreement:
            let collective = actors.contains {
                if case .organization(let k) = $0.kind { return k == .igo } else { return false }
            } || actors.contains { $0.kind == .group && $0.title != nil }
            if m.accedes {
                // One state signing or ratifying the pact the text names: lower confidence, no counterpart.
                m.confidence = min(m.confidence, 0.6)
            } else if m.agentless, m.participants.isEmpty {
                // Its parties come from the story's meeting or deal when the mentions merge.
            } else if actors.count < 2 && !collective {
                if m.definite, !m.anaphoric, m.participants.count == 1 {
                    m.mergeOnly = true
                } else {
                    if !(m.anaphoric || m.participants.isEmpty && m.trigger >= 0 && isDefiniteNoun(m.trigger)) {
                        return nil
                    }
                    if !m.participants.isEmpty { return nil }
                }
                m.anaphoric = true
            }
        case .condemnation:
            if m.participants.isEmpty { return nil }
            // "U.S. Navy warships blasted the Rostam platform": an armed force's blast at a thing is a strike
            // ("the militia blasted the government's decision" is speech).
            if m.frame.contains(.physical), !m.policyTarget,
                !(m.target.map { tagger.actors[$0].political || tagger.actors[$0].kind == .group } ?? false),
                !blastsAtPoliticalGroup(after: m.trigger, end: sentence.tokenEnd),
                actors.contains(where: {
                    $0.kind == .organization(.armed) || $0.kind == .group && $0.rank == .military
                })
            {
                return nil
            }
            if m.frame.contains(.verbal) {
                // A verbal attack is made by a person, a party or a body; states and forces attack physically,
                // except a policy ("The United States has openly attacked Japan's fiscal policy").
                for a in actors {
                    switch a.kind {
                    case .state, .organization(.armed): if !m.policyTarget { return nil }
                    case .group: if a.title == nil || a.rank == .military { return nil }
                    default: break
                    }
                }
                // Firms blast rock: "Mining companies blasted sacred sites".
                if actors.allSatisfy({ $0.nonPolitical }) { return nil }
                // An unknown name attacks a political target ("Short attacks US"), not just anything.
                if actors.allSatisfy({ $0.kind == .unknown }), !(m.target.map { tagger.actors[$0].political } ?? false),
                    !m.policyTarget
                {
                    return nil
                }
                if m.hasVerb && m.targetText == nil && m.target == nil { return nil }
                m.confidence = min(m.confidence, 0.75)
            }
            if let target = m.target, m.participants.contains(target) { m.target = nil }
        }
        if actors.count >= 2 { m.confidence = min(0.99, m.confidence + 0.03) }
        return m
    }


    private static let statementNouns: Set<String> = ["statement", "communique", "communiqué", "declaration"]
    private static let issuingVerbs: Set<String> = ["issued", "issues", "released", "releases", "published", "adopted"]

    /// "blasted the government", "blasted the leadership's plan": the object after the verb (past its
    /// determiners) is a political group noun, so the blast is speech.
    private func blastsAtPoliticalGroup(after t: Int, end: Int) -> Bool {
        var o = t + 1
        while o < end, cls(o).contains(.determiner) { o += 1 }
        return o < end && cls(o).contains(.politicalGroupNoun)
    }

    /// "the Turkish community", "Chinese nationals", "Pakistani citizens": a state named by its demonym before a
    /// noun of its people (and no political group noun), the people rather than the state.
    private func isPopulace(_ m: Mention) -> Bool {
        guard !m.isPlace, !m.isAnaphor, !m.actors.isEmpty,
            m.actors.allSatisfy({ tagger.actors[$0].kind == .state })
        else { return false }
        let last = m.end - 1
        let noun = cls(last).contains(.populace) && last > m.start
            ? last : m.end < text.tokens.count && cls(m.end).contains(.populace) ? m.end : -1
        guard noun > m.start else { return false }
        return !(m.start..<noun).contains { cls($0).contains(.politicalGroupNoun) }
    }

    /// The actors less those named in `range` only as a state's people ("visited the Turkish community").
    private func withoutPopulace(_ actors: [Int], in range: Range<Int>) -> [Int] {
        let found = tagger.mentions(in: range)
        guard found.contains(where: isPopulace) else { return actors }
        return actors.filter { a in
            let named = found.filter { $0.actors.contains(a) }
            return named.isEmpty || !named.allSatisfy(isPopulace)
        }
    }

    /// "the Shri Swaminarayan Mandir Temple", "Downing Street": a named site, where a visit meets no one.
    private func isSite(_ name: String) -> Bool {
        guard let last = name.split(separator: " ").last else { return false }
        let i = lexicon.vocabulary.lookupString(String(last).lowercased())
        return i >= 0 && lexicon.wordClasses[Int(i)].contains(.siteHead)
    }

    private static let passingWords: Set<String> = ["ongoing", "continuing", "current", "long-running"]
    private static let originalWords: Set<String> = ["first", "originally", "initially"]
    private static let decisionVerbs: Set<String> = [
        "agreed", "agree", "agrees", "decided", "decide", "decides", "resolved", "undertook", "pledged",
    ]
    private static let spanWords: Set<String> = ["than", "for", "in", "within"]
    private static let recurrenceUnits: Set<String> = ["year", "month", "week", "years", "months"]

    /// "make around 3,000 visits a year", "meet regularly", "have been meeting for more than a year": recurring
    /// or ongoing encounters, no one occurrence (EVENTS.md, "Not meetings").
    private func isRecurring(around p: Int, sentence: Sentence) -> Bool {
        let from = max(sentence.tokenStart, p - 3)
        let to = min(sentence.tokenEnd, p + 8)
        for k in from..<to where text.tokens[k].isWord {
            let lower = text.text(k).lowercased()
            if lower == "regularly" || lower == "annually" || lower == "routinely" { return true }
            // "holds regular meetings with the World Bank" (not "a regular meeting of the council", one session).
            if lower == "regular", k == from || id(k - 1) != w.a && id(k - 1) != w.the { return true }
            guard k > p, k + 1 < to, Self.recurrenceUnits.contains(text.text(k + 1).lowercased()) else { continue }
            // "a week long visit", "began a year ago": a length or a time, not a recurrence.
            if k + 2 < sentence.tokenEnd, ["long", "ago", "later", "earlier"].contains(text.text(k + 2).lowercased()) {
                continue
            }
            // "a year", "each year", "every month", "per year", "for months"; not "in a year", "for a year".
            let spanBefore = k - 1 >= from && Self.spanWords.contains(text.text(k - 1).lowercased())
            if lower == "each" || lower == "every" || lower == "per" || lower == "for" || lower == "a" && !spanBefore {
                return true
            }
        }
        // "for more than a year", "for several months" after a perfect progressive.
        if p > sentence.tokenStart, id(p - 1) == w.been {
            for k in p..<to where id(k) == w.for_ { return true }
        }
        return false
    }

    /// The clause before `k` (back to a semicolon, a quote or a reporting verb) tells of a time ahead ("will",
    /// "is to", "is due to": ``tellsOfTimeAhead(_:start:)``).
    private func futureMainClause(before k: Int, start: Int) -> Bool {
        var b = k - 1
        while b >= start {
            let tid = id(b)
            if tid == w.semicolon || tid == w.quote || cls(b).contains(.reporting) { return false }
            if tellsOfTimeAhead(b, start: start) { return true }
            b -= 1
        }
        return false
    }

    private static let lastingWords: Set<String> = [
        "continued", "continue", "continues", "continuing", "dragged", "lasted", "been", "gone", "going", "run",
        "running", "stalled",
    ]

    /// "continued without success since the late 1970's", "have dragged on since 1985": a verb of lasting after
    /// the predicate at `p`, then "since" and a year or a decade. Not "the first talks since 1979".
    private func lastedSince(after p: Int, sentence: Sentence) -> Bool {
        let end = sentence.tokenEnd
        var lasting = false
        var k = p
        while k < end, k - p <= 12 {
            if id(k) == w.since {
                guard lasting else { return false }
                for y in k + 1..<min(end, k + 4) where text.tokens[y].flags.contains(.digit) {
                    let digits = text.text(y).prefix(4)
                    return digits.count == 4 && (digits.hasPrefix("19") || digits.hasPrefix("20"))
                }
                return false
            }
            if k > p, cls(k).contains(.barrier) || id(k) == w.semicolon { return false }
            if text.tokens[k].isWord, Self.lastingWords.contains(text.text(k).lowercased()) { lasting = true }
            k += 1
        }
        return false
    }

    /// Support verbs whose subject is the meeting noun itself.
    private static let intransitiveSupports: Set<String> = ["resume", "begin", "open", "continue", "start"]

    private static let timeUnits: Set<String> = ["week", "weekend", "month", "year", "morning", "afternoon", "evening"]

    /// "said the ministers had agreed", "told reporters he had met": a reported past in indirect speech is
    /// the news itself, not background.
    private func reportedBackshift(had k: Int, start: Int) -> Bool {
        var b = k - 1
        var steps = 0
        while b >= start, steps < 6 {
            let tid = id(b)
            if tid == w.period || tid == w.semicolon { return false }
            if cls(b).contains(.reporting) { return b == start || id(b - 1) != w.had }
            // "said French Defence Minister Andre Giraud and his counterpart Manfred Woerner had": a name counts as
            // one word.
            if tagger.mentionEndingAt[b] >= 0 {
                b = tagger.mentions[Int(tagger.mentionEndingAt[b])].start - 1
            } else {
                b -= 1
            }
            steps += 1
        }
        return false
    }

    /// "a programme had been agreed", "An accord was signed", "Agreement was reached": the passive verb at `v`
    /// has, past its auxiliaries, a subject noun phrase of plain lowercase words opened by "a"/"an" (or, for a
    /// deal noun at `noun`, by nothing), which itself opens the sentence or follows a comma, "that", "and", "but"
    /// or a reporting verb. No name, number, possessive, definite or relative word inside ("a truce that was
    /// agreed in March" is told in passing).
    func indefinitePassiveSubject(before v: Int, start: Int, noun: Int? = nil) -> Bool {
        var k = v - 1
        var auxiliaries = 0
        while k >= start, cls(k).contains(.be) || cls(k).contains(.have) || id(k) == w.been || cls(k).contains(.adverb) {
            auxiliaries += 1
            k -= 1
        }
        guard auxiliaries > 0 else { return false }
        // The subject phrase ends at k.
        let phraseEnd = k
        if let noun, noun > phraseEnd { return false }
        var words = 0
        while k >= start, phraseEnd - k < 5 {
            if id(k) == w.a || id(k) == w.an { break }
            let token = text.tokens[k]
            guard token.isWord, !token.isCapitalized || k == start, tagger.mentionEndingAt[k] < 0,
                !token.flags.contains(.digit), !token.flags.contains(.number), !cls(k).contains(.determiner),
                !cls(k).contains(.preposition), !cls(k).contains(.barrier), !cls(k).contains(.reporting),
                !cls(k).contains(.pronoun), !cls(k).contains(.subordinator), id(k) != w.possessive, id(k) != w.and,
                id(k) != w.of, id(k) != w.which, id(k) != w.who
            else { return false }
            words += 1
            k -= 1
        }
        guard words > 0, k >= start - 1 else { return false }
        let article = k >= start && (id(k) == w.a || id(k) == w.an)
        // A bare phrase only for the deal noun itself ("Agreement was reached").
        if !article, noun == nil || words != 1 { return false }
        let before = article ? k - 1 : k
        if before < start { return true }
        return id(before) == w.comma || id(before) == w.that || id(before) == w.and || id(before) == w.but
            || cls(before).contains(.reporting)
    }

    /// "was signed with Iraq", "was agreed with the unions": a partner follows within a few words.
    func partnerFollows(_ from: Int, end: Int) -> Bool {
        var q = from
        while q < min(end, from + 5) {
            if id(q) == w.with || id(q) == w.between || id(q) == w.among || id(q) == w.by { return true }
            if cls(q).contains(.barrier) || id(q) == w.comma || id(q) == w.period { return false }
            q += 1
        }
        return false
    }

    /// The agentless "agreed" of `indefinitePassiveSubject`: a deal with no party yet.
    private func agentlessMention(
        at t: Int, entry: TriggerEntry, status: EventStatus, cue: Bool, sentence: Sentence, dates: [DateMention]
    ) -> EventMention? {
        let end = sentence.tokenEnd
        var topic: String? = nil
        if t + 1 < end, id(t + 1) == w.to || id(t + 1) == w.on {
            topic = cleanPhrase(t + 2, clauseEnd(from: t + 2, end: end, limit: 16))
        } else if entry.lemma == "agree on" {
            topic = cleanPhrase(t + 1, clauseEnd(from: t + 1, end: end, limit: 16))
        }
        // The subject noun phrase names what was agreed when nothing follows.
        if topic == nil {
            var k = t - 1
            while k > sentence.tokenStart, cls(k).contains(.be) || cls(k).contains(.have) || id(k) == w.been
                || cls(k).contains(.adverb)
            {
                k -= 1
            }
            var b = k
            while b > sentence.tokenStart, id(b - 1) != w.a, id(b - 1) != w.an, k - b < 5 { b -= 1 }
            topic = cleanPhrase(b, k + 1)
        }
        var mention = EventMention(
            type: .agreement, sentence: 0, trigger: t, participants: [], target: nil, targetText: nil, topic: topic,
            place: findPlace(around: t, sentence: sentence, type: .agreement), date: nil, status: status,
            confidence: entry.weight, anaphoric: false, frame: entry.frame, statusFromCue: cue, hostIndex: nil,
            isVisit: false)
        mention.hasVerb = true
        mention.agentless = true
        return finish(mention, predicate: t, sentence: sentence, dates: dates)
    }

    private func isDefiniteNoun(_ n: Int) -> Bool {
        var k = n - 1
        while k >= 0, n - k <= 3 {
            if id(k) == w.the || id(k) == w.that || id(k) == w.this { return true }
            k -= 1
        }
        return false
    }

    /// A modal ("might", "could", "would") of the main clause before a shielding preposition at `shield`, not
    /// of a perfect ("may have been").
    private func modalAhead(before shield: Int, start: Int) -> Bool {
        var k = shield - 1
        while k >= start, shield - k <= 12 {
            let c = cls(k)
            if id(k) == w.semicolon || id(k) == w.quote || c.contains(.barrier) || c.contains(.reporting) { return false }
            if c.contains(.modal) { return k + 1 < shield && !cls(k + 1).contains(.have) }
            k -= 1
        }
        return false
    }

    /// Status from the words before the predicate; nil when the event is negated, hypothetical or proposed.
    /// `shield`: the preposition that opens an event noun's phrase ("is not up for renegotiation at next
    /// week's summit"): the main clause's negation, modals and hedges before it do not veto the noun's event;
    /// only a hedge right before the preposition does ("called for talks", "hopes for a summit").
    func modality(
        predicate p: Int, sentence: Sentence, window: Int = 7, finitePast: Bool = false, shield: Int? = nil
    ) -> (EventStatus, Bool)? {
        let start = sentence.tokenStart
        var status = EventStatus.occurred
        var cue = false
        // 'said it would not "condemn" the attack': a quote opened right at the predicate is no clause break.
        var k = opensQuote(before: p, start: start) ? p - 2 : p - 1
        var steps = 0
        while k >= start, steps < window {
            let c = cls(k)
            let tid = id(k)
            // "urged the embassy to reconsider and spoke with X": a finite verb after "and" heads its own
            // predicate; what the first one says ("urged", "refused") is not its modality.
            if tid == w.and, finitePast, p - k <= 2 { break }
            if tid == w.semicolon || tid == w.quote { break }
            let shielded = shield.map { k < $0 - 1 } ?? false
            if c.contains(.negation) && !shielded { return nil }
            if c.contains(.modal) && !shielded {
                return nil
            }
            // "is set to meet", not "the targets set out at the summit".
            let setTo = tid == w.set && k + 1 < p && id(k + 1) == w.to
            // "plans to meet", "his plans to visit"; not "one of the critics of the plans, condemned", "the
            // government's plans were agreed": a noun.
            let plans = tid == w.plans
                && !(k > start && (cls(k - 1).contains(.determiner) || id(k - 1) == w.possessive)
                    && (k + 1 >= p || id(k + 1) != w.to))
            if tid == w.will || c.contains(.future) && tid != w.to && tid != w.next && tid != w.later {
                if tid == w.will || tid == w.due || tid == w.scheduled || setTo || tid == w.expected
                    || plans || tid == w.planned || tid == w.planning || tid == w.going
                    || text.text(k).lowercased() == "'ll" || text.text(k).lowercased() == "shall"
                {
                    status = .planned
                    cue = true
                }
            }
            if c.contains(.blocker) && !shielded { return nil }
            if tid == w.last && k == p - 1 {
                status = .past
                cue = true
            }
            if tid == w.had && status == .occurred && !reportedBackshift(had: k, start: start) {
                status = .past
                cue = true
            }
            if tid == w.previously {
                status = .past
                cue = true
            }
            if tid == w.to, k == p - 1, k - 1 >= start {
                // "is to visit", "are to meet".
                if cls(k - 1).contains(.be) {
                    status = .planned
                    cue = true
                }
            }
            if tid == w.ahead, k + 1 < p, id(k + 1) == w.of {
                status = .planned
                cue = true
            }
            // "on the eve of a meeting", "in the run-up to the summit", "preparations for the talks".
            if c.contains(.leadUp), k + 1 < p, id(k + 1) == w.of || id(k + 1) == w.to || id(k + 1) == w.for_ {
                status = .planned
                cue = true
            }
            if tid == w.that {
                // "proposed ... that they meet", "hoped that the two sides would agree".
                var b = k - 1
                while b >= start, k - b <= 14 {
                    if cls(b).contains(.blocker) { return nil }
                    if cls(b).contains(.barrier) && id(b) != w.comma { break }
                    b -= 1
                }
            }
            if c.contains(.barrier) || c.contains(.reporting) { break }
            k -= 1
            steps += 1
            // An acronym in brackets or commas takes no room: "The failure of the International Coffee
            // Organization (ICO) to reach agreement" is as near to "failure" as "The failure of the International
            // Coffee Organization to reach agreement".
            if acronymAside(endingAt: k, start: start) { k -= 3 }
        }
        // "Chances that the ICO board meeting this week will agree ... look remote": a long subject inside a
        // that-clause of a hedge noun; the hedge is further back than the window.
        if steps == window {
            while k > start, p - k <= 24 {
                let tid = id(k)
                if tid == w.that {
                    if cls(k - 1).contains(.blocker) { return nil }
                    break
                }
                // "a 40 pct chance that prices could move higher, following an OPEC meeting": the hedged verb's
                // own modal; an event after it is told apart.
                if tid == w.semicolon || tid == w.quote || cls(k).contains(.reporting) || cls(k).contains(.modal)
                    || cls(k).contains(.barrier) && tid != w.comma
                {
                    break
                }
                k -= 1
            }
        }
        return (status, cue)
    }

    /// The actor group that is the subject of a predicate at `p`: the nearest group to the left in its
    /// clause, skipping appositives and parentheses.
    func subjectGroup(before p: Int, sentence: Sentence, eventNoun: Bool = false) -> [Int] {
        let start = sentence.tokenStart
        // 'the ministry said it "deplored the attack"': a quote opened at the predicate leaves its subject outside.
        var k = opensQuote(before: p, start: start) ? p - 2 : p - 1
        // "Miliband attacked Cameron over the cuts and condemned the sale": a second verb shares the first one's
        // subject, so a name that is the first one's object (after a verb or a preposition) leads to that subject.
        var j = k
        while j > start, cls(j).contains(.adverb) || cls(j).contains(.have) { j -= 1 }
        let secondVerb = !eventNoun && j > start && id(j) == w.and
        var steps = 0
        while k >= start, steps < 30 {
            let tid = id(k)
            if tid == w.closeParen {
                var j = k - 1
                while j >= start, id(j) != w.openParen { j -= 1 }
                k = j - 1
                continue
            }
            if tagger.mentionEndingAt[k] >= 0 {
                let index = Int(tagger.mentionEndingAt[k])
                let m = tagger.mentions[index]
                if !m.isPlace && !m.actors.isEmpty {
                    if secondVerb, let governor = governor(ofName: m.start, start: start) {
                        return subjectGroup(before: governor, sentence: sentence)
                    }
                    // "Yvette Cooper of the Labour Party condemned": the person the party phrase describes.
                    var o = m.start - 1
                    if o > start, id(o) == w.the { o -= 1 }
                    if o > start, id(o) == w.of, tagger.mentionEndingAt[o - 1] >= 0 {
                        let owner = Int(tagger.mentionEndingAt[o - 1])
                        if tagger.mentions[owner].actors.count == 1,
                            tagger.actors[tagger.mentions[owner].actors[0]].kind == .person
                        {
                            return coordinated(ending: owner, start: start)
                        }
                    }
                    // "X, a longtime ally of Y, ..." is handled by the comma rule below.
                    return coordinated(ending: index, start: start)
                }
                k = m.start - 1
                steps += 1
                continue
            }
            if tid == w.comma {
                // Appositive: "Japan and South Korea, longtime allies of the United States ..., last met".
                var j = k - 1
                var depth = 0
                while j > start, k - j < 40 {
                    if id(j) == w.comma && depth == 0 { break }
                    j -= 1
                }
                if j > start, id(j) == w.comma, j + 1 < k {
                    let first = text.tokens[j + 1]
                    let opensAppositive =
                        !first.isCapitalized || cls(j + 1).contains(.determiner) || id(j + 1) == w.who
                        || id(j + 1) == w.which || startsWithTitle(j + 1, end: k)
                    if opensAppositive, tagger.mentionEndingAt[j - 1] >= 0 {
                        let m = tagger.mentions[Int(tagger.mentionEndingAt[j - 1])]
                        if !m.isPlace && !m.actors.isEmpty {
                            return coordinated(ending: Int(tagger.mentionEndingAt[j - 1]), start: start)
                        }
                    }
                }
                depth += 0
            }
            let c = cls(k)
            // A relative clause: "Kiechle, who yesterday denounced ...": the antecedent.
            // ("An IMF delegation, which visited Israel": a body's relative clause.)
            if tid == w.who || tid == w.which && eventNoun == false && p == k + 1, k - 2 >= start, id(k - 1) == w.comma,
                tagger.mentionEndingAt[k - 2] >= 0
            {
                let index = Int(tagger.mentionEndingAt[k - 2])
                let m = tagger.mentions[index]
                if !m.isPlace && !m.actors.isEmpty { return coordinated(ending: index, start: start) }
            }
            if c.contains(.reporting) || tid == w.semicolon || (c.contains(.barrier) && tid != w.comma) {
                // Non-finite predicates ("after holding talks", "to meet") take the main clause's subject.
                let raw = text.text(p).lowercased()
                // "to meet", "meeting", "are believed to have agreed".
                let nonFinite = raw.hasSuffix("ing") || (p > start && id(p - 1) == w.to)
                    || (p - 2 >= start && cls(p - 1).contains(.have) && id(p - 2) == w.to)
                    || (eventNoun && adverbialNoun(p, start: start))
                // "..., President Musharraf has said during a visit to Britain": the reporting verb's own subject,
                // right before it, is the one in the adverbial phrase.
                if eventNoun, c.contains(.reporting), adverbialNoun(p, start: start) {
                    var j = k - 1
                    while j > start, cls(j).contains(.have) || cls(j).contains(.adverb) { j -= 1 }
                    if j >= start, tagger.mentionEndingAt[j] >= 0 {
                        let index = Int(tagger.mentionEndingAt[j])
                        let m = tagger.mentions[index]
                        if !m.isPlace, !m.actors.isEmpty { return m.actors }
                    }
                }
                if nonFinite {
                    // "Kishida told reporters after holding talks": the first group of the sentence, not one in a
                    // prepositional phrase ("The agreements with Iran were sealed after talks ...").
                    var q = start
                    while q < p {
                        if tagger.mentionStartingAt[q] >= 0 {
                            let m = tagger.mentions[Int(tagger.mentionStartingAt[q])]
                            if !m.isPlace && !m.actors.isEmpty {
                                var b = m.start - 1
                                while b >= start, cls(b).contains(.determiner) { b -= 1 }
                                if b >= start, cls(b).contains(.preposition), eventNoun, adverbialNoun(p, start: start) {
                                    return []
                                }
                                return m.actors
                            }
                            q = m.end
                            continue
                        }
                        q += 1
                    }
                }
                break
            }
            k -= 1
            steps += 1
        }
        return []
    }

    /// The verb or preposition whose object is the name starting at `n` ("attacked the government", "talks with
    /// Biden"): the lower-case word before it, past any determiners, unless that is a reporting verb, "and", "or"
    /// or "that". Nil for a name that opens its clause.
    private func governor(ofName n: Int, start: Int) -> Int? {
        var b = n - 1
        while b >= start, cls(b).contains(.determiner) { b -= 1 }
        guard b > start, text.tokens[b].isWord, !text.tokens[b].isCapitalized, !cls(b).contains(.reporting),
            id(b) != w.and, id(b) != w.or, id(b) != w.that
        else { return nil }
        return b
    }

    /// An acronym set off after a name, its last token at `k`: "(ICO)" in "the International Coffee Organization
    /// (ICO) to reach", ", ICO," in "International Coffee Organisation, ICO, talks".
    func acronymAside(endingAt k: Int, start: Int) -> Bool {
        guard k - 2 > start, id(k) == w.closeParen && id(k - 2) == w.openParen || id(k) == w.comma && id(k - 2) == w.comma
        else { return false }
        return isAcronym(k - 1, k)
    }

    /// Whether the token before `p` is a quotation mark that opens a quote (an even number of them before it in
    /// the sentence): 'said it "deplored the attack"', not '"We deplore it," condemned ...'.
    func opensQuote(before p: Int, start: Int) -> Bool {
        guard p - 1 > start, id(p - 1) == w.quote else { return false }
        var quotes = 0
        for k in start..<p - 1 where id(k) == w.quote { quotes += 1 }
        return quotes % 2 == 0
    }

    /// An event noun in an adverbial phrase of time: "said after talks with X", "arrived from a meeting with X",
    /// "spoke following their meeting": its participants include the main clause's subject.
    private func adverbialNoun(_ n: Int, start: Int) -> Bool {
        guard text.tokens[n].isWord, !text.tokens[n].isCapitalized else { return false }
        var k = n - 1
        while k >= start, n - k <= 3, cls(k).contains(.determiner) || id(k) == w.his || id(k) == w.her
            || id(k) == w.their || id(k) == w.its
        {
            k -= 1
        }
        guard k >= start, k < n else { return false }
        // "at the end of a three-day visit", "at the close of talks": a phase of the event.
        if id(k) == w.of, k - 3 >= start, id(k - 2) == w.the, id(k - 3) == w.at || id(k - 3) == w.on,
            Self.eventPhases.contains(text.text(k - 1).lowercased())
        {
            return true
        }
        return opensTimePhrase(id(k))
    }

    /// Whether the words before an event noun from `k` back open an "at" or "during" phrase ("at their talks",
    /// "at two days of talks", "during the meeting").
    private func inSessionPhrase(_ k: Int, start: Int) -> Bool {
        var j = k
        while j >= start, k - j <= 3 {
            if id(j) == w.at || id(j) == w.during { return true }
            let token = text.tokens[j]
            guard tagger.mentionEndingAt[j] < 0, token.isWord || token.flags.contains(.digit),
                !cls(j).contains(.barrier), id(j) != w.comma
            else { return false }
            j -= 1
        }
        return false
    }

    /// The group that opens the clause holding an "at"/"during" phrase before `k`, when it names political actors
    /// of two or more countries and a verb follows it ("X and Y would discuss ... at a meeting"); nil otherwise.
    private func jointClauseSubject(before k: Int, start: Int, end: Int) -> [Int]? {
        // The clause opens at the sentence start or after "that" or a reporting verb ("agencies reported that X and
        // Y would ...", "a spokesman said X and Y had agreed ... during talks").
        // A name's own words are no verb ("States" in "Japan and the United States will review ...").
        var c = start
        var j = k - 1
        while j >= start {
            let m = tagger.mentionEndingAt[j]
            if m >= 0 {
                j = tagger.mentions[Int(m)].start - 1
                continue
            }
            if id(j) == w.that || cls(j).contains(.reporting) {
                c = j + 1
                break
            }
            j -= 1
        }
        let q = pastDeterminers(c, end: k)
        guard q < k, tagger.mentionStartingAt[q] >= 0 else { return nil }
        let first = tagger.mentions[Int(tagger.mentionStartingAt[q])]
        guard !first.isPlace, !first.isAnaphor else { return nil }
        let after = groupEnd(from: q, end: k)
        guard after > q, after < k, startsClause(after: after, end: k), !clauseBreak(after, k) else { return nil }
        // "X and Y might come under pressure at the summit": a possibility, not the session's agenda ("would" in
        // reported speech and "will" tell a plan).
        if (after..<k).contains(where: { cls($0).contains(.modal) && id($0) != w.would }) { return nil }
        let actors = group(startingAt: q, end: k)
        guard actors.count >= 2, actors.allSatisfy({ tagger.actors[$0].political }) else { return nil }
        var countries: [String] = []
        for a in actors {
            if let code = tagger.actors[a].country, !countries.contains(code) { countries.append(code) }
        }
        return countries.count >= 2 ? actors : nil
    }

    private static let eventPhases: Set<String> = ["end", "close", "conclusion", "start", "beginning", "outset"]

    /// "the meeting agreed", "last month's G-6 meeting had agreed": a meeting noun, past auxiliaries, right
    /// before the verb at `v` is its subject.
    private func meetingNounSubject(of v: Int, start: Int) -> Bool {
        var k = v - 1
        while k > start, cls(k).contains(.have) || cls(k).contains(.adverb) { k -= 1 }
        guard k >= start, k < v else { return false }
        return tagger.longestPhrase(at: k, end: k + 1).targets.contains {
            if case .trigger(let i) = $0 { return lexicon.triggers[i].type == .meeting && lexicon.triggers[i].kind == .noun }
            return false
        }
    }

    /// A date right before an event noun, with at most two capitalised words between ("their February Paris
    /// accord", "the 1965 treaty"), when that noun is not the mention's own trigger.
    private func modifiesOtherEventNoun(_ d: DateMention, trigger: Int, end: Int) -> Bool {
        var j = d.end
        // "next week's spring meetings of the IMF": a possessive date takes any one or two modifiers.
        let possessive = j < end && (id(j) == w.possessive || id(j) == w.possessiveCurly)
        if possessive { j += 1 }
        let first = j
        while j < min(end, first + 3), j != trigger {
            if tagger.isTriggerNoun(j) { return true }
            guard j < first + 2, text.tokens[j].isCapitalized || possessive && text.tokens[j].isWord else { return false }
            j += 1
        }
        return false
    }

    /// "the September meeting", "a June summit", "July's G8 summit", "the June Venice summit": a date that
    /// premodifies the event noun at `noun`, after a determiner or before a possessive, up to two words before it.
    private func monthPremodifier(_ d: DateMention, noun: Int) -> Bool {
        guard d.end <= noun, noun - d.end <= 3, d.start > 0 else { return false }
        var k = d.end
        let possessive = id(k) == w.possessive || id(k) == w.possessiveCurly
        if possessive { k += 1 }
        while k < noun {
            let token = text.tokens[k]
            guard token.isWord, !cls(k).contains(.preposition), !cls(k).contains(.barrier), !cls(k).contains(.be),
                !cls(k).contains(.have)
            else { return false }
            k += 1
        }
        guard possessive || cls(d.start - 1).contains(.determiner) || id(d.start - 1) == w.possessive else {
            return false
        }
        // "producers were divided at the September meeting": a past tense in the clause before it tells of the
        // month gone ("is hard to predict", "stands a chance of being accepted" do not).
        var b = d.start - 2
        while b >= 0, d.start - b <= 14, Int(text.sentenceOf[b]) == Int(text.sentenceOf[noun]) {
            let c = cls(b)
            if c.contains(.reporting) || c.contains(.barrier) && id(b) != w.comma || id(b) == w.semicolon { break }
            if tagger.mentionEndingAt[b] >= 0 {
                b = tagger.mentions[Int(tagger.mentionEndingAt[b])].start - 1
                continue
            }
            if text.tokens[b].isWord, !text.tokens[b].isCapitalized {
                let lower = text.text(b).lowercased()
                if lower == "was" || lower == "were" || lower == "had" { return false }
                if lower.hasSuffix("ed"), b > 0, !cls(b - 1).contains(.be), !cls(b - 1).contains(.have),
                    text.text(b - 1).lowercased() != "being"
                {
                    return false
                }
            }
            b -= 1
        }
        return true
    }

    /// "the Kyoto Protocol", "the Pacific Fisheries Convention": "the" before the noun over its name's words.
    private func namedPact(before n: Int, start: Int) -> Bool {
        var the = n - 1
        while the > start, n - the <= 4, id(the) != w.the, text.tokens[the].isCapitalized { the -= 1 }
        return the >= start && id(the) == w.the
    }

    /// A one-word mention of a capital ("Paris") or of a place with no actor ("Venice"), not a country's name.
    private func isCity(_ place: Entity, mention m: Mention) -> Bool {
        guard m.end - m.start == 1 else { return false }
        if m.actors.isEmpty { return true }
        guard let code = place.country, let c = lexicon.countryByCode[code] else { return false }
        return lexicon.countries[c].capitals.contains(place.name)
    }

    /// "will", "is due to", "is set to", "are scheduled to", "is to" right after an event noun and its modifiers
    /// ("the summit in Brussels is due to open"): the noun's event is still to come.
    private func announced(after noun: Int, end: Int) -> Bool {
        var announced = false
        // "July's G8 summit in Gleneagles - chaired by the prime minister - will use the report": the scan goes on
        // past an aside set off by dashes or commas.
        var aside: Int? = nil
        scanWords(after: noun, end: end, limit: 5) { j in
            if j > noun, let close = asideEnd(opening: j, end: end) {
                aside = close + 1
                return false
            }
            if id(j) == w.will {
                announced = true
                return false
            }
            // A reduced relative: "a meeting expected to take place next month", "a meeting to be held in April".
            if j + 1 < end, id(j) == w.expected || id(j) == w.scheduled || id(j) == w.due || id(j) == w.set,
                id(j + 1) == w.to
            {
                announced = true
                return false
            }
            if id(j) == w.to, j + 1 < end, cls(j + 1).contains(.be) {
                announced = text.text(j + 1).lowercased() == "be"
                return false
            }
            if cls(j).contains(.be), j + 1 < end {
                let next = id(j + 1)
                let planning = next == w.due || next == w.set || next == w.scheduled || next == w.expected
                announced = next == w.to || planning && j + 2 < end && id(j + 2) == w.to
                return false
            }
            return !(cls(j).contains(.barrier) || cls(j).contains(.subordinator) || id(j) == w.that)
        }
        if !announced, let after = aside, after < end {
            announced = id(after) == w.will
                || cls(after).contains(.be) && after + 1 < end && id(after + 1) == w.to
        }
        return announced
    }

    /// Where an aside opened at `j` by a comma or a spaced dash closes (the index of the closing comma or dash),
    /// when the aside is a participle or a prepositional phrase with no verb of its own: "- chaired by the prime
    /// minister -", ", held in Geneva,". Nil otherwise ("the talks, which ended on Friday, will ...").
    private func asideEnd(opening j: Int, end: Int) -> Int? {
        let opener = id(j)
        let spacedHyphen = opener == w.hyphen && text.tokens[j].flags.contains(.spaceBefore)
        guard opener == w.comma || opener == w.dash || spacedHyphen, j + 2 < end, text.tokens[j + 1].isWord else {
            return nil
        }
        let first = cls(j + 1)
        guard first.contains(.preposition) || text.text(j + 1).hasSuffix("ed") else { return nil }
        var k = j + 2
        while k < end, k - j <= 10 {
            if id(k) == opener, opener != w.hyphen || text.tokens[k].flags.contains(.spaceBefore) { return k }
            let c = cls(k)
            if c.contains(.barrier) || c.contains(.be) || c.contains(.have) || c.contains(.modal)
                || c.contains(.reporting) || id(k) == w.will || id(k) == w.comma || id(k) == w.semicolon
            {
                return nil
            }
            k += 1
        }
        return nil
    }

    /// "A meeting of EC farm ministers is unlikely to be held next week", "the summit may not take place": a
    /// hedge or a negation on the noun's own taking place.
    private func hedgedOccurrence(after noun: Int, end: Int) -> Bool {
        var hedge: Int? = nil
        var found = false
        scanWords(after: noun, end: end, limit: 9) { j in
            let c = cls(j)
            if hedge == nil {
                if c.contains(.blocker) || c.contains(.modal) || c.contains(.negation) { hedge = j }
                return !(c.contains(.barrier) || c.contains(.subordinator) || id(j) == w.comma)
            }
            guard let h = hedge, j - h <= 4 else { return false }
            let word = text.text(j).lowercased()
            found = Self.occurrenceWords.contains(word) || word == "place" && text.text(j - 1).lowercased() == "take"
                || word == "ahead" && text.text(j - 1).lowercased() == "go"
            return !found
        }
        return found
    }

    /// The last actor named between the sentence start and `k`, when it is an intergovernmental body ("OPEC",
    /// "the IMF"); nil when another actor comes after the body ("the IMF said Ghana would repay when it ...").
    private func bodyBefore(_ k: Int, start: Int) -> Int? {
        var found: Int? = nil
        for m in tagger.mentions(in: start..<k) where !m.isPlace && !m.isAnaphor {
            for a in m.actors { found = tagger.actors[a].kind == .organization(.igo) ? a : nil }
        }
        return found
    }

    /// "failed to take place", "broke down before they began": an outcome word at `j` that tells the meeting never
    /// happened.
    private func didNotTakePlace(after j: Int, end: Int) -> Bool {
        // ("broke down before": the particle first.)
        let j = j + 1 < end && text.text(j + 1).lowercased() == "down" ? j + 1 : j
        guard j + 1 < end else { return false }
        if text.text(j + 1).lowercased() == "before" { return true }
        guard id(j + 1) == w.to, j + 2 < end else { return false }
        let verb = text.text(j + 2).lowercased()
        return Self.occurrenceWords.contains(verb) || Self.startWords.contains(verb)
            || verb == "take" && j + 3 < end && text.text(j + 3).lowercased() == "place"
    }

    private static let startWords: Set<String> = ["start", "begin", "open", "resume", "convene", "meet", "get"]

    private static let occurrenceWords: Set<String> = ["held", "happen", "occur", "materialise", "materialize"]

    /// Visits up to `limit` words after `t`, a name counting as one word ("talks between the United States and
    /// Japan were called off"); `visit` returns false to stop.
    private func scanWords(after t: Int, end: Int, limit: Int, _ visit: (Int) -> Bool) {
        var j = t
        var steps = 0
        while j < end, steps < limit {
            steps += 1
            if tagger.mentionStartingAt[j] >= 0 {
                j = tagger.mentions[Int(tagger.mentionStartingAt[j])].end
                continue
            }
            if !visit(j) { return }
            j += 1
        }
    }

    /// "after", "following", "before", "during", "from": a preposition that opens an adverbial phrase of time
    /// around an event noun.
    private func opensTimePhrase(_ tid: Int32) -> Bool {
        tid == w.after || tid == w.following || tid == w.before || tid == w.during || tid == w.from
    }

    /// "After talks with X, Y said ...", "Following a meeting with X, Y ...": a noun in a fronted adverbial
    /// phrase takes the main clause's subject, the first actor after a comma that a predicate follows.
    private func frontedClauseSubject(noun n: Int, after: Int, sentence: Sentence, excluding: [Int]) -> [Int] {
        let start = sentence.tokenStart
        let end = sentence.tokenEnd
        let first = id(start)
        guard cls(start).contains(.preposition) || first == w.following || first == w.after else { return [] }
        for k in start..<n where id(k) == w.comma || cls(k).contains(.reporting) { return [] }
        var q = after
        while q < end, q - after < 30 {
            if id(q) == w.semicolon || id(q) == w.period { break }
            if id(q) == w.comma, q + 1 < end, tagger.mentionStartingAt[q + 1] >= 0 {
                let index = Int(tagger.mentionStartingAt[q + 1])
                let m = tagger.mentions[index]
                if !m.isPlace, !m.actors.isEmpty, !m.actors.contains(where: { excluding.contains($0) }), m.end < end {
                    let c = cls(m.end)
                    let raw = text.text(m.end)
                    let predicate = c.contains(.reporting) || c.contains(.have) || c.contains(.be) || c.contains(.modal)
                        || id(m.end) == w.will || tagger.isTriggerVerb(m.end) || raw.hasSuffix("ed")
                    if predicate { return m.actors }
                }
            }
            q += 1
        }
        return []
    }

    /// Whether a title phrase ("Chairman of ...", "the country's foreign minister") opens the span at `t`.
    private func startsWithTitle(_ t: Int, end: Int) -> Bool {
        var q = t
        while q < end, q - t < 4 {
            if tagger.longestPhrase(at: q, end: end).targets.contains(where: { $0.title != nil }) {
                return true
            }
            if cls(q).contains(.determiner) || id(q) == w.possessive || (text.tokens[q].isCapitalized && q == t) {
                q += 1
                continue
            }
            break
        }
        return false
    }

    /// A mention's actors plus those coordinated with it to the left ("X, Y and Z").
    private func coordinated(ending index: Int, start: Int) -> [Int] {
        var result = tagger.mentions[index].actors
        var k = tagger.mentions[index].start - 1
        while k > start {
            // "Mr Straw and his Spanish counterpart X", "Turkey and the IMF", "Brazil and its bank advisory committee".
            if id(k) == w.his || id(k) == w.her || id(k) == w.their || id(k) == w.its || id(k) == w.the, k - 1 > start,
                id(k - 1) == w.and
            {
                k -= 1
            }
            let tid = id(k)
            guard tid == w.and || tid == w.comma || tid == w.or else { break }
            var j = k - 1
            if tid == w.and, j >= start, id(j) == w.comma { j -= 1 }
            if j >= start, id(j) == w.closeParen {
                // "Fumio Kishida (L) and Yoon Suk Yeol".
                while j > start, id(j) != w.openParen { j -= 1 }
                j -= 1
            }
            if j >= start, id(j) == w.the, j - 1 >= start, tagger.mentionEndingAt[j - 1] >= 0 { j -= 1 }
            guard j >= start, tagger.mentionEndingAt[j] >= 0 else { break }
            let m = tagger.mentions[Int(tagger.mentionEndingAt[j])]
            guard !m.isPlace, !m.actors.isEmpty else { break }
            result = m.actors + result
            k = m.start - 1
        }
        // "Kishida and Yoon" where Yoon came first in the text scan: include right-coordinated too.
        var r = tagger.mentions[index].end
        while r < text.tokens.count - 1, id(r) == w.and || (id(r) == w.comma && false) {
            var next = r + 1
            if next < text.tokens.count - 1, id(next) == w.the { next += 1 }
            let j = tagger.mentionStartingAt[next]
            guard j >= 0, !tagger.mentions[Int(j)].isPlace else { break }
            result += tagger.mentions[Int(j)].actors
            r = tagger.mentions[Int(j)].end
        }
        return unique(result)
    }

    /// The actors of a mention starting at `t` and those coordinated with it to the right.
    func group(startingAt t: Int, end: Int) -> [Int] {
        var q = t
        q = pastDeterminers(q, end: end)
        guard q < end, tagger.mentionStartingAt[q] >= 0 else { return [] }
        var result: [Int] = []
        var index = Int(tagger.mentionStartingAt[q])
        var closed = false
        while true {
            var m = tagger.mentions[index]
            // "foreign ministers of both countries", "leaders from the G20": the states or body of the titles.
            if m.actors.allSatisfy({ tagger.actors[$0].isBareTitles }), m.end + 1 < end,
                id(m.end) == w.of || id(m.end) == w.from
            {
                var k = m.end + 1
                k = pastDeterminers(k, end: end)
                if k < end, tagger.mentionStartingAt[k] >= 0, !tagger.mentions[Int(tagger.mentionStartingAt[k])].isPlace {
                    index = Int(tagger.mentionStartingAt[k])
                    m = tagger.mentions[index]
                }
            }
            result += m.actors
            var k = m.end
            // Skip a possessive object phrase tail: "North Korea's", and "X (Y)".
            guard k < end else { break }
            let tid = id(k)
            guard tid == w.and || tid == w.comma || tid == w.or else { break }
            k += 1
            if k < end, id(k) == w.and { k += 1 }
            let joined = id(k - 1) == w.and || id(k - 1) == w.or
            k = pastDeterminers(k, end: end)
            guard k < end, tagger.mentionStartingAt[k] >= 0 else { break }
            let next = Int(tagger.mentionStartingAt[k])
            if tagger.mentions[next].isPlace { break }
            // "talks with President Reagan, Chief Cabinet Secretary Gotoda told reporters": a comma before the
            // subject of a reporting verb ends the list, unless a participle opened the sentence and that subject
            // is its own ("Speaking after chairing a meeting of farm ministers, Tornaes said").
            let after = tagger.mentions[next].end
            if tid == w.comma, id(m.end + 1) != w.and, after < end, cls(after).contains(.reporting),
                !text.text(text.sentences[Int(text.sentenceOf[t])].tokenStart).lowercased().hasSuffix("ing")
            {
                break
            }
            // "with X, Y and Z, Clark told ...": after the list's "and", a name after a comma that a predicate
            // follows is the next clause's subject.
            if closed, tid == w.comma, startsClause(after: after, end: end) { break }
            if joined { closed = true }
            index = next
        }
        return unique(result)
    }

    /// The first actor group starting within `maxGap` tokens of `t` (skipping determiners and adjectives).
    func firstGroup(from t: Int, end: Int, maxGap: Int) -> [Int] {
        var q = t
        while q < end, q - t <= maxGap {
            if tagger.mentionStartingAt[q] >= 0 {
                let m = tagger.mentions[Int(tagger.mentionStartingAt[q])]
                if m.isPlace { return [] }
                return group(startingAt: q, end: end)
            }
            let c = cls(q)
            if c.contains(.barrier) || c.contains(.preposition) || id(q) == w.comma || id(q) == w.period { break }
            q += 1
        }
        return []
    }

    /// Where a collective partner's name starts after at most three numbers or plain lower-case modifiers
    /// ("senior union figures", "11 creditor banks", "five public sector unions"), or `t` when none does. A
    /// person or a bare title there ("whichever candidate", "one senator", "provincial ministers") is no partner
    /// the text names.
    private func partnerAfterModifiers(_ t: Int, end: Int) -> Int {
        var q = t
        while q < end, q - t < 3 {
            if tagger.mentionStartingAt[q] >= 0 {
                let m = tagger.mentions[Int(tagger.mentionStartingAt[q])]
                let collective = !m.actors.isEmpty && m.actors.allSatisfy {
                    let a = tagger.actors[$0]
                    switch a.kind {
                    case .state: return true
                    case .organization(let kind): return kind != .company && kind != .media
                    case .group: return !a.isBareTitles
                    default: return false
                    }
                }
                return !m.isPlace && !m.isAnaphor && collective ? q : t
            }
            guard tagger.isPlainModifier(q), cls(q).isDisjoint(with: Self.nonModifiers),
                !lexicon.phraseTable.mayStartTrigger(text.tokens[q].id)
            else { return t }
            q += 1
        }
        return t
    }

    /// Word classes that end a modifier run before a partner's name: a clause, a phrase or a time starts there.
    private static let nonModifiers: WordClass = [
        .barrier, .preposition, .reporting, .blocker, .be, .have, .modal, .negation, .pronoun, .subordinator,
        .month, .weekday, .future, .pastCue, .cancel,
    ]

    private func mentionStarting(near t: Int, end: Int) -> Int? {
        var q = t
        while q < end, q - t <= 3 {
            if tagger.mentionStartingAt[q] >= 0 { return Int(tagger.mentionStartingAt[q]) }
            if !cls(q).contains(.determiner) && id(q) != w.to { break }
            q += 1
        }
        return nil
    }

    /// Where the clause that starts at `from` ends (exclusive), at most `limit` tokens on.
    func clauseEnd(from: Int, end: Int, limit: Int) -> Int {
        var k = from
        while k < end, k - from < limit {
            let tid = id(k)
            if tid == w.comma || tid == w.semicolon || tid == w.period || tid == w.dash || tid == w.openParen
                || tid == w.quote || tid == w.colon
            {
                break
            }
            let c = cls(k)
            if (c.contains(.barrier) && k > from) || c.contains(.reporting) || tid == w.while_ {
                break
            }
            k += 1
        }
        return k
    }

    func cleanPhrase(_ start: Int, _ end: Int) -> String? {
        var s = start
        var e = end
        while s < e, cls(s).contains(.determiner) && (id(s) == w.the || id(s) == w.a || id(s) == w.an) { s += 1 }
        // "a recent rise in interest rates and said ...": no trailing punctuation or conjunction.
        while e > s, text.tokens[e - 1].isPunct || id(e - 1) == w.and || id(e - 1) == w.or { e -= 1 }
        guard e > s else { return nil }
        return text.text(s, e)
    }

    /// The place of an event: "in Phnom Penh", "at Camp David", "in the Cambodian capital of Phnom Penh".
    func findPlace(around p: Int, sentence: Sentence, onlyBefore: Bool = false, type: EventType? = nil) -> Entity? {
        var best: Entity? = nil
        var bestDistance = Int.max
        var t = sentence.tokenStart
        while t < sentence.tokenEnd {
            let index = tagger.mentionStartingAt[t]
            if index >= 0 {
                let m = tagger.mentions[Int(index)]
                if m.isPlace, let place = m.place, m.start > sentence.tokenStart {
                    let prev = id(m.start - 1)
                    let prev2 = m.start - 2 >= sentence.tokenStart ? id(m.start - 2) : -1
                    let introduced = lexicon.introducedByInOrAt(m.start, in: text, from: sentence.tokenStart)
                        || (m.actors.isEmpty && m.place?.country != nil && prev2 == w.in_)
                    let prep = prev == w.the ? m.start - 2 : m.start - 1
                    if introduced, !(onlyBefore && m.start > p), type != .agreement || !inLeadUpPhrase(prep, after: p),
                        !(type.map { ownedByOtherEventNoun(prep: prep, trigger: p, start: sentence.tokenStart, type: $0) }
                            ?? false)
                    {
                        var distance = m.start >= p ? words(p, m.start) : words(m.end, p) + 3
                        // Another clause between: "in Mozambique before chairing a meeting", "said ... declared
                        // in Uruguay".
                        let (from, to) = m.start >= p ? (p + 1, m.start) : (m.end, p)
                        if clauseBreak(from, to) { distance += 15 }
                        if distance < bestDistance {
                            bestDistance = distance
                            best = place
                        }
                    }
                }
                t = max(m.end, t + 1)
                continue
            }
            t += 1
        }
        return bestDistance <= 20 ? best : nil
    }

    /// Whether the place's "in"/"at" hangs on another event noun of the same type: "a July 25 quadrilateral
    /// meeting in Washington, and sent Pompeo to join the trilateral meeting" (Washington is the other
    /// meeting's). Not a noun the clause is set at ("At the summit in Brussels, Blair met Chirac", "after talks
    /// in New Delhi") nor one right after a verb trigger ("met for talks in Geneva").
    private func ownedByOtherEventNoun(prep: Int, trigger p: Int, start: Int, type: EventType) -> Bool {
        let noun = prep - 1
        guard noun >= start, noun < p || noun > p + 3 else { return false }
        let (targets, _) = tagger.longestPhrase(at: noun, end: prep)
        var sameType = false
        for case .trigger(let i) in targets where lexicon.triggers[i].kind == .noun && lexicon.triggers[i].type == type {
            sameType = true
        }
        guard sameType else { return false }
        if noun > p {
            // "met Chirac for talks in Geneva": the trigger's own encounter, unless coordinated ("and the meeting").
            return (p + 1..<noun).contains { k in
                id(k) == w.semicolon || id(k) == w.and && (id(k + 1) == w.the || id(k + 1) == w.a || id(k + 1) == w.an)
            }
        }
        // The noun's phrase opens with "at", "during", "after", "on the sidelines of": the clause's setting.
        var k = noun - 1
        while k >= max(start, noun - 6) {
            let tid = id(k)
            if tid == w.at || tid == w.during || tid == w.after || tid == w.following || tid == w.before
                || tid == w.sidelines || tid == w.fringes || tid == w.margins || tid == w.in_
            {
                return false
            }
            if text.tokens[k].isPunct || cls(k).contains(.be) || tid == w.and { break }
            k -= 1
        }
        return true
    }

    /// The number of words from `from` up to `to`, a name or title phrase counting as one.
    private func words(_ from: Int, _ to: Int) -> Int {
        var count = 0
        var k = from
        while k < to {
            let m = tagger.mentionStartingAt[k]
            k = m >= 0 ? max(k + 1, min(to, tagger.mentions[Int(m)].end)) : k + 1
            count += 1
        }
        return count
    }

    /// Whether another clause lies between two tokens: a barrier ("before", "since", "where"), a reporting
    /// verb or a semicolon; not "in X, where" right after the place nor a passive "are believed to".
    private func clauseBreak(_ from: Int, _ to: Int, reporting: Bool = true) -> Bool {
        (from..<max(from, to)).contains { k in
            let c = cls(k)
            if id(k) == w.where_, k - from <= 1 { return false }
            if c.contains(.reporting) {
                guard reporting else { return false }
                return !(k - 1 >= from && (cls(k - 1).contains(.be) || cls(k - 1).contains(.adverb)))
            }
            return id(k) == w.semicolon
                || (c.contains(.barrier) && id(k) != w.comma && id(k) != w.quote && id(k) != w.openParen
                    && id(k) != w.closeParen)
        }
    }

    func unique(_ list: [Int]) -> [Int] {
        var seen: [Int] = []
        for x in list where !seen.contains(x) { seen.append(x) }
        return seen
    }
}
