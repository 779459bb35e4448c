/// Allocation counting, where the platform allows it.
///
/// glibc 2.34+ removed the malloc hooks, `mallinfo2()` reports bytes in use rather than calls, and a Swift
/// `@_cdecl("malloc")` in an executable is neither exported to interpose libc's nor allowed for much longer (the
/// compiler warns that the name is reserved). So no count here; use `heaptrack` or `valgrind --tool=dhat` on
/// `eventwire-bench --scenario extract` for allocations per article.
enum AllocationCounter {
    /// The number of allocations so far, or nil when they cannot be counted.
    static var count: Int? { nil }

    static let note: String? =
        "not measured in process (glibc has no malloc hooks); use heaptrack or valgrind --tool=dhat on the extract scenario"
}
