import WartaLexicons

/// A lexicon of one- or more-word phrases mapped to values, matched token by token at a position
/// in the text, longest phrase first (`dolar AS` before `dolar`). Built from a lexicon file whose
/// first field is the phrase, words separated by one space.
struct PhraseTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var rest: [WordKey]
        var value: Value
    }

    private var entries = KeyMap<[Entry]>()
    let foldCase: Bool

    init(foldCase: Bool = true) { self.foldCase = foldCase }

    /// Loads `path`, turning each entry into a value with `makeValue` (nil skips the entry).
    init(_ lexicons: LexiconStore, _ path: String, foldCase: Bool = true,
         _ makeValue: (LexiconFile.Entry) -> Value?) throws(LexiconError) {
        self.init(foldCase: foldCase)
        let file = try lexicons.file(path)
        for entry in file.entries {
            guard let value = makeValue(entry) else { continue }
            guard insert(entry.key, value) else {
                throw LexiconError(path: path, line: entry.line, message: "phrase word longer than 24 bytes: \(entry.key)")
            }
        }
    }

    /// Adds a phrase; false when one of its words is too long to be a key.
    @discardableResult
    mutating func insert(_ phrase: String, _ value: Value) -> Bool {
        var keys: [WordKey] = []
        for word in phrase.split(separator: " ") {
            guard let key = WordKey(word, foldCase: foldCase) else { return false }
            keys.append(key)
        }
        guard let first = keys.first else { return false }
        var list = entries[first] ?? []
        list.append(Entry(rest: Array(keys.dropFirst()), value: value))
        list.sort { $0.rest.count > $1.rest.count }
        entries.set(first, list)
        return true
    }

    /// True when some phrase starts with token `index`.
    func startsPhrase(_ text: TokenText, at index: Int) -> Bool {
        candidates(text, index) != nil
    }

    /// The phrases whose first word is token `index`.
    @inline(__always)
    private func candidates(_ text: TokenText, _ index: Int) -> [Entry]? {
        if foldCase { return entries.value(text.keys[index], hash: text.keyHashes[index]) }
        return entries[text.exactKey(index)]
    }

    /// The keys of every phrase's first word.
    var firstKeys: [WordKey] { entries.allKeys }

    /// The value of the one-word phrase `key`.
    func value(for key: WordKey) -> Value? {
        entries[key]?.first { $0.rest.isEmpty }?.value
    }

    /// The longest phrase starting at token `index` and ending before `limit`: its value and the
    /// index just after it.
    func match(_ text: TokenText, at index: Int, limit: Int) -> (value: Value, end: Int)? {
        guard index < limit, let candidates = candidates(text, index) else { return nil }
        for entry in candidates {
            let end = index + 1 + entry.rest.count
            guard end <= limit else { continue }
            var matches = true
            for (offset, key) in entry.rest.enumerated() where (foldCase ? text.keys[index + 1 + offset] : text.exactKey(index + 1 + offset)) != key {
                matches = false
                break
            }
            if matches { return (entry.value, end) }
        }
        return nil
    }
}
