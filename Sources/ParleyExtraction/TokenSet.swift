import Algorithms

/// A set of token indexes of one document, one flag per token: membership is an array read, where a `Set<Int>`
/// hashes the index on every lookup (the finders ask at nearly every token).
struct TokenSet: Sendable {
    private var flags: [Bool]

    /// An empty set for a document of `count` tokens.
    init(count: Int) { flags = [Bool](repeating: false, count: count) }

    init<S: Sequence>(count: Int, _ members: S) where S.Element == Int {
        self.init(count: count)
        for k in members { insert(k) }
    }

    @inline(__always)
    func contains(_ k: Int) -> Bool { k >= 0 && k < flags.count && flags[k] }

    @inline(__always)
    mutating func insert(_ k: Int) {
        guard k >= 0 else { return }
        if k >= flags.count { flags += [Bool](repeating: false, count: k + 1 - flags.count) }
        flags[k] = true
    }

    mutating func formUnion<S: Sequence>(_ members: S) where S.Element == Int {
        for k in members { insert(k) }
    }
}

/// A person number per token index (or none): what `[Int: Int]` was, read without hashing.
struct TokenMap: Sendable {
    private var values: [Int32]

    init(count: Int) { values = [Int32](repeating: -1, count: count) }

    subscript(_ k: Int) -> Int? {
        @inline(__always) get {
            guard k >= 0, k < values.count else { return nil }
            let v = values[k]
            return v < 0 ? nil : Int(v)
        }
        set {
            guard k >= 0 else { return }
            if k >= values.count { values += [Int32](repeating: -1, count: k + 1 - values.count) }
            values[k] = newValue.map { Int32($0) } ?? -1
        }
    }

    /// Every value replaced by `transform(value)`.
    mutating func remap(_ transform: (Int) -> Int) {
        for k in values.indices where values[k] >= 0 { values[k] = Int32(transform(Int(values[k]))) }
    }
}

extension Array {
    /// The elements whose first token lies in `tokens`, for an array in text order (by `start`), found by binary
    /// search: a scan of the whole array for every look-up is quadratic in a long text.
    func slice(startingIn tokens: Range<Int>, start: (Element) -> Int) -> ArraySlice<Element> {
        let from = partitioningIndex { start($0) >= tokens.lowerBound }
        return self[from..<self[from...].partitioningIndex { start($0) >= tokens.upperBound }]
    }
}
