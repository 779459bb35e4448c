import Foundation

/// Prints event payloads as JSON lines or as a readable block: who, what, where, when.
struct EventPrinter {
    var pretty: Bool
    var colour: Bool

    init(pretty: Bool, colour: Bool) {
        self.pretty = pretty
        self.colour = colour && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    func printEvent(_ payload: [UInt8]) {
        guard pretty else { return write(payload) }
        guard let event = (try? JSONSerialization.jsonObject(with: Data(payload))) as? [String: Any],
            let data = event["data"] as? [String: Any]
        else { return write(payload) }
        write(Array(render(event: event, data: data).utf8))
    }

    func printDeadLetter(_ payload: [UInt8]) {
        guard pretty,
            let letter = (try? JSONSerialization.jsonObject(with: Data(payload))) as? [String: Any]
        else { return write(payload) }
        let reason = letter["reason"] as? String ?? "?"
        let detail = letter["detail"] as? String ?? ""
        let id = letter["article_id"] as? String ?? "-"
        write(Array("\(paint("DEADLETTER", "1;33"))  \(reason): \(detail) (article \(id))\n".utf8))
    }

    /// ```
    /// MEETING  2022-11-13  Phnom Penh (KHM)  occurred  0.9
    ///   Fumio Kishida (Prime Minister, JPN) + Yoon Suk Yeol (President, KOR)
    ///   "Japanese Prime Minister Fumio Kishida said Sunday he and ..."  [seed/meeting/1 #42]
    /// ```
    func render(event: [String: Any], data: [String: Any]) -> String {
        let type = data["type"] as? String ?? "?"
        let colourCode = ["meeting": "1;36", "condemnation": "1;31", "agreement": "1;32"][type] ?? "1"
        let date = data["date"] as? String ?? "date ?"
        let place = entity(data["location"]) ?? "place ?"
        let status = data["status"] as? String ?? "?"
        let confidence = (data["confidence"] as? NSNumber).map { String(format: "%.2f", $0.doubleValue) } ?? "?"
        var lines = [
            "\(paint(type.uppercased().padding(toLength: 12, withPad: " ", startingAt: 0), colourCode)) "
                + "\(date)  \(place)  \(status)  \(confidence)"
        ]
        let actors = (data["actors"] as? [[String: Any]] ?? []).map { actor -> String in
            let name = actor["name"] as? String ?? "?"
            let details = [actor["title"] as? String, actor["country"] as? String].compactMap { $0 }
            return details.isEmpty ? name : "\(name) (\(details.joined(separator: ", ")))"
        }
        var who = "  " + actors.joined(separator: " + ")
        if let target = entity(data["target"]) { who += " → \(target)" }
        if let topic = data["topic"] as? String { who += type == "condemnation" ? " over \(topic)" : ": \(topic)" }
        lines.append(who)
        let evidence = (data["evidence"] as? [[String: Any]])?.first?["text"] as? String ?? ""
        let quote = evidence.count > 100 ? String(evidence.prefix(99)) + "…" : evidence
        let id = event["id"] as? String ?? "?"
        let sequence = event["sequence"] as? String ?? "?"
        lines.append(paint("  \"\(quote)\"  [\(id) #\(sequence)]", "2"))
        return lines.joined(separator: "\n") + "\n\n"
    }

    private func entity(_ value: Any?) -> String? {
        guard let object = value as? [String: Any], let name = object["name"] as? String else { return nil }
        return (object["country"] as? String).map { "\(name) (\($0))" } ?? name
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func write(_ bytes: [UInt8]) {
        var line = bytes
        if line.last != UInt8(ascii: "\n") { line.append(UInt8(ascii: "\n")) }
        FileHandle.standardOutput.write(Data(line))
    }
}
