/// Interns lower-cased token texts as dense integer ids, so the hot path compares integers, not strings.
///
/// An open-addressing hash table over a byte pool. Keys are lower-cased (ASCII letters only; other bytes as
/// they are), and the typographic apostrophe U+2019 is folded to `'`. Lookups lower-case on the fly and never
/// allocate.
struct Vocabulary: Sendable {
    /// The interned texts, back to back, then 8 zero bytes, so that a text can be read 8 bytes at a time.
    private var pool: [UInt8] = Array(repeating: 0, count: Vocabulary.padding)
    /// `starts[id] ..< starts[id + 1]` is the text of `id` in `pool`.
    private var starts: [Int32] = [0]
    private var hashes: [UInt32] = []
    /// Slots hold `id + 1`; 0 is empty.
    private var table: [Int32] = Array(repeating: 0, count: 1 << 14)

    private static let padding = 8

    var count: Int { hashes.count }

    /// The id of `bytes` (lower-cased), adding it when new.
    @discardableResult
    mutating func intern(_ text: some StringProtocol) -> Int32 {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            if let found = lookup(buffer, 0, buffer.count) { return found }
            let id = Int32(hashes.count)
            var folded: [UInt8] = []
            var index = 0
            while index < buffer.count {
                let (byte, width) = Vocabulary.fold(buffer, index, buffer.count)
                folded.append(byte)
                index += width
            }
            let hash = folded.withUnsafeBufferPointer { Vocabulary.hash(folded: $0) }
            pool.removeLast(Vocabulary.padding)
            pool += folded
            starts.append(Int32(pool.count))
            pool += repeatElement(0, count: Vocabulary.padding)
            hashes.append(hash)
            if hashes.count * 2 > table.count { grow() } else { insert(id: id, hash: hash) }
            return id
        }
    }

    /// The id of the lower-cased `buffer[start..<end]`, or nil.
    ///
    /// Runs for every word of every article: ASCII text of up to 16 bytes (nearly every word) is read,
    /// lower-cased, hashed and compared 8 bytes at a time; anything else takes ``lookupFolding(_:_:_:)``.
    func lookup(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32? {
        let length = end &- start
        guard length > 0, length <= 16, let base = buffer.baseAddress else {
            return lookupFolding(buffer, start, end)
        }
        let raw = UnsafeRawPointer(base)
        let long = length > 8
        let first = Vocabulary.word(raw, buffer.count, start, long ? start &+ 8 : end)
        let second = long ? Vocabulary.word(raw, buffer.count, start &+ 8, end) : 0
        if (first | second) & 0x8080_8080_8080_8080 != 0 { return lookupFolding(buffer, start, end) }
        let low = Vocabulary.lowercasedASCII(first)
        let high = Vocabulary.lowercasedASCII(second)
        var mixed = Vocabulary.mix(Vocabulary.hashSeed(length), low)
        if long { mixed = Vocabulary.mix(mixed, high) }
        let hash = Vocabulary.finish(mixed)
        let lowMask = UInt64.max &>> UInt64((8 &- min(length, 8)) &* 8)
        let highMask = long ? UInt64.max &>> UInt64((16 &- length) &* 8) : 0
        return table.withUnsafeBufferPointer { table in
            hashes.withUnsafeBufferPointer { hashes in
                starts.withUnsafeBufferPointer { starts in
                    pool.withUnsafeBytes { pool in
                        let mask = table.count &- 1
                        var slot = Int(hash) & mask
                        while true {
                            let entry = table[slot]
                            if entry == 0 { return nil }
                            let id = Int(entry &- 1)
                            if hashes[id] == hash {
                                let p = Int(starts[id])
                                if Int(starts[id &+ 1]) &- p == length,
                                    pool.loadUnaligned(fromByteOffset: p, as: UInt64.self) & lowMask == low,
                                    !long || pool.loadUnaligned(fromByteOffset: p &+ 8, as: UInt64.self) & highMask == high
                                {
                                    return Int32(id)
                                }
                            }
                            slot = (slot &+ 1) & mask
                        }
                    }
                }
            }
        }
    }

    /// ``lookup(_:_:_:)`` for other text: folds U+2019 to `'` while lower-casing, then hashes and compares.
    private func lookupFolding(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int32? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(end - start, 1)) { folded in
            var count = 0
            var i = start
            while i < end {
                let (byte, width) = Vocabulary.fold(buffer, i, end)
                folded[count] = byte
                count += 1
                i += width
            }
            let text = UnsafeBufferPointer(rebasing: folded[0..<count])
            let hash = Vocabulary.hash(folded: text)
            let mask = table.count - 1
            var slot = Int(hash) & mask
            while true {
                let entry = table[slot]
                if entry == 0 { return nil }
                let id = Int(entry - 1)
                if hashes[id] == hash, pool[Int(starts[id])..<Int(starts[id + 1])].elementsEqual(text) {
                    return Int32(id)
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The bytes `at ..< end` (1 to 8 of them) of `raw` (`count` bytes long) as a little-endian word, zero above.
    @inline(__always)
    private static func word(_ raw: UnsafeRawPointer, _ count: Int, _ at: Int, _ end: Int) -> UInt64 {
        let r = end &- at
        if at &+ 8 <= count {
            return raw.loadUnaligned(fromByteOffset: at, as: UInt64.self) & (UInt64.max &>> UInt64((8 &- r) &* 8))
        }
        if end >= 8 { return raw.loadUnaligned(fromByteOffset: end &- 8, as: UInt64.self) &>> UInt64((8 &- r) &* 8) }
        var word: UInt64 = 0
        for j in 0..<r { word |= UInt64(raw.load(fromByteOffset: at &+ j, as: UInt8.self)) &<< UInt64(j &* 8) }
        return word
    }

    /// The lower-cased text of `id`.
    func text(_ id: Int32) -> String {
        let range = Int(starts[Int(id)])..<Int(starts[Int(id) + 1])
        return String(decoding: pool[range], as: UTF8.self)
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

    /// The hash of already lower-cased text: the same as ``lookup(_:_:_:)`` computes for the text it folds.
    static func hash(folded bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash = hashSeed(bytes.count)
        var k = 0
        while k < bytes.count {
            var word: UInt64 = 0
            for j in 0..<min(8, bytes.count - k) { word |= UInt64(bytes[k + j]) << (UInt64(j) << 3) }
            hash = mix(hash, word)
            k += 8
        }
        return finish(hash)
    }

    /// ASCII capitals of the eight bytes of `word` to lower case (every byte below 0x80).
    @inline(__always)
    private static func lowercasedASCII(_ word: UInt64) -> UInt64 {
        // A byte's high bit: set in `b + 0x3F` from "A" up, in `b + 0x25` from past "Z" up; no carries below 0x80.
        let capitals = (word &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(word &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
        return word | capitals >> 2
    }

    @inline(__always)
    private static func hashSeed(_ length: Int) -> UInt64 { UInt64(length) &* 0x9E37_79B9_7F4A_7C15 }

    @inline(__always)
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let h = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        return h ^ (h >> 32)
    }

    @inline(__always)
    private static func finish(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: (hash &* 0xBF58_476D_1CE4_E5B9) >> 32) }
}
