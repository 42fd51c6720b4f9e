import Dispatch

/// `map` over every core: the work of `transform` on each element runs concurrently, the results come back
/// in the order of `items`.
enum ParallelMap {
    static func map<T, R>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] where T: Sendable {
        guard items.count > 1 else { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            // Each iteration writes its own slot only.
            slots[i] = transform(items[i])
        }
        return results.map { $0! }
    }
}
