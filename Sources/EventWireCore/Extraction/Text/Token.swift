/// One token of an article: a word, a number or a punctuation mark, with byte and code point offsets.
///
/// `id` is the token's lower-cased text in the lexicon's vocabulary, or -1 for a word the lexicon has
/// never seen (most names). Typographic quotes and dashes get the id of their ASCII form.
struct Token: Sendable, Hashable {
    /// UTF-8 byte offsets into the body.
    var start: Int32
    var end: Int32
    /// Unicode code point offsets into the body (what Python's `str` indexing counts).
    var cpStart: Int32
    var cpEnd: Int32
    var id: Int32
    var flags: Flags

    struct Flags: OptionSet, Sendable, Hashable {
        let rawValue: UInt16
        static let word = Flags(rawValue: 1 << 0)
        static let number = Flags(rawValue: 1 << 1)
        static let punct = Flags(rawValue: 1 << 2)
        /// Starts with an upper-case letter.
        static let capitalized = Flags(rawValue: 1 << 3)
        /// Two or more letters, all upper case ("UN", "NATO", "U.S.").
        static let allCaps = Flags(rawValue: 1 << 4)
        /// A line break lies between this token and the one before.
        static let newlineBefore = Flags(rawValue: 1 << 5)
        /// A blank line lies between this token and the one before.
        static let paragraphBefore = Flags(rawValue: 1 << 6)
        /// White space lies between this token and the one before.
        static let spaceBefore = Flags(rawValue: 1 << 7)
        /// The token ends with a period that belongs to it ("Mr.", "U.N.", "J.").
        static let abbreviation = Flags(rawValue: 1 << 8)
        /// A single capital and a period: an initial ("J.").
        static let initial = Flags(rawValue: 1 << 9)
        /// Letters and periods alternating: "U.S.", "a.m.".
        static let dotted = Flags(rawValue: 1 << 10)
        /// Contains a digit.
        static let digit = Flags(rawValue: 1 << 11)
    }

    var isWord: Bool { flags.contains(.word) }
    var isCapitalized: Bool { flags.contains(.capitalized) }
    var isPunct: Bool { flags.contains(.punct) }
}

/// A sentence: a run of tokens and the body span it covers.
struct Sentence: Sendable, Hashable {
    /// Token indices `tokenStart ..< tokenEnd`.
    var tokenStart: Int
    var tokenEnd: Int
    var cpStart: Int
    var cpEnd: Int
    var byteStart: Int
    var byteEnd: Int
    /// The sentence opens a paragraph.
    var opensParagraph: Bool

    var tokenRange: Range<Int> { tokenStart..<tokenEnd }
}
