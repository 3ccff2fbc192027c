/// Recognises Indonesian reduplication across a hyphen: full (`kupu-kupu`), affixed
/// (`sebaik-baiknya`, `berlari-lari`) and with a sound change (`bolak-balik`, `sayur-mayur`).
public enum Reduplication {
    /// Longest half (in scalars) considered for affixed or sound-change reduplication.
    public static let maximumPartLength = 40

    /// True when `left-right` is a reduplication rather than a compound such as `se-Indonesia`.
    public static func isReduplication(_ left: String, _ right: String) -> Bool {
        let a = Array(left.lowercased().unicodeScalars)
        let b = Array(right.lowercased().unicodeScalars)
        if a == b { return true }
        // No Indonesian word comes near this length; the comparisons below are quadratic or worse,
        // so scraped junk (`aaaa…-aaaa…b`, tens of thousands of letters) must not reach them.
        guard a.count <= maximumPartLength, b.count <= maximumPartLength else { return false }
        guard min(a.count, b.count) >= 2 else { return false }
        // Affixed: one side's base (3+ letters) appears whole in the other.
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if short.count >= 3 && contains(long, short) { return true }
        if longestCommonRun(a, b) >= 4 { return true }
        // Sound change: same consonant skeleton (`bolak`/`balik`) or same rhyme (`sayur`/`mayur`).
        if a.count >= 3 && b.count >= 3 {
            if skeleton(a) == skeleton(b) && skeleton(a).count >= 2 { return true }
            if Array(a.dropFirst()) == Array(b.dropFirst()) { return true }
        }
        return false
    }

    private static func contains(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for offset in 0...(haystack.count - needle.count) where Array(haystack[offset..<(offset + needle.count)]) == needle {
            return true
        }
        return false
    }

    private static func longestCommonRun(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var best = 0
        for i in a.indices {
            for j in b.indices {
                var length = 0
                while i + length < a.count && j + length < b.count && a[i + length] == b[j + length] { length += 1 }
                best = max(best, length)
            }
        }
        return best
    }

    private static func skeleton(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        word.filter { !"aiueo".unicodeScalars.contains($0) }
    }
}
