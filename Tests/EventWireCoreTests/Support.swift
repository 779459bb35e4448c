import Foundation
@testable import EventWireCore

/// One extractor for all tests: the built-in dictionaries are parsed once.
enum Fixture {
    static let lexicon: Lexicon = {
        do { return try Lexicon.builtIn() } catch { fatalError("built-in dictionaries: \(error)") }
    }()
    static let extractor = Extractor(lexicon: lexicon)
    static let engine = Engine(lexicon: lexicon)

    static func events(_ body: String, published: String? = "2023-03-15") -> [Event] {
        extractor.events(in: Article(id: "test", body: body, published: published))
    }

    static func types(_ body: String) -> Set<EventType> { Set(events(body).map(\.type)) }

    /// The repository root, from this file's path (Tests/EventWireCoreTests/Support.swift).
    static let repositoryRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `/work/shared` as seen from the repository (`../shared`), or nil when it is absent.
    static let sharedFolder: URL? = {
        let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("peer").path) ? url : nil
    }()
}
