import EventWireCore
import Foundation

/// Reads article files the way `replay` and `extract` take them.
///
/// `.txt`: the whole file is the body and the file name's stem the id; `.json`: one article;
/// `.jsonl`: one article a line; a folder: every such file in it and below, in name order.
/// Each article comes out as the JSON payload a feed would carry, so replayed and offline input
/// go through the same decoder as the daemon's.
public struct ArticleFiles: Sendable {
    /// One article's payload and where it came from (`path` or `path:line`).
    public struct Record: Sendable {
        public var payload: [UInt8]
        public var origin: String

        public init(payload: [UInt8], origin: String) {
            self.payload = payload
            self.origin = origin
        }
    }

    /// A path that cannot be read.
    public struct ReadError: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    public static let extensions: Set<String> = ["txt", "json", "jsonl"]

    /// Applied to articles that have no `published` of their own.
    public var published: String?

    public init(published: String? = nil) {
        self.published = published
    }

    /// The files a list of paths names, folders expanded, in order.
    ///
    /// - Throws: ``ReadError`` for a path that does not exist or a file of another kind.
    public static func files(in paths: [String]) throws -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ReadError(path: path, message: "no such file or folder")
            }
            if isDirectory.boolValue {
                let entries = manager.enumerator(atPath: path)?.compactMap { $0 as? String } ?? []
                files += entries.filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
                    .sorted().map { (path as NSString).appendingPathComponent($0) }
            } else {
                guard extensions.contains((path as NSString).pathExtension.lowercased()) else {
                    throw ReadError(path: path, message: "not a .txt, .json or .jsonl file")
                }
                files.append(path)
            }
        }
        return files
    }

    /// Calls `body` with each article of `file`.
    ///
    /// Lines of a `.jsonl` file are passed on as they are, even when they are not valid articles:
    /// the decoder downstream says what is wrong with them, exactly as the daemon would.
    /// - Throws: ``ReadError`` when the file cannot be read; what `body` throws.
    public func forEachArticle(inFile file: String, _ body: (Record) throws -> Void) throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ReadError(path: file, message: "cannot read")
        }
        switch (file as NSString).pathExtension.lowercased() {
        case "txt":
            guard let text = String(data: data, encoding: .utf8) else {
                throw ReadError(path: file, message: "not valid UTF-8")
            }
            let id = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            var object: [String: String] = ["id": id, "body": text]
            if let published { object["published"] = published }
            try body(Record(payload: try ArticleFiles.json(object), origin: file))
        case "jsonl":
            var line = 0
            for slice in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                line += 1
                guard slice.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") }) else { continue }
                try body(Record(payload: withPublished(Array(slice)), origin: "\(file):\(line)"))
            }
        default:
            try body(Record(payload: withPublished(Array(data)), origin: file))
        }
    }

    /// The payload with `published` added when it is an object that lacks one; otherwise unchanged.
    private func withPublished(_ payload: [UInt8]) -> [UInt8] {
        guard let published,
            var object = (try? JSONSerialization.jsonObject(with: Data(payload))) as? [String: Any],
            object["published"] == nil || object["published"] is NSNull
        else { return payload }
        object["published"] = published
        return (try? ArticleFiles.json(object)) ?? payload
    }

    private static func json(_ object: Any) throws -> [UInt8] {
        Array(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
    }
}
