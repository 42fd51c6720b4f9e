/// Every word of every lexicon phrase, numbered from 1 (0: a word of no lexicon). The tokenizer gives each token its
/// word's number once, so a lexicon lookup is an array index or an integer key, not a string hashed again for
/// every lexicon at every token.
struct WordTable: Sendable {
    /// Open addressing over the words' UTF-8 bytes (FNV-1a): a token's word is found without building a `Hasher`
    /// over a `String`. `slots` holds word numbers (0: empty); word `n`'s bytes are `pool[starts[n]..<starts[n + 1]]`.
    private var slots = [Int32](repeating: 0, count: 1 << 12)
    private var pool: [UInt8] = []
    private var starts: [Int32] = [0, 0]
    private var hashes: [UInt64] = [0]
    /// Word `n` as a string: tokens of a lexicon word share it instead of each making its own.
    private var strings: [String] = [""]

    /// A table of no words (every lookup gives 0), shared.
    static let empty = WordTable()

    /// One more than the highest number given.
    var count: Int { hashes.count }

    /// The number of `word`, given a new one when it has none.
    mutating func add(_ word: String) -> Int32 {
        let found = id(word)
        if found != 0 { return found }
        let number = Int32(hashes.count)
        var word = word
        let hash = word.withUTF8 { Self.hash($0) }
        pool.append(contentsOf: word.utf8)
        starts.append(Int32(pool.count))
        hashes.append(hash)
        strings.append(word)
        if hashes.count * 2 > slots.count {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for n in 1..<hashes.count { insert(Int32(n)) }
        } else {
            insert(number)
        }
        return number
    }

    /// The word numbered `number` (not 0).
    @inline(__always)
    func string(_ number: Int32) -> String { strings[Int(number)] }

    /// The number of `word`, or 0.
    func id(_ word: String) -> Int32 {
        var word = word
        return word.withUTF8 { id($0) }
    }

    /// The number of the word spelt by `bytes`, or 0.
    func id(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 { find(bytes) { $0 } }

    /// The number of the ASCII word spelt by `bytes` once lower-cased ("Korea" finds "korea"), or 0.
    func id(asciiLowercasing bytes: UnsafeBufferPointer<UInt8>) -> Int32 { find(bytes, Tokenizer.lowerASCII) }

    /// The number of the word whose bytes are `bytes` mapped by `fold`, or 0.
    @inline(__always)
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, _ fold: (UInt8) -> UInt8) -> Int32 {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(bytes, fold)) & mask
        return pool.withUnsafeBufferPointer { pool in
            while true {
                let number = slots[slot]
                if number == 0 { return 0 }
                let a = Int(starts[Int(number)]), b = Int(starts[Int(number) + 1])
                if b - a == bytes.count {
                    var k = 0
                    while k < bytes.count, pool[a + k] == fold(bytes[k]) { k += 1 }
                    if k == bytes.count { return number }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func insert(_ number: Int32) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[Int(number)]) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = number
    }

    /// FNV-1a over the bytes mapped by `fold`.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ fold: (UInt8) -> UInt8 = { $0 }) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(fold(b))) &* 0x100_0000_01b3 }
        return h ^ (h >> 29)
    }
}

/// Finds the longest lexicon phrase starting at a token, matching lower-cased words (by their `WordTable` number).
/// Phrases are tokenized with the article tokenizer, so "U.S." and "Korea's" split the same way.
struct PhraseMatcher<Value: Sendable>: Sendable {
    private final class Node: @unchecked Sendable {
        var children: [Int32: Node] = [:]
        var value: Value?
    }

    /// The first word's node, indexed by word number.
    private let roots: [Node?]
    private(set) var maxLength = 0

    init(_ entries: [(String, Value)], words table: inout WordTable) {
        var roots: [Int32: Node] = [:]
        var longest = 0
        for (phrase, value) in entries {
            let words = Self.words(of: phrase).map { table.add($0) }
            guard let first = words.first else { continue }
            var node: Node
            if let root = roots[first] { node = root } else {
                node = Node()
                roots[first] = node
            }
            for word in words.dropFirst() {
                if let next = node.children[word] { node = next } else {
                    let next = Node()
                    node.children[word] = next
                    node = next
                }
            }
            if node.value == nil { node.value = value }
            longest = max(longest, words.count)
        }
        var dense = [Node?](repeating: nil, count: table.count)
        for (word, node) in roots { dense[Int(word)] = node }
        self.roots = dense
        maxLength = longest
    }

    static func words(of phrase: String) -> [String] {
        let bytes = Array(phrase.utf8)
        return Tokenizer(bytes: bytes).tokens(in: 0..<bytes.count).map(\.lower)
    }

    /// The longest match at `index`: (number of tokens, value).
    func match(_ tokens: [Token], at index: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        let end = min(limit ?? tokens.count, tokens.count)
        guard index < end else { return nil }
        let first = tokens[index]
        guard var node = root(first.word) ?? root(first.bareWord) else { return nil }
        var best: (Int, Value)? = node.value.map { (1, $0) }
        var i = index + 1
        while i < end, let next = node.children[tokens[i].word] ?? node.children[tokens[i].bareWord] {
            node = next
            i += 1
            if let value = node.value { best = (i - index, value) }
        }
        return best
    }

    @inline(__always)
    private func root(_ word: Int32) -> Node? {
        word > 0 && Int(word) < roots.count ? roots[Int(word)] : nil
    }
}

/// A closed word list looked up by a token's word number: one array read per token instead of a string hash.
struct WordMap<Value: Sendable>: Sendable {
    private let values: [Value?]

    init(_ entries: [String: Value], words table: inout WordTable) {
        var numbered: [(Int32, Value)] = []
        for (word, value) in entries {
            // A list word is one token of the article's tokenizer ("co-chaired"); it is numbered as that token.
            let tokens = PhraseMatcher<Int>.words(of: word)
            guard tokens.count == 1 else { preconditionFailure("\(word) is not one word") }
            numbered.append((table.add(tokens[0]), value))
        }
        var values = [Value?](repeating: nil, count: table.count)
        for (number, value) in numbered { values[Int(number)] = value }
        self.values = values
    }

    /// The value of the token's lower-cased word.
    @inline(__always)
    subscript(_ token: Token) -> Value? {
        token.word > 0 && Int(token.word) < values.count ? values[Int(token.word)] : nil
    }

    /// The value of the token's word without its abbreviation period ("Sept." -> "sept").
    @inline(__always)
    func bare(_ token: Token) -> Value? {
        token.bareWord > 0 && Int(token.bareWord) < values.count ? values[Int(token.bareWord)] : nil
    }
}

extension WordMap {
    /// The words of `list` that are one token of the article tokenizer. A word it splits ("'ll" is "'" "ll") can be
    /// no token's word, so a list read by word number leaves it out.
    static func wholeWords(_ list: Set<String>) -> Set<String> {
        list.filter { PhraseMatcher<Int>.words(of: $0).count == 1 }
    }
}

extension WordMap where Value: OptionSet, Value.Element == Value {
    /// Flags from several word lists: each list's words (`wholeWords`) get its flag.
    init(flags lists: [(Set<String>, Value)], words table: inout WordTable) {
        var entries: [String: Value] = [:]
        for (list, flag) in lists {
            for word in Self.wholeWords(list) { entries[word, default: []].insert(flag) }
        }
        self.init(entries, words: &table)
    }

    /// Whether the token's word has `flag`.
    @inline(__always)
    func has(_ token: Token, _ flag: Value) -> Bool { self[token]?.contains(flag) ?? false }
}

extension WordMap where Value == Bool {
    init(_ words: Set<String>, words table: inout WordTable) {
        self.init(Dictionary(uniqueKeysWithValues: words.map { ($0, true) }), words: &table)
    }

    @inline(__always)
    func contains(_ token: Token) -> Bool { self[token] ?? false }

    /// Whether the token's word without its abbreviation period ("Sept." -> "sept") is in the list.
    @inline(__always)
    func containsBare(_ token: Token) -> Bool { bare(token) ?? false }
}
