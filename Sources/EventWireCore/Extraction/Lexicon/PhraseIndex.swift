/// First token id -> the indices of the phrases that start with it, longest first.
///
/// A dense table indexed by vocabulary id: the rules look a token up once or more per token of every
/// article, and a `Dictionary<Int32, _>` paid a seeded hash for each of those lookups.
struct PhraseIndex: Sendable {
    private var lists: [[Int32]?] = []

    /// The phrase indices for first token `id`, or nil when no phrase starts with it.
    @inline(__always)
    subscript(id: Int32) -> [Int32]? {
        get {
            let i = Int(id)
            return i >= 0 && i < lists.count ? lists[i] : nil
        }
        set {
            let i = Int(id)
            precondition(i >= 0, "phrase index for a negative token id")
            if i >= lists.count { lists.append(contentsOf: repeatElement(nil, count: i - lists.count + 1)) }
            lists[i] = newValue
        }
    }
}

/// The dictionary phrases compiled for matching: flat arrays, no per-phrase arrays to retain.
///
/// Built from ``Lexicon/phrases`` and ``Lexicon/phrasesByFirst`` after every merge; matching visits the
/// phrases of a first token in the same order (longest first) with the same rules as the lists do.
struct PhraseTable: Sendable {
    /// Per first token id: `candidates[firstStart[id] ..< firstStart[id + 1]]` are its phrases.
    private var firstStart: [Int32] = [0]
    /// Phrase indices grouped by first token id, in the order of `phrasesByFirst`.
    private var candidates: [Int32] = []
    /// Per phrase: where its ids and case rules start in `ids` / `rules`, and its length.
    private var offset: [Int32] = []
    private var length: [Int32] = []
    private var ids: [Int32] = []
    private var rules: [UInt8] = []
    private var targets: [PhraseTarget] = []
    /// Per token id: a one-token phrase starts with it.
    private var singleWord: [Bool] = []
    /// Per token id: a phrase with a trigger target starts with it.
    private var triggerFirst: [Bool] = []
    /// Per phrase: its target alone, the usual result of a match, so that a match allocates no array.
    private var single: [[PhraseTarget]] = []

    init() {}

    init(phrases: [Phrase], index: PhraseIndex, vocabularyCount: Int) {
        offset.reserveCapacity(phrases.count)
        length.reserveCapacity(phrases.count)
        targets.reserveCapacity(phrases.count)
        for phrase in phrases {
            offset.append(Int32(ids.count))
            length.append(Int32(phrase.ids.count))
            ids += phrase.ids
            rules += phrase.caseRule
            targets.append(phrase.target)
            single.append([phrase.target])
        }
        firstStart.reserveCapacity(vocabularyCount + 1)
        singleWord = [Bool](repeating: false, count: vocabularyCount)
        triggerFirst = [Bool](repeating: false, count: vocabularyCount)
        for id in 0..<vocabularyCount {
            if let list = index[Int32(id)] {
                candidates += list
                singleWord[id] = list.contains { phrases[Int($0)].ids.count == 1 }
                triggerFirst[id] = list.contains {
                    if case .trigger = phrases[Int($0)].target { return true } else { return false }
                }
            }
            firstStart.append(Int32(candidates.count))
        }
    }

    /// Whether a one-token phrase (of any target) is the token id.
    @inline(__always)
    func isSingleWordPhrase(_ id: Int32) -> Bool {
        id >= 0 && Int(id) < singleWord.count && singleWord[Int(id)]
    }

    /// Whether any phrase starts with the token id.
    @inline(__always)
    func startsPhrase(_ id: Int32) -> Bool {
        id >= 0 && Int(id) + 1 < firstStart.count && firstStart[Int(id)] != firstStart[Int(id) + 1]
    }

    /// Whether a phrase with a trigger target starts with the token id: if not, no match there has a trigger.
    @inline(__always)
    func mayStartTrigger(_ id: Int32) -> Bool {
        id >= 0 && Int(id) < triggerFirst.count && triggerFirst[Int(id)]
    }

    /// The targets of the longest phrase that starts at token `t` and ends by `end`, and its length.
    ///
    /// All phrases of that length that match add their targets, in list order; none gives `([], 0)`.
    func longestMatch(_ tokens: UnsafeBufferPointer<Token>, at t: Int, end: Int) -> ([PhraseTarget], Int) {
        let first = tokens[t].id
        guard first >= 0, Int(first) + 1 < firstStart.count else { return ([], 0) }
        return firstStart.withUnsafeBufferPointer { firstStart in
            let from = Int(firstStart[Int(first)])
            let to = Int(firstStart[Int(first) + 1])
            if from == to { return ([], 0) }
            return candidates.withUnsafeBufferPointer { candidates in
                length.withUnsafeBufferPointer { length in
                    offset.withUnsafeBufferPointer { offset in
                        ids.withUnsafeBufferPointer { ids in
                            rules.withUnsafeBufferPointer { rules in
                                var bestLength = 0
                                var first = -1
                                var found: [PhraseTarget] = []
                                for c in from..<to {
                                    let p = Int(candidates[c])
                                    let n = Int(length[p])
                                    if n < bestLength { break }
                                    guard t + n <= end else { continue }
                                    let base = Int(offset[p])
                                    var ok = true
                                    for k in 0..<n {
                                        let token = tokens[t + k]
                                        if token.id != ids[base + k] {
                                            ok = false
                                            break
                                        }
                                        switch rules[base + k] {
                                        case 1: if !token.isCapitalized { ok = false }
                                        case 2: if !token.flags.contains(.allCaps) { ok = false }
                                        default: break
                                        }
                                        if !ok { break }
                                    }
                                    if ok {
                                        bestLength = n
                                        if first < 0 {
                                            first = p
                                        } else {
                                            if found.isEmpty { found.append(targets[first]) }
                                            found.append(targets[p])
                                        }
                                    }
                                }
                                return (first < 0 ? [] : found.isEmpty ? single[first] : found, bestLength)
                            }
                        }
                    }
                }
            }
        }
    }
}

extension Lexicon {
    /// Recompiles ``phraseTable`` (after phrases were added).
    mutating func rebuildPhraseTable() {
        phraseTable = PhraseTable(phrases: phrases, index: phrasesByFirst, vocabularyCount: vocabulary.count)
    }

    /// The targets of the longest dictionary phrase at token `t` of `text` (ending by `end`) and its length.
    @inline(__always)
    func longestPhrase(in text: ArticleText, at t: Int, end: Int) -> (targets: [PhraseTarget], length: Int) {
        let (targets, length) = text.tokens.withUnsafeBufferPointer { phraseTable.longestMatch($0, at: t, end: end) }
        return (targets, length)
    }
}
