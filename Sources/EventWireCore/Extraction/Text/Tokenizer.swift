/// Splits UTF-8 text into tokens in one pass over the bytes.
///
/// Words keep inner hyphens ("Indo-Pacific", "one-on-one") and apostrophes ("O'Neill"); a possessive "'s"
/// and a negative "n't" become tokens of their own. Periods stay with dotted abbreviations ("U.N.",
/// "a.m."), initials ("J.") and the lexicon's known abbreviations ("Mr.", "Nov."). Numbers keep inner
/// commas and points ("1,000", "3.5").
struct Tokenizer {
    let vocabulary: Vocabulary
    /// Indexed by vocabulary id: the id names an abbreviation with its period ("mr.", "nov.").
    let isAbbreviation: [Bool]
    let quoteID: Int32
    let apostropheID: Int32
    let dashID: Int32
    let ellipsisID: Int32

    func tokenize(_ text: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5 + 8)
        let n = text.count
        var i = 0
        var cpCursorByte = 0
        var cpCursor = 0
        // In ASCII text (most articles) code point offsets are byte offsets.
        let isASCII = Tokenizer.isASCII(text)
        // Code point offset of a byte offset at or after the cursor (offsets only grow).
        func cp(at byte: Int) -> Int32 {
            if isASCII { return Int32(byte) }
            while cpCursorByte < byte {
                if text[cpCursorByte] & 0xC0 != 0x80 { cpCursor += 1 }
                cpCursorByte += 1
            }
            return Int32(cpCursor)
        }
        var pendingFlags: Token.Flags = []
        var newlines = 0
        while i < n {
            let b = text[i]
            // White space (and NBSP, zero-width and other U+2000-U+200F spaces).
            if b == 32 || b == 9 || b == 13 || b == 12 || b == 11 {
                pendingFlags.insert(.spaceBefore)
                i += 1
                continue
            }
            if b == 10 {
                newlines += 1
                pendingFlags.insert(.spaceBefore)
                pendingFlags.insert(.newlineBefore)
                if newlines >= 2 { pendingFlags.insert(.paragraphBefore) }
                i += 1
                continue
            }
            if b == 0xC2, i + 1 < n, text[i + 1] == 0xA0 {
                pendingFlags.insert(.spaceBefore)
                i += 2
                continue
            }
            if b == 0xE2, i + 2 < n, text[i + 1] == 0x80, text[i + 2] <= 0x8F || text[i + 2] == 0xAF {
                pendingFlags.insert(.spaceBefore)
                i += 3
                continue
            }
            let start = i
            var flags = pendingFlags
            var id: Int32 = -1
            // A contraction glued to the word before: "'s", "’s", "'ll", "'re", "'ve", "'m", "'d".
            let apostropheWidth =
                b == UInt8(ascii: "'") ? 1 : (b == 0xE2 && i + 2 < n && text[i + 1] == 0x80 && text[i + 2] == 0x99 ? 3 : 0)
            if apostropheWidth > 0, !flags.contains(.spaceBefore), let last = tokens.last, last.flags.contains(.word),
                Int(last.end) == i, i + apostropheWidth < n, Tokenizer.isLetter(text[i + apostropheWidth])
            {
                var j = i + apostropheWidth
                while j < n, Tokenizer.isLetter(text[j]) { j += 1 }
                if j - (i + apostropheWidth) <= 2 {
                    flags.insert(.word)
                    id = vocabulary.lookup(text, start, j) ?? -1
                    i = j
                    tokens.append(
                        Token(
                            start: Int32(start), end: Int32(i), cpStart: cp(at: start), cpEnd: cp(at: i), id: id,
                            flags: flags))
                    pendingFlags = []
                    newlines = 0
                    continue
                }
            }
            // A currency sign is a token of its own, like "$": "£3.12bn" is "£" and the number "3.12bn".
            let currency = b == 0xC2 && i + 1 < n && (text[i + 1] == 0xA3 || text[i + 1] == 0xA5) ? 2
                : b == 0xE2 && i + 2 < n && text[i + 1] == 0x82 && text[i + 2] == 0xAC ? 3 : 0
            if currency > 0 {
                flags.insert(.punct)
                i += currency
            } else if Tokenizer.isWordByte(b) && !(b == 0xE2 && i + 2 < n && text[i + 1] == 0x80) {
                i = scanWord(text, from: i, flags: &flags)
                if flags.contains(.word) || flags.contains(.number) {
                    id = vocabulary.lookup(text, start, i) ?? -1
                }
            } else if b == 0xE2, i + 2 < n, text[i + 1] == 0x80 {
                flags.insert(.punct)
                switch text[i + 2] {
                case 0x9C, 0x9D, 0x9E: id = quoteID
                case 0x98, 0x99: id = apostropheID
                case 0x93, 0x94, 0x95: id = dashID
                case 0xA6: id = ellipsisID
                default: id = -1
                }
                i += 3
            } else if b >= 0xF0 {
                flags.insert(.punct)
                i += 1
                while i < n, text[i] & 0xC0 == 0x80 { i += 1 }
            } else if b >= 0x80 {
                // Other non-ASCII symbol bytes that are not letters: one token per scalar.
                flags.insert(.punct)
                i += 1
                while i < n, text[i] & 0xC0 == 0x80 { i += 1 }
            } else {
                flags.insert(.punct)
                if b == UInt8(ascii: "-"), i + 1 < n, text[i + 1] == UInt8(ascii: "-") {
                    i += 2
                    while i < n, text[i] == UInt8(ascii: "-") { i += 1 }
                    id = dashID
                } else if b == UInt8(ascii: "."), i + 2 < n, text[i + 1] == UInt8(ascii: "."),
                    text[i + 2] == UInt8(ascii: ".")
                {
                    i += 3
                    id = ellipsisID
                } else if b == UInt8(ascii: "`") || b == UInt8(ascii: "'"), i + 1 < n, text[i + 1] == b {
                    i += 2
                    id = quoteID
                } else {
                    i += 1
                    id = vocabulary.lookup(text, start, i) ?? -1
                }
            }
            let token = Token(
                start: Int32(start), end: Int32(i), cpStart: cp(at: start), cpEnd: cp(at: i), id: id, flags: flags)
            tokens.append(token)
            pendingFlags = []
            newlines = 0
        }
        return tokens
    }

    /// Whether every byte is below 0x80, eight at a time.
    static func isASCII(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var i = 0
        var high: UInt64 = 0
        while i + 8 <= text.count {
            high |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < text.count {
            high |= UInt64(text[i])
            i += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 0xC0 && b < 0xF0)
    }

    @inline(__always)
    static func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 0xC0 }

    @inline(__always)
    static func isUpper(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = text[i]
        if b >= 65 && b <= 90 { return true }
        // Latin-1 supplement and Latin Extended-A capitals (À-Þ; Ā, Ă ... at even code points).
        if b == 0xC3, i + 1 < text.count { return text[i + 1] >= 0x80 && text[i + 1] <= 0x9E && text[i + 1] != 0x97 }
        if b == 0xC4 || b == 0xC5, i + 1 < text.count { return text[i + 1] & 1 == 0 }
        return false
    }

    /// Scans a word or number from `start`; returns its end and sets its flags.
    private func scanWord(_ text: UnsafeBufferPointer<UInt8>, from start: Int, flags: inout Token.Flags) -> Int {
        let n = text.count
        // Most words: ASCII letters up to white space, the end or punctuation other than "-", "'" and "." (which
        // may continue a word or end an abbreviation): what the general path below does for them, at once.
        if text[start] &- 65 < 26 || text[start] &- 97 < 26 {
            var j = start
            var capitals = 0
            while j < n {
                let b = text[j]
                if b &- 97 < 26 {
                    j &+= 1
                } else if b &- 65 < 26 {
                    capitals &+= 1
                    j &+= 1
                } else {
                    break
                }
            }
            let stop = j < n ? text[j] : 32
            if stop < 0x80, stop &- 48 >= 10, stop != UInt8(ascii: "-"), stop != UInt8(ascii: "'"),
                stop != UInt8(ascii: ".")
            {
                flags.insert(.word)
                if text[start] &- 65 < 26 { flags.insert(.capitalized) }
                if j &- start >= 2 && capitals == j &- start { flags.insert(.allCaps) }
                return j
            }
        }
        var i = start
        var letters = 0
        var uppers = 0
        var hasDigit = false
        var hasDot = false
        var segmentLength = 0  // letters since the last period, for dotted abbreviations
        var allSegmentsSingle = true
        let startsWithDigit = text[start] >= 48 && text[start] <= 57
        while i < n {
            let b = text[i]
            // ASCII letters and digits first: the bulk of every word, and what the general path below does
            // for them (a continuation byte after one, impossible in a String, is skipped there as well).
            if b &- 97 < 26 {
                // The run of lower-case letters at once: most of a word.
                var j = i &+ 1
                while j < n, text[j] &- 97 < 26 { j &+= 1 }
                letters &+= j &- i
                segmentLength &+= j &- i
                i = j
                continue
            }
            if b &- 65 < 26 {
                letters += 1
                uppers += 1
                segmentLength += 1
                i += 1
                continue
            }
            if b &- 48 < 10 {
                hasDigit = true
                segmentLength += 1
                i += 1
                continue
            }
            if b == 0xE2, i + 2 < n, text[i + 1] == 0x80 {
                // U+2019 inside a word is an apostrophe; any other U+20xx ends the word.
                if text[i + 2] == 0x99, i + 3 < n, Tokenizer.isLetter(text[i + 3]), letters > 0 {
                    if let split = apostropheSplit(text, at: i, width: 3, wordStart: start) {
                        i = split
                        break
                    }
                    i += 3
                    continue
                }
                break
            }
            if Tokenizer.isWordByte(b) {
                if b >= 48 && b <= 57 {
                    hasDigit = true
                } else {
                    letters += 1
                    if Tokenizer.isUpper(text, i) { uppers += 1 }
                }
                if b & 0xC0 != 0x80 { segmentLength += 1 }
                i += 1
                while i < n, text[i] & 0xC0 == 0x80 { i += 1 }
                continue
            }
            if b >= 0x80 && b < 0xC0 {
                i += 1
                continue
            }
            let next: UInt8 = i + 1 < n ? text[i + 1] : 0
            if b == UInt8(ascii: "-"), Tokenizer.isWordByte(next), i > start {
                i += 1
                segmentLength = 0
                allSegmentsSingle = false
                continue
            }
            if b == UInt8(ascii: "'"), Tokenizer.isLetter(next), letters > 0 {
                if let split = apostropheSplit(text, at: i, width: 1, wordStart: start) {
                    i = split
                    break
                }
                i += 1
                continue
            }
            if (b == UInt8(ascii: ",") || b == UInt8(ascii: ".")), startsWithDigit, next >= 48, next <= 57 {
                i += 1
                continue
            }
            if b == UInt8(ascii: "."), !startsWithDigit, segmentLength == 1, Tokenizer.isLetter(next),
                i + 2 < n, text[i + 2] == UInt8(ascii: ".") || (i + 2 < n && !Tokenizer.isWordByte(text[i + 2]))
            {
                // "U.S", "a.m": a single letter, a period, a letter.
                hasDot = true
                i += 1
                segmentLength = 0
                continue
            }
            break
        }
        if segmentLength != 1 { allSegmentsSingle = false }
        if hasDigit && letters == 0 { flags.insert(.number) } else { flags.insert(.word) }
        if hasDigit { flags.insert(.digit) }
        if Tokenizer.isUpper(text, start) { flags.insert(.capitalized) }
        if letters >= 2 && uppers == letters { flags.insert(.allCaps) }
        // A period that belongs to the word.
        if i < n, text[i] == UInt8(ascii: ".") {
            if hasDot && allSegmentsSingle {
                flags.insert([.abbreviation, .dotted])
                if uppers == letters { flags.insert(.allCaps) }
                return i + 1
            }
            if letters == 1, !hasDigit, i - start == 1 || (text[start] >= 0xC0 && i - start == 2),
                Tokenizer.isUpper(text, start)
            {
                flags.insert([.abbreviation, .initial])
                return i + 1
            }
            if let id = vocabulary.lookup(text, start, i + 1), Int(id) < isAbbreviation.count, isAbbreviation[Int(id)] {
                flags.insert(.abbreviation)
                return i + 1
            }
        }
        if hasDot {
            // "U.S" without its final period (end of text): still dotted.
            flags.insert(.dotted)
        }
        return i
    }

    /// Where a word ends before an apostrophe that starts "'s" or whose word ends in "n't"; nil to go on.
    private func apostropheSplit(_ text: UnsafeBufferPointer<UInt8>, at i: Int, width: Int, wordStart: Int) -> Int? {
        let n = text.count
        let after = i + width
        func isEnd(_ j: Int) -> Bool { j >= n || !Tokenizer.isWordByte(text[j]) }
        if after < n, text[after] | 0x20 == UInt8(ascii: "s"), isEnd(after + 1) { return i }
        if after < n, text[after] | 0x20 == UInt8(ascii: "t"), isEnd(after + 1), i - 1 > wordStart,
            text[i - 1] | 0x20 == UInt8(ascii: "n")
        {
            return i - 1
        }
        if (after < n && isEnd(after + 1))
            && (text[after] | 0x20 == UInt8(ascii: "m") || text[after] | 0x20 == UInt8(ascii: "d"))
        {
            return i
        }
        if after + 1 < n, isEnd(after + 2) {
            let pair = (text[after] | 0x20, text[after + 1] | 0x20)
            if pair == (UInt8(ascii: "l"), UInt8(ascii: "l")) || pair == (UInt8(ascii: "v"), UInt8(ascii: "e"))
                || pair == (UInt8(ascii: "r"), UInt8(ascii: "e"))
            {
                return i
            }
        }
        return nil
    }
}
