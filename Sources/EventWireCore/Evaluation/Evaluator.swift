/// Counts of one event type: true positives, false positives, false negatives.
public struct TypeScore: Sendable, Hashable, Codable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    public var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    public var f1: Double {
        let p = precision
        let r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
    /// Gold positives.
    public var positives: Int { truePositives + falseNegatives }

    public static func + (a: TypeScore, b: TypeScore) -> TypeScore {
        TypeScore(
            truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
            falseNegatives: a.falseNegatives + b.falseNegatives)
    }
}

/// Scores per event type of one suite or file, plus attribute accuracy on matched article events.
public struct ScoreTable: Sendable, Hashable, Codable {
    public var name: String
    public var records: Int
    public var byType: [EventType: TypeScore]
    /// Article-level only: matched events whose place, date and status are right.
    public var matched: Int
    public var placeCorrect: Int
    public var dateCorrect: Int
    public var statusCorrect: Int

    public init(name: String) {
        self.name = name
        records = 0
        byType = [:]
        matched = 0
        placeCorrect = 0
        dateCorrect = 0
        statusCorrect = 0
    }

    public var total: TypeScore { byType.values.reduce(TypeScore(), +) }

    public func score(_ type: EventType) -> TypeScore { byType[type] ?? TypeScore() }

    mutating func add(_ type: EventType, tp: Int = 0, fp: Int = 0, fn: Int = 0) {
        var s = byType[type] ?? TypeScore()
        s.truePositives += tp
        s.falsePositives += fp
        s.falseNegatives += fn
        byType[type] = s
    }
}

/// A miss or a false alarm, for `--show-errors`.
public struct EvaluationError: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable {
        case falseNegative = "FN"
        case falsePositive = "FP"
        /// A matched event with a wrong place, date or status.
        case attribute = "ATTR"
    }

    public var kind: Kind
    public var recordID: String
    public var type: EventType
    /// What was expected or predicted, in one line.
    public var detail: String
    /// The evidence: the sentence (sentence suites) or the predicted event's evidence.
    public var evidence: String
}

/// The outcome of scoring an extractor on gold records.
public struct EvaluationReport: Sendable, Hashable, Codable {
    /// One table per sentence suite and one for all article records.
    public var tables: [ScoreTable]
    public var errors: [EvaluationError]

    /// The pooled table of all sentence suites, if there are any.
    public var pooledSentences: ScoreTable? {
        let suites = tables.filter { $0.name != ScoreTable.articlesName }
        guard suites.count > 1 else { return nil }
        var pooled = ScoreTable(name: "all suites")
        for suite in suites {
            pooled.records += suite.records
            for (type, score) in suite.byType { pooled.byType[type] = (pooled.byType[type] ?? TypeScore()) + score }
        }
        return pooled
    }
}

extension ScoreTable {
    public static let articlesName = "articles"
}

/// Scores an extractor against gold records.
///
/// Sentence cases follow `CAMEO-MAPPING.md`: per type, gold positive if in the gold set, don't-care if only
/// allowed, negative otherwise. Articles: a predicted event matches a gold event of the same type whose
/// actors overlap (a name equal case-insensitively, the same last word, or a shared country code),
/// one-to-one, greedily by best overlap.
public struct Evaluator: Sendable {
    public let extractor: any EventExtractor
    /// Lower-cased names of one body -> its code ("g7", "group of seven" -> "G7"): names of the same
    /// organisation match each other.
    public var aliases: [String: String] = [:]

    public init(extractor: any EventExtractor) {
        self.extractor = extractor
    }

    /// An evaluator that also counts the names a lexicon lists for one organisation as the same actor.
    public init(extractor: any EventExtractor, lexicon: Lexicon) {
        self.extractor = extractor
        for entry in lexicon.organizations {
            for name in entry.names { aliases[name.lowercased()] = entry.code }
        }
    }

    /// Scores `records`; `body` supplies the text of article records that refer to a file.
    public func evaluate(_ records: [GoldRecord], body: (ArticleGold) throws -> String) rethrows -> EvaluationReport {
        var tables: [String: ScoreTable] = [:]
        var order: [String] = []
        var errors: [EvaluationError] = []
        func table(_ name: String) -> ScoreTable {
            if let t = tables[name] { return t }
            order.append(name)
            return ScoreTable(name: name)
        }
        for record in records {
            switch record {
            case .sentence(let c):
                var t = table(c.suite)
                t.records += 1
                let predicted = Set(
                    extractor.events(in: Article(id: c.id, body: c.text, published: c.published)).map(\.type))
                for type in EventType.allCases {
                    let gold = c.types.contains(type)
                    let allowed = c.allowed.contains(type)
                    let said = predicted.contains(type)
                    if gold && said {
                        t.add(type, tp: 1)
                    } else if gold {
                        t.add(type, fn: 1)
                        errors.append(
                            EvaluationError(
                                kind: .falseNegative, recordID: c.id, type: type, detail: "missed", evidence: c.text))
                    } else if said && !allowed {
                        t.add(type, fp: 1)
                        errors.append(
                            EvaluationError(
                                kind: .falsePositive, recordID: c.id, type: type, detail: "not an event here",
                                evidence: c.text))
                    } else {
                        t.add(type)
                    }
                }
                tables[c.suite] = t
            case .article(let gold):
                var t = table(ScoreTable.articlesName)
                t.records += 1
                let text = try gold.body ?? body(gold)
                let events = extractor.events(in: Article(id: gold.id, body: text, published: gold.published))
                Evaluator.scoreArticle(gold, events, into: &t, errors: &errors, aliases: aliases)
                tables[ScoreTable.articlesName] = t
            }
        }
        return EvaluationReport(tables: order.compactMap { tables[$0] }, errors: errors)
    }

    /// How many gold actors the predicted actors cover: 0 means no match.
    static func overlap(_ predicted: Event, _ gold: GoldEvent, aliases: [String: String] = [:]) -> Int {
        var score = 0
        let goldCountries = Set(gold.countries)
        for name in gold.actors {
            let lower = name.lowercased()
            let last = lastWord(lower)
            let code = aliases[lower]
            if predicted.actors.contains(where: {
                let p = $0.name.lowercased()
                return p == lower || lastWord(p) == last || (code != nil && aliases[p] == code)
            }) {
                score += 2
            }
        }
        let predictedCountries = Set(predicted.actors.compactMap(\.country))
        score += predictedCountries.intersection(goldCountries).count
        return score
    }

    private static func lastWord(_ name: String) -> Substring {
        name.split(whereSeparator: { $0 == " " || $0 == "-" }).last ?? Substring(name)
    }

    static func scoreArticle(
        _ gold: ArticleGold, _ events: [Event], into t: inout ScoreTable, errors: inout [EvaluationError],
        aliases: [String: String] = [:]
    ) {
        var pairs: [(score: Int, p: Int, g: Int)] = []
        for (p, event) in events.enumerated() {
            for (g, goldEvent) in gold.events.enumerated() where goldEvent.type == event.type {
                let score = overlap(event, goldEvent, aliases: aliases)
                if score > 0 {
                    // Prefer pairs that also agree on status and date.
                    let bonus = (event.status == goldEvent.status ? 1 : 0) + (event.date == goldEvent.date ? 1 : 0)
                    pairs.append((score * 4 + bonus, p, g))
                }
            }
        }
        pairs.sort { ($0.score, -$0.p, -$0.g) > ($1.score, -$1.p, -$1.g) }
        var usedP = Set<Int>()
        var usedG = Set<Int>()
        for pair in pairs where !usedP.contains(pair.p) && !usedG.contains(pair.g) {
            usedP.insert(pair.p)
            usedG.insert(pair.g)
            let event = events[pair.p]
            let goldEvent = gold.events[pair.g]
            t.add(event.type, tp: 1)
            t.matched += 1
            let placeOK = event.location?.name.lowercased() == goldEvent.location?.lowercased()
            let dateOK = event.date == goldEvent.date
            let statusOK = event.status == goldEvent.status
            if placeOK { t.placeCorrect += 1 }
            if dateOK { t.dateCorrect += 1 }
            if statusOK { t.statusCorrect += 1 }
            if !(placeOK && dateOK && statusOK) {
                var wrong: [String] = []
                if !placeOK { wrong.append("place \(event.location?.name ?? "null") != \(goldEvent.location ?? "null")") }
                if !dateOK { wrong.append("date \(event.date ?? "null") != \(goldEvent.date ?? "null")") }
                if !statusOK { wrong.append("status \(event.status.rawValue) != \(goldEvent.status.rawValue)") }
                errors.append(
                    EvaluationError(
                        kind: .attribute, recordID: gold.id, type: event.type,
                        detail: describe(event) + ": " + wrong.joined(separator: ", "),
                        evidence: event.evidence.first?.text ?? ""))
            }
        }
        for (g, goldEvent) in gold.events.enumerated() where !usedG.contains(g) {
            t.add(goldEvent.type, fn: 1)
            errors.append(
                EvaluationError(
                    kind: .falseNegative, recordID: gold.id, type: goldEvent.type,
                    detail:
                        "\(goldEvent.actors.joined(separator: ", ")) @ \(goldEvent.location ?? "-") \(goldEvent.date ?? "-") \(goldEvent.status.rawValue)",
                    evidence: goldEvent.evidence ?? ""))
        }
        for (p, event) in events.enumerated() where !usedP.contains(p) {
            t.add(event.type, fp: 1)
            errors.append(
                EvaluationError(
                    kind: .falsePositive, recordID: gold.id, type: event.type, detail: describe(event),
                    evidence: event.evidence.map(\.text).joined(separator: " | ")))
        }
    }

    static func describe(_ event: Event) -> String {
        let actors = event.actors.map { a in a.country.map { "\(a.name) (\($0))" } ?? a.name }
        return
            "\(actors.joined(separator: ", ")) @ \(event.location?.name ?? "-") \(event.date ?? "-") \(event.status.rawValue)"
    }
}
