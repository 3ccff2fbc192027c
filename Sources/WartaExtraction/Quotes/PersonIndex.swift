/// Lookups over an article's person mentions (in order, never overlapping) for the quote scan:
/// the mention starting or ending at a token by table, the mentions in a range or before a token
/// by binary search. Linear scans here made a megabyte-long article quadratic.
struct PersonIndex {
    private let starts: [Int]
    private let ends: [Int]
    /// Per token: the first and last mention starting there; per token boundary: the last ending there.
    private let firstStarting: [Int32]
    private let lastStarting: [Int32]
    private let lastEnding: [Int32]
    /// True when the mentions' ends rise with their starts (mentions do not nest), so that a
    /// binary search over ends is exact; otherwise lookups by end scan.
    private let endsInOrder: Bool

    init(_ persons: [QuoteScan.PersonAt], tokenCount: Int) {
        starts = persons.map(\.tokens.lowerBound)
        ends = persons.map(\.tokens.upperBound)
        var first = Array(repeating: Int32(-1), count: tokenCount + 1)
        var last = first
        var ending = first
        for (index, person) in persons.enumerated() {
            let start = person.tokens.lowerBound
            if first[start] < 0 { first[start] = Int32(index) }
            last[start] = Int32(index)
            ending[person.tokens.upperBound] = max(ending[person.tokens.upperBound], Int32(index))
        }
        firstStarting = first
        lastStarting = last
        lastEnding = ending
        endsInOrder = zip(ends, ends.dropFirst()).allSatisfy { $0 <= $1 }
    }

    func first(startingAt token: Int) -> Int? { Self.lookup(firstStarting, token) }
    func last(startingAt token: Int) -> Int? { Self.lookup(lastStarting, token) }
    func last(endingAt token: Int) -> Int? { Self.lookup(lastEnding, token) }

    private static func lookup(_ table: [Int32], _ token: Int) -> Int? {
        guard token >= 0, token < table.count, table[token] >= 0 else { return nil }
        return Int(table[token])
    }

    /// The mentions starting inside `range`, in order.
    func starting(in range: Range<Int>) -> Range<Int> {
        let low = Self.partition(starts.count) { starts[$0] < range.lowerBound }
        let high = Self.partition(starts.count) { starts[$0] < range.upperBound }
        return low..<max(low, high)
    }

    /// The last of `candidates` (ascending indexes into the mentions) ending at or before `token`.
    func last(of candidates: [Int], endingBy token: Int) -> Int? {
        guard endsInOrder else { return candidates.last { ends[$0] <= token } }
        return Self.lastIndex(in: candidates) { ends[$0] <= token }
    }

    /// The last element of `sorted` for which `isBefore` holds, when it holds for a prefix.
    static func lastIndex(in sorted: [Int], where isBefore: (Int) -> Bool) -> Int? {
        let count = partition(sorted.count) { isBefore(sorted[$0]) }
        return count > 0 ? sorted[count - 1] : nil
    }

    /// The number of leading positions in `0..<count` for which `holds` is true (it holds for a prefix).
    static func partition(_ count: Int, _ holds: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if holds(middle) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
