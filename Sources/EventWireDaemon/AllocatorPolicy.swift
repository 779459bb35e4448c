#if canImport(Glibc)
    import CMalloc
    import Glibc
#endif

/// Process-wide allocator settings for a long-running daemon.
public enum AllocatorPolicy {
    /// The size from which glibc serves an allocation with its own `mmap`, returned to the system on `free`.
    public static let mmapThresholdBytes: Int32 = 128 * 1024

    /// Fixes glibc's mmap threshold so that large buffers (an oversized article, a burst of them) go back to the
    /// system when freed.
    ///
    /// By default glibc raises the threshold to the size of each mmapped block it frees (up to 32 MiB), so after
    /// the first 300 kB article every later one comes from the worker threads' heaps, which keep the pages: the
    /// resident size then depends on the largest backlog ever seen (87 to 165 MiB after 10,000 hostile messages
    /// in the e2e flood, against 55 to 66 MiB with the threshold fixed). Setting it once turns that adjustment off.
    /// Harmless elsewhere: a no-op without glibc, and `MALLOC_MMAP_THRESHOLD_` in the environment still wins.
    public static func apply() {
        #if canImport(Glibc)
            guard getenv("MALLOC_MMAP_THRESHOLD_") == nil else { return }
            _ = mallopt(M_MMAP_THRESHOLD, mmapThresholdBytes)
        #endif
    }
}
