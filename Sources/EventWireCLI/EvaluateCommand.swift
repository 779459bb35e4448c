import ArgumentParser
import EventWireCore
import Foundation

/// `eventwire evaluate`: scores the extractor against gold files and prints precision, recall and F1.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate", abstract: "Score the extractor against a gold file.",
        discussion: """
            Reads JSON-lines gold files of two kinds. Sentence suites ({"id", "text", "suite", "types_reviewed", \
            "types_reviewed_lenient", ...}) are scored per suite and type as CAMEO-MAPPING.md says: reviewed \
            types are gold, lenient ones don't-care (--peer-view: the peer's own types / types_lenient). \
            Article gold ({"id", "body" or "file", "published", "events": [...]}) is scored per type by matching \
            predicted to gold events (same type, overlapping actors), with the accuracy of place, date and \
            status on matched events. A relative "file" resolves against the gold file's folder.
            """)

    @Argument(help: "Gold files (JSON lines).") var goldFiles: [String]

    @Flag(help: "Score sentence suites by the peer's own types (types / types_lenient).")
    var peerView = false

    @Flag(help: "List false negatives, false positives and wrong attributes with ids and evidence.")
    var showErrors = false

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Option(help: "Extra dictionary files (repeatable).") var dictionary: [String] = []

    func run() throws {
        var lexicon = try Lexicon.builtIn()
        for path in dictionary {
            guard let kind = DictionaryKind(fileName: path) else {
                throw ValidationError("\(path): not a dictionary file name (<name>.<kind>.tsv)")
            }
            let contents = try String(contentsOfFile: path, encoding: .utf8)
            try lexicon.merge(contents: contents, kind: kind, origin: path)
        }
        let evaluator = Evaluator(extractor: Extractor(lexicon: lexicon), lexicon: lexicon)
        var reports: [(String, EvaluationReport)] = []
        for path in goldFiles {
            let contents: String
            do {
                contents = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                FileHandle.standardError.write(Data("eventwire evaluate: \(path): cannot read\n".utf8))
                throw ExitCode(2)
            }
            let records: [GoldRecord]
            do {
                records = try GoldRecord.parse(contents: contents, view: peerView ? .peer : .reviewed)
            } catch {
                FileHandle.standardError.write(Data("eventwire evaluate: \(path):\(error.line): \(error.message)\n".utf8))
                throw ExitCode(2)
            }
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            let report: EvaluationReport
            do {
                report = try evaluator.evaluate(records) { gold in
                    guard let file = gold.file else { return "" }
                    let url = file.hasPrefix("/") ? URL(fileURLWithPath: file) : folder.appendingPathComponent(file)
                    do {
                        return try String(contentsOf: url, encoding: .utf8)
                    } catch {
                        throw ValidationError("\(path): \(gold.id): cannot read \(url.path)")
                    }
                }
            } catch {
                FileHandle.standardError.write(Data("eventwire evaluate: \(error)\n".utf8))
                throw ExitCode(2)
            }
            reports.append((path, report))
        }
        if json {
            printJSON(reports)
        } else {
            for (path, report) in reports { printTable(path, report) }
        }
    }

    private func printTable(_ path: String, _ report: EvaluationReport) {
        print("== \(path)")
        var tables = report.tables
        if let pooled = report.pooledSentences { tables.append(pooled) }
        func pct(_ x: Double) -> String { String(format: "%5.1f", x * 100) }
        for table in tables {
            print("\(table.name) (\(table.records) records)")
            print("  type           TP   FP   FN   prec  recall    F1")
            for type in EventType.allCases + [nil] as [EventType?] {
                let s = type.map { table.score($0) } ?? table.total
                let name = (type?.rawValue ?? "all").padding(toLength: 13, withPad: " ", startingAt: 0)
                print(
                    "  \(name) \(pad(s.truePositives)) \(pad(s.falsePositives)) \(pad(s.falseNegatives))  \(pct(s.precision))  \(pct(s.recall))  \(pct(s.f1))"
                )
            }
            if table.name == ScoreTable.articlesName, table.matched > 0 {
                let m = Double(table.matched)
                print(
                    "  on \(table.matched) matched events: place \(pct(Double(table.placeCorrect) / m))%  date \(pct(Double(table.dateCorrect) / m))%  status \(pct(Double(table.statusCorrect) / m))%"
                )
            }
        }
        if showErrors {
            for error in report.errors {
                var line = "  \(error.kind.rawValue) \(error.type.rawValue) \(error.recordID): \(error.detail)"
                if !error.evidence.isEmpty { line += "\n      \(error.evidence.prefix(300))" }
                print(line)
            }
        }
    }

    private func pad(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, 4 - s.count)) + s
    }

    private func printJSON(_ reports: [(String, EvaluationReport)]) {
        var files: [[String: Any]] = []
        for (path, report) in reports {
            var tables = report.tables
            if let pooled = report.pooledSentences { tables.append(pooled) }
            var tableObjects: [[String: Any]] = []
            for table in tables {
                var types: [String: Any] = [:]
                for type in EventType.allCases {
                    let s = table.score(type)
                    types[type.rawValue] = [
                        "tp": s.truePositives, "fp": s.falsePositives, "fn": s.falseNegatives,
                        "precision": s.precision, "recall": s.recall, "f1": s.f1,
                    ]
                }
                let s = table.total
                var object: [String: Any] = [
                    "name": table.name, "records": table.records, "types": types,
                    "all": [
                        "tp": s.truePositives, "fp": s.falsePositives, "fn": s.falseNegatives,
                        "precision": s.precision, "recall": s.recall, "f1": s.f1,
                    ],
                ]
                if table.name == ScoreTable.articlesName {
                    object["matched"] = table.matched
                    object["place_correct"] = table.placeCorrect
                    object["date_correct"] = table.dateCorrect
                    object["status_correct"] = table.statusCorrect
                }
                tableObjects.append(object)
            }
            var file: [String: Any] = ["file": path, "tables": tableObjects]
            if showErrors {
                file["errors"] = report.errors.map {
                    [
                        "kind": $0.kind.rawValue, "id": $0.recordID, "type": $0.type.rawValue, "detail": $0.detail,
                        "evidence": $0.evidence,
                    ]
                }
            }
            files.append(file)
        }
        if let data = try? JSONSerialization.data(withJSONObject: ["reports": files], options: [.sortedKeys]) {
            print(String(decoding: data, as: UTF8.self))
        }
    }
}
