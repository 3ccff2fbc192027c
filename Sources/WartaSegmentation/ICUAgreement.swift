/// Checks a shortcut's boundaries against the installed ICU before the shortcut is trusted.
enum ICUAgreement {
    /// True when `rules` find ICU's `kind` boundaries in a probe text: every context with each
    /// ASCII character in turn put for `%`, the probes joined by line feeds (after which both
    /// word and sentence rules always break, so each probe is tested as if alone, and their
    /// joins are tested too). One text, one pass of ICU: a few milliseconds once per process.
    static func holds(_ kind: BreakIterator.Kind, contexts: [String], rules: (UnsafeBufferPointer<UInt8>) -> [Int]) -> Bool {
        var text: [UInt8] = []
        for byte in UInt8(0)..<128 {
            for context in contexts {
                for character in context.utf8 { text.append(character == UInt8(ascii: "%") ? byte : character) }
                text.append(0x0A)
            }
        }
        guard let iterator = try? BreakIterator(kind), let fromICU = try? iterator.offsets(in: text, asciiRules: false) else { return false }
        return fromICU == text.withUnsafeBufferPointer(rules)
    }

    /// The boundaries after offset 0, through the end, that `end(bytes, start)` finds one by one.
    static func boundaries(_ bytes: UnsafeBufferPointer<UInt8>, _ end: (UnsafeBufferPointer<UInt8>, Int) -> Int) -> [Int] {
        var result: [Int] = []
        var start = 0
        while start < bytes.count {
            start = end(bytes, start)
            result.append(start)
        }
        return result
    }
}
