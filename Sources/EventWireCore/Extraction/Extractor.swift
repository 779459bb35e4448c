/// The rule-based extraction engine: article in, meeting, condemnation and agreement events out.
///
/// Build one from a ``Lexicon`` and share it: it holds only immutable, precomputed tables, so any number of
/// threads may call ``events(in:)`` at once.
public struct Extractor: EventExtractor {
    private let engine: Engine

    public init(lexicon: Lexicon) {
        engine = Engine(lexicon: lexicon)
    }

    public func events(in article: Article) -> [Event] {
        engine.events(in: article)
    }
}

/// The immutable tables of an extractor. A final class so that copies of ``Extractor`` share one.
final class Engine: Sendable {
    let lexicon: Lexicon
    let tokenizer: Tokenizer
    let splitter: SentenceSplitter
    /// The organizations whose names are also their seats as places ("White House", "Number 10"), by name.
    let siteByName: [String: Int]
    /// The organizations with a seat in `organizations.tsv`: code and the seat as a place.
    let seats: [(code: String, place: Entity)]

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        var sites: [String: Int] = [:]
        for (o, entry) in lexicon.organizations.enumerated() {
            for site in entry.sites { sites[site] = o }
        }
        siteByName = sites
        tokenizer = lexicon.makeTokenizer()
        let w = lexicon.words
        splitter = SentenceSplitter(
            periodID: w.period, exclamationID: w.exclamation, questionID: w.question, quoteID: w.quote,
            apostropheID: w.apostrophe, closeParenID: w.closeParen, closeBracketID: w.closeBracket,
            openParenID: w.openParen, isOpener: lexicon.wordClasses.map { $0.contains(.opener) },
            isTitleAbbreviation: lexicon.wordClasses.map { $0.contains(.titleAbbreviation) })
        // A seat's country: the one the dictionaries give the city's name.
        var seats: [(code: String, place: Entity)] = []
        for entry in lexicon.organizations {
            guard let seat = entry.seat else { continue }
            let text = ArticleText(body: seat, tokenizer: tokenizer, splitter: splitter)
            let (targets, length) = lexicon.longestPhrase(in: text, at: 0, end: text.tokens.count)
            let country = length == text.tokens.count ? targets.lazy.compactMap(\.country).first : nil
            seats.append((entry.code, Entity(name: seat, country: country.map { lexicon.countries[$0].code })))
        }
        self.seats = seats
    }

    func analyze(_ body: String) -> ArticleText {
        ArticleText(body: body, tokenizer: tokenizer, splitter: splitter)
    }

    func events(in article: Article) -> [Event] {
        let text = analyze(article.body)
        guard !text.sentences.isEmpty else { return [] }
        let tagger = ActorTagger(lexicon: lexicon, text: text)
        let dateFinder = DateFinder(lexicon: lexicon, text: text)
        var datesBySentence: [[DateMention]] = []
        datesBySentence.reserveCapacity(text.sentences.count)
        for s in text.sentences.indices {
            tagger.tag(sentence: s)
            let sentence = text.sentences[s]
            datesBySentence.append(dateFinder.find(sentence.tokenStart, sentence.tokenEnd))
        }
        tagger.resolveEarlySurnames()
        tagger.resolveLegislatures()
        let reference = article.publishedDate ?? Engine.inferReference(datesBySentence)
        // Sport, entertainment and business stories: events need a known political actor.
        var offTopicWords = 0
        var politicalMentions = 0
        for token in text.tokens where token.id >= 0 {
            let c = lexicon.wordClasses[Int(token.id)]
            if c.contains(.sport) || c.contains(.business) || c.contains(.media) { offTopicWords += 1 }
        }
        for m in tagger.mentions where m.actors.contains(where: { tagger.actors[$0].political }) {
            politicalMentions += 1
        }
        // A sport story: sport words outside names ("United" in "United States" is none) outweigh political
        // actors other than countries and ranks ("Ireland" is a team there, "captain" a player).
        var sportWords = 0
        var personalPolitical = 0
        var insideName = 0
        for t in text.tokens.indices {
            let m = tagger.mentionStartingAt[t]
            if m >= 0 { insideName = max(insideName, tagger.mentions[Int(m)].end) }
            let i = text.tokens[t].id
            if t >= insideName, i >= 0, lexicon.wordClasses[Int(i)].contains(.sport) { sportWords += 1 }
        }
        for m in tagger.mentions
        where m.actors.contains(where: { EventFinder.politicalInSport(tagger.actors[$0]) }) {
            personalPolitical += 1
        }
        let sportStory = sportWords >= 6 && sportWords > 2 * personalPolitical
        let offTopic = (offTopicWords >= 4 && offTopicWords > 2 * politicalMentions) || sportStory
        var finder = EventFinder(
            lexicon: lexicon, text: text, tagger: tagger, reference: reference, offTopic: offTopic,
            politicalStory: !offTopic && offTopicWords < 2 && politicalMentions >= 4)
        finder.sportStory = sportStory
        // A stray "goal" or "victory" among ten times as many political mentions.
        finder.mostlyPolitical = !offTopic && politicalMentions >= 10 * max(offTopicWords, 1)
        var mentions: [EventMention] = []
        for s in text.sentences.indices {
            mentions += finder.mentions(in: s, dates: datesBySentence[s])
        }
        var drafts = EventMerger(actors: tagger.actors).merge(mentions)
        // Most articles tell no event: nothing to date or place.
        guard !drafts.isEmpty else { return [] }
        if reference == nil { Engine.backgroundByYear(&drafts, latest: Engine.latestYear(datesBySentence)) }
        Engine.refineCountryPlaces(&drafts, tagger: tagger, text: text, lexicon: lexicon, dates: datesBySentence)
        placeAtSites(&drafts, tagger: tagger, text: text)
        Engine.placeByWhereabouts(
            &drafts, tagger: tagger, text: text, lexicon: lexicon, dates: datesBySentence, reference: reference)
        Engine.dateByOpeningPhrase(&drafts, tagger: tagger, text: text, lexicon: lexicon, dates: datesBySentence, reference: reference)
        let lead = Engine.leadDate(text: text, tagger: tagger, lexicon: lexicon, dates: datesBySentence, reference: reference)
        Engine.inheritStoryContext(
            &drafts, actors: tagger.actors, text: text, lexicon: lexicon, reference: reference, lead: lead)
        Engine.inheritPlannedPlace(&drafts)
        Engine.inheritSameDayPlace(&drafts)
        if text.isAllCapitals[0] {
            Engine.placeByHeadline(&drafts, tagger: tagger, text: text, lexicon: lexicon, dates: datesBySentence[0])
        } else if let title = article.title, !title.isEmpty {
            placeByTitle(&drafts, title: title)
        }
        placeAtSeats(&drafts, tagger: tagger, text: text)
        drafts.removeAll { Engine.corporate($0, actors: tagger.actors) }
        return drafts.map { makeEvent($0, text: text, tagger: tagger) }
    }

    /// A meeting or deal out of scope once its parties are merged (EVENTS.md): firms with no political party
    /// ("Lilly and Roche have entered into the license agreement"), or a visit whose host is a firm ("a Chinese
    /// group will visit Visa's headquarters").
    static func corporate(_ draft: DraftEvent, actors: [DocActor]) -> Bool {
        guard draft.type != .condemnation else { return false }
        if draft.isVisit, let host = draft.hostIndex, actors[host].nonPolitical { return true }
        let parties = draft.participants.map { actors[$0] }
        return parties.contains(where: \.nonPolitical) && !parties.contains(where: \.political)
    }

    /// The reference date of an article without `published`: the latest of its full dates when they lie
    /// within 40 days of each other.
    static func inferReference(_ dates: [[DateMention]]) -> CivilDate? {
        var full: [CivilDate] = []
        for list in dates {
            for d in list { if case .full(let date) = d.expression { full.append(date) } }
        }
        guard let first = full.min(), let last = full.max() else { return nil }
        guard last.daysSinceEpoch - first.daysSinceEpoch <= 40 else { return nil }
        return last
    }

    /// The day of the story's news as its lead tells it ("Yesterday, Nancy Pelosi ... announced ...", "On
    /// Wednesday, the German government said ..."), with the actors the lead names. The lead is the first
    /// sentence that ends in a full stop (a headline or a dateline line has none); it gives a day when it names
    /// an actor, its first date is a day within the week before the reference, and it does not look ahead
    /// ("will sign on Friday", "agreed to meet Thursday") or start a period ("flights from May 31").
    static func leadDate(
        text: ArticleText, tagger: ActorTagger, lexicon: Lexicon, dates: [[DateMention]], reference: CivilDate?
    ) -> LeadContext? {
        let words = lexicon.words
        for s in text.sentences.indices {
            let sentence = text.sentences[s]
            var last = sentence.tokenEnd - 1
            while last > sentence.tokenStart, text.tokens[last].id == words.quote { last -= 1 }
            guard last - sentence.tokenStart >= 6, text.tokens[last].id == words.period else { continue }
            // The lead: the first sentence that ends in a full stop. It names the story's actors.
            var named = Set<Int>()
            for m in tagger.mentions where m.start >= sentence.tokenStart && m.end <= sentence.tokenEnd && !m.isPlace {
                named.formUnion(m.actors)
            }
            guard !named.isEmpty, let first = dates[s].first(where: { !$0.isBoundary }) else { return nil }
            // "flights from May 31", "effective October 19": the start of what the news is about, not its day.
            if first.start > sentence.tokenStart, wordClass(text.tokens[first.start - 1].id, lexicon).contains(.periodStart) {
                return nil
            }
            // "will sign the loan on Friday", "agreed to meet at 1000 EST Thursday": the lead looks ahead.
            for k in sentence.tokenStart..<sentence.tokenEnd {
                let id = text.tokens[k].id
                if id == words.to {
                    // "agreed to meet", "is to sign"; not a noun's "bid to join NATO".
                    let governed = k > sentence.tokenStart
                        && (wordClass(text.tokens[k - 1].id, lexicon).contains(.be) || text.text(k - 1).hasSuffix("ed"))
                    if governed, k + 1 < sentence.tokenEnd, tagger.isTriggerVerb(k + 1) { return nil }
                } else if id != words.set, wordClass(id, lexicon).contains(.future) {
                    return nil
                }
            }
            switch first.expression {
            case .full, .monthDay, .weekday: break
            case .relativeDays(let n) where n <= 0: break
            default: return nil
            }
            guard let date = DateResolver.resolve(first.expression, reference: reference, planned: false),
                date.count == 10
            else { return nil }
            // The news of the day: no more than a week before the reference.
            if let reference, let day = CivilDate(rfc3339: date),
                day.daysSinceEpoch > reference.daysSinceEpoch || day.daysSinceEpoch < reference.daysSinceEpoch - 7
            {
                return nil
            }
            return LeadContext(date: date, actors: named, sentence: s)
        }
        return nil
    }

    /// "a visit to the United States ... hold talks in Washington with President Reagan", "a surprise visit to
    /// Iraq, where he met leaders in Baghdad": an event placed in a country whose own sentence puts it in one
    /// city of that country ("in"/"at" the city) takes the city, the most specific place the text states. A city
    /// with a time of its own is another occasion's ("the first held in Japan since the inaugural meeting in Tokyo
    /// in 1966").
    static func refineCountryPlaces(
        _ drafts: inout [DraftEvent], tagger: ActorTagger, text: ArticleText, lexicon: Lexicon, dates: [[DateMention]]
    ) {
        for i in drafts.indices {
            guard let place = drafts[i].place, let code = place.country, let c = lexicon.countryByCode[code],
                lexicon.countries[c].names.contains(place.name) || lexicon.countries[c].name == place.name
            else { continue }
            var city: Entity? = nil
            var several = false
            for s in drafts[i].sentences {
                let sentence = text.sentences[s]
                for m in tagger.mentions(in: sentence.tokenStart + 1..<sentence.tokenEnd) {
                    guard m.isPlace, let found = m.place, found.country == code,
                        !lexicon.countries[c].names.contains(found.name), found.name != lexicon.countries[c].name
                    else { continue }
                    guard lexicon.introducedByInOrAt(m.start, in: text, from: sentence.tokenStart), !dates[s].contains(where: { $0.start == m.end || $0.start == m.end + 1 }) else {
                        continue
                    }
                    if let city, city.name != found.name { several = true }
                    city = found
                }
            }
            if let city, !several { drafts[i].place = city }
        }
    }

    /// "met President Reagan at the White House", "talks on Capitol Hill", "during his time at Number 10": a
    /// meeting or deal one of whose sentences puts it at a seat of government named in `organizations.tsv`
    /// (its `sites`) is placed there, the most specific place the text states, over no place or the site's
    /// country or capital. Not a condemnation: what it condemns may be the one at the site.
    func placeAtSites(_ drafts: inout [DraftEvent], tagger: ActorTagger, text: ArticleText) {
        guard !siteByName.isEmpty else { return }
        let words = lexicon.words
        func isPreposition(_ k: Int) -> Bool {
            let id = text.tokens[k].id
            return id == words.at || id == words.in_ || id == words.on
        }
        for i in drafts.indices where drafts[i].type != .condemnation {
            var site: Entity? = nil
            for s in drafts[i].sentences.sorted() where site == nil {
                let sentence = text.sentences[s]
                for m in tagger.mentions(in: sentence.tokenStart + 1..<sentence.tokenEnd) where site == nil {
                    guard m.actors.count == 1, case .organization = tagger.actors[m.actors[0]].kind else { continue }
                    var end = m.end
                    if end > m.start + 1, text.tokens[end - 1].id == words.possessive { end -= 1 }
                    guard let o = siteByName[text.text(m.start, end)] else { continue }
                    let before = m.start - 1
                    let determiner = Engine.wordClass(text.tokens[before].id, lexicon).contains(.determiner)
                    guard isPreposition(before) || determiner && before > sentence.tokenStart && isPreposition(before - 1)
                    else { continue }
                    // "The meetings, which end today with talks on Capitol Hill": the site of another event noun.
                    let triggers = drafts[i].mentions.filter { $0.sentence == s && $0.trigger >= 0 }.map(\.trigger)
                    guard Engine.ownClause(before, triggers: triggers, sentence: sentence, tagger: tagger) else { continue }
                    let entry = lexicon.organizations[o]
                    site = Entity(name: entry.sites[0], country: entry.country)
                }
            }
            guard let site else { continue }
            // Only a coarser place of the same country gives way: "on his first official visit to London".
            if let place = drafts[i].place, site.country == nil || place.country != site.country || !lexicon.isStateOrCapital(place) {
                continue
            }
            drafts[i].place = site
        }
    }

    /// "NATO ambassadors met in emergency session", "the IMF's executive board met on Friday": a meeting of one
    /// intergovernmental body, told as a session of its standing organs (``WordClass/standingOrgan``) that was held,
    /// sits at the body's seat (`organizations.tsv`); "Tass denounced ...": a state news agency condemns from its
    /// seat. Only events the text gives no place: a body's ministers meeting elsewhere are placed where the text says.
    func placeAtSeats(_ drafts: inout [DraftEvent], tagger: ActorTagger, text: ArticleText) {
        guard drafts.contains(where: { $0.place == nil }) else { return }
        var seatOf: [Int: Entity] = [:]
        for seat in seats {
            if let a = tagger.organizationActor[seat.code] { seatOf[a] = seat.place }
        }
        guard !seatOf.isEmpty else { return }
        let words = lexicon.words
        for i in drafts.indices where drafts[i].place == nil {
            let parties = drafts[i].participants
            if drafts[i].type == .condemnation {
                let agency = parties.first { tagger.actors[$0].kind == .organization(.media) && seatOf[$0] != nil }
                if let agency { drafts[i].place = seatOf[agency] }
                continue
            }
            // A session still to come may meet elsewhere ("to be ratified by IMF directors at a meeting next month").
            guard drafts[i].type == .meeting, drafts[i].status != .planned, parties.count == 1,
                tagger.actors[parties[0]].kind == .organization(.igo), let seat = seatOf[parties[0]]
            else { continue }
            // The body's name, then its organ: "NATO ambassadors", "the IMF's executive board".
            let session = drafts[i].sentences.contains { s in
                let sentence = text.sentences[s]
                return tagger.mentions(in: sentence.tokenStart..<sentence.tokenEnd).contains { m in
                    guard m.actors == parties else { return false }
                    if Engine.wordClass(text.tokens[m.end - 1].id, lexicon).contains(.standingOrgan) { return true }
                    var k = m.end
                    if k < sentence.tokenEnd, text.tokens[k].id == words.possessive { k += 1 }
                    while k < sentence.tokenEnd, k - m.end <= 3, text.tokens[k].isWord, !text.tokens[k].isCapitalized {
                        let c = Engine.wordClass(text.tokens[k].id, lexicon)
                        if c.contains(.standingOrgan) { return true }
                        if !c.isDisjoint(with: [.preposition, .determiner, .be, .have, .reporting, .modal, .negation])
                            || tagger.isTriggerVerb(k) || tagger.isTriggerNoun(k)
                        {
                            return false
                        }
                        k += 1
                    }
                    return false
                }
            }
            if session { drafts[i].place = seat }
        }
    }

    /// Whether a place at `p` belongs to the event told by one of `triggers`: the nearest event word before it
    /// is one of them or its noun ("had talks at the White House"), or, with none before, none stands between
    /// the place and the first of them.
    static func ownClause(_ p: Int, triggers: [Int], sentence: Sentence, tagger: ActorTagger) -> Bool {
        guard !triggers.isEmpty else { return false }
        var k = p - 1
        while k >= sentence.tokenStart {
            if triggers.contains(k) { return true }
            if tagger.isTriggerNoun(k) || tagger.isTriggerVerb(k) {
                return triggers.contains { abs($0 - k) <= 3 }
            }
            k -= 1
        }
        guard let first = triggers.filter({ $0 > p }).min() else { return false }
        return !(p + 1..<first).contains { tagger.isTriggerNoun($0) || tagger.isTriggerVerb($0) }
    }

    /// "Foreign Secretary Jack Straw, who will hold talks in Beijing on Thursday, ... He will meet Chinese
    /// counterpart Li Zhaoxing", "President Karl Weber arrived in Buenos Aires on Monday ... Weber met President Raul
    /// Gomez": a political person said to be in a place ("arrived in", "holds talks in", "was in") is there for the
    /// meetings and deals of that trip the article tells without a place: same status (a trip ahead places
    /// planned events, one made occurred ones) and no other day. A person said to be in two places gives none.
    static func placeByWhereabouts(
        _ drafts: inout [DraftEvent], tagger: ActorTagger, text: ArticleText, lexicon: Lexicon, dates: [[DateMention]],
        reference: CivilDate?
    ) {
        guard drafts.contains(where: { $0.place == nil && $0.type != .condemnation }) else { return }
        let words = lexicon.words
        struct Stay {
            var actor: Int
            var place: Entity
            var planned: Bool
            var date: String?
        }
        var stays: [Stay] = []
        for s in text.sentences.indices {
            let sentence = text.sentences[s]
            for m in tagger.mentions(in: sentence.tokenStart..<sentence.tokenEnd) {
                guard !m.isPlace, m.actors.count == 1, tagger.actors[m.actors[0]].kind == .person,
                    tagger.actors[m.actors[0]].political
                else { continue }
                // "X arrived in", "X, who will hold talks in", "X was in": a few words, no other name between.
                var planned = false
                var cue: Int? = nil
                var k = m.end
                while k + 2 < sentence.tokenEnd, k - m.end <= 5 {
                    let id = text.tokens[k].id
                    let c = wordClass(id, lexicon)
                    if c.contains(.future) || c.contains(.modal) || id == words.due { planned = true }
                    if (c.contains(.whereabouts) || c.contains(.be)) && text.tokens[k + 1].id == words.in_ {
                        cue = k
                        break
                    }
                    if tagger.mentionStartingAt[k] >= 0 || c.contains(.negation)
                        || c.contains(.barrier) && id != words.comma && id != words.who
                    {
                        break
                    }
                    k += 1
                }
                guard let cue, tagger.mentionStartingAt[cue + 2] >= 0 else { continue }
                let p = tagger.mentions[Int(tagger.mentionStartingAt[cue + 2])]
                guard p.isPlace, let place = p.place, place.country != nil else { continue }
                // "When he was in Tokyo earlier this week": another time than the story's.
                if (p.end..<min(sentence.tokenEnd, p.end + 4)).contains(where: {
                    wordClass(text.tokens[$0].id, lexicon).contains(.otherTime)
                }) {
                    continue
                }
                // Its day: a date right after the place ("in Beijing on Thursday") or before the person.
                var date: String? = nil
                if let d = dates[s].first(where: { !$0.isBoundary && ($0.start >= p.end && $0.start <= p.end + 1 || $0.end <= m.start) }) {
                    date = DateResolver.resolve(d.expression, reference: reference, planned: planned)
                }
                stays.append(Stay(actor: m.actors[0], place: place, planned: planned, date: date))
            }
        }
        guard !stays.isEmpty else { return }
        for i in drafts.indices where drafts[i].place == nil && drafts[i].type != .condemnation {
            let mine = stays.filter { drafts[i].participants.contains($0.actor) }
            guard let stay = mine.first, mine.allSatisfy({ $0.place.name == stay.place.name }) else { continue }
            let planned = drafts[i].status == .planned
            guard drafts[i].status != .past,
                let match = mine.first(where: { $0.planned == planned && Self.sameTime($0.date, drafts[i].date) })
            else { continue }
            drafts[i].place = match.place
        }
    }

    /// An article sent with its headline in `title` rather than as the body's first line: the title, analysed on
    /// its own, places the story's meetings and deals as a headline does. It gives places only, never an event
    /// or evidence (evidence spans are offsets into the body).
    func placeByTitle(_ drafts: inout [DraftEvent], title: String) {
        guard drafts.contains(where: { $0.place == nil && $0.type != .condemnation }) else { return }
        let text = analyze(title)
        guard let headline = text.sentences.first else { return }
        let tagger = ActorTagger(lexicon: lexicon, text: text)
        tagger.tag(sentence: 0)
        let dates = DateFinder(lexicon: lexicon, text: text).find(headline.tokenStart, headline.tokenEnd)
        Engine.placeByHeadline(&drafts, tagger: tagger, text: text, lexicon: lexicon, dates: dates)
    }

    /// "CLARK HOLDS TALKS WITH SHULTZ IN WASHINGTON", "IMF MANAGING DIRECTOR HOLDS TALKS IN IVORY COAST": a wire
    /// story's headline (an all-capitals first line, which the finder does not read, or the article's `title`)
    /// often names the place its body leaves to the dateline. A headline with a meeting or deal word and one place
    /// after "in" or "at" places the story's meetings or deals of that type and of its time (planned when it looks
    /// ahead: "TO MEET IN SINGAPORE", occurred otherwise) that the body gives no place. A headline of talks that
    /// failed or were called off places nothing.
    static func placeByHeadline(
        _ drafts: inout [DraftEvent], tagger: ActorTagger, text: ArticleText, lexicon: Lexicon, dates: [DateMention]
    ) {
        guard let headline = text.sentences.first,
            drafts.contains(where: { $0.place == nil && $0.type != .condemnation })
        else { return }
        let words = lexicon.words
        var types: Set<EventType> = []
        var planned = false
        var t = headline.tokenStart
        while t < headline.tokenEnd {
            let c = wordClass(text.tokens[t].id, lexicon)
            if c.contains(.cancel) || c.contains(.negation) { return }
            if c.contains(.future) { planned = true }
            let (targets, length) = tagger.longestPhrase(at: t, end: headline.tokenEnd)
            var entries: [TriggerEntry] = []
            for case .trigger(let i) in targets { entries.append(lexicon.triggers[i]) }
            if !entries.contains(where: { $0.kind == .block }) {
                for entry in entries where entry.kind != .support && entry.type != .condemnation { types.insert(entry.type) }
            }
            t += max(length, 1)
        }
        guard !types.isEmpty else { return }
        var place: Entity? = nil
        for m in tagger.mentions(in: headline.tokenStart + 1..<headline.tokenEnd) where m.isPlace {
            let prev = text.tokens[m.start - 1].id
            // A place of the gazetteer that ends its phrase: not "IN IRAN LOAN TALKS", "AT RUBBER PACT TALKS".
            guard prev == words.in_ || prev == words.at, let found = m.place, found.country != nil else { continue }
            let k = m.end
            guard k >= headline.tokenEnd || !text.tokens[k].isWord || dates.contains(where: { $0.start == k })
                || wordClass(text.tokens[k].id, lexicon).contains(.preposition)
                || wordClass(text.tokens[k].id, lexicon).contains(.determiner)
            else { continue }
            if let place, place.name != found.name { return }
            place = found
        }
        guard let place = place.map({ headlineSpelling($0, lexicon: lexicon) }) else { return }
        for i in drafts.indices where drafts[i].place == nil && types.contains(drafts[i].type) {
            guard drafts[i].status == (planned ? .planned : .occurred) else { continue }
            drafts[i].place = place
        }
    }

    /// A place named in capitals ("WASHINGTON", "MEXICO CITY") as the dictionaries spell it, or in title case.
    static func headlineSpelling(_ place: Entity, lexicon: Lexicon) -> Entity {
        if let code = place.country, let c = lexicon.countryByCode[code] {
            let country = lexicon.countries[c]
            for name in country.names + country.capitals where name.uppercased() == place.name.uppercased() {
                return Entity(name: name, country: code)
            }
        }
        var name = ""
        var wordStart = true
        for character in place.name {
            name += wordStart ? character.uppercased() : character.lowercased()
            wordStart = !character.isLetter && character != "'"
        }
        return Entity(name: name, country: place.country)
    }

    /// Two dates of one occasion: either unknown, or one within the other ("2005-03" and "2005-03-07").
    static func sameTime(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        return a.hasPrefix(b) || b.hasPrefix(a)
    }

    /// "On Monday, on the eve of the summit, Erdogan agreed ... after talks in Vilnius with ...", "In a separate
    /// statement on Friday, India, several of whose nationals ..., deplored the seizure": a date in the phrase that
    /// opens the sentence, set off by a comma and before any name, is the day of the events the sentence tells
    /// when it is the sentence's only date and the finder gave them none.
    static func dateByOpeningPhrase(
        _ drafts: inout [DraftEvent], tagger: ActorTagger, text: ArticleText, lexicon: Lexicon, dates: [[DateMention]],
        reference: CivilDate?
    ) {
        for i in drafts.indices where drafts[i].date == nil {
            for s in drafts[i].sentences.sorted() {
                let sentence = text.sentences[s]
                let own = dates[s].filter { !$0.isBoundary }
                guard own.count == 1, let d = own.first, d.start - sentence.tokenStart <= 8, d.end < sentence.tokenEnd,
                    text.tokens[d.end].id == lexicon.words.comma,
                    !(sentence.tokenStart..<d.start).contains(where: { tagger.mentionStartingAt[$0] >= 0 })
                else { continue }
                drafts[i].date = DateResolver.resolve(d.expression, reference: reference, planned: drafts[i].status == .planned)
                break
            }
        }
    }

    /// The latest year the article names as a time of something ("in 2004", "March 2005"), not as a bound ("by
    /// 2010", "until 2008").
    static func latestYear(_ dates: [[DateMention]]) -> Int? {
        var latest: Int? = nil
        for list in dates {
            for d in list where !d.isBoundary {
                let year: Int
                switch d.expression {
                case .full(let date): year = date.year
                case .monthYear(let y, _): year = y
                case .year(let y): year = y
                default: continue
                }
                latest = max(latest ?? year, year)
            }
        }
        return latest
    }

    /// "the US terminated an agreement with the EU, reached in 1992", "in 1970 the G8 agreed": with no
    /// reference date, an event the text dates only by a year (or a month of one) before a later year it names
    /// is background (EVENTS.md: "the treaty, agreed in 2010" is `past`). So is one that only nouns tell, dated
    /// by a year alone, when no later year is named ("the Lisbon summit of European Union leaders in 2000" in a
    /// story whose only other year is a target, "by 2010"): a summit named by its year is history. ("Ghana and
    /// Togo signed an accord in 2004", with no other year, may be the news itself.)
    static func backgroundByYear(_ drafts: inout [DraftEvent], latest: Int?) {
        guard let latest else { return }
        for i in drafts.indices where drafts[i].status == .occurred {
            guard let date = drafts[i].date, date.count == 4 || date.count == 7, let year = Int(date.prefix(4)),
                year < latest || (date.count == 4 && !drafts[i].hasVerb)
            else { continue }
            drafts[i].status = .past
        }
    }

    /// Occurred events the text gives no date or place for take those of the story's main event when they
    /// share its actors ("On Sunday, Kishida and Yoon met in Phnom Penh ... They also agreed ..."), and a
    /// meeting or deal "on the sidelines of" a summit takes the summit's place and date.
    static func inheritStoryContext(
        _ drafts: inout [DraftEvent], actors: [DocActor], text: ArticleText, lexicon: Lexicon, reference: CivilDate?,
        lead: LeadContext? = nil
    ) {
        // A merged event dated well before the reference is background, whatever its first mention said.
        if let reference {
            for i in drafts.indices where drafts[i].status == .occurred {
                if let date = drafts[i].date, DateResolver.compare(date, reference: reference) < 0 { drafts[i].status = .past }
            }
        }
        for i in drafts.indices where drafts[i].type != .condemnation && drafts[i].place == nil
            && onSidelines(drafts[i], text: text, lexicon: lexicon)
        {
            let summit = drafts.indices.first { j in
                j != i && drafts[j].type == .meeting && drafts[j].frame.contains(.collective) && drafts[j].place != nil
                    && drafts[j].status == drafts[i].status
                    && (drafts[i].date == nil || drafts[j].date == nil || drafts[i].date == drafts[j].date)
            }
            if let summit {
                drafts[i].place = drafts[summit].place
                if drafts[i].date == nil { drafts[i].date = drafts[summit].date }
            }
        }
        // "Leaders met in Niamey for an AU summit where on Sunday Buhari and Talon signed the agreement": an event
        // told in a "where" clause after a meeting of the same sentence takes the meeting's place.
        for i in drafts.indices where drafts[i].type != .condemnation && drafts[i].place == nil {
            let host = drafts.indices.first { j in
                j != i && drafts[j].type == .meeting && drafts[j].place != nil && drafts[j].status == drafts[i].status
                    && (drafts[i].date == nil || drafts[j].date == nil || drafts[i].date == drafts[j].date)
                    && drafts[i].mentions.contains { mine in
                        drafts[j].mentions.contains { theirs in
                            theirs.sentence == mine.sentence && theirs.trigger < mine.trigger
                                && (theirs.trigger + 1..<mine.trigger).contains { text.tokens[$0].id == lexicon.words.where_ }
                        }
                    }
            }
            if let host { drafts[i].place = drafts[host].place }
        }
        // "Wong said he and Anwar had agreed at their talks on Thursday to ...", "agreed in principle ... during
        // talks in Bonn", "After talks in Bonn, the two agreed ...": a deal told as reached at, during or after
        // talks of the same sentence takes the talks' place, and their day when it has none.
        for i in drafts.indices where drafts[i].type == .agreement && drafts[i].place == nil {
            let words = lexicon.words
            let host = drafts.indices.first { j in
                j != i && drafts[j].type == .meeting && drafts[j].place != nil
                    && (drafts[j].status == .planned) == (drafts[i].status == .planned)
                    && (drafts[i].date == nil || drafts[j].date == nil || sameTime(drafts[i].date, drafts[j].date))
                    && drafts[i].mentions.contains { mine in
                        drafts[j].mentions.contains { theirs in
                            // "At talks in Bonn on Friday, the ministers agreed ...": the talks may come first.
                            guard theirs.sentence == mine.sentence, abs(theirs.trigger - mine.trigger) <= 12 else {
                                return false
                            }
                            let floor = min(mine.trigger, theirs.trigger)
                            var p = theirs.trigger - 1
                            if p > floor, text.tokens[p].id == words.their || text.tokens[p].id == words.the {
                                p -= 1
                            }
                            guard p > floor || (p >= 0 && theirs.trigger < mine.trigger) else { return false }
                            let prep = text.tokens[p].id
                            return prep == words.at || prep == words.during || prep == words.after
                        }
                    }
            }
            if let host {
                drafts[i].place = drafts[host].place
                if drafts[i].date == nil { drafts[i].date = drafts[host].date }
            }
        }
        for i in drafts.indices where drafts[i].status == .occurred {
            // "Yesterday, Pelosi announced ... Pelosi called Trump's conduct ...": the lead's day for its actors.
            if drafts[i].date == nil, let lead, lead.dates(drafts[i], text: text, lexicon: lexicon) {
                drafts[i].date = lead.date
            }
            // "On Sunday, Kishida and Yoon met ... They also agreed ...": the day of the first dated occurred event
            // that shares an actor, or for a summit, of a deal "struck on the fringes of" it in the same sentence;
            // another actor's reaction ("Corbyn called the move ...") is not dated by it.
            if drafts[i].date == nil {
                let mine = Set(drafts[i].participants)
                let summit = drafts[i].type == .meeting && drafts[i].frame.contains(.collective)
                if let donor = drafts.first(where: {
                    $0.status == .occurred && ($0.date?.count ?? 0) == 10
                        && (!mine.isDisjoint(with: $0.participants)
                            || sameSides(drafts[i].participants, $0.participants, actors: actors)
                            || summit && !Set(drafts[i].sentences).isDisjoint(with: $0.sentences)
                                && onSidelines($0, text: text, lexicon: lexicon))
                }) {
                    drafts[i].date = donor.date
                }
            }
            if drafts[i].place == nil {
                let mine = Set(drafts[i].participants)
                if let donor = drafts.first(where: {
                    $0.status == .occurred && $0.place != nil && $0.date == drafts[i].date
                        && (!mine.isDisjoint(with: $0.participants)
                            || sameSides(drafts[i].participants, $0.participants, actors: actors))
                }) {
                    drafts[i].place = donor.place
                }
            }
        }
    }

    /// "Michel and von der Leyen met Xi in Beijing on Thursday ... The two EU leaders are due to hold further talks
    /// with Premier Li Qiang later on Thursday": a planned meeting or deal of the day of an occurred meeting that
    /// shares an actor, with no place of its own, is where that actor is that day.
    static func inheritSameDayPlace(_ drafts: inout [DraftEvent]) {
        for i in drafts.indices where drafts[i].status == .planned && drafts[i].place == nil {
            guard drafts[i].type != .condemnation, let date = drafts[i].date, date.count == 10 else { continue }
            let mine = Set(drafts[i].participants)
            let donors = drafts.indices.filter { j in
                drafts[j].status == .occurred && drafts[j].type == .meeting && drafts[j].place != nil
                    && drafts[j].date == date && !mine.isDisjoint(with: drafts[j].participants)
            }
            guard let first = donors.first,
                donors.allSatisfy({ drafts[$0].place?.name == drafts[first].place?.name })
            else { continue }
            drafts[i].place = drafts[first].place
        }
    }

    /// "President Ana Duarte will pay a state visit to Japan next week ... She will also meet Emperor ...": a
    /// planned meeting or deal with no place takes that of the planned event of the story that shares an actor and
    /// no other day, the trip it belongs to.
    static func inheritPlannedPlace(_ drafts: inout [DraftEvent]) {
        for i in drafts.indices where drafts[i].status == .planned && drafts[i].place == nil && drafts[i].type != .condemnation {
            let mine = Set(drafts[i].participants)
            let donors = drafts.indices.filter { j in
                j != i && drafts[j].status == .planned && drafts[j].place != nil && drafts[j].type == .meeting
                    && !mine.isDisjoint(with: drafts[j].participants) && sameTime(drafts[i].date, drafts[j].date)
            }
            guard let first = donors.first,
                donors.allSatisfy({ drafts[$0].place?.name == drafts[first].place?.name })
            else { continue }
            drafts[i].place = drafts[first].place
        }
    }

    /// "Talks between Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdoğan in
    /// Athens on Thursday ... The two countries also reached a deal": an event of states is told by the same sides
    /// as one of their persons or bodies when each side has one state and every state is one side's.
    static func sameSides(_ states: [Int], _ other: [Int], actors: [DocActor]) -> Bool {
        guard states.count >= 2, other.count >= 2, states.allSatisfy({ actors[$0].kind == .state }) else { return false }
        let mine = states.compactMap { actors[$0].country }
        let theirs = other.compactMap { actors[$0].country }
        guard mine.count == states.count, theirs.count == other.count, Set(mine).count == mine.count else { return false }
        return Set(mine) == Set(theirs)
    }

    fileprivate static func wordClass(_ id: Int32, _ lexicon: Lexicon) -> WordClass {
        id >= 0 ? lexicon.wordClasses[Int(id)] : []
    }

    /// "on the sidelines of", "on the margins of", "on the fringes of" in one of the event's sentences.
    private static func onSidelines(_ d: DraftEvent, text: ArticleText, lexicon: Lexicon) -> Bool {
        let words = lexicon.words
        for s in d.sentences {
            let sentence = text.sentences[s]
            var t = sentence.tokenStart
            while t + 1 < sentence.tokenEnd {
                let id = text.tokens[t].id
                if id == words.sidelines || id == words.margins || id == words.fringes, text.tokens[t + 1].id == words.of {
                    return true
                }
                t += 1
            }
        }
        return false
    }

    private func makeEvent(_ d: DraftEvent, text: ArticleText, tagger: ActorTagger) -> Event {
        // A bare title ("leaders") adds nothing next to named actors.
        var participants = d.participants.filter { !tagger.actors[$0].isBareTitles }
        if participants.isEmpty { participants = d.participants }
        let actors = participants.map { index -> Actor in
            let a = tagger.actors[index]
            return Actor(name: a.name, title: a.title, country: a.country)
        }
        var evidence: [Evidence] = []
        for s in d.sentences.sorted() {
            let sentence = text.sentences[s]
            evidence.append(Evidence(start: sentence.cpStart, end: sentence.cpEnd, text: text.text(of: sentence)))
        }
        let target = d.target.map { Entity(name: tagger.actors[$0].name, country: tagger.actors[$0].country) }
        return Event(
            type: d.type, actors: actors, target: target, topic: d.topic, location: d.place, date: d.date,
            status: d.status, evidence: evidence, confidence: (d.confidence * 100).rounded() / 100,
            codes: EventCoder.codes(for: d, actors: tagger.actors))
    }
}

/// The day the lead gives the story's news, and the actors it names.
struct LeadContext {
    var date: String
    var actors: Set<Int>
    var sentence: Int

    /// An undated occurred event takes the lead's day when it shares an actor with the lead, is told outside the
    /// lead (there the day was the finder's to give, and it did not), and no sentence of it speaks of another
    /// time ("last week", "recently", "a week after").
    func dates(_ d: DraftEvent, text: ArticleText, lexicon: Lexicon) -> Bool {
        guard !actors.isDisjoint(with: d.participants), !d.sentences.contains(sentence) else { return false }
        for s in d.sentences {
            let sentence = text.sentences[s]
            for k in sentence.tokenStart..<sentence.tokenEnd
            where Engine.wordClass(text.tokens[k].id, lexicon).contains(.otherTime) {
                return false
            }
        }
        return true
    }
}
