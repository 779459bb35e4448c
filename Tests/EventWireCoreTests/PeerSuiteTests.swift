import Foundation
import Testing
@testable import EventWireCore

/// The peer suites of `../shared/peer/`, scored per CAMEO-MAPPING.md (reviewed view).
///
/// Enabled only where the shared folder is present: the suites are not part of this repository.
@Suite(.enabled(if: Fixture.sharedFolder != nil, "../shared/peer is absent: peer suites skipped"))
struct PeerSuiteTests {
    static func report() throws -> EvaluationReport {
        let folder = try #require(Fixture.sharedFolder).appendingPathComponent("peer")
        var records: [GoldRecord] = []
        for name in ["petrarch2-validation.jsonl", "plover-gsr-cameo.jsonl"] {
            let contents = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            records += try GoldRecord.parse(contents: contents)
        }
        return Evaluator(extractor: Fixture.extractor).evaluate(records) { _ in "" }
    }

    @Test func pooledF1AtLeast085() throws {
        let report = try Self.report()
        let pooled = try #require(report.pooledSentences)
        #expect(pooled.records == 684)
        #expect(pooled.total.f1 >= 0.85, "pooled F1 \(pooled.total.f1)")
    }

    @Test func noTypeBelow075WhereItHasFivePositives() throws {
        let report = try Self.report()
        for table in report.tables {
            for type in EventType.allCases where table.score(type).positives >= 5 {
                #expect(table.score(type).f1 >= 0.75, "\(table.name) \(type): F1 \(table.score(type).f1)")
            }
        }
    }
}
