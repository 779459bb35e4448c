/// One trigger form of `triggers.tsv`: a verb, an event noun, a support verb or a blocking phrase.
struct TriggerEntry: Sendable {
    enum Kind: String, Sendable {
        /// A predicate that states the event: "met", "condemned", "agreed".
        case verb
        /// An event noun: "talks", "summit", "deal". An event only with a support verb, or standalone.
        case noun
        /// A verb that makes an event noun of its type an event: "held (talks)", "reached (a deal)".
        case support
        /// A phrase that is never an event, masking any trigger inside it: "press conference".
        case block
    }

    enum Form: Sendable {
        case base, thirdPerson, past, gerund, noun, plural
    }

    struct Frame: OptionSet, Sendable, Hashable {
        let rawValue: UInt32
        /// The direct object is a participant (meeting, agreement) or the target (condemnation).
        static let object = Frame(rawValue: 1 << 0)
        /// A place as object is where the event happens, and a country there is the host ("visited Japan").
        static let place = Frame(rawValue: 1 << 1)
        /// The subject hosts the object ("hosted", "received").
        static let host = Frame(rawValue: 1 << 2)
        /// What follows "to", "on", "upon", "that" is the topic ("agreed to work together").
        static let topic = Frame(rawValue: 1 << 3)
        /// A telephone or video meeting: lower confidence.
        static let phone = Frame(rawValue: 1 << 4)
        /// A noun that is an event without a support verb when its participants are named.
        static let standalone = Frame(rawValue: 1 << 5)
        /// One collective actor is enough (a summit of ASEAN, an EU agreement).
        static let collective = Frame(rawValue: 1 << 6)
        /// The subject visits ("visited", "a visit").
        static let visit = Frame(rawValue: 1 << 7)
        /// Needs one of `needs` right before it ("strongly criticised").
        static let needsModifier = Frame(rawValue: 1 << 8)
        /// A characterisation: lower confidence.
        static let weak = Frame(rawValue: 1 << 9)
        /// Negotiation ("talks", "negotiations"): CAMEO 046.
        static let negotiation = Frame(rawValue: 1 << 10)
        /// A formal signing ("signed"): CAMEO 057.
        static let formal = Frame(rawValue: 1 << 11)
        /// The subject alone may be the sole actor (a condemnation; "agreed with X").
        static let solo = Frame(rawValue: 1 << 12)
        /// A verb that is a condemnation only as speech ("attacked the government's plans"): the speaker must
        /// be a person, a party or a body, never a state, an armed force or an unnamed crowd.
        static let verbal = Frame(rawValue: 1 << 13)
        /// Every participant must be a political actor ("spoke with X": talks between officials, not an
        /// interview or a private call).
        static let political = Frame(rawValue: 1 << 14)
        /// The partner follows "with" after the verb's object ("discussed the plan with X").
        static let partner = Frame(rawValue: 1 << 15)
        /// The visitors are persons ("the Prince went to Saudi Arabia", not "US troops went to Iraq").
        static let person = Frame(rawValue: 1 << 16)
        /// A verb with a physical sense too ("warships blasted the platform"): done by an armed force it is
        /// military action, not speech.
        static let physical = Frame(rawValue: 1 << 17)
    }

    var type: EventType
    var kind: Kind
    var lemma: String
    var form: Form
    var frame: Frame
    /// Token ids of the words `needsModifier` asks for.
    var needs: [Int32]
    var weight: Double
}

extension Lexicon {
    /// Parses one `triggers.tsv` line: `type<TAB>kind<TAB>lemma<TAB>forms<TAB>frame<TAB>weight`.
    mutating func addTrigger(_ f: [String], _ fail: (String) -> DictionaryError) throws(DictionaryError) {
        guard f.count >= 3 else { throw fail("expected `type<TAB>kind<TAB>lemma<TAB>forms<TAB>frame<TAB>weight`") }
        guard let type = EventType(rawValue: f[0]) else {
            throw fail("unknown event type `\(f[0])` (meeting, condemnation, agreement)")
        }
        guard let kind = TriggerEntry.Kind(rawValue: f[1]) else {
            throw fail("unknown trigger kind `\(f[1])` (verb, noun, support, block)")
        }
        let lemma = f[2]
        guard !lemma.isEmpty, lemma != "-" else { throw fail("trigger lemma is empty") }
        let formsField = f.count > 3 ? f[3] : "-"
        var frame: TriggerEntry.Frame = []
        var needs: [Int32] = []
        if f.count > 4 {
            for option in f[4].split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) })
            where !option.isEmpty && option != "-" {
                if option.hasPrefix("needs=") {
                    frame.insert(.needsModifier)
                    for word in Lexicon.alternatives(String(option.dropFirst(6))) {
                        needs.append(vocabulary.intern(word))
                    }
                    continue
                }
                switch option {
                case "object": frame.insert(.object)
                case "place": frame.insert(.place)
                case "host": frame.insert(.host)
                case "topic": frame.insert(.topic)
                case "phone": frame.insert(.phone)
                case "standalone": frame.insert(.standalone)
                case "collective": frame.insert(.collective)
                case "visit": frame.insert(.visit)
                case "weak": frame.insert(.weak)
                case "verbal": frame.insert(.verbal)
                case "negotiation": frame.insert(.negotiation)
                case "formal": frame.insert(.formal)
                case "solo": frame.insert(.solo)
                case "political": frame.insert(.political)
                case "partner": frame.insert(.partner)
                case "person": frame.insert(.person)
                case "physical": frame.insert(.physical)
                default: throw fail("unknown frame option `\(option)`")
                }
            }
        }
        var weight = 0.8
        if f.count > 5, f[5] != "-", !f[5].isEmpty {
            guard let parsed = Double(f[5]), parsed > 0, parsed <= 1 else {
                throw fail("weight `\(f[5])` is not a number in (0, 1]")
            }
            weight = parsed
        }
        var forms: [(String, TriggerEntry.Form)] = []
        let explicit = Lexicon.alternatives(formsField)
        switch kind {
        case .verb, .support:
            forms.append((lemma, .base))
            if explicit.isEmpty {
                forms += Lexicon.inflectVerb(lemma)
            } else {
                for form in explicit { forms.append((form, Lexicon.guessVerbForm(form, lemma: lemma))) }
            }
        case .noun:
            forms.append((lemma, .noun))
            if explicit.isEmpty {
                if !lemma.hasSuffix("s") { forms.append((Lexicon.pluralize(lemma), .plural)) }
            } else {
                for form in explicit { forms.append((form, .plural)) }
            }
        case .block:
            forms.append((lemma, .base))
            for form in explicit { forms.append((form, .base)) }
        }
        for (text, form) in forms {
            let index = triggers.count
            triggers.append(
                TriggerEntry(
                    type: type, kind: kind, lemma: lemma, form: form, frame: frame, needs: needs, weight: weight))
            addPhrase(text, .trigger(index), caseSensitive: false)
        }
    }

    /// Regular English verb forms of a lemma; in a multi-word lemma the first word inflects ("hit out at").
    static func inflectVerb(_ lemma: String) -> [(String, TriggerEntry.Form)] {
        let parts = lemma.split(separator: " ", maxSplits: 1).map(String.init)
        let head = parts[0]
        let rest = parts.count > 1 ? " " + parts[1] : ""
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        var third = head + "s"
        if head.hasSuffix("s") || head.hasSuffix("sh") || head.hasSuffix("ch") || head.hasSuffix("x")
            || head.hasSuffix("z") || head.hasSuffix("o")
        {
            third = head + "es"
        } else if head.hasSuffix("y"), head.count > 1, !vowels.contains(head[head.index(head.endIndex, offsetBy: -2)]) {
            third = String(head.dropLast()) + "ies"
        }
        var past = head + "ed"
        var gerund = head + "ing"
        if head.hasSuffix("e") {
            past = head + "d"
            gerund = String(head.dropLast()) + "ing"
        } else if head.hasSuffix("y"), head.count > 1,
            !vowels.contains(head[head.index(head.endIndex, offsetBy: -2)])
        {
            past = String(head.dropLast()) + "ied"
        }
        return [(third + rest, .thirdPerson), (past + rest, .past), (gerund + rest, .gerund)]
    }

    static func guessVerbForm(_ form: String, lemma: String) -> TriggerEntry.Form {
        let head = form.split(separator: " ").first.map(String.init) ?? form
        if head.hasSuffix("ing") { return .gerund }
        let lemmaHead = lemma.split(separator: " ").first.map(String.init) ?? lemma
        if head == lemmaHead + "s" || head == lemmaHead + "es" || (head.hasSuffix("ies") && lemmaHead.hasSuffix("y")) {
            return .thirdPerson
        }
        return .past
    }

    static func pluralize(_ noun: String) -> String {
        if noun.hasSuffix("y"), !noun.hasSuffix("ay"), !noun.hasSuffix("ey"), !noun.hasSuffix("oy") {
            return String(noun.dropLast()) + "ies"
        }
        if noun.hasSuffix("s") || noun.hasSuffix("sh") || noun.hasSuffix("ch") || noun.hasSuffix("x") {
            return noun + "es"
        }
        return noun + "s"
    }
}
