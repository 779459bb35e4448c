/// What kind of thing an actor is.
enum ActorKind: Sendable, Hashable {
    case state
    case organization(OrganizationKind)
    case person
    /// A national group ("Japanese officials", "the Calenardhon government").
    case group
    /// A name the lexicon does not know and that has no sign of being a person or a body.
    case unknown
}

/// One actor of an article: all mentions of it share it.
struct DocActor: Sendable {
    var name: String
    var title: String?
    var country: String?
    var kind: ActorKind
    /// A political actor in the sense of EVENTS.md.
    var political: Bool
    /// A company, club or other actor that makes an event out of scope when it is the only kind present.
    var nonPolitical: Bool = false
    var rank: TitleRank? = nil

    /// A bare plural title ("leaders", "foreign ministers"): no one named, no state.
    var isBareTitles: Bool { kind == .group && country == nil && title != nil }
}

/// A stretch of tokens that names one or more actors, or a place.
struct Mention: Sendable {
    var start: Int
    var end: Int
    var actors: [Int]
    /// The mention is used as a place ("in Seoul", "to Japan").
    var isPlace: Bool = false
    /// The place it names where it can be one.
    var place: Entity? = nil
    /// A pronoun or a group phrase ("he", "the two leaders"), resolved to earlier actors.
    var isAnaphor: Bool = false
}

/// Finds actor and place mentions sentence by sentence and resolves later mentions to earlier actors.
///
/// A final class, not a struct: the tagging methods mutate its tables and call many read-only helpers, and as a
/// struct the compiler copied the whole tagger (248 bytes) onto the stack for those calls, once per token. The
/// tables are touched only by the tagging methods of one article on one thread, and only read afterwards
/// (``EventFinder`` holds it as a `let`), so their accesses are exempt from dynamic exclusivity checks.
final class ActorTagger {
    let lexicon: Lexicon
    let text: ArticleText
    @exclusivity(unchecked) var actors: [DocActor] = []
    @exclusivity(unchecked) var mentions: [Mention] = []
    /// Token index -> index of the mention ending there (the last token), or -1.
    @exclusivity(unchecked) var mentionEndingAt: [Int32]
    /// Token index -> index of the mention starting there, or -1.
    @exclusivity(unchecked) var mentionStartingAt: [Int32]
    @exclusivity(unchecked) private var aliasToPerson: [String: Int] = [:]
    @exclusivity(unchecked) private var stateActor: [String: Int] = [:]
    @exclusivity(unchecked) private(set) var organizationActor: [String: Int] = [:]
    @exclusivity(unchecked) private var namedActor: [String: Int] = [:]
    @exclusivity(unchecked) private var lastPerson: Int? = nil
    /// The last person named outside a quotation, and whether a quotation is open at the token being tagged:
    /// 'he wrote: "... Michael Howard should ..." While saying he admired ...' is the writer.
    @exclusivity(unchecked) private var lastPersonOutsideQuotes: Int? = nil
    @exclusivity(unchecked) private var inQuote = false
    /// The sentence being tagged is an all-capitals headline ("SHULTZ ARRIVES IN MOSCOW FOR ARMS TALKS"): every word
    /// looks like a name there, so an unknown name is one word long.
    @exclusivity(unchecked) private var inCapitals = false
    /// The first person of the sentence being tagged, outside quotations (its subject, pronouns resolved), and
    /// that of the last sentence that had one: 'Fox criticised Tony Blair's record. ..., he told the
    /// conference' is Fox, not the last person named.
    @exclusivity(unchecked) private var sentenceSubject: Int? = nil
    @exclusivity(unchecked) private var lastSubject: Int? = nil
    /// A bare singular state title ("the Trade and Industry Secretary") whose holder the next sentence may name.
    @exclusivity(unchecked) private var announcedTitle: (actor: Int, title: TitleEntry, sentence: Int)? = nil
    /// The most recent coordinated pair or more ("Kishida and Yoon"), for "the two leaders", "they".
    @exclusivity(unchecked) var lastGroup: [Int] = []
    /// Actors in order of mention (not places, not anaphors).
    @exclusivity(unchecked) private var recent: [Int] = []
    /// The mentions recorded in the sentence being tagged: one buffer for all sentences.
    @exclusivity(unchecked) private var sentenceMentions: [Int] = []
    /// Legislatures named by their kind alone ("the Senate"), whose state ``resolveLegislatures()`` decides.
    @exclusivity(unchecked) private var bareLegislatures: [Int] = []
    /// Room the name tables take at their first entry, enough for most articles: growing one rehashes its keys.
    private static let tableCapacity = 32

    init(lexicon: Lexicon, text: ArticleText) {
        self.lexicon = lexicon

        self.text = text
        mentionEndingAt = [Int32](repeating: -1, count: text.tokens.count)
        mentionStartingAt = [Int32](repeating: -1, count: text.tokens.count)
        // About one mention in twelve tokens: room for them at once, not an array grown (and copied) five times.
        mentions.reserveCapacity(text.tokens.count / 12)
    }

    // MARK: - Lookup helpers

    @inline(__always) func wordClass(_ t: Int) -> WordClass {
        let id = text.tokens[t].id
        return id >= 0 && Int(id) < lexicon.wordClasses.count ? lexicon.wordClasses[Int(id)] : []
    }

    @inline(__always) func id(_ t: Int) -> Int32 { text.tokens[t].id }

    /// The phrase targets of the longest dictionary phrase starting at `t` (before `end`) and its length.
    @inline(__always)
    func longestPhrase(at t: Int, end: Int) -> (targets: [PhraseTarget], length: Int) {
        lexicon.longestPhrase(in: text, at: t, end: end)
    }

    /// A capitalised word that can be part of a name: not a known function word, month, title or trigger.
    func isNameToken(_ t: Int) -> Bool {
        let token = text.tokens[t]
        guard token.isWord, token.isCapitalized, token.end - token.start >= 2 else { return false }
        if token.flags.contains(.digit) { return false }
        if token.id >= 0 {
            if wordClass(t).contains(.notName) { return false }
            // A one-word title, trigger, country or organisation (every phrase target).
            if lexicon.phraseTable.isSingleWordPhrase(token.id) { return false }
        }
        return true
    }

    // MARK: - Actors

    func addActor(_ actor: DocActor) -> Int {
        actors.append(actor)
        return actors.count - 1
    }

    func state(_ countryIndex: Int) -> Int {
        let entry = lexicon.countries[countryIndex]
        if let existing = stateActor[entry.code] { return existing }
        let index = addActor(DocActor(name: entry.name, country: entry.code, kind: .state, political: true))
        if stateActor.isEmpty { stateActor.reserveCapacity(Self.tableCapacity) }
        stateActor[entry.code] = index
        return index
    }

    func organization(_ orgIndex: Int, name: String) -> Int {
        let entry = lexicon.organizations[orgIndex]
        // "G-6 PACT ... the agreement among industrial nations": the description is the one club of the richest
        // democracies the article has named before.
        if entry.code == Self.describedClub, organizationActor[entry.code] == nil {
            let named = Self.namedClubs.compactMap { organizationActor[$0] }
            if named.count == 1 { return named[0] }
        }
        if let existing = organizationActor[entry.code] {
            // Keep the fullest form the article gives.
            if name.count > actors[existing].name.count { actors[existing].name = name }
            return existing
        }
        let political = entry.kind != .media && entry.kind != .company && entry.kind != .civil
        let index = addActor(
            DocActor(
                name: name, country: entry.country, kind: .organization(entry.kind), political: political,
                nonPolitical: entry.kind == .company))
        if organizationActor.isEmpty { organizationActor.reserveCapacity(Self.tableCapacity) }
        organizationActor[entry.code] = index
        return index
    }

    func person(name: String, title: TitleEntry?, country: String?) -> Int {
        let parts = NameText.lowercasedWords(name)
        let key = NameText.lowercased(name)
        if let existing = aliasToPerson[key] {
            if actors[existing].title == nil, let title { actors[existing].title = title.title }
            if actors[existing].country == nil, let country { actors[existing].country = country }
            if let title { actors[existing].political = true; actors[existing].rank = title.rank }
            if NameText.count(name) > NameText.count(actors[existing].name) { actors[existing].name = name }
            register(existing, parts: parts, key: key)
            return existing
        }
        // "Kishida" after "Fumio Kishida": the same person; "Fumio Kishida" after "Kishida" too.
        if parts.count >= 2 {
            for part in [parts.last!, parts.first!] {
                if let existing = aliasToPerson[part], actors[existing].kind == .person,
                    NameText.isOneWord(actors[existing].name)
                {
                    actors[existing].name = name
                    if let title { actors[existing].title = title.title; actors[existing].political = true }
                    if let country { actors[existing].country = country }
                    register(existing, parts: parts, key: key)
                    return existing
                }
            }
        }
        let political = title != nil && title?.rank != .other
        let index = addActor(
            DocActor(
                name: name, title: title?.title, country: country, kind: .person, political: political,
                rank: title?.rank))
        register(index, parts: parts, key: key)
        return index
    }

    private func register(_ index: Int, parts: [String], key: String) {
        if aliasToPerson.isEmpty { aliasToPerson.reserveCapacity(Self.tableCapacity) }
        aliasToPerson[key] = index
        if parts.count >= 2 {
            for part in [parts.first!, parts.last!] where NameText.count(part) > 2 && aliasToPerson[part] == nil {
                aliasToPerson[part] = index
            }
        }
    }

    /// A firm: "General Motors Corp", "the London Stock Exchange".
    func company(_ name: String) -> Int {
        named(name, kind: .organization(.company), political: false, nonPolitical: true)
    }

    func named(_ name: String, kind: ActorKind, political: Bool, nonPolitical: Bool) -> Int {
        let key = NameText.lowercased(name)
        if let existing = namedActor[key] { return existing }
        let index = addActor(DocActor(name: name, kind: kind, political: political, nonPolitical: nonPolitical))
        if namedActor.isEmpty { namedActor.reserveCapacity(Self.tableCapacity) }
        namedActor[key] = index
        // "Lilly" after "Eli Lilly and Co", "Morgan" after "J.P. Morgan and Co Inc": a firm's short name.
        if kind == .organization(.company) {
            for word in NameText.lowercasedWords(name) where word.count >= 4 && namedActor[word] == nil {
                let id = lexicon.vocabulary.lookupString(word)
                // Not "Corp", "Motors", "Bank": the generic words of firm names.
                if id >= 0, lexicon.wordClasses[Int(id)].contains(.companyHead) { continue }
                if aliasToPerson[word] == nil { namedActor[word] = index }
            }
        }
        return index
    }

    // MARK: - Tagging

    /// Tags the mentions of one sentence; call for the sentences in order.
    func tag(sentence s: Int) {
        let sentence = text.sentences[s]
        let end = sentence.tokenEnd
        var t = sentence.tokenStart
        sentenceMentions.removeAll(keepingCapacity: true)
        if sentence.opensParagraph { inQuote = false }
        sentenceSubject = nil
        inCapitals = text.isAllCapitals[s]
        while t < end {
            if id(t) == lexicon.words.quote { inQuote.toggle() }
            // Most tokens are lower-case words that start no mention: one table test passes them over.
            if !text.tokens[t].isCapitalized, !lexicon.mayStartLowerCaseMention(id(t)) {
                t += 1
                continue
            }
            let consumed = tagAt(t, sentence: sentence, sentenceMentions: &sentenceMentions)
            t += max(consumed, 1)
        }
        if let sentenceSubject { lastSubject = sentenceSubject }
        // A coordination of two or more actors becomes the "last group".
        for index in sentenceMentions {
            let m = mentions[index]
            if m.isPlace { continue }
            var group = m.actors
            var k = m.end
            while k + 1 < end, id(k) == lexicon.words.and || id(k) == lexicon.words.comma {
                var next = k + 1
                if id(k) == lexicon.words.comma, next < end, id(next) == lexicon.words.and { next += 1 }
                // "Japan, and" at the end of the text: nothing follows.
                guard next < end else { break }
                let j = mentionStartingAt[next]
                guard j >= 0, !mentions[Int(j)].isPlace else { break }
                group += mentions[Int(j)].actors
                k = mentions[Int(j)].end
            }
            // Two or more distinct actors (without building a Set per mention).
            if let first = group.first, group.contains(where: { $0 != first }) {
                lastGroup = group.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
                break
            }
        }
    }

    /// The last `count` distinct actors mentioned that satisfy `accept`, in text order.
    private func lastDistinct(_ count: Int, _ accept: (Int) -> Bool) -> [Int] {
        var result: [Int] = []
        for a in recent.reversed() where accept(a) && !result.contains(a) {
            result.append(a)
            if result.count == count { break }
        }
        return result.count == count ? result.reversed() : []
    }

    /// "Fox attacks Blair's Tory 'lies'" before "Tory co-chairman Liam Fox" (a headline names by surname a person
    /// the story introduces later): a one-word name of unknown kind that is the surname of a later person takes
    /// that person's identity. Called once all sentences are tagged.
    func resolveEarlySurnames() {
        for i in actors.indices where actors[i].kind == .unknown && NameText.isOneWord(actors[i].name) {
            let surname = NameText.lowercased(actors[i].name)
            guard let p = aliasToPerson[surname], p > i, actors[p].kind == .person, actors[p].political,
                NameText.lowercasedWords(actors[p].name).last == surname
            else { continue }
            actors[i] = actors[p]
        }
    }

    /// "the US Senate ... The Senate voted": the body the article named with its state; else a legislature of no
    /// state yet ("the Senate", "the parliament"), political.
    private func legislature(_ t: Int) -> Int {
        let word = text.text(t)
        let key = word.lowercased()
        if let known = actors.indices.last(where: {
            actors[$0].kind == .organization(.agency) && actors[$0].country != nil
                && NameText.lowercasedWords(actors[$0].name).last == key
        }) {
            return known
        }
        let actor = named(
            word.prefix(1).uppercased() + word.dropFirst(), kind: .organization(.agency), political: true,
            nonPolitical: false)
        if !bareLegislatures.contains(actor) { bareLegislatures.append(actor) }
        return actor
    }

    /// "The Senate voted to condemn the proposed European tax" in a US story: a bare legislature is the one of the
    /// state that clearly dominates the article (two or more mentions and no other state's, or three or more and
    /// twice as many as any other state's); else it stays a body of no state. Called once all sentences are tagged.
    func resolveLegislatures() {
        guard !bareLegislatures.isEmpty, let top = dominantState() else { return }
        for a in bareLegislatures { actors[a].country = top }
    }

    /// The state the article is mostly about: named (itself, by its places or by its people's countries) at
    /// least twice, and alone or at least three times and twice as often as the next.
    func dominantState() -> String? {
        var counts: [String: Int] = [:]
        for m in mentions where !m.isAnaphor {
            if m.isPlace {
                if let code = m.place?.country { counts[code, default: 0] += 1 }
                continue
            }
            for a in m.actors where !bareLegislatures.contains(a) {
                if let code = actors[a].country { counts[code, default: 0] += 1 }
            }
        }
        let ranked = counts.sorted { $0.value > $1.value }
        guard let top = ranked.first, top.value >= 2,
            ranked.count == 1 || top.value >= 3 && top.value >= 2 * ranked[1].value
        else { return nil }
        return top.key
    }

    /// "X met Y. Both sides agreed ...": the last two actors of two different known countries, in text order.
    private func lastTwoSides() -> [Int] {
        var result: [Int] = []
        var codes: [String] = []
        for a in recent.reversed() {
            guard let code = actors[a].country, !codes.contains(code) else { continue }
            codes.append(code)
            result.append(a)
            if result.count == 2 { return result.reversed() }
        }
        return []
    }

    private static let marketWords: Set<String> = [
        "stock", "exchange", "exchanges", "market", "markets", "bourse", "bourses", "futures", "commodity",
    ]

    private static let firmTails: Set<String> = ["co", "co.", "company", "sons"]
    /// A firm's legal form: a name never goes on past its "of" ("Dynamics Corp of America").
    private static let legalForms: Set<String> = [
        "co", "co.", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "company", "corporation",
    ]

    private static let rolesOfFirms: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "president", "presidency", "leader", "leaders", "leadership",
        "representatives", "delegation", "delegations", "delegates", "negotiator", "negotiators", "side", "sides",
        "council", "mission", "counterpart", "counterparts",
    ]

    private static let regions: Set<String> = [
        "latin america", "latin american", "south america", "central america", "north america", "middle east", "far east", "near east",
        "southeast asia", "south asia", "east asia", "central asia", "eastern europe", "western europe",
        "central europe", "north africa", "west africa", "east africa", "southern africa", "central africa",
        "persian gulf", "arab world", "western hemisphere", "middle eastern", "latin american", "east asian",
        "south asian", "southeast asian", "central asian", "east european", "eastern european", "west african",
        "east african", "north african", "far eastern", "third world",
    ]

    private func record(_ mention: Mention, _ sentenceMentions: inout [Int]) {
        if !mention.isPlace && !mention.isAnaphor { recent += mention.actors }
        if !inQuote, !mention.isPlace, let person = mention.actors.first(where: { actors[$0].kind == .person }) {
            lastPersonOutsideQuotes = person
            if sentenceSubject == nil { sentenceSubject = person }
        }
        let index = mentions.count
        mentions.append(mention)
        sentenceMentions.append(index)
        if mentionStartingAt[mention.start] < 0 { mentionStartingAt[mention.start] = Int32(index) }
        mentionEndingAt[mention.end - 1] = Int32(index)
    }

    private func precededByPlacePreposition(_ t: Int, _ sentence: Sentence) -> Bool {
        var k = t - 1
        if k >= sentence.tokenStart, id(k) == lexicon.words.the { k -= 1 }
        guard k >= sentence.tokenStart else { return false }
        let w = lexicon.words
        let p = id(k)
        return p == w.in_ || p == w.at || p == w.to || p == w.from || p == w.near || p == w.into
            || p == w.via || p == w.through
    }

    /// Tags what starts at token `t`; returns how many tokens it used (0 for none).
    ///
    /// Called for capitalised tokens and for the lower-case words of ``Lexicon/lowerCaseActorCues``: a rule here
    /// that a lower-case word can start puts the word in that table.
    private func tagAt(_ t: Int, sentence: Sentence, sentenceMentions: inout [Int]) -> Int {
        let end = sentence.tokenEnd
        let token = text.tokens[t]
        let w = lexicon.words
        // A world region ("Latin America", "the Middle East") is a place, never an actor: not America.
        if token.isCapitalized, t + 1 < end, text.tokens[t + 1].isCapitalized, wordClass(t).contains(.regionHead),
            Self.regions.contains(text.text(t, t + 2).lowercased())
        {
            record(
                Mention(start: t, end: t + 2, actors: [], isPlace: true, place: Entity(name: text.text(t, t + 2), country: nil)),
                &sentenceMentions)
            return 2
        }
        // Pronouns.
        if token.id == w.he || token.id == w.she {
            if let person = resolvePronoun(before: t, sentence: sentence) {
                record(Mention(start: t, end: t + 1, actors: [person], isAnaphor: true), &sentenceMentions)
            }
            return 1
        }
        if token.id == w.it, t > sentence.tokenStart,
            wordClass(t - 1).contains(.reporting) || id(t - 1) == w.that
        {
            var k = t - 1
            while k >= sentence.tokenStart {
                let m = mentionEndingAt[k]
                if m >= 0, let a = mentions[Int(m)].actors.first, !mentions[Int(m)].isPlace,
                    actors[a].kind != .person
                {
                    record(Mention(start: t, end: t + 1, actors: [a], isAnaphor: true), &sentenceMentions)
                    break
                }
                k -= 1
            }
            return 1
        }
        if token.id == w.they {
            // "the EC ministers said they ...": "they" are the plural noun of a body that says it, not the last
            // group named.
            if t - 2 >= sentence.tokenStart, wordClass(t - 1).contains(.reporting), mentionEndingAt[t - 2] >= 0,
                !text.tokens[t - 2].isCapitalized, text.bytes[Int(text.tokens[t - 2].end) - 1] == UInt8(ascii: "s")
            {
                let speakers = mentions[Int(mentionEndingAt[t - 2])]
                if !speakers.isPlace, !speakers.actors.isEmpty {
                    record(Mention(start: t, end: t + 1, actors: speakers.actors, isAnaphor: true), &sentenceMentions)
                    return 1
                }
            }
            if !lastGroup.isEmpty {
                record(Mention(start: t, end: t + 1, actors: lastGroup, isAnaphor: true), &sentenceMentions)
            }
            return 1
        }
        // "in the Sardinian resort of Porto Cervo", "at the northern Iraqi city of Mosul": the place is the name
        // after the kind of settlement; the words before it are no place of their own.
        if token.id == w.the, let length = settlementPlace(at: t, sentence: sentence, &sentenceMentions) {
            return length
        }
        // A plural title before names: "Presidents X of A and Y of B" titles each of them.
        if isPersonPlural(t), let firstEnd = nameRun(from: t + 1, end: end), firstEnd > t + 1 {
            return tagPluralTitled(t, end: end, &sentenceMentions)
        }
        // Group phrases: "the two leaders", "both countries", "leaders of the two countries", "the leaders".
        // (Every group phrase starts with "leaders", "the" or "both": other tokens skip the call.)
        if token.id == w.leaders || token.id == w.the || token.id == w.both, let length = groupPhrase(at: t, end: end) {
            let nounID = id(t + length - 1)
            var resolved: [Int] = []
            if nounID == w.leaders || nounID == w.men || (id(t) == w.leaders && length > 2) || isPersonPlural(t + length - 1) {
                resolved = lastDistinct(2) { actors[$0].kind == .person }
            } else if nounID == w.countries || nounID == w.nations
                || nounID == lexicon.vocabulary.lookupString("governments")
            {
                var codes: [String] = []
                for a in recent.reversed() {
                    if let code = actors[a].country, !codes.contains(code) { codes.append(code) }
                    if codes.count == 2 { break }
                }
                if codes.count == 2 {
                    resolved = codes.reversed().compactMap { code in lexicon.countryByCode[code].map { state($0) } }
                }
            }
            // "both sides" with no coordination of two states before ("X met Y. Both sides agreed"): the last two
            // parties of two countries.
            if resolved.count < 2, nounID == w.sides,
                Set(lastGroup.compactMap { actors[$0].country }).count != 2
                    || lastGroup.contains(where: { actors[$0].country == nil })
            {
                resolved = lastTwoSides()
            }
            if resolved.count < 2 { resolved = lastGroup }
            if !resolved.isEmpty {
                record(Mention(start: t, end: t + length, actors: resolved, isAnaphor: true), &sentenceMentions)
                return length
            }
        }
        var length = 0
        var countryTarget: (Int, CountryRole)? = nil
        var orgTarget: Int? = nil
        var titleTarget: Int? = nil
        var triggerTarget = false
        // Most tokens start no phrase: then no targets array is made (and released) at all.
        if lexicon.phraseTable.startsPhrase(token.id) {
            let (targets, phraseLength) = longestPhrase(at: t, end: end)
            length = phraseLength
            for target in targets {
                switch target {
                case .country(let c, let role): if countryTarget == nil { countryTarget = (c, role) }
                case .organization(let o): if orgTarget == nil { orgTarget = o }
                case .title(let ti): if titleTarget == nil { titleTarget = ti }
                case .trigger: triggerTarget = true
                }
            }
        }
        // "European Community ... Community agricultural ministers": a capitalised "Community" before a title of its
        // members ("ministers", "farm ministers", "officials"), once the article has named the European Community
        // in full, is that body.
        if length == 0, token.isCapitalized, !inCapitals, token.id == w.community, t + 2 < end,
            let ec = lexicon.organizationByCode["EC"], let named = organizationActor["EC"],
            actors[named].name.count > "Community".count,
            longestPhrase(at: t + 1, end: end).targets.contains(where: { $0.title != nil })
                || text.tokens[t + 1].isWord && !text.tokens[t + 1].isCapitalized
                    && longestPhrase(at: t + 2, end: end).targets.contains(where: { $0.title != nil })
        {
            orgTarget = ec
            length = 1
        }
        if let (c, role) = countryTarget {
            return tagCountry(t, length: length, country: c, role: role, sentence: sentence, &sentenceMentions)
        }
        if let o = orgTarget {
            // "U.S. Treasury Secretary James Baker": the body's last word opens a title ("Treasury Secretary")
            // held by the person named next, for the body's state.
            if length > 1, let (title, name) = titleOpenedByLastWord(of: t..<t + length, end: end) {
                let person = person(
                    name: text.text(name.lowerBound, name.upperBound), title: title,
                    country: lexicon.organizations[o].country)
                lastPerson = person
                record(Mention(start: t, end: name.upperBound, actors: [person]), &sentenceMentions)
                return name.upperBound - t
            }
            var stop = t + length
            // "the EU's foreign ministers", "NATO officials": the organisation.
            var titled: TitleEntry? = nil
            if stop < end, id(stop) == w.possessive { stop += 1 }
            // "European Community (EC) foreign ministers": the acronym in brackets before a title.
            if stop + 3 < end, id(stop) == w.openParen, id(stop + 2) == w.closeParen,
                text.tokens[stop + 1].flags.contains(.allCaps),
                longestPhrase(at: stop + 3, end: end).targets.contains(where: { $0.title != nil })
            {
                stop += 3
            }
            // "European Community farm commissioner Frans Andriessen": a portfolio word between the body and the
            // title of a named person.
            if stop + 2 < end, text.tokens[stop].isWord, !text.tokens[stop].isCapitalized,
                wordClass(stop).isDisjoint(with: [.preposition, .subordinator, .barrier, .reporting, .be, .have]),
                longestPhrase(at: stop, end: end).length == 0
            {
                let (targets, length) = longestPhrase(at: stop + 1, end: end)
                if targets.contains(where: { $0.title != nil }),
                    let nameEnd = nameRun(from: stop + 1 + length, end: end), nameEnd > stop + 1 + length
                {
                    stop += 1
                }
            }
            let (nextTargets, nextLength) = stop < end ? longestPhrase(at: stop, end: end) : ([], 0)
            for case .title(let ti) in nextTargets {
                titled = lexicon.titles[ti]
                // "UN Secretary-General Antonio Guterres": a person.
                let nameStart = stop + nextLength
                if let nameEnd = nameRun(from: nameStart, end: end), nameEnd > nameStart {
                    let name = text.text(nameStart, nameEnd)
                    let person = person(name: name, title: titled, country: nil)
                    lastPerson = person
                    record(Mention(start: t, end: nameEnd, actors: [person]), &sentenceMentions)
                    return nameEnd - t
                }
                stop += nextLength
                // "Tory co-chairman Liam Fox ... The Tory co-chairman attacked": the person, not the party.
                if !text.text(stop - 1).hasSuffix("s") || titled!.title.hasSuffix("s"),
                    let found = lastPerson(titled: titled!, country: nil)
                {
                    lastPerson = found
                    record(Mention(start: t, end: stop, actors: [found], isAnaphor: true), &sentenceMentions)
                    return stop - t
                }
                break
            }
            if lexicon.organizations[o].code == Self.describedClub, describesOtherBody(t, sentence: sentence) {
                return length
            }
            let name = text.text(t, t + length)
            let actor = organization(o, name: name)
            let isPlace = precededByPlacePreposition(t, sentence) && t > 0 && id(t - 1) != w.with
            record(
                Mention(start: t, end: max(stop, t + length), actors: [actor], isPlace: false && isPlace),
                &sentenceMentions)
            return max(stop, t + length) - t
        }
        if let ti = titleTarget {
            return tagTitle(t, length: length, title: ti, country: nil, start: t, sentence: sentence, &sentenceMentions)
        }
        // Mr / Mrs / Dr + name.
        if token.id == w.mr || token.id == w.mrs || token.id == w.ms || token.id == w.mrDot || token.id == w.mrsDot
            || token.id == w.msDot || token.id == w.dr || token.id == w.drDot
        {
            if let nameEnd = nameRun(from: t + 1, end: end), nameEnd > t + 1 {
                let name = text.text(t + 1, nameEnd)
                let person = resolveOrCreatePerson(name)
                lastPerson = person
                record(Mention(start: t, end: nameEnd, actors: [person]), &sentenceMentions)
                return nameEnd - t
            }
            return 1
        }
        // Hyphenated pairs of states and bodies: "US-Japan", "EU-US", "NATO-Russia" ("Sino-British" is not handled).
        if token.isWord, token.id < 0, token.isCapitalized {
            if let parts = hyphenParties(t), !parts.isEmpty {
                let actors = parts.map { part -> Int in
                    switch part {
                    case .country(let c): return state(c)
                    case .organization(let o): return organization(o, name: lexicon.organizations[o].names.first ?? lexicon.organizations[o].code)
                    }
                }
                record(Mention(start: t, end: t + 1, actors: actors), &sentenceMentions)
                return 1
            }
        }
        // "The Senate voted", "the parliament approved": a legislature named by its kind alone ("the House of
        // Commons", "the Senate Finance Committee" are more).
        if length == 0, wordClass(t).contains(.legislature), t > sentence.tokenStart, id(t - 1) == w.the,
            token.isCapitalized || token.id != w.house,
            t + 1 >= end || !text.tokens[t + 1].isCapitalized && id(t + 1) != w.of
        {
            record(Mention(start: t, end: t + 1, actors: [legislature(t)]), &sentenceMentions)
            return 1
        }
        // "the Social Democratic Party": one party, not "Social" and the US Democratic Party.
        if length == 0, token.isCapitalized, let nameEnd = partyNameRun(from: t, sentence: sentence) {
            let actor = named(
                text.text(t, nameEnd), kind: .organization(id(nameEnd - 1) == w.party ? .party : .other),
                political: true, nonPolitical: false)
            record(Mention(start: t, end: nameEnd, actors: [actor]), &sentenceMentions)
            return nameEnd - t
        }
        // Unknown capitalised names.
        if isNameToken(t) {
            return tagName(t, sentence: sentence, &sentenceMentions)
        }
        return length > 0 && !triggerTarget ? length : 1
    }

    /// The club of the richest democracies named by description ("industrial nations"): organizations.tsv.
    private static let describedClub = "INDUSTRIALNATIONS"
    /// The clubs the description may stand for.
    private static let namedClubs = ["G5", "G6", "G7", "G8"]

    /// Whether the description of a club at `t` names no club of its own: it follows the club's own name ("the
    /// Group of Seven industrial nations", "the G8 of top industrialised nations", "the Group of 10 leading western
    /// industrialised countries"), or it names a kind of economy ("newly industrialised countries").
    private func describesOtherBody(_ t: Int, sentence: Sentence) -> Bool {
        guard t > sentence.tokenStart else { return false }
        if text.text(t - 1).lowercased() == "newly" { return true }
        var k = t - 1
        while k > sentence.tokenStart, t - k <= 4, mentionEndingAt[k] < 0 {
            guard isPlainModifier(k) else { return false }
            k -= 1
        }
        guard k >= sentence.tokenStart, mentionEndingAt[k] >= 0 else { return false }
        let m = mentions[Int(mentionEndingAt[k])]
        return !m.isPlace && m.actors.count == 1 && actors[m.actors[0]].kind == .organization(.igo)
    }

    /// A number or a lower-case word other than "and" and "or": a plain modifier before a name ("senior union
    /// figures", "11 creditor banks", "the Group of Seven leading industrial nations").
    func isPlainModifier(_ k: Int) -> Bool {
        let token = text.tokens[k]
        let number = token.flags.contains(.number) || token.flags.contains(.digit)
        return (token.isWord || number) && (number || !token.isCapitalized) && id(k) != lexicon.words.and
            && id(k) != lexicon.words.or
    }

    /// The end of a run of capitalised words from `t` that ends in a party head ("Party", "Front") and holds a word
    /// that is no name alone ("the Social Democratic Party", "the National Liberation Front"), or nil. A run of
    /// plain name words is `nameRun`'s; a run holding a title or a country is not one body. At the start of a
    /// sentence, where any word is capitalised, a dictionary body after the first word wins ("Senior Democratic
    /// Party members").
    private func partyNameRun(from t: Int, sentence: Sentence) -> Int? {
        let end = sentence.tokenEnd
        guard t + 1 < end, text.tokens[t + 1].isCapitalized else { return nil }
        let notStart: WordClass = [
            .determiner, .preposition, .pronoun, .opener, .barrier, .subordinator, .be, .have, .modal, .month, .weekday,
            .negation, .reporting,
        ]
        guard wordClass(t).isDisjoint(with: notStart) else { return nil }
        var k = t
        var headEnd = -1
        var firstOther = -1
        while k < end, k - t < 6 {
            let token = text.tokens[k]
            guard token.isWord, token.isCapitalized, !token.flags.contains(.digit) else { break }
            if k > t, wordClass(k).contains(.partyHead) { headEnd = k + 1 }
            if firstOther < 0, !isNameToken(k) { firstOther = k }
            k += 1
        }
        guard headEnd > 0, firstOther >= 0, firstOther < headEnd - 1 else { return nil }
        let atStart = t == sentence.tokenStart || id(t - 1) == lexicon.words.quote
        for j in t + 1..<headEnd where id(j) >= 0 && lexicon.phraseTable.startsPhrase(id(j)) {
            let (targets, length) = longestPhrase(at: j, end: headEnd)
            for target in targets {
                switch target {
                case .country, .title: return nil
                case .organization where atStart && j + length == headEnd: return nil
                default: break
                }
            }
        }
        return headEnd
    }

    private enum HyphenParty {
        case country(Int)
        case organization(Int)
    }

    private func hyphenParties(_ t: Int) -> [HyphenParty]? {
        guard text.tokenContains(t, UInt8(ascii: "-")) else { return nil }
        let raw = text.text(t)
        var result: [HyphenParty] = []
        for part in raw.split(separator: "-") {
            let bytes = Array(part.utf8)
            let found: Int32? = bytes.withUnsafeBufferPointer { lexicon.vocabulary.lookup($0, 0, $0.count) }
            guard let pid = found, let list = lexicon.phrasesByFirst[pid] else { return nil }
            var matched: HyphenParty? = nil
            for p in list where lexicon.phrases[Int(p)].ids.count == 1 {
                switch lexicon.phrases[Int(p)].target {
                case .country(let c, let role) where role != .place: matched = .country(c)
                case .organization(let o) where lexicon.organizations[o].kind == .igo: matched = .organization(o)
                default: continue
                }
                break
            }
            guard let party = matched else { return nil }
            result.append(party)
        }
        return result.count >= 2 ? result : nil
    }

    /// "the two leaders", "both countries", "the two sides", "leaders of the two countries", "the leaders".
    @inline(__always)
    private func groupPhrase(at t: Int, end: Int) -> Int? {
        let w = lexicon.words
        var k = t
        var length = 0
        if id(k) == w.leaders, k + 1 < end, id(k + 1) == w.of {
            k += 2
            length = 2
        }
        guard k < end else { return nil }
        if id(k) == w.the, k + 1 < end, id(k + 1) == w.two, k + 2 < end {
            let noun = id(k + 2)
            if noun == w.leaders || noun == w.countries || noun == w.sides || noun == w.nations || noun == w.men
                || noun == lexicon.vocabulary.lookupString("governments")
            {
                return length + 3
            }
            // "the two presidents", "the two foreign ministers", "the two prime ministers".
            var n = k + 2
            while n < end, n - k < 5, !isPersonPlural(n), text.tokens[n].isWord, !text.tokens[n].isCapitalized
                || wordClass(n).contains(.groupNoun)
            {
                n += 1
            }
            if n < end, n - k < 5, isPersonPlural(n) { return length + (n - k) + 1 }
        }
        if id(k) == w.both, k + 1 < end {
            let noun = id(k + 1)
            if noun == w.leaders || noun == w.countries || noun == w.sides || noun == w.nations
                || noun == lexicon.vocabulary.lookupString("governments")
            {
                return length + 2
            }
        }
        if length == 0, id(k) == w.the, k + 1 < end, id(k + 1) == w.leaders {
            // "the leaders" but not "the leaders of X".
            if k + 2 < end, id(k + 2) == w.of { return nil }
            return 2
        }
        return nil
    }

    /// "Presidents X of A and Y of B", "Ministers X and Y": each name a person with the singular title and
    /// the country its "of" phrase gives. Returns the tokens consumed.
    private func tagPluralTitled(_ t: Int, end: Int, _ out: inout [Int]) -> Int {
        let w = lexicon.words
        let i = id(t)
        let singular =
            i == w.presidents ? "president" : i == w.ministers ? "minister" : i == w.premiers ? "premier" : "chancellor"
        let title = lexicon.titleByName[singular].map { lexicon.titles[$0] }
        var q = t + 1
        var mentionStart = t
        var consumed = 1
        while q < end, let nameEnd = nameRun(from: q, end: end), nameEnd > q {
            var stop = nameEnd
            var country: String? = nil
            if stop + 1 < end, id(stop) == w.of {
                let (targets, l) = longestPhrase(at: stop + 1, end: end)
                for case .country(let c, _) in targets where country == nil { country = lexicon.countries[c].code }
                if country != nil { stop += 1 + l }
            }
            let person = person(name: text.text(q, nameEnd), title: title, country: country)
            lastPerson = person
            record(Mention(start: mentionStart, end: stop, actors: [person]), &out)
            consumed = stop - t
            // "and Y of B", ", Y of B".
            guard stop + 1 < end, id(stop) == w.and || id(stop) == w.comma else { break }
            var next = stop + 1
            if id(next) == w.and, next + 1 < end { next += 1 }
            guard nameRun(from: next, end: end) != nil, longestPhrase(at: next, end: end).length == 0 else { break }
            q = next
            mentionStart = next
        }
        return consumed
    }

    /// "presidents", "ministers", "premiers", "chancellors": plural titles of persons.
    @inline(__always)
    func isPersonPlural(_ t: Int) -> Bool {
        let i = id(t)
        let w = lexicon.words
        return i >= 0 && (i == w.presidents || i == w.ministers || i == w.premiers || i == w.chancellors)
    }

    /// The mentions that start in `range`, in order; a mention's tokens are skipped with it.
    func mentions(in range: Range<Int>) -> [Mention] {
        var found: [Mention] = []
        var t = range.lowerBound
        while t < range.upperBound {
            let index = mentionStartingAt[t]
            guard index >= 0 else { t += 1; continue }
            let m = mentions[Int(index)]
            found.append(m)
            t = max(m.end, t + 1)
        }
        return found
    }

    private func resolvePronoun(before t: Int, sentence: Sentence) -> Int? {
        // The first person of the sentence (its subject: "X met Y, where he said"), else the subject of the
        // last sentence that had a person outside quotations (when the pronoun is outside one too).
        var k = sentence.tokenStart
        // "After talks with President Suharto, he said ...": a person inside a fronted time phrase is not the
        // sentence's subject; the search starts after the phrase's comma. Not a clause's own subject right after
        // the word ("After Vladimir Putin became president, he ...").
        let w = lexicon.words
        if k + 1 < t, id(k) == w.after || id(k) == w.following || id(k) == w.during || id(k) == w.before,
            mentionStartingAt[k + 1] < 0
        {
            var c = k + 1
            while c < t, c - k < 25, id(c) != w.comma { c += 1 }
            if c < t { k = c + 1 }
        }
        while k < t {
            let m = mentionStartingAt[k]
            if m >= 0 {
                for a in mentions[Int(m)].actors where actors[a].kind == .person { return a }
                k = max(mentions[Int(m)].end, k + 1)
                continue
            }
            k += 1
        }
        return inQuote ? lastPerson : lastSubject ?? lastPersonOutsideQuotes ?? lastPerson
    }

    /// A title of several words that starts on the last word of `phrase` and is followed by a name: the title
    /// and the name's tokens.
    private func titleOpenedByLastWord(of phrase: Range<Int>, end: Int) -> (TitleEntry, Range<Int>)? {
        let last = phrase.upperBound - 1
        guard phrase.upperBound < end, lexicon.phraseTable.startsPhrase(text.tokens[last].id) else { return nil }
        let (targets, length) = longestPhrase(at: last, end: end)
        guard length > 1, let ti = targets.lazy.compactMap(\.title).first else { return nil }
        let nameStart = last + length
        guard let nameEnd = nameRun(from: nameStart, end: end), nameEnd > nameStart else { return nil }
        return (lexicon.titles[ti], nameStart..<nameEnd)
    }

    /// "Qaboos bin Said", "Haitham bin Tariq Al Said": after a name particle, a capitalised common word ("Said")
    /// is a name, though alone it would be none; not a function word ("bin The").
    private func particleName(_ k: Int) -> Bool {
        let token = text.tokens[k]
        guard token.isWord, token.isCapitalized, token.end - token.start >= 2, !token.flags.contains(.digit),
            token.id >= 0, wordClass(k).contains(.notName), !lexicon.phraseTable.isSingleWordPhrase(token.id)
        else { return false }
        return wordClass(k).isDisjoint(with: [
            .determiner, .pronoun, .preposition, .be, .have, .modal, .subordinator, .negation, .month, .weekday,
        ])
    }

    /// The end of a run of name tokens from `t` (particles and initials inside), or nil.
    func nameRun(from t: Int, end: Int) -> Int? {
        guard t < end, isNameToken(t) else { return nil }
        var k = t + 1
        while k < end, k - t < (inCapitals ? 1 : 5) {
            // (A particle first: "Badr Al Said", where "Al" alone would pass as a name.)
            if wordClass(k).contains(.nameParticle), k + 1 < end, isNameToken(k + 1) || particleName(k + 1) {
                k += 2
                continue
            }
            if isNameToken(k) || text.tokens[k].flags.contains(.initial)
                || (text.tokens[k].isCapitalized && wordClass(k).contains(.orgHead))
            {
                k += 1
                continue
            }
            // "Theresa May's deal": a month after a given name is a surname, unless a day or year follows.
            if k == t + 1, id(k) == lexicon.words.may, text.tokens[k].isCapitalized,
                !(k + 1 < end && text.tokens[k + 1].flags.contains(.digit))
            {
                k += 1
                continue
            }
            break
        }
        return k
    }

    private func resolveOrCreatePerson(_ name: String) -> Int {
        if let existing = aliasToPerson[NameText.lowercased(name)] { return existing }
        return person(name: name, title: nil, country: nil)
    }

    private func tagCountry(
        _ t: Int, length: Int, country c: Int, role: CountryRole, sentence: Sentence, _ out: inout [Int]
    ) -> Int {
        let end = sentence.tokenEnd
        let w = lexicon.words
        let entry = lexicon.countries[c]
        var k = t + length
        var possessive = false
        // "the London Stock Exchange", "the London market", "the Paris, Amsterdam and Lisbon stock exchanges": a
        // market named after its city, not the state.
        if role == .capital {
            var m = k
            while m + 1 < end, id(m) == w.comma || id(m) == w.and {
                let (next, l) = longestPhrase(at: m + 1, end: end)
                guard next.contains(where: { if case .country(_, .capital) = $0 { return true } else { return false } })
                else { break }
                m += 1 + l
            }
            if m < end, Self.marketWords.contains(text.text(m).lowercased()) {
                var stop = m + 1
                while stop < end, Self.marketWords.contains(text.text(stop).lowercased()) { stop += 1 }
                let actor = company(text.text(t, stop))
                record(Mention(start: t, end: stop, actors: [actor]), &out)
                return stop - t
            }
        }
        // "Taiwan Glass Industries Corp", "China Steel Corp": a company named after its country.
        if let nameEnd = nameRun(from: k, end: end), nameEnd > k + 1, wordClass(nameEnd - 1).contains(.companyHead) {
            let actor = company(text.text(t, nameEnd))
            record(Mention(start: t, end: nameEnd, actors: [actor]), &out)
            return nameEnd - t
        }
        if k < end, id(k) == w.possessive {
            possessive = true
            k += 1
        }
        // Skip modifiers between the country and a title: "Japan's new Prime Minister", "Iraq's national security".
        var m = k
        while m < end, m - k < 3, !text.tokens[m].isCapitalized || longestPhrase(at: m, end: end).length == 0,
            text.tokens[m].isWord, wordClass(m).contains(.determiner) || (!text.tokens[m].isCapitalized && m - k < 2),
            // "visited Japan after President Reagan announced": a preposition or a clause word ends the phrase.
            wordClass(m).isDisjoint(with: [.preposition, .subordinator, .barrier, .reporting])
        {
            if case .title = longestPhrase(at: m, end: end).targets.first { break }
            m += 1
        }
        for candidate in [k, m] where candidate < end {
            let (targets, tl) = longestPhrase(at: candidate, end: end)
            for case .title(let ti) in targets where role != .place {
                return tagTitle(candidate, length: tl, title: ti, country: entry.code, start: t, sentence: sentence, &out)
            }
        }
        // "UK bank Barclays", "US television host Dick Clark", "US acts are ...": the nationality of a firm or a
        // performer, not the state as a party.
        if role == .name || role == .adjective || possessive, !precededByPlacePreposition(t, sentence),
            isNationalityModifier(from: k, end: end, possessive: possessive)
        {
            return length
        }
        if role == .adjective {
            // "Hungarian and Romanian officials", "the Turkish and Greek sides": coordinated adjectives.
            var states = [c]
            var a = k
            while a + 1 < end, id(a) == w.and || id(a) == w.comma {
                let (nextTargets, nextLength) = longestPhrase(at: a + 1, end: end)
                var found: Int? = nil
                for case .country(let c2, .adjective) in nextTargets { found = c2 }
                guard let c2 = found else { break }
                states.append(c2)
                a = a + 1 + nextLength
            }
            if states.count > 1, a < end, wordClass(a).contains(.groupNoun) {
                var g = a
                while g < end, wordClass(g).contains(.groupNoun), text.tokens[g].isWord { g += 1 }
                record(Mention(start: t, end: g, actors: states.map { state($0) }), &out)
                return g - t
            }
            // "Japanese officials", "the Japanese Foreign Ministry", "South Korean negotiators".
            var g = k
            while g < end, wordClass(g).contains(.groupNoun), text.tokens[g].isWord { g += 1 }
            if g > k {
                let political = (k..<g).contains { wordClass($0).contains(.politicalGroupNoun) }
                // "his Spanish counterpart Miguel Moratinos", "the Iranian envoy Ali Reza": a named person.
                if political, let nameEnd = nameRun(from: g, end: end), nameEnd > g {
                    let person = person(name: text.text(g, nameEnd), title: nil, country: entry.code)
                    actors[person].political = true
                    if actors[person].country == nil { actors[person].country = entry.code }
                    // "Agriculture Minister Gerrit Braks ... his West German counterpart Ignaz Kiechle": a
                    // counterpart holds the office of the person before.
                    if let previous = lastPerson, previous != person, actors[person].rank == nil,
                        let rank = actors[previous].rank,
                        (k..<g).contains(where: { text.text($0).lowercased().hasPrefix("counter") })
                    {
                        actors[person].rank = rank
                        if actors[person].title == nil { actors[person].title = actors[previous].title }
                    }
                    lastPerson = person
                    record(Mention(start: t, end: nameEnd, actors: [person]), &out)
                    return nameEnd - t
                }
                let actor = state(c)
                if !political { actors[actor].political = true }
                // "the Turkish Ministry of Foreign Affairs": the ministry's name belongs to the mention.
                if id(g - 1) == w.ministry, g + 1 < end, id(g) == w.of, text.tokens[g + 1].isCapitalized {
                    g += 1
                    while g < end, text.tokens[g].isCapitalized, text.tokens[g].isWord { g += 1 }
                }
                record(Mention(start: t, end: g, actors: [actor]), &out)
                return g - t
            }
            // "the Palestinians", "Israelis and Palestinians": a plural demonym is the people, as an actor.
            let phraseText = text.text(t, t + length)
            if phraseText.hasSuffix("s"), k >= end || !text.tokens[k].isWord || wordClass(k).contains(.preposition)
                || wordClass(k).contains(.be) || wordClass(k).contains(.have) || id(k) == w.and || isTriggerVerb(k)
                || wordClass(k).contains(.reporting)
            {
                record(Mention(start: t, end: t + length, actors: [state(c)]), &out)
                return length
            }
            // "Japanese firms" is not an actor.
            // "the Cambodian capital of Phnom Penh": a place.
            if k < end, id(k) == w.capital || id(k) == w.city {
                var n = k + 1
                if n < end, id(n) == w.of || id(n) == w.comma { n += 1 }
                if let nameEnd = nameRun(from: n, end: end) ?? placeRun(from: n, end: end) {
                    let name = text.text(n, nameEnd)
                    record(
                        Mention(
                            start: t, end: nameEnd, actors: [], isPlace: true,
                            place: Entity(name: name, country: entry.code)), &out)
                    return nameEnd - t
                }
            }
            return length
        }
        let name = text.text(t, t + length)
        let isPlaceUse = precededByPlacePreposition(t, sentence) && !possessive
        switch role {
        case .name:
            let actor = state(c)
            // "Japan and South Korea": the state. Also a place after "in".
            var stop = t + length
            if !isPlaceUse, stop < end, wordClass(stop).contains(.groupNoun), !possessive { stop += 1 }
            record(
                Mention(
                    start: t, end: stop, actors: isPlaceUse ? [] : [actor], isPlace: isPlaceUse,
                    place: Entity(name: name, country: entry.code)), &out)
            if isPlaceUse { mentions[mentions.count - 1].actors = [actor] }
            return stop - t
        case .capital:
            let actor = state(c)
            record(
                Mention(
                    start: t, end: t + length, actors: [actor], isPlace: isPlaceUse,
                    place: Entity(name: name, country: entry.code)), &out)
            return length
        case .place, .adjective:
            record(
                Mention(
                    start: t, end: t + length, actors: [], isPlace: true, place: Entity(name: name, country: entry.code)),
                &out)
            return length
        }
    }

    /// Whether the words from `k` after a country are a firm's or a performer's noun with its name ("bank Barclays",
    /// "investment bank Goldman Sachs", "television host Dick Clark") or a plural one as a subject ("acts are"):
    /// up to three lower-case words, the last of class ``WordClass/nationalityHead``. After a possessive ("the UK's
    /// phone firms", "Japan's carmakers") the noun alone suffices.
    private func isNationalityModifier(from k: Int, end: Int, possessive: Bool) -> Bool {
        var h = k
        while h < end, h - k < 3, text.tokens[h].isWord, !text.tokens[h].isCapitalized,
            !wordClass(h).contains(.nationalityHead)
        {
            let c = wordClass(h)
            if c.contains(.preposition) || c.contains(.be) || c.contains(.have) || c.contains(.modal)
                || c.contains(.reporting) || c.contains(.groupNoun) || c.contains(.determiner)
            {
                return false
            }
            h += 1
        }
        guard h < end, !text.tokens[h].isCapitalized, wordClass(h).contains(.nationalityHead) else { return false }
        let next = h + 1
        if possessive {
            // The noun ends the phrase: not "Brazil's bank advisory committee".
            guard next < end, text.tokens[next].isWord, !text.tokens[next].isCapitalized else { return true }
            let c = wordClass(next)
            return !c.isDisjoint(with: [.preposition, .be, .have, .modal, .reporting, .subordinator])
                || id(next) == lexicon.words.and || id(next) == lexicon.words.who || id(next) == lexicon.words.which
        }
        if let nameEnd = nameRun(from: next, end: end), nameEnd > next { return true }
        guard next < end, text.text(h).hasSuffix("s") else { return false }
        let c = wordClass(next)
        return c.contains(.be) || c.contains(.have) || c.contains(.modal) || id(next) == lexicon.words.who
    }

    /// Tags "the Sardinian resort of Porto Cervo", "the Egyptian resort town of Sharm el-Sheikh", "the northern
    /// city of Mosul" after a place preposition as one place: the name after a settlement noun
    /// (``WordClass/settlementNoun``) and "of" or a comma, in the country the name has in the dictionary, else the
    /// one an adjective before gives.
    /// Up to four modifiers stand between "the" and the noun; a grammar or event word among them ends the search
    /// ("in the talks with the city of ..."); after a comma the name must be a place the dictionaries know ("in the
    /// city, Brandt said"). Returns the tokens used, from "the".
    private func settlementPlace(at t: Int, sentence: Sentence, _ out: inout [Int]) -> Int? {
        let end = sentence.tokenEnd
        let w = lexicon.words
        guard t + 3 < end, precededByPlacePreposition(t + 1, sentence) else { return nil }
        var code: String? = nil
        var k = t + 1
        while k + 2 < end, k - t <= 5 {
            let c = wordClass(k)
            guard text.tokens[k].isWord else { return nil }
            if c.contains(.settlementNoun), !text.tokens[k].isCapitalized, id(k + 1) == w.of || id(k + 1) == w.comma {
                let n = k + 2
                // The longer of a name and a dictionary place, and the name words after one ("Porto Cervo").
                var nameEnd = max(nameRun(from: n, end: end) ?? n, placeRun(from: n, end: end) ?? n)
                guard nameEnd > n else { return nil }
                while nameEnd < end, nameEnd - n < 4, isNameToken(nameEnd) { nameEnd += 1 }
                let (targets, length) = longestPhrase(at: n, end: end)
                let known = n + length == nameEnd ? targets.lazy.compactMap(\.country).first : nil
                if let known { code = lexicon.countries[known].code }
                // "in the city, Blair said": after a comma only a place the dictionary knows.
                if id(k + 1) == w.comma, known == nil { return nil }
                let place = Entity(name: text.text(n, nameEnd), country: code)
                record(Mention(start: t, end: nameEnd, actors: [], isPlace: true, place: place), &out)
                return nameEnd - t
            }
            if !c.isDisjoint(with: [.preposition, .determiner, .be, .have, .reporting, .modal, .negation, .pronoun])
                || id(k) == w.and || id(k) == w.or || isTriggerNoun(k) || isTriggerVerb(k)
            {
                return nil
            }
            let (targets, length) = longestPhrase(at: k, end: end)
            if let c = targets.lazy.compactMap(\.country).first { code = lexicon.countries[c].code }
            k += max(length, 1)
        }
        return nil
    }

    /// A run of capitalised words for a place name (like `nameRun` but also accepting dictionary places).
    private func placeRun(from t: Int, end: Int) -> Int? {
        guard t < end, text.tokens[t].isCapitalized else { return nil }
        let (_, length) = longestPhrase(at: t, end: end)
        if length > 0 { return t + length }
        return nil
    }

    private func tagTitle(
        _ t: Int, length: Int, title ti: Int, country: String?, start: Int, sentence: Sentence, _ out: inout [Int]
    ) -> Int {
        let end = sentence.tokenEnd
        let w = lexicon.words
        let title = lexicon.titles[ti]
        var k = t + length
        // Titles stack: "Deputy Prime Minister", "Foreign Minister" come as one phrase; "of X" follows some.
        var titleCountry = country
        if k + 1 < end, id(k) == w.of {
            // "President of the European Commission Jose Manuel Barroso", "Minister of Silly Walks".
            var n = k + 1
            if id(n) == w.the { n += 1 }
            let (targets, l) = n < end ? longestPhrase(at: n, end: end) : ([], 0)
            if l > 0 {
                for case .country(let c, _) in targets { titleCountry = lexicon.countries[c].code }
                for case .organization(let o) in targets where nameRun(from: n + l, end: end) == nil {
                    // "Foreign ministers of the Gulf Cooperation Council": the body.
                    let actor = organization(o, name: text.text(n, n + l))
                    record(Mention(start: start, end: n + l, actors: [actor]), &out)
                    return n + l - start
                }
                k = n + l
            } else if let run = nameRun(from: n, end: end) {
                k = run
            }
        }
        // "Member of Parliament (MP) Yvette Cooper": the title's abbreviation in brackets before the name.
        if k + 3 < end, id(k) == w.openParen, id(k + 2) == w.closeParen, text.tokens[k + 1].flags.contains(.allCaps),
            nameRun(from: k + 3, end: end).map({ $0 > k + 3 }) == true
        {
            k += 3
        }
        // A comma-less name right after: "Prime Minister Fumio Kishida".
        if let nameEnd = nameRun(from: k, end: end), nameEnd > k {
            // "General Motors Corp", "General Electric Co": a company whose name starts like a title.
            if k == t + length, wordClass(nameEnd - 1).contains(.companyHead)
                || nameEnd < end && wordClass(nameEnd).contains(.companyHead)
            {
                var stop = nameEnd
                while stop < end, wordClass(stop).contains(.companyHead), text.tokens[stop].isCapitalized { stop += 1 }
                let actor = company(text.text(t, stop))
                record(Mention(start: start, end: stop, actors: [actor]), &out)
                return stop - start
            }
            // "at the Sultan Qaboos Grand Mosque in Muscat", "the King Hussein Bridge": a site named after a person,
            // never the person nor an actor; the city after it stays the place. (Only after "the": "Senator John
            // Tower" is a person.)
            if k == t + length, nameEnd - k >= 2, wordClass(nameEnd - 1).contains(.siteHead), start > sentence.tokenStart,
                id(start - 1) == lexicon.words.the
            {
                return nameEnd - start
            }
            let name = text.text(k, nameEnd)
            var stop = nameEnd
            // "King Fahd of Saudi Arabia", "President Mitterrand of France": the person's state.
            if titleCountry == nil, nameEnd + 1 < end, id(nameEnd) == w.of {
                let (targets, l) = longestPhrase(at: nameEnd + 1, end: end)
                for case .country(let c, let role) in targets where role == .name {
                    titleCountry = lexicon.countries[c].code
                    stop = nameEnd + 1 + l
                }
            }
            let person = person(name: name, title: title, country: titleCountry)
            lastPerson = person
            record(Mention(start: start, end: stop, actors: [person]), &out)
            return stop - start
        }
        // "the foreign ministers": every person given this title, when there are two or more; never just one.
        // Only for ranks that act for states ("the candidates" agreeing on issues share views, not a deal).
        let stateRank = [.headOfState, .headOfGovernment, .minister, .diplomat, .royal].contains(title.rank)
        let plural = stateRank && text.text(t + length - 1).lowercased().hasSuffix("s")
            && !title.title.lowercased().hasSuffix("s")
        if plural {
            let all = actors.indices.filter {
                actors[$0].kind == .person && actors[$0].title == title.title
                    && (titleCountry == nil || actors[$0].country == titleCountry)
            }
            if all.count >= 2 {
                record(Mention(start: start, end: k, actors: all, isAnaphor: true), &out)
                return k - start
            }
        }
        // "the prime minister": the last person with this title (and country, when given).
        if !plural, let found = lastPerson(titled: title, country: titleCountry) {
            record(Mention(start: start, end: k, actors: [found], isAnaphor: true), &out)
            lastPerson = found
            return k - start
        }
        // "..., Gordon Brown has said. The chancellor, speaking during a tour of Africa, ...": a state title no one
        // holds yet, "the" before it, is the last untitled person of the sentence before, who takes it ("Blair
        // told the chancellor" names someone else).
        let byContext = stateRank && !Self.corporateOffices.contains(title.title)
        if !plural, byContext, titleCountry == nil, t > sentence.tokenStart, id(t - 1) == w.the,
            t - 2 < sentence.tokenStart || !Self.predicativeBefore.contains(text.text(t - 2).lowercased()),
            let named = mentions.last(where: { m in
                let back = Int(text.sentenceOf[t]) - Int(text.sentenceOf[m.start])
                return back > 1
                    || back == 1 && m.actors.count == 1 && actors[m.actors[0]].kind == .person
                        && actors[m.actors[0]].title == nil
            }),
            Int(text.sentenceOf[t]) - Int(text.sentenceOf[named.start]) == 1
        {
            let previous = named.actors[0]
            give(title, to: previous)
            record(Mention(start: start, end: k, actors: [previous], isAnaphor: true), &out)
            return k - start
        }
        // "King Fahd of Saudi Arabia ... The Saudi leader will hold talks": the head of that state.
        if !plural, let titleCountry, title.title == "Leader", text.text(t + length - 1).lowercased() == "leader",
            let head = actors.indices.last(where: {
                actors[$0].kind == .person && actors[$0].country == titleCountry
                    && [.headOfState, .headOfGovernment, .royal].contains(actors[$0].rank)
            })
        {
            record(Mention(start: start, end: k, actors: [head], isAnaphor: true), &out)
            lastPerson = head
            return k - start
        }
        // "Iraq's national security advisor", "the Japanese foreign minister": the state, titled.
        if let titleCountry, let c = lexicon.countryByCode[titleCountry] {
            let actor = state(c)
            record(Mention(start: start, end: k, actors: [actor]), &out)
            return k - start
        }
        // A bare title: a titled actor of unknown name ("ministers", "the foreign minister").
        let actor = addActor(DocActor(name: text.text(t, t + length), title: title.title, kind: .group, political: true))
        record(Mention(start: start, end: k, actors: [actor], isAnaphor: false), &out)
        if !plural, byContext, t > sentence.tokenStart, id(t - 1) == w.the {
            announcedTitle = (actor, title, Int(text.sentenceOf[t]))
        }
        return k - start
    }

    /// "..., the Trade and Industry Secretary has said. Patricia Hewitt said ...": the untitled person named in
    /// the sentence after a bare state title is its holder; the title's mentions become hers.
    private func adoptAnnouncedTitle(_ person: Int, at t: Int) {
        guard let (holder, title, sentence) = announcedTitle, actors[person].title == nil,
            Int(text.sentenceOf[t]) - sentence == 1
        else { return }
        announcedTitle = nil
        give(title, to: person)
        for i in mentions.indices where mentions[i].actors == [holder] { mentions[i].actors = [person] }
    }

    /// A person takes a title the text gives by apposition or by context: its name, its rank, and political
    /// standing unless the rank is of no political office.
    private func give(_ title: TitleEntry, to person: Int) {
        actors[person].title = title.title
        actors[person].rank = title.rank
        actors[person].political = title.rank != .other
    }

    /// State titles that are also a firm's offices ("the chief executive of Fiat"): never given by context alone.
    private static let corporateOffices: Set<String> = ["Chief Executive", "Chairman"]

    /// "to become the president", "was elected the party's leader": a title said of someone, not a reference.
    private static let predicativeBefore: Set<String> = [
        "become", "became", "becomes", "becoming", "be", "is", "was", "as", "named", "appointed", "elected",
    ]

    /// The last person given this title (and country, when given); else the last whose title ends in it ("the
    /// minister" for "Foreign Minister Liam Fox"), but not a deputy's or a vice's ("the president" is not "Vice
    /// President Bush").
    private func lastPerson(titled title: TitleEntry, country: String?) -> Int? {
        func fits(_ a: Int) -> Bool {
            actors[a].kind == .person && (country == nil || actors[a].country == country)
        }
        if let exact = actors.indices.last(where: { fits($0) && actors[$0].title == title.title }) { return exact }
        let suffix = " " + title.title.lowercased()
        return actors.indices.last(where: {
            guard fits($0), let held = actors[$0].title?.lowercased(), held.hasSuffix(suffix) else { return false }
            return !(held.hasPrefix("vice") || held.hasPrefix("deputy") || held.hasPrefix("assistant")
                || held.hasPrefix("under") || held.hasPrefix("acting") || held.hasPrefix("former")
                || held.hasPrefix("shadow") || held.hasPrefix("junior"))
        })
    }

    /// The state of "Turkey's" right before `t`, over at most two capitalised words ("Turkey's Foreign").
    private func possessiveState(before t: Int, start: Int) -> Int? {
        var k = t - 1
        while k > start, t - k <= 2, text.tokens[k].isCapitalized, id(k) != lexicon.words.possessive { k -= 1 }
        guard k > start, id(k) == lexicon.words.possessive, mentionEndingAt[k - 1] >= 0 else { return nil }
        let m = mentions[Int(mentionEndingAt[k - 1])]
        guard m.actors.count == 1, actors[m.actors[0]].kind == .state else { return nil }
        return m.actors[0]
    }

    private func tagName(_ t: Int, sentence: Sentence, _ out: inout [Int]) -> Int {
        let end = sentence.tokenEnd
        let w = lexicon.words
        guard var nameEnd = nameRun(from: t, end: end) else { return 1 }
        // "Sears Roebuck and Co", "Johnson and Company": a firm's name goes on past "and".
        if nameEnd + 1 < end, id(nameEnd) == w.and, text.tokens[nameEnd + 1].isCapitalized,
            Self.firmTails.contains(text.text(nameEnd + 1).lowercased())
        {
            nameEnd += 2
            while nameEnd < end, text.tokens[nameEnd].isCapitalized, wordClass(nameEnd).contains(.companyHead) { nameEnd += 1 }
        }
        // "the Ministry of Finance", "the Confederation of British Industry", "the Muslim Council of Britain": a
        // body's name goes on past "of" (its last word before "of" heads the name).
        let head = nameEnd - 1
        var ofCountry: String? = nil
        // The end of a firm's home named after it ("Ozaki Trading Co Ltd of Osaka, Japan"): no actor.
        var homeEnd: Int? = nil
        if nameEnd < end, id(nameEnd) == w.of, wordClass(head).contains(.orgHead),
            let tail = ofTail(from: nameEnd + 1, end: end)
        {
            // "the Foreign Ministry of Iraq", "the Government of India": the state itself, as "Iraq's Foreign
            // Ministry" is.
            if let c = tail.country, tail.onlyCountry, id(head) == w.ministry || id(head) == w.government {
                record(Mention(start: t, end: tail.end, actors: [state(c)]), &out)
                return tail.end - t
            }
            nameEnd = tail.end
            if Self.legalForms.contains(text.text(head).lowercased()) {
                // "Dynamics Corp of America": a firm's legal form names where the firm is, not a body of the state.
                if nameEnd + 1 < end, id(nameEnd) == w.comma, case let (targets, length) = longestPhrase(at: nameEnd + 1, end: end),
                    targets.contains(where: { $0.country != nil })
                {
                    homeEnd = nameEnd + 1 + length
                }
            } else {
                ofCountry = tail.country.map { lexicon.countries[$0].code }
            }
        }
        let count = nameEnd - t
        let name = text.text(t, nameEnd)
        // "Sen. James McClure, R-Idaho,": a party and state tag after a name, not an actor of its own.
        if t > sentence.tokenStart, id(t - 1) == w.comma, name.count >= 4, let f = name.first, f == "R" || f == "D" || f == "I",
            name.dropFirst().hasPrefix("-"), !name.contains(" ")
        {
            return count
        }
        // "Sacred Defence Week", "the Asian Games": an occasion, no actor (and no one "he" can be).
        if count >= 2, wordClass(nameEnd - 1).contains(.occasionHead) { return count }
        let atStart = t == sentence.tokenStart || (t > sentence.tokenStart && id(t - 1) == w.quote)
        // "Emergencies Minister Yevgeny Zinichev", "Tourism Minister X": a portfolio the dictionary lacks belongs
        // to the minister's title, not an actor of its own.
        if count <= 2, nameEnd < end {
            let (targets, length) = longestPhrase(at: nameEnd, end: end)
            for case .title(let ti) in targets where lexicon.titles[ti].rank == .minister {
                // Only before a name: "Eurozone ministers", "UMOA finance ministers" are the body's.
                guard let personEnd = nameRun(from: nameEnd + length, end: end), personEnd > nameEnd + length,
                    aliasToPerson[NameText.lowercased(name)] == nil
                else { break }
                return tagTitle(nameEnd, length: length, title: ti, country: nil, start: t, sentence: sentence, &out)
            }
        }
        // "Turkey's Foreign Ministry", "Japan's Ministry of Finance": a state's ministry acts for the state.
        if id(head) == w.ministry, let owner = possessiveState(before: t, start: sentence.tokenStart) {
            record(Mention(start: t, end: nameEnd, actors: [owner]), &out)
            return count
        }
        if let person = aliasToPerson[NameText.lowercased(name)] {
            lastPerson = person
            record(Mention(start: t, end: nameEnd, actors: [person]), &out)
            return count
        }
        let next = nameEnd < end ? text.tokens[nameEnd] : nil
        let nextClass = nameEnd < end ? wordClass(nameEnd) : []
        if atStart && count == 1 {
            // A capitalised first word is a name only when what follows looks like a predicate or a title.
            guard let next else { return 1 }
            let nid = next.id
            let ok =
                nid == w.and || nid == w.on || nid == w.will || nid == w.possessive || nid == w.comma
                || nextClass.contains(.have) || nextClass.contains(.be) || nextClass.contains(.reporting)
                || nextClass.contains(.groupNoun) || nextClass.contains(.modal) || isTriggerVerb(nameEnd)
            if !ok { return 1 }
        }
        let placeUse = precededByPlacePreposition(t, sentence)
        let lastClass = wordClass(head)
        // "the Calenardhon government", "Osgiliath soldiers": a national group of an unknown state.
        if nameEnd < end, nextClass.contains(.groupNoun), next?.isCapitalized == false || nextClass.contains(.orgHead) {
            var g = nameEnd
            while g < end, wordClass(g).contains(.groupNoun) { g += 1 }
            // Not "an Olivetti spokesman", "the Fiat president": roles a firm has too.
            let political = (nameEnd..<g).contains {
                wordClass($0).contains(.politicalGroupNoun) && !Self.rolesOfFirms.contains(text.text($0).lowercased())
            }
            let company = (nameEnd..<g).contains { wordClass($0).contains(.companyHead) }
            let actor = named(name, kind: political ? .group : .unknown, political: political, nonPolitical: company)
            if political { actors[actor].political = true }
            if actors[actor].country == nil { actors[actor].country = ofCountry }
            record(Mention(start: t, end: g, actors: [actor]), &out)
            return g - t
        }
        if count >= 2, lastClass.contains(.orgHead) || nextClass.contains(.companyHead) {
            let political = lastClass.contains(.politicalOrgHead)
            let company = lastClass.contains(.companyHead) || nextClass.contains(.companyHead)
            let party = id(head) == w.party
            let actor = named(
                name, kind: .organization(company ? .company : party ? .party : .other),
                political: political && !company, nonPolitical: company)
            if actors[actor].country == nil { actors[actor].country = ofCountry }
            record(Mention(start: t, end: nameEnd, actors: [actor], isPlace: placeUse), &out)
            return (homeEnd ?? nameEnd) - t
        }
        // "the Golden Temple", "Downing Street": a named site is a place.
        if placeUse && (t == 0 || id(t - 1) != w.with) || count >= 2 && lastClass.contains(.siteHead) {
            record(
                Mention(start: t, end: nameEnd, actors: [], isPlace: true, place: Entity(name: name, country: nil)),
                &out)
            return count
        }
        if count >= 2 {
            let person = person(name: name, title: nil, country: nil)
            lastPerson = person
            appositiveTitle(person, after: nameEnd, end: end)
            adoptAnnouncedTitle(person, at: t)
            record(Mention(start: t, end: nameEnd, actors: [person]), &out)
            return count
        }
        let actor = named(name, kind: .unknown, political: false, nonPolitical: nextClass.contains(.companyHead))
        record(Mention(start: t, end: nameEnd, actors: [actor]), &out)
        return count
    }

    /// The rest of a body's name after its "of", from `start`: "(the) Finance", "British Industry", "Trade and
    /// Industry", "Britain"; the country it names and whether it names nothing else. Capitalised words only, at
    /// most five; nil when none.
    private func ofTail(from start: Int, end: Int) -> (end: Int, country: Int?, onlyCountry: Bool)? {
        var k = start
        if k < end, id(k) == lexicon.words.the { k += 1 }
        let first = k
        var last = k  // the end of the last word taken
        var country: Int? = nil
        var onlyCountry = true
        while k < end, k - first < 6, text.tokens[k].isCapitalized {
            var length = 0
            if lexicon.phraseTable.startsPhrase(text.tokens[k].id) {
                let (targets, phraseLength) = longestPhrase(at: k, end: end)
                // Only countries and further name words: "the Ministry of Defence Secretary" stops at the title.
                if phraseLength > 0 {
                    guard let named = targets.lazy.compactMap(\.country).first else { break }
                    country = country ?? named
                    length = phraseLength
                }
            }
            if length == 0 {
                guard isNameToken(k) || wordClass(k).contains(.orgHead) else { break }
                length = 1
                onlyCountry = false
            }
            k += length
            last = k
            // "Trade and Industry", "Chamber of Commerce of Peru": "and" between two name words, "of" before a
            // name word or a country.
            if k + 1 < end, id(k) == lexicon.words.and && isNameToken(k + 1)
                || id(k) == lexicon.words.of && text.tokens[k + 1].isCapitalized
            {
                k += 1
            }
        }
        return last > first ? (last, country, onlyCountry && country != nil) : nil
    }

    /// "Tony Blair, the prime minister, ...", "Beryl Sprinkel, Chairman of ...", "X, Britain's foreign
    /// secretary": a title in apposition after a name gives the person that title (and country).
    private func appositiveTitle(_ person: Int, after nameEnd: Int, end: Int) {
        guard actors[person].title == nil, nameEnd + 1 < end, id(nameEnd) == lexicon.words.comma else { return }
        var q = nameEnd + 1
        var country: String? = nil
        while q < end, q - nameEnd <= 4 {
            let (targets, length) = longestPhrase(at: q, end: end)
            var matched = false
            for target in targets {
                switch target {
                case .title(let ti):
                    give(lexicon.titles[ti], to: person)
                    if actors[person].country == nil, let country { actors[person].country = country }
                    return
                case .country(let c, let role) where role != .place:
                    country = lexicon.countries[c].code
                    matched = true
                default: break
                }
            }
            if matched {
                q += length
                if q < end, id(q) == lexicon.words.possessive { q += 1 }
                continue
            }
            if wordClass(q).contains(.determiner) || text.text(q).lowercased() == "former" {
                q += 1
                continue
            }
            return
        }
    }

    func isTriggerVerb(_ t: Int) -> Bool {
        startsTrigger(at: t) { $0 == .verb || $0 == .support }
    }

    func isTriggerNoun(_ t: Int) -> Bool {
        startsTrigger(at: t) { $0 == .noun }
    }

    private func startsTrigger(at t: Int, kind matches: (TriggerEntry.Kind) -> Bool) -> Bool {
        let (targets, _) = longestPhrase(at: t, end: min(t + 4, text.tokens.count))
        for case .trigger(let i) in targets where matches(lexicon.triggers[i].kind) {
            return true
        }
        return false
    }
}

extension Vocabulary {
    func lookupString(_ text: String) -> Int32 {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { lookup($0, 0, $0.count) } ?? -2
    }
}

extension WordIDs {
    var near: Int32 { -3 }
}

extension Lexicon {
    /// Recomputes ``lowerCaseActorCues`` (after the phrases or the word classes changed): the words that
    /// `ActorTagger.tagAt` acts on in lower case, the pronouns, the openers of group phrases, the plural titles,
    /// "Mr" and its kin, legislatures and every word that starts a dictionary phrase. Its other rules need a
    /// capital.
    mutating func rebuildLowerCaseActorCues() {
        var cues = [Bool](repeating: false, count: vocabulary.count)
        let w = words
        let cueWords = [
            w.he, w.she, w.it, w.they, w.presidents, w.ministers, w.premiers, w.chancellors, w.leaders, w.the, w.both,
            w.mr, w.mrs, w.ms, w.mrDot, w.mrsDot, w.msDot, w.dr, w.drDot,
        ]
        for id in cueWords where id >= 0 && Int(id) < cues.count { cues[Int(id)] = true }
        for id in cues.indices {
            if phraseTable.startsPhrase(Int32(id)) || id < wordClasses.count && wordClasses[id].contains(.legislature) {
                cues[id] = true
            }
        }
        lowerCaseActorCues = cues
    }

    /// Whether a lower-case token of `id` may start a mention; true for ids the table has not seen.
    @inline(__always)
    func mayStartLowerCaseMention(_ id: Int32) -> Bool {
        id >= 0 && (Int(id) >= lowerCaseActorCues.count || lowerCaseActorCues[Int(id)])
    }
}
