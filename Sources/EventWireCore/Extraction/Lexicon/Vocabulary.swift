/// Interns lower-cased token texts as dense integer ids, so the hot path compares integers, not strings.
///
/// An open-addressing hash table over a byte pool. Keys are lower-cased (ASCII letters only; other bytes as
/// they are), and the typographic apostrophe U+2019 is folded to `'`. Lookups lower-case on the fly and never
/// allocate.
struct Vocabulary: Sendable {
    /// The interned texts, back to back.
    private var pool: [UInt8] = []
    /// `starts[id] ..< starts[id + 1]` is the text of `id` in `pool`.
    private var starts: [Int32] = [0]
    private var hashes: [UInt32] = []
    /// Slots hold `id + 1`; 0 is empty.
    private var table: [Int32] = Array(repeating: 0, count: 1 << 14)

    var count: Int { hashes.count }

    /// The id of `bytes` (lower-cased), adding it when new.
    @discardableResult
    mutating func intern(_ text: some StringProtocol) -> Int32 {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            if let found = lookup(buffer, 0, buffer.count) { return found }
            let id = Int32(hashes.count)
            let hash = Vocabulary.hash(buffer, 0, buffer.count)
            var index = 0
            while index < buffer.count {
                let (folded, width) = Vocabulary.fold(buffer, index, buffer.count)
                pool.append(folded)
                index += width
            }
            starts.append(Int32(pool.count))
            hashes.append(hash)
            if hashes.count * 2 > table.count { grow() } else { insert(id: id, hash: hash) }
            return id
        }
    }

    /// The id of the lower-cased `buffer[start..<end]`, or nil.
    ///
    /// Runs for every word of every article: ASCII text (nearly all of it) takes a path that hashes and
    /// compares in one pass each, without the U+2019 folding; anything else takes ``lookupFolding(_:_:_:)``.
    func lookup(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32? {
        var hash: UInt32 = 2_166_136_261
        var i = start
        while i < end {
            let byte = buffer[i]
            if byte >= 0x80 { return lookupFolding(buffer, start, end) }
            let folded = byte &- 65 < 26 ? byte | 0x20 : byte
            hash = (hash ^ UInt32(folded)) &* 16_777_619
            i += 1
        }
        hash ^= hash >> 15
        let length = end - start
        return table.withUnsafeBufferPointer { table in
            hashes.withUnsafeBufferPointer { hashes in
                starts.withUnsafeBufferPointer { starts in
                    pool.withUnsafeBufferPointer { pool in
                        let mask = table.count - 1
                        var slot = Int(hash) & mask
                        while true {
                            let entry = table[slot]
                            if entry == 0 { return nil }
                            let id = Int(entry - 1)
                            if hashes[id] == hash {
                                let p = Int(starts[id])
                                if Int(starts[id + 1]) - p == length {
                                    var k = 0
                                    while k < length {
                                        let byte = buffer[start + k]
                                        let folded = byte &- 65 < 26 ? byte | 0x20 : byte
                                        if pool[p + k] != folded { break }
                                        k += 1
                                    }
                                    if k == length { return Int32(id) }
                                }
                            }
                            slot = (slot + 1) & mask
                        }
                    }
                }
            }
        }
    }

    /// ``lookup(_:_:_:)`` for text with non-ASCII bytes: folds U+2019 to `'` while hashing and comparing.
    private func lookupFolding(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32? {
        let hash = Vocabulary.hash(buffer, start, end)
        let mask = table.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = table[slot]
            if entry == 0 { return nil }
            let id = Int(entry - 1)
            if hashes[id] == hash, equals(id, buffer, start, end) { return Int32(id) }
            slot = (slot + 1) & mask
        }
    }

    /// The lower-cased text of `id`.
    func text(_ id: Int32) -> String {
        let range = Int(starts[Int(id)])..<Int(starts[Int(id) + 1])
        return String(decoding: pool[range], as: UTF8.self)
    }

    private func equals(_ id: Int, _ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var p = Int(starts[id])
        let pEnd = Int(starts[id + 1])
        var i = start
        while i < end {
            let (folded, width) = Vocabulary.fold(buffer, i, end)
            guard p < pEnd, pool[p] == folded else { return false }
            p += 1
            i += width
        }
        return p == pEnd
    }

    private mutating func insert(id: Int32, hash: UInt32) {
        let mask = table.count - 1
        var slot = Int(hash) & mask
        while table[slot] != 0 { slot = (slot + 1) & mask }
        table[slot] = id + 1
    }

    private mutating func grow() {
        table = Array(repeating: 0, count: table.count * 2)
        for id in 0..<hashes.count { insert(id: Int32(id), hash: hashes[id]) }
    }

    /// The folded byte at `index` and how many input bytes it stands for (3 for U+2019, else 1).
    @inline(__always)
    static func fold(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> (UInt8, Int) {
        let byte = buffer[index]
        if byte >= 65, byte <= 90 { return (byte | 0x20, 1) }
        if byte == 0xE2, index + 2 < end, buffer[index + 1] == 0x80, buffer[index + 2] == 0x99 {
            return (39, 3)
        }
        return (byte, 1)
    }

    @inline(__always)
    static func hash(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        var i = start
        while i < end {
            let (folded, width) = fold(buffer, i, end)
            hash = (hash ^ UInt32(folded)) &* 16_777_619
            i += width
        }
        return hash ^ (hash >> 15)
    }
}
