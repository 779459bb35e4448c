import EventWireCore
import Foundation

/// Builds the extractor from the built-in dictionaries plus the user's extra files.
///
/// Extra paths are files named `<kind>.tsv` or `<anything>.<kind>.tsv` (kinds: countries, organizations,
/// titles, triggers) or folders holding such files; see `docs/DICTIONARIES.md`. The core parses; this
/// type does the file reading, so the core stays free of I/O.
public enum DictionaryLoader {
    /// A dictionary file that cannot be used, with the file and line where known.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The extractor for the built-in dictionaries and `paths`, merged in order.
    ///
    /// - Throws: ``LoadError`` naming the file (and line) of the first problem.
    public static func makeExtractor(extraPaths paths: [String]) throws -> Extractor {
        var lexicon: Lexicon
        do {
            lexicon = try Lexicon.builtIn()
        } catch {
            throw LoadError(description: "built-in dictionaries: \(error)")
        }
        for file in try files(in: paths) {
            let name = (file as NSString).lastPathComponent
            guard let kind = DictionaryKind(fileName: name) else {
                throw LoadError(
                    description: "\(file): not a dictionary file name (<kind>.tsv or <name>.<kind>.tsv, kind one of "
                        + DictionaryKind.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            guard let data = FileManager.default.contents(atPath: file),
                let text = String(data: data, encoding: .utf8)
            else { throw LoadError(description: "\(file): cannot read as UTF-8 text") }
            do {
                try lexicon.merge(contents: text, kind: kind, origin: file)
            } catch {
                throw LoadError(description: "\(error)")
            }
        }
        return Extractor(lexicon: lexicon)
    }

    /// Files named directly, and the `.tsv` files of folders in name order.
    static func files(in paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw LoadError(description: "\(path): no such file or folder")
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.filter { $0.hasSuffix(".tsv") }.sorted().map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return files
    }
}
