/// Splits a token stream into sentences.
///
/// A sentence ends at a line break, or at `.`, `!` or `?` (with any closing quotes and brackets glued to
/// it) when the next token starts a sentence: a capital, a digit, an opening quote or bracket. Periods that
/// belong to abbreviations never end a sentence after a title ("Mr.", "Gen."), an initial ("J.") or before
/// a number ("Nov. 13"); after "U.S." or "Inc." they do when the next word is a typical sentence opener
/// ("The", "He", "But" ...).
struct SentenceSplitter {
    let periodID: Int32
    let exclamationID: Int32
    let questionID: Int32
    let quoteID: Int32
    let apostropheID: Int32
    let closeParenID: Int32
    let closeBracketID: Int32
    let openParenID: Int32
    /// Indexed by vocabulary id: words that typically open a sentence.
    let isOpener: [Bool]
    /// Indexed by vocabulary id: abbreviations that never end a sentence ("mr.", "gen.", "st.").
    let isTitleAbbreviation: [Bool]

    func split(_ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        sentences.reserveCapacity(tokens.count / 20 + 2)
        var start = 0
        var i = 0
        let n = tokens.count
        func close(at end: Int) {
            guard end > start else { return }
            let first = tokens[start]
            let last = tokens[end - 1]
            sentences.append(
                Sentence(
                    tokenStart: start, tokenEnd: end, cpStart: Int(first.cpStart), cpEnd: Int(last.cpEnd),
                    byteStart: Int(first.start), byteEnd: Int(last.end),
                    opensParagraph: start == 0 || first.flags.contains(.newlineBefore)))
            start = end
        }
        while i < n {
            let token = tokens[i]
            if i > start, token.flags.contains(.newlineBefore) {
                close(at: i)
            }
            let id = token.id
            let terminal = id == periodID || id == exclamationID || id == questionID
            let abbreviation = token.flags.contains(.abbreviation)
            if !terminal && !abbreviation {
                i += 1
                continue
            }
            // Glue closing quotes and brackets written right after the mark.
            var end = i + 1
            while end < n, !tokens[end].flags.contains(.spaceBefore),
                tokens[end].id == quoteID || tokens[end].id == apostropheID || tokens[end].id == closeParenID
                    || tokens[end].id == closeBracketID
            {
                end += 1
            }
            guard end < n else {
                i = end
                continue
            }
            let next = tokens[end]
            if next.flags.contains(.newlineBefore) {
                close(at: end)
                i = end
                continue
            }
            if !next.flags.contains(.spaceBefore) {
                i = end
                continue
            }
            let startsSentence =
                next.isCapitalized || next.flags.contains(.number) || next.id == quoteID || next.id == openParenID
                || next.id == apostropheID
            if !startsSentence {
                i = end
                continue
            }
            if abbreviation && !terminal {
                if token.flags.contains(.initial) || (Int(id) >= 0 && isTitleAbbreviation[Int(id)]) {
                    i = end
                    continue
                }
                // "U.S." / "Inc." / "Nov." at the end of a sentence: only before a typical opener.
                let opener = next.id >= 0 && Int(next.id) < isOpener.count && isOpener[Int(next.id)]
                if !opener || next.flags.contains(.number) {
                    i = end
                    continue
                }
            }
            close(at: end)
            i = end
        }
        close(at: n)
        return sentences
    }
}
