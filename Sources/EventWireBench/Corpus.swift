import EventWireCore
import Foundation

/// The benchmark's input: the seed article plus the real news corpus, each article kept both decoded (for the
/// extractor) and as a feed payload template (for the wire), so a generated load can repeat it with fresh ids.
struct Corpus: Sendable {
    /// One base article.
    struct Entry: Sendable {
        /// The article as the daemon would decode it.
        var article: Article
        /// The payload's JSON after the id member: `"body":...}`; a payload is `{"id":"<id>",` + this.
        var payloadRest: [UInt8]
        /// Where it came from (`bbc`, `reuters21578`, `wikinews`, `seed`, `articles`).
        var origin: String
        /// The events the extractor finds in it; filled by ``countEvents(with:)``.
        var expectedEvents = 0

        /// The body's UTF-8 size, the unit of the extract scenario's MB/s.
        var bodyBytes: Int { article.body.utf8.count }

        /// The feed payload of this article under another id.
        func payload(id: String) -> [UInt8] {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(payloadRest.count + id.utf8.count + 9)
            bytes.append(contentsOf: #"{"id":""#.utf8)
            bytes.append(contentsOf: id.utf8)
            bytes.append(contentsOf: #"","#.utf8)
            bytes.append(contentsOf: payloadRest)
            return bytes
        }
    }

    /// A file that could not be used.
    struct LoadError: Error, CustomStringConvertible {
        var description: String
    }

    var entries: [Entry]
    /// What was loaded, for the report: one line per source.
    var sources: [String]
    /// Set when the real corpus was missing and only the seed is used.
    var fallbackNote: String?

    /// Payload bytes of all entries under their own ids (the size the wire scenario sends).
    var meanPayloadBytes: Int {
        guard !entries.isEmpty else { return 0 }
        return entries.reduce(0) { $0 + $1.payloadRest.count + $1.article.id.utf8.count + 9 } / entries.count
    }

    /// The entries that yield at least one event: the latency scenario's input.
    var eventful: [Entry] { entries.filter { $0.expectedEvents > 0 } }

    /// Loads the seed and the corpus.
    ///
    /// - Parameters:
    ///   - seed: the seed `.txt` file (body; id = file stem), or nil when there is none.
    ///   - corpusDirectory: the corpus folder: `bulk/*.jsonl` when present, else `articles/*.txt`.
    ///   - limit: keep at most this many articles, taken round-robin from the sources so each is represented.
    static func load(seed: String?, corpusDirectory: String?, limit: Int?) throws -> Corpus {
        var perSource: [(String, [Entry])] = []
        var sources: [String] = []
        var note: String?
        if let seed, FileManager.default.fileExists(atPath: seed) {
            let text = try String(contentsOfFile: seed, encoding: .utf8)
            let id = ((seed as NSString).lastPathComponent as NSString).deletingPathExtension
            perSource.append(("seed", [try entry(fields: ["id": id, "body": text], origin: "seed")]))
            sources.append("seed \(seed)")
        }
        let manager = FileManager.default
        let bulk = corpusDirectory.map { ($0 as NSString).appendingPathComponent("bulk") }
        let articlesDir = corpusDirectory.map { ($0 as NSString).appendingPathComponent("articles") }
        if let bulk, let names = try? manager.contentsOfDirectory(atPath: bulk),
            names.contains(where: { $0.hasSuffix(".jsonl") })
        {
            for name in names.sorted() where name.hasSuffix(".jsonl") {
                let path = (bulk as NSString).appendingPathComponent(name)
                let origin = (name as NSString).deletingPathExtension
                let entries = try loadJSONLines(path, origin: origin, limit: limit)
                perSource.append((origin, entries))
                sources.append("\(origin) \(entries.count) articles (\(path))")
            }
        } else if let articlesDir, let names = try? manager.contentsOfDirectory(atPath: articlesDir) {
            var entries: [Entry] = []
            for name in names.sorted() where name.hasSuffix(".txt") {
                let path = (articlesDir as NSString).appendingPathComponent(name)
                let text = try String(contentsOfFile: path, encoding: .utf8)
                let id = (name as NSString).deletingPathExtension
                entries.append(try entry(fields: ["id": id, "body": text], origin: "articles"))
            }
            perSource.append(("articles", entries))
            sources.append("articles \(entries.count) (\(articlesDir); no bulk files)")
        } else {
            note = "corpus not found at \(corpusDirectory ?? "(none)"): using the seed article only"
        }
        var entries: [Entry] = []
        if let limit {
            // Round-robin so a small smoke subset still mixes BBC, Reuters and Wikinews.
            var cursors = Array(repeating: 0, count: perSource.count)
            var progressed = true
            while entries.count < limit, progressed {
                progressed = false
                for (index, source) in perSource.enumerated() where cursors[index] < source.1.count {
                    entries.append(source.1[cursors[index]])
                    cursors[index] += 1
                    progressed = true
                    if entries.count == limit { break }
                }
            }
        } else {
            entries = perSource.flatMap(\.1)
        }
        if limit != nil {
            // Say what the subset holds, not what the files hold.
            sources = sources.map { line in
                let origin = String(line.prefix { $0 != " " })
                let used = entries.filter { $0.origin == origin }.count
                return origin == "seed" ? line : "\(origin): \(used) articles (subset) \(line.drop { $0 != "(" })"
            }
        }
        guard !entries.isEmpty else {
            throw LoadError(description: "no articles: neither the seed nor a corpus was found")
        }
        return Corpus(entries: entries, sources: sources, fallbackNote: note)
    }

    /// Runs the extractor once over every entry and stores its event count (the pipeline's expected output).
    mutating func countEvents(with extractor: Extractor) {
        for index in entries.indices {
            entries[index].expectedEvents = extractor.events(in: entries[index].article).count
        }
    }

    private static func loadJSONLines(_ path: String, origin: String, limit: Int?) throws -> [Entry] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(description: "\(path): cannot read")
        }
        var entries: [Entry] = []
        var lineNumber = 0
        let bytes = [UInt8](data)
        var start = 0
        // Line by line, stopping at the limit (a smoke subset reads a few lines, not 19 MB of splits).
        while start < bytes.count {
            if let limit, entries.count >= limit { break }
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let line = bytes[start..<end]
            start = end + 1
            lineNumber += 1
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") }) else { continue }
            guard let fields = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw LoadError(description: "\(path):\(lineNumber): not a JSON object")
            }
            entries.append(try entry(fields: fields, origin: origin))
        }
        return entries
    }

    /// Builds an entry from an article's JSON members; keeps only the members the wire carries.
    private static func entry(fields: [String: Any], origin: String) throws -> Entry {
        var wire: [String: String] = [:]
        for key in ["body", "title", "published", "url", "source", "language"] {
            if let value = fields[key] as? String { wire[key] = value }
        }
        let id = fields["id"] as? String
        let restObject = try JSONSerialization.data(
            withJSONObject: wire, options: [.sortedKeys, .withoutEscapingSlashes])
        let rest = Array(restObject.dropFirst())  // drop "{": the payload template adds it with the id
        var payload = Array(#"{"id":""#.utf8) + Array((id ?? "").utf8) + Array(#"","#.utf8) + rest
        if id == nil { payload = Array(restObject) }
        let article: Article
        do {
            article = try Article(json: payload)
        } catch {
            throw LoadError(description: "\(origin) \(id ?? "?"): rejected by Article(json:): \(error.detail)")
        }
        return Entry(article: article, payloadRest: rest, origin: origin)
    }
}
