/// Drops the contents of `<script>` and `<style>` elements before libxml2 sees a page: they are
/// half the bytes of a typical news page (measured: 55% of the benchmark pages) and never article
/// text, and libxml2 reads them a character at a time. The tags stay, so the tree still shows
/// where they were; JSON-LD scripts (`type="application/ld+json"`) keep their contents, which the
/// metadata reader needs. An unclosed script or style runs to the end of the page, as in browsers.
/// Only for encodings where `<` is the byte 0x3C (not UTF-16).
enum ScriptBlanking {
    static func blank(_ input: UnsafeRawBufferPointer) -> [UInt8]? {
        let bytes = input.bindMemory(to: UInt8.self)
        var output: [UInt8] = []
        var copied = 0
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] == 0x3C, index + 7 < count else { index += 1; continue }
            let isScript = matches(bytes, index + 1, "script")
            guard isScript || matches(bytes, index + 1, "style") else { index += 1; continue }
            let nameEnd = index + 1 + (isScript ? 6 : 5)
            guard nameEnd < count, bytes[nameEnd] == 0x3E || bytes[nameEnd] == 0x20 || bytes[nameEnd] == 0x2F
                || bytes[nameEnd] == 0x0A || bytes[nameEnd] == 0x09 || bytes[nameEnd] == 0x0D else { index += 1; continue }
            var tagEnd = nameEnd
            while tagEnd < count, bytes[tagEnd] != 0x3E { tagEnd += 1 }
            guard tagEnd < count else { break }
            let keep = isScript && contains(bytes, index..<tagEnd, "ld+json")
            let contentStart = tagEnd + 1
            var close = contentStart
            while close < count {
                if bytes[close] == 0x3C, close + 2 < count, bytes[close + 1] == 0x2F,
                   matches(bytes, close + 2, isScript ? "script" : "style") { break }
                close += 1
            }
            if !keep && close > contentStart {
                if output.isEmpty { output.reserveCapacity(count / 2) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<contentStart]))
                copied = close
            }
            index = close
        }
        if copied == 0 { return nil }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<count]))
        return output
    }

    /// Case-insensitive match of lowercase ASCII `name` at `start`.
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ name: StaticString) -> Bool {
        let length = name.utf8CodeUnitCount
        guard start + length <= bytes.count else { return false }
        for offset in 0..<length where bytes[start + offset] | 0x20 != name.utf8Start[offset] { return false }
        return true
    }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ needle: StaticString) -> Bool {
        let length = needle.utf8CodeUnitCount
        guard range.count >= length else { return false }
        for start in range.lowerBound...(range.upperBound - length) where matches(bytes, start, needle) { return true }
        return false
    }
}
