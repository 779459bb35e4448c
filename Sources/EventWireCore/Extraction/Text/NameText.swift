/// `String` operations on actor names with a fast path for plain ASCII, which nearly every name is.
///
/// Each returns exactly what the general `String` operation it stands for returns (`split(separator: " ")`,
/// `lowercased()`, `count`): the fast path only skips grapheme breaking and Unicode case mapping where they cannot
/// change the result (ASCII without a carriage return, the one ASCII pair that is a single `Character`), and works
/// on the UTF-8 bytes in place.
enum NameText {
    /// Whether `bytes` are ASCII with no CR: then bytes, scalars and `Character`s are one to one.
    @inline(__always)
    private static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 || byte == 13 { return false }
        return true
    }

    /// `String(bytes)` lower-cased, for simple bytes.
    @inline(__always)
    private static func lowercasedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            for i in bytes.indices {
                let byte = bytes[i]
                out[i] = byte &- 65 < 26 ? byte | 0x20 : byte
            }
            return bytes.count
        }
    }

    /// `text.count`.
    static func count(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { isSimple($0) ? $0.count : nil } ?? text.count
    }

    /// `text.lowercased()`.
    static func lowercased(_ text: String) -> String {
        var text = text
        return text.withUTF8 { isSimple($0) ? lowercasedASCII($0) : nil } ?? text.lowercased()
    }

    /// `text.split(separator: " ").map { $0.lowercased() }`.
    static func lowercasedWords(_ text: String) -> [String] {
        var text = text
        let fast = text.withUTF8 { bytes -> [String]? in
            guard isSimple(bytes) else { return nil }
            var words: [String] = []
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 32 {
                if i > start { words.append(lowercasedASCII(UnsafeBufferPointer(rebasing: bytes[start..<i]))) }
                start = i + 1
            }
            return words
        }
        return fast ?? text.split(separator: " ").map { $0.lowercased() }
    }

    /// `text.split(separator: " ").count == 1`.
    static func isOneWord(_ text: String) -> Bool {
        var text = text
        let fast = text.withUTF8 { bytes -> Bool? in
            guard isSimple(bytes) else { return nil }
            var words = 0
            var inWord = false
            for byte in bytes {
                if byte == 32 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
            }
            return words == 1
        }
        return fast ?? (text.split(separator: " ").count == 1)
    }
}
