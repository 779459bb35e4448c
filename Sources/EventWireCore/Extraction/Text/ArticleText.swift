/// An article body as bytes, tokens and sentences: what every later stage reads.
struct ArticleText {
    let bytes: [UInt8]
    let tokens: [Token]
    let sentences: [Sentence]
    /// Token index -> sentence index.
    let sentenceOf: [Int32]
    /// Sentence index -> whether it is an all-capitals headline ("U.S., TURKEY SIGN AID AGREEMENT"): three words
    /// or more, seven in ten of them in capitals.
    let isAllCapitals: [Bool]

    init(body: String, tokenizer: Tokenizer, splitter: SentenceSplitter) {
        let bytes = Array(body.utf8)
        self.bytes = bytes
        let tokens = bytes.withUnsafeBufferPointer { tokenizer.tokenize($0) }
        self.tokens = tokens
        let sentences = splitter.split(tokens)
        self.sentences = sentences
        var sentenceOf = [Int32](repeating: 0, count: tokens.count)
        var isAllCapitals = [Bool](repeating: false, count: sentences.count)
        for (index, sentence) in sentences.enumerated() {
            var words = 0
            var capitals = 0
            for t in sentence.tokenRange {
                sentenceOf[t] = Int32(index)
                if tokens[t].isWord {
                    words += 1
                    if tokens[t].flags.contains(.allCaps) { capitals += 1 }
                }
            }
            isAllCapitals[index] = words >= 3 && capitals * 10 >= words * 7
        }
        self.sentenceOf = sentenceOf
        self.isAllCapitals = isAllCapitals
    }

    /// The original text of tokens `start ..< end` (spacing as in the body).
    func text(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return String(decoding: bytes[Int(tokens[start].start)..<Int(tokens[end - 1].end)], as: UTF8.self)
    }

    /// The original text of one token.
    func text(_ index: Int) -> String {
        String(decoding: bytes[Int(tokens[index].start)..<Int(tokens[index].end)], as: UTF8.self)
    }

    /// Whether the token's bytes contain `byte` (an ASCII byte: never part of a multi-byte character).
    @inline(__always)
    func tokenContains(_ index: Int, _ byte: UInt8) -> Bool {
        let token = tokens[index]
        return bytes.withUnsafeBufferPointer { buffer in
            var i = Int(token.start)
            let end = Int(token.end)
            while i < end {
                if buffer[i] == byte { return true }
                i += 1
            }
            return false
        }
    }

    func text(of sentence: Sentence) -> String {
        String(decoding: bytes[sentence.byteStart..<sentence.byteEnd], as: UTF8.self)
    }

    /// The token's text, with the trailing period of an abbreviation dropped.
    func bareText(_ index: Int) -> String {
        var text = self.text(index)
        if tokens[index].flags.contains(.abbreviation), text.hasSuffix("."), !tokens[index].flags.contains(.dotted) {
            text.removeLast()
        }
        return text
    }
}
