/// Turns one article into events: article in, events out, no I/O.
///
/// Implementations are values safe to share between the daemon's extraction workers.
public protocol EventExtractor: Sendable {
    /// The events the article states, in order of first evidence, one per distinct occurrence.
    func events(in article: Article) -> [Event]
}
