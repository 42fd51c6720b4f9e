/// Finds the longest lexicon phrase starting at a token, matching lower-cased words.
/// Phrases are tokenized with the article tokenizer, so "U.S." and "Korea's" split the same way.
struct PhraseMatcher<Value: Sendable>: Sendable {
    private final class Node: @unchecked Sendable {
        var children: [String: Node] = [:]
        var value: Value?
    }

    private let root = Node()
    private(set) var maxLength = 0

    init(_ entries: [(String, Value)]) {
        for (phrase, value) in entries {
            let words = Self.words(of: phrase)
            guard !words.isEmpty else { continue }
            var node = root
            for word in words {
                if let next = node.children[word] { node = next } else {
                    let next = Node()
                    node.children[word] = next
                    node = next
                }
            }
            if node.value == nil { node.value = value }
            maxLength = max(maxLength, words.count)
        }
    }

    static func words(of phrase: String) -> [String] {
        let bytes = Array(phrase.utf8)
        return Tokenizer(bytes: bytes).tokens(in: 0..<bytes.count).map(\.lower)
    }

    /// The longest match at `index`: (number of tokens, value).
    func match(_ tokens: [Token], at index: Int, limit: Int? = nil) -> (length: Int, value: Value)? {
        var node = root
        var best: (Int, Value)?
        var i = index
        let end = min(limit ?? tokens.count, tokens.count)
        while i < end, let next = node.children[tokens[i].lower] ?? node.children[tokens[i].bareLower] {
            node = next
            i += 1
            if let value = node.value { best = (i - index, value) }
        }
        return best
    }
}
