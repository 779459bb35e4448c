/// Agreement and condemnation rules for real news: passives, treaty names, consent to a request, plural
/// role nouns ("the ministers"), the political act a condemnation is aimed at.
extension EventFinder {
    // MARK: - Agreement nouns

    /// An all-capitals acronym alone between `start` and `end` ("AfCFTA", "DECA"): a treaty's short name.
    func isAcronym(_ start: Int, _ end: Int) -> Bool {
        guard end == start + 1, text.tokens[start].isWord else { return false }
        let raw = text.text(start)
        return raw.count >= 2 && raw.count <= 10 && raw.first?.isUppercase == true
            && raw.filter(\.isUppercase).count * 2 >= raw.count
    }

    /// A capitalised word of a treaty's name before its noun ("Free Trade Area agreement"), not a function word.
    func isTreatyNameWord(_ k: Int) -> Bool {
        let token = text.tokens[k]
        guard token.isWord, token.isCapitalized, tagger.mentionEndingAt[k] < 0, k > text.sentences[Int(text.sentenceOf[k])].tokenStart else {
            return false
        }
        let c = cls(k)
        return !c.contains(.determiner) && !c.contains(.preposition) && !c.contains(.barrier) && !c.contains(.reporting)
            && !c.contains(.be) && !c.contains(.have) && !c.contains(.modal) && !c.contains(.negation)
            && !c.contains(.pronoun) && !c.contains(.month) && !c.contains(.weekday)
    }

    private static let passiveHedges: Set<String> = ["thought", "believed", "said", "understood", "reported", "known"]
    private static let topicPrepositions: Set<String> = [
        "about", "on", "over", "for", "covering", "concerning", "regarding", "to",
    ]

    /// What a passive scan after an agreement noun may step over to reach its verb: a hedge ("is thought to
    /// have been struck") or the noun's own topic phrase right after it ("a memorandum about the pipeline was
    /// signed"). Returns the next token to look at, or nil.
    func passiveGap(at j: Int, noun nounEnd: Int, end: Int, hits: [Hit]) -> Int? {
        let raw = text.text(j).lowercased()
        if Self.passiveHedges.contains(raw), j + 1 < end, id(j + 1) == w.to { return j + 2 }
        guard j == nounEnd, Self.topicPrepositions.contains(raw) else { return nil }
        var q = j + 1
        while q < end, q - j <= 8 {
            if cls(q).contains(.be) || cls(q).contains(.have) { return q }
            if id(q) == w.comma || id(q) == w.period || id(q) == w.semicolon || cls(q).contains(.barrier)
                || hits.contains(where: { $0.start == q })
            {
                return nil
            }
            q += 1
        }
        return nil
    }

    /// The parties after a passive agreement verb: "was signed between Cyprus, Greece and Israel", "was signed
    /// in 2017 by X and Y".
    func passiveParties(after support: Int, end: Int, dates: [DateMention]) -> [Int] {
        var q = support + 1
        while q < end, q - support <= 8 {
            let tid = id(q)
            if tid == w.by || tid == w.between || tid == w.among { return group(startingAt: q + 1, end: end) }
            if tid == w.comma || tid == w.period || tid == w.semicolon || cls(q).contains(.barrier) { break }
            q += 1
        }
        return []
    }

    /// Whether a date names a period before the story's own ("last year", "last month", "last April").
    func isEarlierPeriod(_ d: DateMention) -> Bool {
        switch d.expression {
        case .relativeYears(let n), .relativeMonths(let n):
            // "in the last year" is the twelve months up to now, not the year before.
            if d.start > 0, text.text(d.start - 1).lowercased() == "the" { return false }
            return n < 0
        case .month, .monthDay:
            if text.text(d.start).lowercased() == "last" { return true }
            let sentenceStart = text.sentences[Int(text.sentenceOf[d.start])].tokenStart
            return d.start > sentenceStart && text.text(d.start - 1).lowercased() == "last"
        default: return false
        }
    }

    /// "agreed to pay 30% more for gas supplied by Turkmenistan", "agreed to buy wheat from Canada": in a
    /// trade the lone party agrees to, the state after "from" or "by".
    func tradePartner(from t: Int, to end: Int, excluding party: Int) -> Int? {
        let trades = (t..<end).contains {
            text.tokens[$0].isWord && Self.tradeWords.contains(text.text($0).lowercased())
        }
        guard trades else { return nil }
        for q in t..<end where tagger.mentionStartingAt[q] >= 0 && q > t && (id(q - 1) == w.from || id(q - 1) == w.by) {
            let m = tagger.mentions[Int(tagger.mentionStartingAt[q])]
            if m.actors.count == 1, tagger.actors[m.actors[0]].kind == .state,
                tagger.actors[m.actors[0]].country != tagger.actors[party].country
            {
                return m.actors[0]
            }
        }
        return nil
    }

    private static let tradeWords: Set<String> = tradeVerbs.union(["pay", "paying", "supplied", "imported", "bought"])

    private static let tradeVerbs: Set<String> = [
        "import", "imports", "importing", "export", "exports", "exporting", "buy", "buying", "sell", "selling",
        "supply", "supplying", "purchase", "purchasing",
    ]

    /// "a deal to import Venezuelan fuel", "an agreement to buy Russian gas": the state whose goods a lone
    /// party's deal trades in is its counterpart, when the article names that state as an actor.
    func tradeCounterpart(from t: Int, to end: Int, excluding party: Int) -> Int? {
        var q = t
        while q < end {
            guard text.tokens[q].isWord, Self.tradeVerbs.contains(text.text(q).lowercased()) else {
                q += 1
                continue
            }
            var r = q + 1
            while r < end, r - q <= 3 {
                // Only an adjective names the goods' origin: "to supply Great Britain squads" names a customer.
                var code: String? = nil
                for case .country(let c, .adjective) in tagger.longestPhrase(at: r, end: end).targets where code == nil {
                    code = lexicon.countries[c].code
                }
                if let code, code != tagger.actors[party].country {
                    return tagger.actors.firstIndex { $0.kind == .state && $0.country == code }
                }
                r += 1
            }
            q += 1
        }
        return nil
    }

    /// 'the SDF said, "An agreement has been reached with the Syrian government"': an agentless passive deal
    /// "with" one party, told by a speaker the sentence names, is between the two.
    func passivePartnerAndSpeaker(after support: Int, sentence: Sentence) -> [Int] {
        let end = sentence.tokenEnd
        var q = support + 1
        while q < end, q - support <= 6 {
            if id(q) == w.with {
                let partner = group(startingAt: q + 1, end: end)
                guard !partner.isEmpty, let speaker = reportedSpeaker(in: sentence) else { return [] }
                // Both sides political: "a deal was struck with Hutton, Wall Street sources said" is a firms' deal.
                let others = speaker.filter { !partner.contains($0) }
                let political: ([Int]) -> Bool = { $0.contains { self.tagger.actors[$0].political } }
                return others.isEmpty || !political(others) || !political(partner) ? [] : others + partner
            }
            if id(q) == w.comma || id(q) == w.period || id(q) == w.semicolon || cls(q).contains(.barrier) { break }
            q += 1
        }
        return []
    }

    // MARK: - A second predicate after "then"

    /// "Hungary licensed Czech firearm technology, then agreed with Airbus to open a factory", "X met Y and then
    /// signed a pact with Z": a predicate after ", then" or "and then" shares the subject of the clause's first
    /// predicate, the first actor of the clause (not one in a prepositional phrase, nor the first verb's object).
    func sequelSubject(before p: Int, start: Int) -> [Int] {
        var k = p - 1
        while k > start, cls(k).contains(.adverb) { k -= 1 }
        guard k > start else { return [] }
        let c = cls(k)
        guard c.contains(.sequel), c.contains(.barrier), id(k - 1) == w.comma || id(k - 1) == w.and else {
            return []
        }
        // The clause's opening: the last barrier before "then" (a comma opens no clause: "In 2018, Hungary ...").
        var open = max(start, k - 2)
        while open > start, !(cls(open).contains(.barrier) && id(open) != w.comma) && !cls(open).contains(.reporting) {
            open -= 1
        }
        var q = open
        while q < k - 1 {
            let index = tagger.mentionStartingAt[q]
            guard index >= 0 else {
                q += 1
                continue
            }
            let m = tagger.mentions[Int(index)]
            var b = m.start - 1
            while b >= start, cls(b).contains(.determiner) { b -= 1 }
            let inPhrase = b >= start && cls(b).contains(.preposition)
            // The clause's subject opens it, after a comma or a year at most ("Officials praised Slovakia, then
            // agreed ..." names the first verb's object).
            let opensClause = b <= open || id(b) == w.comma || text.tokens[b].flags.contains(.digit)
            if !m.isPlace, !m.actors.isEmpty, !inPhrase, opensClause { return group(startingAt: m.start, end: k - 1) }
            // The first verb's object or a phrase's name: no subject of the clause before it.
            if !inPhrase { return [] }
            q = m.end
        }
        return []
    }

    // MARK: - Consent to a request

    private static let consentVerbs: [String: String?] = [
        "comply": "with", "complies": "with", "complied": "with", "complying": "with",
        "accede": "to", "accedes": "to", "acceded": "to", "acceding": "to",
        "consent": "to", "consents": "to", "consented": "to",
        "agree": "to", "agrees": "to", "agreed": "to",
        "grant": nil, "grants": nil, "granted": nil, "accept": nil, "accepts": nil, "accepted": nil,
        "heed": nil, "heeded": nil, "honour": nil, "honoured": nil, "honor": nil, "honored": nil,
    ]

    /// "she will comply with the request of Prime Minister Boris Johnson", "Seoul acceded to Tokyo's request":
    /// one actor consenting to another political actor's request, an agreement of lower confidence
    /// (EVENTS.md). The requester must be a political actor named with the request.
    func consentMention(in s: Int, dates: [DateMention]) -> EventMention? {
        let sentence = text.sentences[s]
        let start = sentence.tokenStart
        let end = sentence.tokenEnd
        // Cheap test first: the sentence names a request at all (by token id: this runs on every token).
        guard (start..<end).contains(where: isRequest) else { return nil }
        var t = start
        while t + 3 < end {
            defer { t += 1 }
            guard text.tokens[t].isWord, let particle = Self.consentVerbs[text.text(t).lowercased()] else { continue }
            var q = t + 1
            if let particle {
                guard text.text(q).lowercased() == particle else { continue }
                q += 1
            }
            var requester: [Int] = []
            var requestNoun = -1
            if tagger.mentionStartingAt[q] < 0 || cls(q).contains(.determiner) {
                // "the request of X", "a request from X".
                q = pastDeterminers(q, end: end)
                guard q + 2 < end, isRequest(q) else { continue }
                requestNoun = q
                if id(q + 1) == w.of || id(q + 1) == w.from || id(q + 1) == w.by {
                    requester = group(startingAt: q + 2, end: end)
                }
            } else {
                // "X's request".
                let m = tagger.mentions[Int(tagger.mentionStartingAt[q])]
                guard m.end + 1 < end, id(m.end) == w.possessive, isRequest(m.end + 1), !m.isPlace else {
                    continue
                }
                requester = m.actors
                requestNoun = m.end + 1
            }
            guard !requester.isEmpty, requester.contains(where: { tagger.actors[$0].political }) else { continue }
            let consenter = subjectGroup(before: t, sentence: sentence).filter { !requester.contains($0) }
            guard !consenter.isEmpty else { continue }
            guard let (said, cue) = modality(predicate: t, sentence: sentence) else { continue }
            // "announced she will comply": the consent is given when it is announced.
            let status: EventStatus = said == .planned ? .occurred : said
            // What was requested: "the request of X to suspend Parliament".
            var topicStart = requestNoun + 1
            while topicStart < end, id(topicStart) != w.to, topicStart - requestNoun < 10 {
                if id(topicStart) == w.comma || id(topicStart) == w.period { break }
                topicStart += 1
            }
            var topic: String? = nil
            if topicStart < end, id(topicStart) == w.to {
                topic = cleanPhrase(topicStart + 1, clauseEnd(from: topicStart + 1, end: end, limit: 14))
            }
            var mention = EventMention(
                type: .agreement, sentence: s, trigger: t, participants: unique(consenter + requester), target: nil,
                targetText: nil, topic: topic, place: findPlace(around: t, sentence: sentence), date: nil,
                status: status, confidence: 0.6, anaphoric: false, frame: [], statusFromCue: cue, hostIndex: nil,
                isVisit: false)
            mention.hasVerb = true
            guard let finished = finish(mention, predicate: t, sentence: sentence, dates: dates) else { continue }
            return finished
        }
        return nil
    }

    /// "request" or "requests" at `k` (token ids are case-blind).
    private func isRequest(_ k: Int) -> Bool { id(k) == w.request || id(k) == w.requests }

    // MARK: - Talks still to come

    /// "agreed to a prisoner swap ahead of talks in Geneva on Monday", "signed a deal before talks in Geneva", "on
    /// the eve of the summit in Rome": a place or a day at `k`, after an event noun that "ahead of", "before",
    /// "prior to" or a lead-up word introduces after the deal's predicate `p`, is that other event's.
    func inLeadUpPhrase(_ k: Int, after p: Int) -> Bool {
        guard k > p + 2 else { return false }
        var q = k - 1
        while q > p, k - q <= 8 {
            let tid = id(q)
            if tid == w.comma || tid == w.semicolon || tid == w.period || cls(q).contains(.reporting) { return false }
            let leadUp = tid == w.before
                || (tid == w.of || tid == w.to) && (id(q - 1) == w.ahead || cls(q - 1).contains(.leadUp)
                    || tid == w.to && text.text(q - 1).lowercased() == "prior")
            if leadUp { return (q + 1..<k).contains { tagger.isTriggerNoun($0) } }
            q -= 1
        }
        return false
    }

    // MARK: - A deal told by its parties

    /// "The agreement by the G8 group of wealthy nations would save ...", "welcomed the decision by India and
    /// Pakistan to open a bus link": a definite deal noun with its parties after "by" presupposes the deal's
    /// conclusion. The parties are two or more political actors, or one intergovernmental body (its members); a
    /// decision is a deal only when two or more parties take it, about a step ("to open"). Not "an agreement by
    /// X would" (a deal not yet made), nor a firm's deal.
    func dealByPartiesMention(in s: Int, dates: [DateMention]) -> EventMention? {
        let sentence = text.sentences[s]
        let start = sentence.tokenStart
        let end = sentence.tokenEnd
        var t = start + 1
        while t + 2 < end {
            defer { t += 1 }
            // "the agreement among industrial nations in Paris last month": "among" or "between" with a past
            // time phrase right after the parties tells the conclusion (not "under the agreement between").
            let among = id(t + 1) == w.among || id(t + 1) == w.between
            guard cls(t).contains(.dealByParties), id(t + 1) == w.by || among else { continue }
            if among, text.text(t).lowercased() == "decision" { continue }
            // Definite: "the agreement by", "the landmark decision by", "this deal by".
            var b = t - 1
            while b > start, t - b <= 3, text.tokens[b].isWord, !text.tokens[b].isCapitalized,
                !cls(b).contains(.determiner), !cls(b).contains(.negation)
            {
                b -= 1
            }
            guard id(b) == w.the || id(b) == w.this || id(b) == w.that else { continue }
            // ("under the agreement between", "terms of the accord among": a framework named, no conclusion.)
            if among, b > start, cls(b - 1).contains(.preposition) || id(b - 1) == w.with { continue }
            let q = pastDeterminers(t + 2, end: end)
            guard q < end, tagger.mentionStartingAt[q] >= 0, !tagger.mentions[Int(tagger.mentionStartingAt[q])].isPlace
            else { continue }
            let parties = group(startingAt: q, end: end)
            guard !parties.isEmpty,
                parties.allSatisfy({ !tagger.actors[$0].nonPolitical && tagger.actors[$0].kind != .unknown }),
                parties.contains(where: { tagger.actors[$0].political })
            else { continue }
            let decision = text.text(t).lowercased() == "decision"
            let body = parties.count == 1 && tagger.actors[parties[0]].kind == .organization(.igo)
            if parties.count < 2 && (decision || !body) { continue }
            // Two distinct sides: not two names of one state ("Britain and the UK").
            if parties.count >= 2 {
                let countries = Set(parties.compactMap { tagger.actors[$0].country })
                if countries.count < 2, parties.allSatisfy({ tagger.actors[$0].country != nil }) { continue }
            }
            // The end of the parties' group: the step a decision is about follows it ("to open a bus link").
            var after = q
            while after < end, after - q <= 14, id(after) != w.to, id(after) != w.comma, id(after) != w.period,
                !cls(after).contains(.barrier) || id(after) == w.and
            {
                after += 1
            }
            if decision, !(after + 1 < end && id(after) == w.to && text.tokens[after + 1].isWord) { continue }
            if among, !concludedAt(afterParties: q, end: end, dates: dates) { continue }
            // The noun phrase's determiner shields it from the main clause ("welcomed the decision by ...").
            guard let (status, cue) = modality(predicate: t, sentence: sentence, shield: b + 1) else { continue }
            // What was decided ("to open a bus link"), else what the deal does, told with its parties.
            let topicStart = after < end && id(after) == w.to ? after + 1 : q
            var mention = EventMention(
                type: .agreement, sentence: s, trigger: t, participants: unique(parties), target: nil, targetText: nil,
                topic: cleanPhrase(topicStart, clauseEnd(from: topicStart, end: end, limit: 12)),
                place: findPlace(around: t, sentence: sentence, type: .agreement), date: nil, status: status,
                confidence: 0.7, anaphoric: false, frame: [], statusFromCue: cue, hostIndex: nil, isVisit: false)
            mention.hasVerb = true
            guard let finished = finish(mention, predicate: t, sentence: sentence, dates: dates) else { continue }
            return finished
        }
        return nil
    }

    /// "among industrial nations in Paris last month", "between Peru and Chile on Monday": past the parties'
    /// names (and a place after "in" or "at"), a time before the story's day follows within three words.
    private func concludedAt(afterParties q: Int, end: Int, dates: [DateMention]) -> Bool {
        var j = q
        while j < end, tagger.mentionStartingAt[j] >= 0 || id(j) == w.and || id(j) == w.comma && j + 1 < end
            && tagger.mentionStartingAt[j + 1] >= 0
        {
            j = tagger.mentionStartingAt[j] >= 0 ? tagger.mentions[Int(tagger.mentionStartingAt[j])].end : j + 1
        }
        var k = j
        while k < end, k - j <= 3 {
            if let d = dates.first(where: { $0.start == k || $0.start == k + 1 && (id(k) == w.on || id(k) == w.in_) }) {
                guard !d.isBoundary else { return false }
                switch d.expression {
                case .relativeDays(let n), .relativeWeeks(let n): return n < 0
                case .weekday: return true
                default: return isEarlierPeriod(d)
                }
            }
            if tagger.mentionStartingAt[k] >= 0, tagger.mentions[Int(tagger.mentionStartingAt[k])].isPlace {
                k = tagger.mentions[Int(tagger.mentionStartingAt[k])].end
                continue
            }
            guard id(k) == w.in_ || id(k) == w.at else { return false }
            k += 1
        }
        return false
    }

    // MARK: - Plural role nouns

    /// "The ministers agreed ..." after "EC ministers failed to ...": a bare plural title stands for the body or
    /// state that an earlier mention tied the same noun to. Returns `participants` unchanged otherwise.
    func resolvingRoleNouns(_ participants: [Int], before p: Int) -> [Int] {
        guard !participants.isEmpty,
            participants.allSatisfy({ tagger.actors[$0].isBareTitles })
        else { return participants }
        // "have the tendency to sign compromises": an infinitive tells no deal of the body's.
        if p > 0, id(p - 1) == w.to { return participants }
        let nouns = Set(participants.map { String(tagger.actors[$0].name.lowercased().split(separator: " ").last ?? "") })
        guard nouns.allSatisfy({ $0.count > 3 && $0.hasSuffix("s") }) else { return participants }
        let sentence = Int(text.sentenceOf[p])
        var best: Mention? = nil
        for m in tagger.mentions where m.end <= p && m.end - m.start >= 2 && !m.isPlace && m.actors.count == 1 {
            guard sentence - Int(text.sentenceOf[m.start]) <= 4, nouns.contains(text.text(m.end - 1).lowercased())
            else { continue }
            let a = tagger.actors[m.actors[0]]
            let body: Bool
            switch a.kind {
            case .state: body = true
            case .organization(let k): body = k == .igo || k == .agency
            default: body = false
            }
            guard body else { continue }
            if best == nil || m.start > best!.start { best = m }
        }
        if let best { return best.actors }
        return titledGroup(for: participants, before: p, sentence: sentence) ?? participants
    }

    /// "Egyptian foreign minister X and his Greek, Cypriot and French counterparts ... The foreign ministers
    /// agreed": a bare plural title with no body stands for the latest group of two or more actors (within four
    /// sentences) led by a person who holds that title. Nil when there is none.
    private func titledGroup(for participants: [Int], before p: Int, sentence: Int) -> [Int]? {
        let plural = tagger.actors[participants[0]].name.lowercased()
        guard participants.count == 1, plural.hasSuffix("s") else { return nil }
        let singular = plural.dropLast()
        for m in tagger.mentions.reversed() where m.end <= p && !m.isPlace && !m.isAnaphor && m.actors.count == 1 {
            let s = Int(text.sentenceOf[m.start])
            if sentence - s > 4 { break }
            let a = tagger.actors[m.actors[0]]
            guard a.kind == .person, let title = a.title?.lowercased(), title.hasSuffix(singular) else { continue }
            let g = group(startingAt: m.start, end: text.sentences[s].tokenEnd)
            if g.count >= 2, g.first == m.actors[0] { return g }
        }
        return nil
    }

    // MARK: - Condemnation targets

    private static let policyHeads: Set<String> = [
        "policy", "policies", "plan", "plans", "proposal", "proposals", "budget", "tax", "taxes", "reform",
        "reforms", "law", "laws", "legislation", "bill", "bills", "measures", "cuts", "strategy", "programme",
        "program", "tariffs", "limits", "quotas", "curbs", "restrictions",
    ]

    /// Whether the phrase from `q` is headed by a policy noun ("Conservative spending plans", "Hungary's
    /// border policy", "new limits on producers' rights"): a political act a public figure can condemn.
    func isPolicyPhrase(from q: Int, end: Int) -> Bool {
        var last: Int? = nil
        var k = q
        while k < end, k - q < 8 {
            let c = cls(k)
            if id(k) == w.comma || id(k) == w.period || id(k) == w.semicolon || c.contains(.barrier)
                || (c.contains(.preposition) && last != nil)
            {
                break
            }
            if text.tokens[k].isWord { last = k }
            k += 1
        }
        guard let last else { return false }
        return Self.policyHeads.contains(text.text(last).lowercased())
    }

    // MARK: - Reported characterisations

    /// Words that make a reported "it is ..." plainly condemnatory; narrower than the characterisation class,
    /// which also serves "called it ..." ("criminal", "violation" describe as often as they condemn, and
    /// "unacceptable" is mostly a plain rejection of an offer or a quota).
    private static let condemnatoryWords: Set<String> = [
        "disgraceful", "outrageous", "shameful", "deplorable", "reprehensible", "barbaric",
        "heinous", "cowardly", "despicable", "abhorrent", "scandalous", "irresponsible", "outrage", "disgrace",
        "betrayal", "provocation", "hypocritical", "atrocity", "travesty", "inexcusable",
        "inhumane", "calamity", "stab", "aggression", "insult", "crass", "insensitivity",
    ]
    private static let speakingVerbs: Set<String> = [
        "continued", "commented", "tweeted", "stressed", "emphasized", "emphasised", "insisted",
    ]

    /// "X added, 'this is a deeply dangerous and irresponsible way to govern'", "'Your presence has always been
    /// a calamity for this region,' he continued", "X said it is a stab in the back", "the decision is considered
    /// extremely inappropriate", "the police acted in a grossly unlawful way": a speaker's plainly condemnatory
    /// "it is ..." is a condemnation of lower confidence (EVENTS.md). Not when hypothetical ("it would be an
    /// outrage if"), negated, or with no speaker the text names.
    func reportedCharacterization(in s: Int, dates: [DateMention]) -> EventMention? {
        let sentence = text.sentences[s]
        let start = sentence.tokenStart
        let end = sentence.tokenEnd
        for c in start..<end where text.tokens[c].isWord {
            let length = text.tokens[c].end - text.tokens[c].start
            let kc = cls(c)
            // The word class first: a string for every long word cost a fifth of the extraction time.
            guard length >= 4, kc.contains(.characterization) || kc.contains(.conductJudgement) else { continue }
            // "extremely inappropriate", "grossly unlawful", "utterly unacceptable": a judgement of conduct made a
            // condemnation by its degree.
            let graded = kc.contains(.conductJudgement) && c > start && cls(c - 1).contains(.graveDegree)
            if !graded {
                guard kc.contains(.characterization), Self.condemnatoryWords.contains(text.text(c).lowercased())
                else { continue }
            }
            if text.text(c).lowercased() == "stab",
                !(c + 3 < end && text.text(c + 1) == "in" && text.text(c + 3).lowercased() == "back")
            {
                continue
            }
            // A form of "be" a few modifiers before: "is a deeply dangerous and irresponsible way"; or "has
            // shown crass insensitivity".
            var b = c - 1
            while b > start, c - b <= 6, !cls(b).contains(.be), id(b) != w.been, !isShown(b) {
                let k = cls(b)
                if id(b) == w.quote {
                    // 'was "a betrayal"': the quoted word itself.
                    b -= 1
                    continue
                }
                if !text.tokens[b].isWord || k.contains(.preposition) || k.contains(.barrier) || k.contains(.reporting)
                    || k.contains(.pronoun) || k.contains(.negation) || k.contains(.modal)
                {
                    b = start
                    break
                }
                b -= 1
            }
            let copula = b > start && (cls(b).contains(.be) || id(b) == w.been || isShown(b))
            // "suppressed the protests in a grossly unlawful way": the manner of the act the clause tells.
            let mannerStart = graded && !copula ? mannerPhrase(around: c, start: start, end: end) : nil
            guard copula || mannerStart != nil else { continue }
            // Hypothetical, negated or hoped: "it would be an outrage if", "it is not a provocation".
            var doubtful = false
            for k in max(start, (mannerStart ?? b) - 3)..<c {
                let kc = cls(k)
                if kc.contains(.negation) || kc.contains(.modal) || id(k) == w.will || text.text(k).lowercased() == "if" {
                    doubtful = true
                }
            }
            if doubtful || (c + 1..<min(end, c + 6)).contains(where: { text.text($0).lowercased() == "if" }) { continue }
            guard let speaker = reportedSpeaker(in: sentence) ?? quoteContinuationSpeaker(s) ?? openQuoteSpeaker(s),
                !speaker.contains(where: { tagger.actors[$0].nonPolitical })
            else { return nil }
            var targetText: String? = nil
            var target: Int? = nil
            if let mannerStart {
                target = subjectGroup(before: mannerStart, sentence: sentence).first
            } else {
                var subjectStart = b - 1
                while subjectStart > start, b - subjectStart < 6, text.tokens[subjectStart - 1].isWord,
                    !cls(subjectStart - 1).contains(.reporting), !cls(subjectStart - 1).contains(.barrier)
                {
                    subjectStart -= 1
                }
                var subjectEnd = b
                while subjectEnd > subjectStart, cls(subjectEnd - 1).contains(.have) || cls(subjectEnd - 1).contains(.adverb)
                    || text.text(subjectEnd - 1).lowercased() == "always"
                {
                    subjectEnd -= 1
                }
                // "A comparison with 1929 is totally inappropriate": a claim or an analogy judged is rejected, not
                // condemned.
                if graded, !Self.condemnatoryWords.contains(text.text(c).lowercased()),
                    (max(start, b - 10)..<b).contains(where: { Self.claimNouns.contains(text.text($0).lowercased()) })
                {
                    continue
                }
                targetText = cleanPhrase(subjectStart, subjectEnd)
                target = (subjectStart..<subjectEnd).lazy.compactMap { k -> Int? in
                    let m = self.tagger.mentionStartingAt[k]
                    return m >= 0 && !self.tagger.mentions[Int(m)].isPlace ? self.tagger.mentions[Int(m)].actors.first : nil
                }.first
            }
            // Only a political speaker: "unacceptable" and "irresponsible" are everyday words of business news.
            // A public voice (an NGO, an official of a body) judging a political actor speaks out too (EVENTS.md).
            guard speaker.contains(where: isStatesman)
                || target.map({ tagger.actors[$0].political }) == true && speaker.contains(where: isPublicVoice)
            else { return nil }
            return characterizationMention(
                at: c, in: s, speakers: speaker, target: target, targetText: targetText, status: (.occurred, false),
                confidence: 0.45, dates: dates)
        }
        return nil
    }

    /// "The scheme has been branded a 'disgraceful waste' by the Senate", "the law was described as shameful by
    /// X": a passive characterising verb with its agent after "by" is the agent's condemnation of the subject, of
    /// lower confidence. Without an agent ("was described as outrageous") nobody is named.
    func passiveCharacterization(at t: Int, sentence: Sentence, dates: [DateMention]) -> EventMention? {
        let start = sentence.tokenStart
        let end = sentence.tokenEnd
        let raw = text.text(t).lowercased()
        guard raw.hasSuffix("ed"), t + 2 < end else { return nil }
        let needsAs = !(raw.hasPrefix("call") || raw.hasPrefix("brand") || raw.hasPrefix("label") || raw.hasPrefix("term")
            || raw.hasPrefix("dub"))
        var sawAs = false
        var found: Int? = nil
        var q = t + 1
        while q < end, q - t <= 8 {
            if id(q) == w.period || id(q) == w.semicolon || id(q) == w.comma || id(q) == w.by
                || cls(q).contains(.reporting) || cls(q).contains(.negation)
            {
                break
            }
            if id(q) == w.as_ { sawAs = true }
            if cls(q).contains(.characterization), Self.condemnatoryWords.contains(text.text(q).lowercased()) {
                found = q
                break
            }
            q += 1
        }
        guard let found, !needsAs || sawAs else { return nil }
        // The agent right after the characterisation and its noun: 'a "disgraceful waste" by MPs'.
        var by = found + 1
        while by < end, by - found <= 3, id(by) != w.by {
            if !text.tokens[by].isWord && id(by) != w.quote { return nil }
            by += 1
        }
        guard by + 1 < end, id(by) == w.by else { return nil }
        var agents = group(startingAt: by + 1, end: end)
        // "by the opposition Liberal Party", "by rights groups and the Conservatives": the first actor named.
        var k = by + 1
        while agents.isEmpty, k < min(end, by + 8), !cls(k).contains(.barrier), id(k) != w.comma, id(k) != w.period {
            if tagger.mentionStartingAt[k] >= 0 {
                if !tagger.mentions[Int(tagger.mentionStartingAt[k])].isPlace { agents = group(startingAt: k, end: end) }
                break
            }
            k += 1
        }
        guard !agents.isEmpty, let (status, cue) = modality(predicate: t, sentence: sentence) else { return nil }
        // The subject: what the clause before the auxiliary names.
        var subjectStart = t - 1
        while subjectStart > start, t - subjectStart < 12, id(subjectStart - 1) != w.comma, id(subjectStart - 1) != w.quote,
            !cls(subjectStart - 1).contains(.reporting), !cls(subjectStart - 1).contains(.barrier)
        {
            subjectStart -= 1
        }
        var subjectEnd = t
        while subjectEnd > subjectStart, cls(subjectEnd - 1).contains(.be) || cls(subjectEnd - 1).contains(.have)
            || id(subjectEnd - 1) == w.been || cls(subjectEnd - 1).contains(.adverb)
        {
            subjectEnd -= 1
        }
        return characterizationMention(
            at: t, in: 0, speakers: unique(agents), target: subjectGroup(before: subjectEnd, sentence: sentence).first,
            targetText: cleanPhrase(subjectStart, subjectEnd), status: (status, cue), confidence: 0.5, dates: dates)
    }

    /// The condemnation a characterisation tells ("called the move scandalous", "is an insult to", "was branded
    /// disgraceful by"): lower confidence, what is characterised as its topic, a place only from before it.
    func characterizationMention(
        at t: Int, in s: Int, speakers: [Int], target: Int?, targetText: String?, status: (EventStatus, Bool),
        confidence: Double, dates: [DateMention]
    ) -> EventMention? {
        let sentence = text.sentences[Int(text.sentenceOf[t])]
        var mention = EventMention(
            type: .condemnation, sentence: s, trigger: t, participants: speakers, target: target,
            targetText: targetText, topic: targetText,
            place: findPlace(around: t, sentence: sentence, onlyBefore: true),
            date: nil, status: status.0, confidence: confidence, anaphoric: false, frame: [], statusFromCue: status.1,
            hostIndex: nil, isVisit: false)
        mention.hasVerb = true
        return finish(mention, predicate: t, sentence: sentence, dates: dates)
    }

    private static let claimNouns: Set<String> = [
        "comparison", "comparisons", "analogy", "claim", "claims", "suggestion", "suggestions", "forecast",
        "forecasts", "estimate", "estimates", "assumption", "assumptions", "interpretation", "question", "questions",
    ]

    private static let mannerNouns: Set<String> = ["way", "manner", "fashion"]

    /// "in a grossly unlawful way", "in an utterly irresponsible manner": the "in" of a manner phrase around the
    /// judgement at `c` (right after its degree), or nil.
    private func mannerPhrase(around c: Int, start: Int, end: Int) -> Int? {
        guard c + 1 < end, c - 3 >= start, Self.mannerNouns.contains(text.text(c + 1).lowercased()),
            id(c - 3) == w.in_, id(c - 2) == w.a || id(c - 2) == w.an
        else { return nil }
        return c - 3
    }

    /// A public actor that is not a statesman: an NGO, a party, a union, or a person with a title of a body.
    private func isPublicVoice(_ index: Int) -> Bool {
        let a = tagger.actors[index]
        switch a.kind {
        case .organization(let k): return k != .company && k != .media && k != .other
        case .person, .group: return a.title != nil
        default: return false
        }
    }

    private func isShown(_ k: Int) -> Bool {
        let lower = text.text(k).lowercased()
        return (lower == "shown" || lower == "showed") && k > 0 && cls(k - 1).contains(.have)
    }

    /// 'X said: "I am glad ..." "Once again this government has shown ..."': a sentence that opens a quote and
    /// names no speaker goes on with the speaker of the sentence before.
    private func quoteContinuationSpeaker(_ s: Int) -> [Int]? {
        guard s > 0 else { return nil }
        let sentence = text.sentences[s]
        guard sentence.tokenStart < sentence.tokenEnd, id(sentence.tokenStart) == w.quote else { return nil }
        let previous = text.sentences[s - 1]
        guard (previous.tokenStart..<previous.tokenEnd).contains(where: { id($0) == w.quote }) else { return nil }
        return reportedSpeaker(in: previous)
    }

    /// '... X emphasized, saying "It is a great temple. So any questioning of it is an insult to the world",
    /// as quoted by Y.': a sentence inside a quote opened in an earlier sentence of its paragraph takes the
    /// speaker of the sentence that opened it.
    private func openQuoteSpeaker(_ s: Int) -> [Int]? {
        var quotes = 0
        var k = s - 1
        while k >= 0, s - k <= 4 {
            let sentence = text.sentences[k]
            for t in sentence.tokenStart..<sentence.tokenEnd where id(t) == w.quote { quotes += 1 }
            if quotes % 2 == 1 { return reportedSpeaker(in: sentence) }
            if sentence.opensParagraph { break }
            k -= 1
        }
        return nil
    }

    /// A state, a political body, or a person of political rank: not an official of a firm or a club.
    private func isStatesman(_ index: Int) -> Bool {
        let a = tagger.actors[index]
        switch a.kind {
        case .state: return true
        case .organization(let k): return k == .igo || k == .agency || k == .party
        case .person, .group:
            switch a.rank {
            case .headOfState, .headOfGovernment, .minister, .diplomat, .legislator, .royal, .religious: return true
            default: return false
            }
        case .unknown: return false
        }
    }

    /// The actor a sentence's reporting verb names: "X said", "X of the Labour Party added", "said X",
    /// "he continued".
    func reportedSpeaker(in sentence: Sentence) -> [Int]? {
        let start = sentence.tokenStart
        let end = sentence.tokenEnd
        for r in start..<end where text.tokens[r].isWord {
            let lower = text.text(r).lowercased()
            guard lower == "said" || lower == "says" || lower == "added" || lower == "adds" || lower == "told"
                || Self.speakingVerbs.contains(lower)
            else { continue }
            let before = subjectGroup(before: r, sentence: sentence)
            if !before.isEmpty { return before }
            // Inversion only after the quote: '"...," said X'; "A taxwriter said X's plan was outrageous" names
            // the target after the verb.
            if r + 1 < end, r > start, id(r - 1) == w.comma || id(r - 1) == w.quote, tagger.mentionStartingAt[r + 1] >= 0 {
                let after = group(startingAt: r + 1, end: end)
                if !after.isEmpty { return after }
            }
        }
        return nil
    }
}
