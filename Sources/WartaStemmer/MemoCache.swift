import WartaText

/// A bounded word -> root memo shared by every copy of a `Stemmer`, safe across threads.
/// Running text repeats words (Zipf), so a hit rate above 90% is usual. When full it is cleared
/// rather than evicting one entry at a time: cheaper, and frequent words come straight back.
final class MemoCache: Sendable {
    private let storage: Locked<[String: String]>
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        storage = Locked([:])
    }

    func root(for word: String) -> String? {
        storage.withLock { $0[word] }
    }

    func store(_ root: String, for word: String) {
        storage.withLock { table in
            if table.count >= capacity { table.removeAll(keepingCapacity: true) }
            table[word] = root
        }
    }

    var count: Int { storage.withLock { $0.count } }
}
