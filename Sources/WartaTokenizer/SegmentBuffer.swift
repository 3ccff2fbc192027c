/// A growable buffer of segments without Array's copy-on-write checks, which cost a measurable
/// share of tokenizing time on the hot path.
final class SegmentBuffer {
    @exclusivity(unchecked) private var storage: UnsafeMutablePointer<Segment>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    @inline(__always) subscript(index: Int) -> Segment {
        get {
            precondition(index >= 0 && index < count, "segment index out of range")
            return storage[index]
        }
        set {
            precondition(index >= 0 && index < count, "segment index out of range")
            storage[index] = newValue
        }
    }

    @inline(__always) func append(_ segment: Segment) {
        if count == capacity { grow() }
        storage[count] = segment
        count += 1
    }

    /// Drops the first `n` segments, moving the rest to the front.
    func removeFirst(_ n: Int) {
        let remaining = count - n
        if remaining > 0 { (storage).update(from: storage + n, count: remaining) }
        count = remaining
    }

    private func grow() {
        let bigger = UnsafeMutablePointer<Segment>.allocate(capacity: capacity * 2)
        bigger.initialize(from: storage, count: count)
        storage.deallocate()
        storage = bigger
        capacity *= 2
    }
}
