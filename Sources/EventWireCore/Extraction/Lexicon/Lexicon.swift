import Foundation

/// The kinds of dictionary file the extractor reads (see `docs/DICTIONARIES.md`).
public enum DictionaryKind: String, Sendable, CaseIterable {
    case countries
    case organizations
    case titles
    case triggers

    /// The kind a file name gives: `countries.tsv` or `<anything>.countries.tsv`; nil for any other name.
    public init?(fileName: String) {
        let base = fileName.split(separator: "/").last.map(String.init) ?? fileName
        guard base.hasSuffix(".tsv") else { return nil }
        let stem = base.dropLast(4)
        let last = stem.split(separator: ".", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        guard let kind = DictionaryKind(rawValue: last) else { return nil }
        self = kind
    }
}

/// A problem in a dictionary file: where it is and what is wrong.
public struct DictionaryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file (or other origin) the entry came from.
    public var origin: String
    /// 1-based line number.
    public var line: Int
    public var message: String

    public init(origin: String, line: Int, message: String) {
        self.origin = origin
        self.line = line
        self.message = message
    }

    public var description: String { "\(origin):\(line): \(message)" }
}

/// The extractor's vocabulary: countries, organisations, titles and event triggers, indexed for lookup.
///
/// Built once (``builtIn()`` plus any user files through ``merge(contents:kind:origin:)``) and then shared
/// read-only by every extraction. Phrases are stored as sequences of interned token ids and looked up by
/// their first token, longest match first, so an article costs one hash lookup per token.
public struct Lexicon: Sendable {
    var vocabulary = Vocabulary()
    var phrases: [Phrase] = []
    /// First token id -> phrase indices, longest first.
    var phrasesByFirst = PhraseIndex()
    /// `phrases` and `phrasesByFirst` compiled for matching; rebuilt by every merge.
    var phraseTable = PhraseTable()
    var countries: [CountryEntry] = []
    var countryByCode: [String: Int] = [:]
    var organizations: [OrganizationEntry] = []
    var organizationByCode: [String: Int] = [:]
    var titles: [TitleEntry] = []
    var titleByName: [String: Int] = [:]
    var triggers: [TriggerEntry] = []
    /// The first word of each two-word travel trigger ending in "to" ("heading to", "flew to") -> its entry, for
    /// travel with a time between verb and "to" ("heading on Friday evening to Mozambique").
    var travelHeads: [Int32: Int] = [:]
    /// The travel trigger a stay ("spent two days in Tanzania") is read as: the entry of "travelled to".
    var stayEntry: Int? = nil
    /// Indexed by vocabulary id: the word classes of `WordClass`.
    var wordClasses: [WordClass] = []
    var words = WordIDs()
    /// Indexed by vocabulary id: a lower-case token of it may start a mention (``ActorTagger``'s cues).
    var lowerCaseActorCues: [Bool] = []

    /// An empty lexicon with only the built-in function words (no dictionaries).
    init() {
        internFunctionWords()
    }

    /// Whether a place is its country's name or one of its capitals ("Britain", "London"), not a place below them.
    func isStateOrCapital(_ place: Entity) -> Bool {
        guard let code = place.country, let c = countryByCode[code] else { return false }
        return countries[c].names.contains(place.name) || countries[c].capitals.contains(place.name)
    }

    /// Whether the token before `k` is "in" or "at", or "the" after one ("in Phnom Penh", "at the White House"),
    /// none of them before `start`: how a place is introduced as where an event is.
    func introducedByInOrAt(_ k: Int, in text: ArticleText, from start: Int) -> Bool {
        guard k - 1 >= start else { return false }
        let prev = text.tokens[k - 1].id
        if prev == words.in_ || prev == words.at { return true }
        guard prev == words.the, k - 2 >= start else { return false }
        let before = text.tokens[k - 2].id
        return before == words.in_ || before == words.at
    }

    /// The lexicon of the bundled dictionary files in `Resources/Dictionaries/`.
    ///
    /// - Throws: ``DictionaryError`` when a bundled file is missing or malformed.
    public static func builtIn() throws -> Lexicon {
        var lexicon = Lexicon()
        for kind in DictionaryKind.allCases {
            guard
                let url = Bundle.module.url(forResource: kind.rawValue, withExtension: "tsv")
                    ?? Bundle.module.url(
                        forResource: kind.rawValue, withExtension: "tsv", subdirectory: "Dictionaries")
            else {
                throw DictionaryError(origin: "\(kind.rawValue).tsv", line: 0, message: "built-in dictionary missing")
            }
            let contents: String
            do {
                contents = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw DictionaryError(origin: url.path, line: 0, message: "cannot read: \(error)")
            }
            try lexicon.merge(contents: contents, kind: kind, origin: "\(kind.rawValue).tsv")
        }
        return lexicon
    }

    /// Adds the entries of one dictionary file.
    ///
    /// Entries whose key is already known (a country code, an organisation code, a title, a trigger lemma of
    /// the same type and kind) add names to the existing entry.
    /// - Parameters:
    ///   - contents: the file's text.
    ///   - kind: which format the file has.
    ///   - origin: the file name, used in error messages.
    /// - Throws: ``DictionaryError`` naming `origin`, the line and the problem.
    public mutating func merge(contents: String, kind: DictionaryKind, origin: String) throws(DictionaryError) {
        // Also after a malformed line: the phrases added before it stay, as in `phrases`.
        defer {
            rebuildPhraseTable()
            rebuildTravelHeads()
            rebuildLowerCaseActorCues()
        }
        var lineNumber = 0
        for rawLine in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.hasSuffix("\r") { line = line.dropLast() }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            func fail(_ message: String) -> DictionaryError {
                DictionaryError(origin: origin, line: lineNumber, message: message)
            }
            switch kind {
            case .countries: try addCountry(fields, fail)
            case .organizations: try addOrganization(fields, fail)
            case .titles: try addTitle(fields, fail)
            case .triggers: try addTrigger(fields, fail)
            }
        }
        rebuildWordClasses()
    }

    /// Splits a `|` field into its alternatives; `-` or empty is none.
    static func alternatives(_ field: String) -> [String] {
        if field == "-" || field.isEmpty { return [] }
        return field.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

// MARK: - Entries

/// What a dictionary phrase stands for.
enum PhraseTarget: Sendable, Hashable {
    case country(Int, CountryRole)
    case organization(Int)
    case title(Int)
    case trigger(Int)

    /// The title's index when the target is a title.
    var title: Int? {
        if case .title(let ti) = self { return ti } else { return nil }
    }

    /// The country's index when the target is a country (in any role).
    var country: Int? {
        if case .country(let c, _) = self { return c } else { return nil }
    }
}

enum CountryRole: Sendable, Hashable {
    case name
    case adjective
    case capital
    case place
}

/// A dictionary phrase as token ids, with the letter case it demands of the text.
extension Lexicon {
    mutating func rebuildTravelHeads() {
        travelHeads = [:]
        for phrase in phrases where phrase.ids.count == 2 && phrase.ids[1] == words.to {
            if case .trigger(let i) = phrase.target, triggers[i].kind == .verb, triggers[i].frame.contains(.person) {
                travelHeads[phrase.ids[0]] = i
            }
        }
        stayEntry = travelHeads[vocabulary.lookupString("travelled")]
    }
}

struct Phrase: Sendable {
    var ids: [Int32]
    /// Per token: 0 any case, 1 capitalised, 2 all capitals.
    var caseRule: [UInt8]
    var target: PhraseTarget
}

struct CountryEntry: Sendable {
    var code: String
    var names: [String]
    var adjectives: [String]
    var capitals: [String]
    var name: String { names.first ?? code }
}

enum OrganizationKind: String, Sendable {
    case igo, agency, party, ngo, armed, media, company, other
    /// Unions, business and employers' groups, creditor banks: public actors that are not political ones;
    /// they meet and condemn political actors but make no political event among themselves.
    case civil
}

struct OrganizationEntry: Sendable {
    var code: String
    var names: [String]
    var kind: OrganizationKind
    var country: String?
    /// Names of the body that also name its seat as a place ("talks at the White House", "met Blair at Number
    /// 10"); the first is the place an event held there is given.
    var sites: [String] = []
    /// The city the body sits in ("Brussels" for NATO, "Moscow" for Tass): where a session of its standing organs
    /// ("NATO ambassadors met in emergency session") is held, and where a state news agency speaks from, when the
    /// text gives no other place.
    var seat: String? = nil
}

enum TitleRank: String, Sendable {
    case headOfState = "head_of_state"
    case headOfGovernment = "head_of_government"
    case minister, official, diplomat, legislator, royal, military, religious, other
}

struct TitleEntry: Sendable {
    var title: String
    var rank: TitleRank
}

extension Lexicon {
    mutating func addCountry(_ f: [String], _ fail: (String) -> DictionaryError) throws(DictionaryError) {
        guard f.count >= 2 else { throw fail("expected `code<TAB>names<TAB>adjectives<TAB>capital<TAB>places`") }
        let code = f[0]
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw fail("country code `\(code)` is not an ISO 3166-1 alpha-3 code")
        }
        let names = Lexicon.alternatives(f[1])
        let adjectives = f.count > 2 ? Lexicon.alternatives(f[2]) : []
        let capitals = f.count > 3 ? Lexicon.alternatives(f[3]) : []
        let places = f.count > 4 ? Lexicon.alternatives(f[4]) : []
        let index: Int
        if let existing = countryByCode[code] {
            index = existing
            countries[index].names += names
            countries[index].adjectives += adjectives
            countries[index].capitals += capitals
        } else {
            guard !names.isEmpty else { throw fail("country `\(code)` has no name") }
            index = countries.count
            countries.append(CountryEntry(code: code, names: names, adjectives: adjectives, capitals: capitals))
            countryByCode[code] = index
        }
        for name in names { addPhrase(name, .country(index, .name), caseSensitive: true) }
        for adjective in adjectives { addPhrase(adjective, .country(index, .adjective), caseSensitive: true) }
        for capital in capitals { addPhrase(capital, .country(index, .capital), caseSensitive: true) }
        for place in places { addPhrase(place, .country(index, .place), caseSensitive: true) }
    }

    mutating func addOrganization(_ f: [String], _ fail: (String) -> DictionaryError) throws(DictionaryError) {
        guard f.count >= 2 else { throw fail("expected `code<TAB>names<TAB>kind<TAB>country[<TAB>sites[<TAB>seat]]`") }
        let code = f[0]
        guard !code.isEmpty, code != "-" else { throw fail("organization code is empty") }
        let names = Lexicon.alternatives(f[1])
        var kind = OrganizationKind.igo
        if f.count > 2, f[2] != "-", !f[2].isEmpty {
            guard let parsed = OrganizationKind(rawValue: f[2]) else {
                throw fail("unknown organization kind `\(f[2])` (igo, agency, party, ngo, armed, media, civil)")
            }
            kind = parsed
        }
        var country: String? = nil
        if f.count > 3, f[3] != "-", !f[3].isEmpty {
            guard f[3].count == 3 else { throw fail("country `\(f[3])` is not an ISO alpha-3 code") }
            country = f[3]
        }
        let sites = f.count > 4 ? Lexicon.alternatives(f[4]) : []
        for site in sites where !names.contains(site) {
            throw fail("site `\(site)` is not one of the organization's names")
        }
        let seat = f.count > 5 ? Lexicon.alternatives(f[5]).first : nil
        let index: Int
        if let existing = organizationByCode[code] {
            index = existing
            organizations[index].names += names
            organizations[index].sites += sites
            if let seat { organizations[index].seat = seat }
        } else {
            guard !names.isEmpty else { throw fail("organization `\(code)` has no name") }
            index = organizations.count
            organizations.append(
                OrganizationEntry(code: code, names: names, kind: kind, country: country, sites: sites, seat: seat))
            organizationByCode[code] = index
        }
        for name in names {
            addPhrase(name, .organization(index), caseSensitive: true)
            for variant in Self.spellingVariants(of: name) {
                addPhrase(variant, .organization(index), caseSensitive: true)
            }
        }
    }

    /// British and American spellings of a body's name ("Gulf Co-operation Council", "World Health
    /// Organisation"), so the dictionary lists each name once.
    static func spellingVariants(of name: String) -> [String] {
        let pairs = [("Cooperation", "Co-operation"), ("Organization", "Organisation"), ("Defense", "Defence")]
        var variants: [String] = []
        for (american, british) in pairs {
            if name.contains(american) { variants.append(name.replacingOccurrences(of: american, with: british)) }
            if name.contains(british) { variants.append(name.replacingOccurrences(of: british, with: american)) }
        }
        return variants
    }

    mutating func addTitle(_ f: [String], _ fail: (String) -> DictionaryError) throws(DictionaryError) {
        guard !f[0].isEmpty, f[0] != "-" else { throw fail("title is empty") }
        let variants = f.count > 1 ? Lexicon.alternatives(f[1]) : []
        var rank = TitleRank.other
        if f.count > 2, f[2] != "-", !f[2].isEmpty {
            guard let parsed = TitleRank(rawValue: f[2]) else { throw fail("unknown title rank `\(f[2])`") }
            rank = parsed
        }
        let index: Int
        if let existing = titleByName[f[0].lowercased()] {
            index = existing
        } else {
            index = titles.count
            titles.append(TitleEntry(title: f[0], rank: rank))
            titleByName[f[0].lowercased()] = index
        }
        for name in [f[0]] + variants {
            addPhrase(name, .title(index), caseSensitive: false)
            // Plurals: "ministers", "presidents", "prime ministers".
            if !name.hasSuffix("s"), name.count > 3 { addPhrase(name + "s", .title(index), caseSensitive: false) }
        }
    }

    /// Tokenizes `text` with the lexicon's own tokenizer and registers it as a phrase.
    mutating func addPhrase(_ text: String, _ target: PhraseTarget, caseSensitive: Bool) {
        let tokens = tokenizePhrase(text)
        guard !tokens.isEmpty else { return }
        var ids: [Int32] = []
        var rules: [UInt8] = []
        for (substring, flags) in tokens {
            ids.append(vocabulary.intern(substring))
            if !caseSensitive {
                rules.append(0)
            } else if flags.contains(.allCaps), !flags.contains(.dotted) {
                rules.append(2)
            } else if flags.contains(.capitalized) {
                rules.append(1)
            } else {
                rules.append(0)
            }
        }
        // No duplicates of the same phrase and target.
        if let list = phrasesByFirst[ids[0]] {
            for p in list where phrases[Int(p)].ids == ids && phrases[Int(p)].target == target { return }
        }
        let index = Int32(phrases.count)
        phrases.append(Phrase(ids: ids, caseRule: rules, target: target))
        var list = phrasesByFirst[ids[0]] ?? []
        list.append(index)
        list.sort { phrases[Int($0)].ids.count > phrases[Int($1)].ids.count }
        phrasesByFirst[ids[0]] = list
    }

    /// The tokens of a dictionary phrase as substrings with their flags.
    func tokenizePhrase(_ text: String) -> [(String, Token.Flags)] {
        let bytes = Array(text.utf8)
        let tokens = bytes.withUnsafeBufferPointer { makeTokenizer().tokenize($0) }
        return tokens.map { token in
            let slice = bytes[Int(token.start)..<Int(token.end)]
            var s = String(decoding: slice, as: UTF8.self)
            // Typographic quotes and dashes are looked up as their ASCII forms.
            if token.id == words.quote { s = "\"" } else if token.id == words.apostrophe { s = "'" }
            return (s, token.flags)
        }
    }

    func makeTokenizer() -> Tokenizer {
        Tokenizer(
            vocabulary: vocabulary, isAbbreviation: wordClasses.map { $0.contains(.abbreviation) },
            quoteID: words.quote, apostropheID: words.apostrophe, dashID: words.dash, ellipsisID: words.ellipsis)
    }
}
