/// Closed-class words the rules look at, as bits per vocabulary id.
///
/// These are grammar, not vocabulary: determiners, negations, modals, cue words for status and dates. They
/// are built into the engine; what a user extends is in the dictionary files.
struct WordClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt64
    static let abbreviation = WordClass(rawValue: 1 << 0)
    static let titleAbbreviation = WordClass(rawValue: 1 << 1)
    static let opener = WordClass(rawValue: 1 << 2)
    static let determiner = WordClass(rawValue: 1 << 3)
    static let negation = WordClass(rawValue: 1 << 4)
    static let modal = WordClass(rawValue: 1 << 5)
    static let blocker = WordClass(rawValue: 1 << 6)
    static let future = WordClass(rawValue: 1 << 7)
    static let month = WordClass(rawValue: 1 << 8)
    static let weekday = WordClass(rawValue: 1 << 9)
    static let barrier = WordClass(rawValue: 1 << 10)
    static let reporting = WordClass(rawValue: 1 << 11)
    static let groupNoun = WordClass(rawValue: 1 << 12)
    static let pronoun = WordClass(rawValue: 1 << 13)
    static let be = WordClass(rawValue: 1 << 14)
    static let have = WordClass(rawValue: 1 << 15)
    static let preposition = WordClass(rawValue: 1 << 16)
    static let sport = WordClass(rawValue: 1 << 17)
    static let business = WordClass(rawValue: 1 << 18)
    static let orgHead = WordClass(rawValue: 1 << 19)
    static let politicalOrgHead = WordClass(rawValue: 1 << 20)
    static let nameParticle = WordClass(rawValue: 1 << 21)
    static let notName = WordClass(rawValue: 1 << 22)
    static let cancel = WordClass(rawValue: 1 << 23)
    static let adverb = WordClass(rawValue: 1 << 24)
    static let pastCue = WordClass(rawValue: 1 << 25)
    static let subordinator = WordClass(rawValue: 1 << 26)
    static let phone = WordClass(rawValue: 1 << 27)
    static let companyHead = WordClass(rawValue: 1 << 28)
    static let groupQuantifier = WordClass(rawValue: 1 << 29)
    static let politicalGroupNoun = WordClass(rawValue: 1 << 30)
    static let characterization = WordClass(rawValue: 1 << 31)
    /// "called", "described", "branded": a verb that reports a characterisation ("called it scandalous").
    static let characterizingVerb = WordClass(rawValue: 1 << 32)
    /// Entertainment, broadcasting and technology vocabulary ("show", "presenter", "bloggers"): off-topic news.
    static let media = WordClass(rawValue: 1 << 33)
    /// First words of world regions ("Latin America", "Middle East"): a cheap filter before the phrase test.
    static let regionHead = WordClass(rawValue: 1 << 34)
    /// Last words of named sites ("Golden Temple", "Downing Street", "Zappeion Hall"): a place, never a person.
    static let siteHead = WordClass(rawValue: 1 << 35)
    /// "utterly", "grossly", "extremely": a degree that makes a judgement of conduct a condemnation.
    static let graveDegree = WordClass(rawValue: 1 << 36)
    /// "inappropriate", "unlawful", "unacceptable": a judgement of conduct, condemnatory only with a grave degree
    /// ("extremely inappropriate", "grossly unlawful"); alone it is as often a plain rejection.
    static let conductJudgement = WordClass(rawValue: 1 << 37)
    /// Last words of party-like bodies ("Party", "Front", "Movement"): a capitalised run ending in one is one name
    /// even across words that are no name alone ("the Social Democratic Party", "the National Liberation Front").
    static let partyHead = WordClass(rawValue: 1 << 38)
    /// Last words of named occasions ("Sacred Defence Week", "Armistice Day", "the Asian Games"): never an actor.
    static let occasionHead = WordClass(rawValue: 1 << 39)
    /// A legislature named by its kind alone ("the Senate", "the House", "the parliament"): the story's state's.
    static let legislature = WordClass(rawValue: 1 << 40)
    /// "demands", "requirements", "standards": what one "meets" in the sense of satisfying it ("designed to meet
    /// U.S. demands"), or receives ("met with general approval"); no encounter.
    static let requirement = WordClass(rawValue: 1 << 41)
    /// Nouns of firms and of performers ("bank", "carmaker", "host", "acts"): a country before one gives the
    /// nationality of who follows ("UK bank Barclays", "US television host Dick Clark"), not a party.
    static let nationalityHead = WordClass(rawValue: 1 << 42)
    /// "separate", "separately", "individually", and the plural "meetings": each partner named after it is met in
    /// an encounter of its own ("held separate talks with X and Y", "a day of meetings with X, Y and Z").
    static let separateEncounter = WordClass(rawValue: 1 << 43)
    /// "then", "later", "afterwards", "subsequently": a second encounter after the first ("met X, then with Y").
    static let sequel = WordClass(rawValue: 1 << 44)
    /// "failed", "broke", "deadlock", "failure": the outcome of talks that were held ("talks broke down", "the
    /// failure of last week's talks"); a meeting that failed took place (EVENTS.md), one "failed to take place"
    /// did not. ("Collapsed" stays a cancellation: "the talks collapsed" may never have opened.)
    static let heldOutcome = WordClass(rawValue: 1 << 45)
    /// "agreement", "deal", "accord", "pact", "treaty", "decision": before "by" and its parties, a deal the
    /// story presupposes ("the agreement by the G8 would save", "the decision by India and Pakistan to open").
    static let dealByParties = WordClass(rawValue: 1 << 46)
    /// "last", "ago", "recently", "weeks": a clause with one tells of another time than the story's day, so an
    /// undated event there does not take the day of the lead.
    static let otherTime = WordClass(rawValue: 1 << 49)
    /// "from", "beginning", "effective": a date after one starts a period ("flights from May 31"), it is no
    /// event's day.
    static let periodStart = WordClass(rawValue: 1 << 50)
    /// "crime", "crimes": a condemnatory characterisation as a war crime ("called the strike a war crime").
    static let crimeNoun = WordClass(rawValue: 1 << 51)
    /// "arrived", "landed", "talks": after a person, "in" and a place tell where the person is ("X arrived in
    /// Beijing", "X, who will hold talks in Beijing"), the place of the person's other meetings of that trip.
    static let whereabouts = WordClass(rawValue: 1 << 54)
    /// "town", "resort", "capital", "island": a kind of settlement that names its place after "of" or a
    /// comma ("in the Sardinian resort of Porto Cervo", "in the northern city of Mosul").
    static let settlementNoun = WordClass(rawValue: 1 << 53)
    /// "ambassadors", "envoys", "board", "directors": a standing organ of a body, which sits at the body's seat
    /// ("NATO ambassadors met in emergency session").
    static let standingOrgan = WordClass(rawValue: 1 << 55)
    /// "community", "nationals", "citizens", "refugees": a people, not a state; after a demonym ("the Turkish
    /// community in Berlin") the state's people, who are no host or partner of a visit or a meeting.
    static let populace = WordClass(rawValue: 1 << 56)
    /// "eve", "run-up", "preparations", "preparing": before "of", "to" or "for", the time before an event, which
    /// is still to come ("on the eve of a two-day meeting", "in the run-up to the G8 summit").
    static let leadUp = WordClass(rawValue: 1 << 57)
}

/// Ids of single words the rules name directly, shared by reference.
///
/// The rules copy it (`let w = lexicon.words`) in functions that run once per token; as a value of some 150
/// ids that copy was a 600-byte memcpy each time. This wrapper holds the values in one immutable box, so a copy
/// is a retain, and `w.period` reads through a literal key path that the optimiser folds into a field load.
/// Setting a member (only while the lexicon is built) replaces the box.
@dynamicMemberLookup
struct WordIDs: Sendable {
    private final class Box: Sendable {
        let ids: WordIDList
        init(_ ids: WordIDList) { self.ids = ids }
    }

    private var box = Box(WordIDList())

    @inline(__always)
    subscript(dynamicMember member: WritableKeyPath<WordIDList, Int32>) -> Int32 {
        get { box.ids[keyPath: member] }
        set {
            var ids = box.ids
            ids[keyPath: member] = newValue
            box = Box(ids)
        }
    }
}

/// The values of ``WordIDs``.
struct WordIDList: Sendable {
    var period: Int32 = -1, comma: Int32 = -1, semicolon: Int32 = -1, colon: Int32 = -1
    var exclamation: Int32 = -1, question: Int32 = -1, quote: Int32 = -1, apostrophe: Int32 = -1
    var dash: Int32 = -1, hyphen: Int32 = -1, ellipsis: Int32 = -1
    var openParen: Int32 = -1, closeParen: Int32 = -1, openBracket: Int32 = -1, closeBracket: Int32 = -1
    var and: Int32 = -1, or: Int32 = -1, with: Int32 = -1, between: Int32 = -1, among: Int32 = -1
    var of: Int32 = -1, to: Int32 = -1, in_: Int32 = -1, at: Int32 = -1, on: Int32 = -1, by: Int32 = -1
    var from: Int32 = -1, for_: Int32 = -1, the: Int32 = -1, a: Int32 = -1, an: Int32 = -1
    var possessive: Int32 = -1, possessiveCurly: Int32 = -1, he: Int32 = -1, she: Int32 = -1
    var they: Int32 = -1, we: Int32 = -1, it: Int32 = -1, i: Int32 = -1, his: Int32 = -1, her: Int32 = -1
    var their: Int32 = -1, its: Int32 = -1, two: Int32 = -1, both: Int32 = -1, countries: Int32 = -1
    var leaders: Int32 = -1, sides: Int32 = -1, nations: Int32 = -1, men: Int32 = -1, capital: Int32 = -1
    var city: Int32 = -1, also: Int32 = -1, that: Int32 = -1, this: Int32 = -1, these: Int32 = -1
    var those: Int32 = -1, as_: Int32 = -1, well: Int32 = -1, last: Int32 = -1, next: Int32 = -1
    var yesterday: Int32 = -1, today: Int32 = -1, tomorrow: Int32 = -1, tonight: Int32 = -1
    var week: Int32 = -1, month: Int32 = -1, year: Int32 = -1, weekend: Int32 = -1, early: Int32 = -1
    var late: Int32 = -1, mid: Int32 = -1, earlier: Int32 = -1, later: Int32 = -1, since: Int32 = -1
    var until: Int32 = -1, involving: Int32 = -1, mr: Int32 = -1, mrs: Int32 = -1, ms: Int32 = -1
    var mrDot: Int32 = -1, mrsDot: Int32 = -1, msDot: Int32 = -1, dr: Int32 = -1, drDot: Int32 = -1
    var no: Int32 = -1, not: Int32 = -1, without: Int32 = -1, said: Int32 = -1, says: Int32 = -1
    var would: Int32 = -1, will: Int32 = -1, be: Int32 = -1, been: Int32 = -1, being: Int32 = -1, but: Int32 = -1
    var was: Int32 = -1, were: Int32 = -1, is_: Int32 = -1, are: Int32 = -1, due: Int32 = -1
    var set: Int32 = -1, scheduled: Int32 = -1, expected: Int32 = -1, plan: Int32 = -1, plans: Int32 = -1
    var planned: Int32 = -1, planning: Int32 = -1, going: Int32 = -1, ahead: Int32 = -1, upcoming: Int32 = -1
    var had: Int32 = -1, previously: Int32 = -1, fringes: Int32 = -1, sidelines: Int32 = -1, margins: Int32 = -1
    var visit: Int32 = -1, strongly: Int32 = -1, one: Int32 = -1, after: Int32 = -1, before: Int32 = -1
    var while_: Int32 = -1, during: Int32 = -1, when: Int32 = -1, under: Int32 = -1, which: Int32 = -1
    var who: Int32 = -1, where_: Int32 = -1, government: Int32 = -1, than: Int32 = -1, upon: Int32 = -1
    var over: Int32 = -1, about: Int32 = -1, against: Int32 = -1, whose: Int32 = -1, there: Int32 = -1
    var first: Int32 = -1, ministry: Int32 = -1, including: Int32 = -1, together: Int32 = -1
    var s: Int32 = -1, nt: Int32 = -1, via: Int32 = -1, into: Int32 = -1, through: Int32 = -1
    var presidents: Int32 = -1, ministers: Int32 = -1, premiers: Int32 = -1, chancellors: Int32 = -1
    var following: Int32 = -1, may: Int32 = -1, spent: Int32 = -1, spends: Int32 = -1, spending: Int32 = -1
    var party: Int32 = -1, house: Int32 = -1, here: Int32 = -1, community: Int32 = -1
    var request: Int32 = -1, requests: Int32 = -1
}

extension Lexicon {
    /// Interns the function words and abbreviations the engine's rules name.
    mutating func internFunctionWords() {
        func id(_ s: String) -> Int32 { vocabulary.intern(s) }
        words.period = id("."); words.comma = id(","); words.semicolon = id(";"); words.colon = id(":")
        words.exclamation = id("!"); words.question = id("?"); words.quote = id("\""); words.apostrophe = id("'")
        words.dash = id("--"); words.hyphen = id("-"); words.ellipsis = id("...")
        words.openParen = id("("); words.closeParen = id(")"); words.openBracket = id("[")
        words.closeBracket = id("]")
        words.and = id("and"); words.or = id("or"); words.with = id("with"); words.between = id("between")
        words.among = id("among"); words.of = id("of"); words.to = id("to"); words.in_ = id("in")
        words.at = id("at"); words.on = id("on"); words.by = id("by"); words.from = id("from")
        words.for_ = id("for"); words.the = id("the"); words.a = id("a"); words.an = id("an")
        words.possessive = id("'s"); words.possessiveCurly = id("'s")
        words.he = id("he"); words.she = id("she"); words.they = id("they"); words.we = id("we")
        words.it = id("it"); words.i = id("i"); words.his = id("his"); words.her = id("her")
        words.their = id("their"); words.its = id("its"); words.two = id("two"); words.both = id("both")
        words.countries = id("countries"); words.leaders = id("leaders"); words.sides = id("sides")
        words.nations = id("nations"); words.men = id("men"); words.capital = id("capital")
        words.city = id("city"); words.also = id("also"); words.that = id("that"); words.this = id("this")
        words.these = id("these"); words.those = id("those"); words.as_ = id("as"); words.well = id("well")
        words.last = id("last"); words.next = id("next"); words.yesterday = id("yesterday"); words.may = id("may")
        words.spent = id("spent"); words.spends = id("spends"); words.spending = id("spending")
        words.today = id("today"); words.tomorrow = id("tomorrow"); words.tonight = id("tonight")
        words.week = id("week"); words.month = id("month"); words.year = id("year"); words.weekend = id("weekend")
        words.early = id("early"); words.late = id("late"); words.mid = id("mid"); words.earlier = id("earlier")
        words.later = id("later"); words.since = id("since"); words.until = id("until")
        words.involving = id("involving"); words.mr = id("mr"); words.mrs = id("mrs"); words.ms = id("ms")
        words.mrDot = id("mr."); words.mrsDot = id("mrs."); words.msDot = id("ms."); words.dr = id("dr")
        words.drDot = id("dr."); words.no = id("no"); words.not = id("not"); words.without = id("without")
        words.said = id("said"); words.says = id("says"); words.would = id("would"); words.will = id("will")
        words.be = id("be"); words.been = id("been"); words.but = id("but"); words.being = id("being"); words.was = id("was")
        words.were = id("were"); words.is_ = id("is"); words.are = id("are"); words.due = id("due")
        words.set = id("set"); words.scheduled = id("scheduled"); words.expected = id("expected")
        words.plan = id("plan"); words.plans = id("plans"); words.planned = id("planned")
        words.planning = id("planning"); words.going = id("going"); words.ahead = id("ahead")
        words.upcoming = id("upcoming"); words.had = id("had"); words.previously = id("previously")
        words.fringes = id("fringes"); words.sidelines = id("sidelines"); words.margins = id("margins")
        words.visit = id("visit"); words.strongly = id("strongly"); words.one = id("one")
        words.after = id("after"); words.before = id("before"); words.while_ = id("while")
        words.during = id("during"); words.here = id("here"); words.community = id("community")
        words.when = id("when"); words.under = id("under"); words.which = id("which")
        words.who = id("who"); words.where_ = id("where"); words.government = id("government")
        words.than = id("than"); words.upon = id("upon"); words.over = id("over"); words.about = id("about")
        words.against = id("against"); words.whose = id("whose"); words.there = id("there")
        words.first = id("first"); words.ministry = id("ministry"); words.including = id("including")
        words.together = id("together"); words.s = id("s"); words.nt = id("n't"); words.via = id("via")
        words.into = id("into"); words.through = id("through")
        words.presidents = id("presidents"); words.ministers = id("ministers"); words.premiers = id("premiers")
        words.chancellors = id("chancellors"); words.following = id("following")
        words.party = id("party"); words.house = id("house")
        words.request = id("request"); words.requests = id("requests")
        for (list, _) in Lexicon.wordLists { for word in list { _ = id(word) } }
        rebuildWordClasses()
    }

    /// Recomputes the per-id class table (after the vocabulary grew).
    mutating func rebuildWordClasses() {
        var classes = [WordClass](repeating: [], count: vocabulary.count)
        for (list, wordClass) in Lexicon.wordLists {
            for word in list {
                let id = Int(vocabulary.intern(word))
                if id >= classes.count { classes.append(contentsOf: repeatElement([], count: id - classes.count + 1)) }
                classes[id].insert(wordClass)
            }
        }
        if classes.count < vocabulary.count {
            classes.append(contentsOf: repeatElement([], count: vocabulary.count - classes.count))
        }
        wordClasses = classes
    }

    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]
    static let monthAbbreviations: [(String, Int)] = [
        ("jan.", 1), ("feb.", 2), ("mar.", 3), ("apr.", 4), ("jun.", 6), ("jul.", 7), ("aug.", 8), ("sep.", 9),
        ("sept.", 9), ("oct.", 10), ("nov.", 11), ("dec.", 12), ("jan", 1), ("feb", 2), ("apr", 4), ("jun", 6),
        ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    ]
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    static let wordLists: [([String], WordClass)] = [
        (
            [
                "mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.", "sen.", "rep.", "gov.", "st.", "prof.", "rev.",
                "capt.", "sgt.", "maj.", "adm.", "cmdr.", "pres.", "mt.", "ft.", "jr.", "sr.", "messrs.", "hon.",
                "no.", "vs.", "etc.", "inc.", "corp.", "ltd.", "co.", "bros.", "jan.", "feb.", "mar.", "apr.", "jun.",
                "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "mon.", "tue.", "tues.", "wed.", "thu.",
                "thurs.", "fri.", "sat.", "sun.", "approx.", "dept.", "est.", "fig.", "govt.", "univ.", "vol.", "ave.",
                "rd.", "blvd.", "mme.", "mlle.", "msgr.", "fr.", "gens.",
            ], .abbreviation
        ),
        (
            [
                "mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.", "sen.", "rep.", "gov.", "st.", "prof.", "rev.",
                "capt.", "sgt.", "maj.", "adm.", "cmdr.", "pres.", "mt.", "ft.", "messrs.", "hon.", "no.", "vs.",
                "mme.", "mlle.", "msgr.", "fr.", "gens.",
            ], .titleAbbreviation
        ),
        (
            [
                "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at", "this",
                "that", "these", "those", "his", "her", "their", "its", "our", "there", "however", "meanwhile", "after",
                "before", "when", "while", "if", "as", "for", "some", "many", "most", "both", "all", "no", "one", "two",
                "officials", "analysts", "earlier", "last", "since", "under", "under", "during", "according", "still",
                "so", "yet", "also", "then", "now", "what", "why", "how", "who", "which", "mr", "mrs", "ms",
            ], .opener
        ),
        (
            [
                "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
                "any", "some", "another", "each", "every", "first", "second", "third", "new", "latest", "last",
                "previous", "recent", "official", "formal", "informal", "bilateral", "trilateral", "multilateral",
                "annual", "high-level", "top-level", "two-day", "three-day", "one-day", "four-day", "state", "brief",
                "historic", "landmark", "key", "major", "separate", "joint", "private", "secret", "closed-door",
                "emergency", "extraordinary", "special", "fresh", "further", "direct", "face-to-face", "one-on-one",
                "preliminary", "tentative", "final", "interim", "comprehensive", "broad", "ministerial", "regional",
                "international", "peace", "trade", "security", "nuclear", "economic", "military", "free-trade",
                "bilateral", "summit", "leaders", "leaders'", "foreign", "surprise", "unannounced", "lengthy", "long",
                "short", "week-long", "weeklong", "day-long", "crucial", "important", "initial", "landmark",
                "30-minute", "hour-long", "two-hour", "framework", "strategic", "cooperation", "partnership",
                "friendship", "defence", "defense", "energy", "gas", "oil", "fisheries", "water", "border",
                "ceasefire", "cease-fire", "power-sharing", "debt", "aid", "arms", "tariff", "customs", "investment",
                "association", "accession", "climate", "sweeping", "wide-ranging", "new-style", "such", "fourth",
                "fifth", "next", "same", "so-called", "much-anticipated", "long-awaited", "rare", "unprecedented",
            ], .determiner
        ),
        (["not", "n't", "never", "no", "neither", "nor", "without", "nothing", "none", "cannot"], .negation),
        (["may", "might", "could", "would", "should", "must", "can", "ought", "'d"], .modal),
        (
            [
                "refused", "refuse", "refuses", "refusing", "declined", "decline", "declines", "declining", "failed",
                "fail", "fails", "failing", "yet", "unable", "hope", "hopes", "hoped", "hoping", "want", "wants",
                "wanted", "wish", "wishes", "wished", "seek", "seeks", "sought", "seeking", "try", "tries", "tried",
                "trying", "offer", "offers", "offered", "offering", "propose", "proposes", "proposed", "proposing",
                "proposal", "ready", "willing", "prepared", "likely", "unlikely", "possible", "possibly", "perhaps",
                "probable", "ban", "bans", "barred", "forbidden", "forbids", "prohibited", "prohibits",
                "aim", "aims", "aimed", "aiming", "call", "calls", "called", "calling", "urge", "urges", "urged",
                "urging", "ask", "asks", "asked", "asking", "invite", "invites", "invited", "inviting", "invitation",
                "if", "unless", "whether", "deny", "denies", "denied", "denying", "rejected", "rejects", "reject",
                "rule", "ruled", "wants", "demand", "demanded", "demands", "pressing", "pressed", "press", "push",
                "pushing", "pushed", "intend", "intends", "intended", "intention", "consider", "considers",
                "considering", "considered", "mull", "mulls", "mulling", "bid", "attempt", "attempts", "attempted",
                "effort", "efforts", "prospect", "prospects", "chance", "chances", "hypothetical", "threatened",
                "threatens", "threaten", "expect", "expects", "eager", "keen", "insisted", "insist", "agree",
                "whenever", "suggest", "suggested", "suggests", "suggesting", "needs", "need", "needed", "vowed",
                "vow", "vows", "pledged", "pledge", "pledges", "promised", "promise", "promises", "would-be",
                "refusal", "failure", "opposed", "opposes", "oppose", "against", "instead", "reluctant", "warned",
                "warns", "warn", "ruling", "closer", "close", "near", "nearing", "nears", "edging", "hopeful",
                "optimistic", "encourage", "encouraged", "encourages", "welcomed", "welcome", "welcomes", "backed",
                "backs", "support", "supported", "supports", "endorsed",
            ], .blocker
        ),
        (
            [
                "cancelled", "canceled", "cancel", "cancels", "cancelling", "postponed", "postpone", "postpones",
                "postponing", "delayed", "delay", "scrapped", "scrap", "suspended", "suspend", "collapsed", "collapse",
                "broke", "stalled", "deadlocked", "failed", "off", "abandoned", "boycotted", "boycott", "boycotting",
                "snubbed", "aborted", "derailed", "faltered", "rejected", "without", "deadlock",
                // Recurring or generic: "G20 meetings usually focus on", "the ministers regularly meet".
                "usually", "regularly", "routinely", "typically", "normally", "traditionally",
            ], .cancel
        ),
        (
            [
                "will", "'ll", "shall", "due", "scheduled", "set", "expected", "plans", "plan", "planned", "planning",
                "going", "upcoming", "forthcoming", "next", "tomorrow", "later", "to",
            ], .future
        ),
        (Lexicon.months + ["jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."], .month),
        (Lexicon.weekdays, .weekday),
        (
            [
                ";", ":", "but", "while", "whereas", "although", "though", "because", "since", "who", "which", "whom",
                "whose", "where", "when", "after", "before", "as", "if", "unless", "once", "--", "(", ")", "\"",
                "that", "so", "then", "until",
            ], .barrier
        ),
        (
            [
                "said", "says", "say", "told", "tells", "tell", "added", "adds", "stated", "states", "announced",
                "announces", "reported", "reports", "noted", "notes", "according", "confirmed", "confirms", "claimed",
                "claims", "insisted", "insists", "explained", "explains", "wrote", "writes", "declared", "declares",
                "indicated", "indicates", "revealed", "reveals", "quoted", "quoting", "disclosed", "disclose",
                "acknowledged", "admitted", "argued", "argues", "believes", "believed", "thinks", "thought",
            ], .reporting
        ),
        (
            [
                "government", "governments", "ministry", "ministries", "officials", "official", "authorities",
                "leaders", "leader", "leadership", "delegation", "delegations", "delegates", "negotiators",
                "negotiator", "diplomats", "diplomat", "embassy", "cabinet", "administration", "regime", "side",
                "sides", "forces", "troops", "army", "military", "navy", "parliament", "lawmakers", "legislators",
                "legislature", "congress", "senate", "counterpart", "counterparts", "counter-part", "counter-parts",
                "team", "representatives", "representative", "envoys", "envoy", "spokesman", "spokeswoman",
                "spokesperson", "demonstrators", "protesters", "rebels", "rebel", "insurgents", "militants", "people",
                "counterparts", "police", "soldiers", "state", "states", "president", "presidency", "premier",
                "ministers", "minister",
                "officers", "council", "court", "courts", "judiciary", "opposition", "coalition", "party", "parties",
                "nationals", "citizens", "firms", "companies", "company", "firm", "media", "press", "foreign",
                "security", "defence", "defense", "finance", "trade", "affairs", "sides'", "group", "groups",
                "agency", "agencies", "department", "office", "bank", "central", "junta", "guerrillas", "fighters",
                "communities", "community", "refugees", "prime", "mission", "missions", "consulate",
            ], .groupNoun
        ),
        (
            [
                "government", "governments", "ministry", "ministries", "officials", "official", "authorities",
                "leaders", "leader", "leadership", "delegation", "delegations", "delegates", "negotiators",
                "negotiator", "diplomats", "diplomat", "embassy", "cabinet", "administration", "regime", "side",
                "sides", "forces", "troops", "army", "military", "navy", "parliament", "lawmakers", "legislators",
                "legislature", "congress", "senate", "counterpart", "counterparts", "counter-part", "counter-parts",
                "representatives", "envoys",
                "envoy", "spokesman", "spokeswoman", "spokesperson", "rebels", "rebel", "insurgents", "militants",
                "president", "presidency", "premier", "ministers", "minister", "state", "junta", "guerrillas",
                "council", "consulate", "mission", "opposition",
            ], .politicalGroupNoun
        ),
        (
            [
                "he", "she", "they", "we", "it", "him", "her", "them", "us", "i", "you", "his", "their", "its", "our",
            ], .pronoun
        ),
        (["be", "is", "are", "was", "were", "been", "being", "'s", "am", "'re"], .be),
        (["have", "has", "had", "having", "'ve"], .have),
        (
            [
                "in", "on", "at", "with", "between", "among", "of", "to", "from", "for", "by", "about", "over",
                "against", "into", "through", "under", "during", "after", "before", "near", "across", "via", "toward",
                "towards", "upon", "within", "outside", "amid", "despite", "including", "involving",
            ], .preposition
        ),
        (
            [
                "club", "clubs", "match", "matches", "coach", "striker", "midfielder", "defender", "goalkeeper",
                "season", "league", "cup", "goal", "goals", "player", "players", "squad", "fixture", "fixtures",
                "tournament", "championship", "premiership", "semi-final", "quarter-final", "final", "scored", "score",
                "manager", "transfer", "game", "games", "rugby", "football", "soccer", "cricket", "tennis", "golf",
                "olympic", "olympics", "athletics", "champion", "champions", "medal", "race", "racing", "film",
                "album", "band", "singer", "actor", "actress", "oscar", "oscars", "movie", "box", "chart", "award",
                "awards", "festival", "album", "song", "songs", "stadium", "wicket", "innings", "try", "tries", "fa",
                "uefa", "fifa", "arsenal", "chelsea", "liverpool", "united", "city", "rovers", "wanderers", "boss",
                "referee", "penalty", "kick", "victory", "defeat", "draw", "winger", "captain", "coach", "win", "wins",
                "injury", "hamstring", "liga", "serie", "bundesliga", "ligue", "nba", "nfl", "rapper", "label",
                "albums", "record", "singer", "tour", "concert", "fans", "premier", "semi-finals", "playoff",
            ], .sport
        ),
        (
            [
                "shares", "share", "shareholders", "shareholder", "stake", "merger", "mergers", "takeover", "acquire",
                "acquired", "acquisition", "acquisitions", "bid", "profit", "profits", "revenue", "revenues", "sales",
                "earnings", "dividend", "stock", "stocks", "company", "companies", "firm", "firms", "corp", "inc",
                "ltd", "plc", "co", "corp.", "inc.", "ltd.", "co.", "investors", "analysts", "customers", "quarter",
                "cts", "mln", "dlrs", "pct", "net", "executive", "chairman", "subsidiary", "unit", "buyout", "offer",
                "tender", "brokerage", "bankruptcy", "creditors", "contract", "supplier", "retailer", "airline",
                "airlines", "carrier", "union", "unions", "workers", "staff", "wage", "wages", "pay", "strike",
                "management", "brand", "products", "product", "market", "markets", "price", "prices",
            ], .business
        ),
        (
            [
                "show", "shows", "tv", "sitcom", "comedian", "comedians", "comedy", "presenter", "presenters",
                "episode", "episodes", "viewers", "dj", "djs", "musician", "musicians", "music", "gig", "gigs",
                "theatre", "celebrity", "celebrities", "hollywood", "actors", "cinema", "starring", "christmas",
                "blog", "blogs", "blogger", "bloggers", "website", "websites", "software", "internet", "online",
                "users", "computer", "computers", "gadget", "gadgets", "console", "consoles", "gaming", "gamers",
                "broadband", "handset", "handsets", "download", "downloads", "spam", "e-mail", "ipod", "playstation",
                "xbox", "nintendo", "concert", "concerts", "festival", "awards", "programme", "programmes",
            ], .media
        ),
        (
            [
                "ministry", "party", "council", "committee", "agency", "commission", "assembly", "parliament",
                "government", "front", "movement", "army", "union", "association", "organization", "organisation",
                "office", "court", "bank", "group", "institute", "foundation", "league", "authority", "department",
                "service", "corporation", "company", "forces", "brigade", "brigades", "alliance", "coalition",
                "congress", "senate", "fund", "programme", "program", "board", "tribunal", "federation", "bureau",
                "club", "university", "college", "school", "times", "news", "post", "journal", "telegraph",
                "observatory", "watch", "international", "corp", "inc", "ltd", "plc", "airlines", "airways", "motors",
                "co", "corp.", "inc.", "ltd.", "co.", "centre", "center", "network", "channel", "television", "radio",
                "press", "house", "secretariat", "cabinet", "navy", "police", "guard", "command", "force",
                "confederation", "chamber", "church", "society",
            ], .orgHead
        ),
        (
            [
                "ministry", "party", "council", "commission", "assembly", "parliament", "government", "front",
                "movement", "army", "organization", "organisation", "court", "authority", "department", "alliance",
                "coalition", "congress", "senate", "tribunal", "secretariat", "cabinet", "navy", "forces", "brigade",
                "brigades", "command", "force", "guard", "office", "police", "committee", "league", "union",
            ], .politicalOrgHead
        ),
        (
            [
                "corp", "inc", "ltd", "plc", "co", "corp.", "inc.", "ltd.", "co.", "company", "airlines", "airways",
                "motors", "bank", "group", "holdings", "industries", "technologies", "systems", "club", "fc",
                "united", "city", "rovers", "athletic", "records", "studios", "pictures", "entertainment", "energy",
                "petroleum", "oil", "gas", "telecom", "communications", "electronics", "computer", "computers",
                "software", "products", "stores", "pharmaceuticals", "partners", "capital", "securities", "financial",
                "insurance", "investments", "steel", "chemical", "chemicals", "international", "brothers", "bros.",
                "companies", "firms", "electric", "dynamics", "mills", "foods", "instruments", "aerospace", "motor",
                "semiconductor",
            ], .companyHead
        ),
        (
            [
                "de", "da", "del", "della", "di", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le",
                "dos", "das", "ben", "abu", "ter", "du", "y",
            ], .nameParticle
        ),
        (
            Lexicon.months + Lexicon.weekdays + [
                "the", "a", "an", "in", "on", "at", "but", "and", "he", "she", "it", "they", "we", "i", "this", "that",
                "these", "those", "his", "her", "their", "its", "there", "however", "meanwhile", "after", "before",
                "when", "while", "if", "as", "for", "some", "many", "most", "both", "all", "no", "not", "one", "two",
                "three", "four", "five", "earlier", "last", "since", "under", "during", "according", "still", "so",
                "yet", "also", "then", "now", "what", "why", "how", "who", "which", "with", "from", "by", "to", "of",
                "our", "my", "your", "you", "speaking", "asked", "reporting", "additional", "photo", "update",
                "breaking", "exclusive", "analysis", "comment", "editorial", "opinion", "mr", "mrs", "ms", "mr.",
                "mrs.", "ms.", "dr", "dr.", "sir", "lord", "lady", "dame", "st", "st.", "north", "south", "east",
                "west", "northern", "southern", "eastern", "western", "central", "new", "old", "great", "upper",
                "lower", "republic", "kingdom", "united", "federal", "democratic", "people's", "islamic", "royal",
                "national", "international", "world", "global", "european", "asian", "african", "arab", "western",
                "prime", "foreign", "minister", "president", "secretary", "general", "chairman", "chief",
                "today", "yesterday", "tomorrow", "tonight", "ministers", "presidents", "leaders", "leader",
                "officials", "government", "state", "house", "white", "congress", "senate", "parliament", "chancellor",
                "several", "other", "others", "every", "each", "such", "only", "even", "just", "more", "less", "much",
                "did", "does", "do", "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could",
                "should", "may", "might", "must", "said", "says", "told", "according", "thus", "therefore", "instead",
                "although", "though", "because", "despite", "among", "between", "within", "without", "about",
                "around", "over", "after", "into", "through", "across", "toward", "towards", "upon", "here", "where",
                "tuesday's", "sunday's", "god", "internet", "web", "tv", "ceo", "gmt", "bst", "am", "pm", "a.m.", "p.m.",
                "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
                "christmas", "easter", "ramadan", "eid", "covid-19", "covid", "english", "parliamentary", "economic",
                "political", "military", "security", "summit", "talks", "meeting", "agreement", "deal", "treaty",
                "accord", "pact", "visit", "war", "cold",
                // Sentence adverbs ("Afterwards Trump visited California"): never the first word of a name.
                "afterwards", "afterward", "later", "subsequently", "nonetheless", "nevertheless", "moreover",
                "furthermore", "finally", "initially", "separately", "elsewhere", "indeed", "overall", "recently",
                "previously",
                // Diseases written as acronyms ("an HIV/Aids orphanage"): no one's name.
                "hiv", "aids", "sars", "bse", "mrsa", "h5n1",
            ], .notName
        ),
        (["strongly", "sharply", "fiercely", "harshly", "severely", "roundly", "bitterly", "vehemently", "heavily"], .adverb),
        // Manner and time adverbs that sit inside a verb group ("was formally adopted", "have already signed").
        (
            [
                "formally", "officially", "finally", "provisionally", "tentatively", "unanimously", "jointly",
                "eventually", "successfully", "reportedly", "quietly", "secretly", "already", "recently", "initially",
            ], .adverb
        ),
        (
            [
                "previously", "formerly", "once", "earlier", "ago", "last", "had", "then", "originally", "initially",
                "historic", "back",
            ], .pastCue
        ),
        (["that", "whether", "if", "because", "although", "though", "whereas"], .subordinator),
        (
            [
                "latin", "south", "central", "north", "middle", "far", "near", "southeast", "east", "eastern",
                "western", "west", "southern", "persian", "arab", "third",
            ], .regionHead
        ),
        (
            [
                "temple", "street", "square", "palace", "hall", "bridge", "park", "airport", "station", "cathedral",
                "mosque", "church", "museum", "stadium", "hotel", "castle", "abbey", "tower", "gate", "camp",
                "mountains", "river", "lake", "valley", "gardens", "avenue", "road", "beach",
                "hospital", "mausoleum", "shrine",
            ], .siteHead
        ),
        (["party", "front", "movement", "alliance", "coalition", "congress"], .partyHead),
        (
            [
                "community", "communities", "nationals", "citizens", "refugees", "people", "exiles", "expatriates",
                "expats", "diaspora", "students", "workers", "immigrants", "migrants", "residents", "population",
                "minority", "emigres", "pilgrims", "tourists",
            ], .populace
        ),
        (
            [
                "week", "day", "month", "year", "festival", "games", "olympics", "championship", "championships",
                "cup", "anniversary", "carnival", "awards", "fair", "expo", "marathon", "jubilee",
            ], .occasionHead
        ),
        (["senate", "house", "parliament", "legislature"], .legislature),
        (["separate", "separately", "individually", "meetings"], .separateEncounter),
        (["then", "later", "afterwards", "subsequently"], .sequel),
        (["failed", "failure", "broke", "deadlock", "deadlocked", "faltered"], .heldOutcome),
        (
            [
                "agreement", "agreements", "deal", "deals", "accord", "accords", "pact", "pacts", "treaty", "decision",
            ], .dealByParties
        ),
        (["phone", "telephone", "video", "videoconference", "virtual", "online", "teleconference", "call", "calls"], .phone),
        (["both", "two", "three", "four", "several", "all", "the"], .groupQuantifier),
        (
            [
                "unacceptable", "disgraceful", "outrageous", "shameful", "deplorable", "reprehensible", "barbaric",
                "barbaric", "heinous", "cowardly", "despicable", "abhorrent", "appalling", "scandalous",
                "aggression", "violation", "ridiculous", "void", "irresponsible", "outrage", "disgrace", "betrayal",
                "provocation", "provocative", "hypocritical", "absurd", "criminal", "atrocity", "shameless",
                "insult", "insulting", "travesty", "farce", "illegitimate", "tasteless", "offensive", "barbarity",
                "unlawful", "crass", "insensitivity", "lawless", "thuggish", "thuggery", "calamity", "stab",
                "intolerable", "inexcusable", "inhumane", "reckless", "grab", "adventurism", "aggressive",
                "lousy", "vacuous", "breach", "naive", "unforgivable", "sickening", "dishonest", "deceitful",
                "pathetic", "contemptible", "grotesque", "sham", "garbage", "shocking", "vile", "repugnant",
                "obscene", "treacherous", "hypocrisy", "racist", "fascist", "corrupt", "disastrous",
            ], .characterization
        ),
        (
            [
                "utterly", "totally", "completely", "absolutely", "wholly", "extremely", "grossly", "deeply",
                "profoundly", "highly", "thoroughly",
            ], .graveDegree
        ),
        (["unacceptable", "inappropriate", "unlawful", "illegal", "offensive", "unjust"], .conductJudgement),
        (
            [
                "previously", "formerly", "earlier", "ago", "last", "recently", "originally", "once", "week", "weeks",
                "month", "months", "year", "years", "since",
            ], .otherTime
        ),
        (["from", "beginning", "starting", "effective", "until", "till"], .periodStart),
        (["crime", "crimes"], .crimeNoun),
        (["arrive", "arrives", "arrived", "arriving", "landed", "lands", "talks"], .whereabouts),
        (
            [
                "capital", "city", "town", "village", "resort", "port", "island", "enclave", "suburb", "township",
                "outskirts", "oasis", "hamlet", "borough",
            ], .settlementNoun
        ),
        (
            ["ambassadors", "envoys", "representatives", "board", "directors"],
            .standingOrgan
        ),
        (["eve", "run-up", "runup", "preparations", "preparation", "preparing", "prepare", "prepares"], .leadUp),
        (
            [
                "called", "calling", "calls", "described", "describing", "describes", "branded", "branding",
                "brands", "labelled", "labeled", "labelling", "labeling", "termed", "terming", "dubbed", "dubbing",
                "characterised", "characterized", "characterising", "characterizing", "characterises",
                "characterizes",
            ], .characterizingVerb
        ),
        (
            [
                "demand", "demands", "need", "needs", "requirement", "requirements", "target", "targets", "standard",
                "standards", "criteria", "criterion", "expectation", "expectations", "obligation", "obligations",
                "deadline", "deadlines", "cost", "costs", "specification", "specifications", "rules", "conditions",
                "terms", "goal", "goals", "objective", "objectives", "quota", "quotas", "commitments", "payments",
                "bills", "debts", "shortfall", "approval", "criticism", "resistance", "scepticism", "skepticism",
                "hostility", "challenge", "challenges", "request", "requests", "wishes", "concerns", "threshold",
                "limits", "guidelines", "norms", "requisites", "prerequisites", "complaint", "complaints", "grievances",
                "objections", "pressure",
            ], .requirement
        ),
        (
            [
                "bank", "banks", "firm", "firms", "company", "companies", "carmaker", "carmakers", "automaker",
                "automakers", "airline", "airlines", "carrier", "retailer", "retailers", "insurer", "insurers",
                "lender", "lenders", "giant", "conglomerate", "manufacturer", "manufacturers", "maker", "makers",
                "producer", "producers", "broadcaster", "broadcasters", "publisher", "publishers", "brewer",
                "drugmaker", "chipmaker", "steelmaker", "supermarket", "supermarkets", "investor", "investors",
                "band", "bands", "act", "acts", "singer", "singers", "rapper", "rappers", "actor", "actors",
                "actress", "star", "stars", "host", "hosts", "presenter", "comedian", "artist", "artists", "musician",
                "musicians", "designer", "novelist", "author", "writer", "composer", "film-maker", "filmmaker",
                "director", "player", "players", "golfer", "athlete", "athletes",
            ], .nationalityHead
        ),
    ]
}
