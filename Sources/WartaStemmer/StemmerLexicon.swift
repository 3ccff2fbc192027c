import WartaLexicons

/// The stemmer's data, read from `Lexicons/`: roots with the affix combinations hunspell-id
/// licenses for them, root weights, affix-combination priors, exceptions and protected names.
/// Parsed straight from bytes (the root list has 30,000 lines and must be ready in milliseconds).
struct StemmerLexicon: Sendable {
    static let rootFiles = ["roots/hunspell-id.tsv", "roots/warta-extra.tsv"]
    static let exceptionsFile = "stemmer/exceptions.tsv"
    static let namesFile = "stemmer/names.txt"
    static let weightsFile = "stemmer/root-weights.tsv"
    static let priorsFile = "stemmer/affix-priors.tsv"

    /// Roots; payload arrays are indexed by the root's table index.
    var roots = ByteTable(expectedCount: 40_000)
    var licenceStart: [Int32] = []
    var licenceCount: [UInt8] = []
    var licencePool: [UInt16] = []
    var weight: [Float] = []
    /// True for entries that hunspell also derives from another root (`perangkat` from `angkat`).
    var derivedEntry: [Bool] = []
    /// Affix signatures (`meN-kan`, `ke+ber-an`, `-i`): the vocabulary shared by licences and priors.
    var signatures = ByteTable(expectedCount: 512)
    var prior: [Float] = []
    var hasPrior: [Bool] = []
    /// Irregular and lexicalised words: word -> root.
    var exceptions = ByteTable(expectedCount: 1_024)
    var exceptionRoot: [String] = []
    var exceptionKind: [String] = []
    /// Words that are names (places): never stemmed.
    var names = ByteTable(expectedCount: 1_024)

    init(store: LexiconStore) throws(LexiconError) {
        for path in StemmerLexicon.rootFiles {
            try StemmerLexicon.scan(store, path) { fields, _ in
                guard let root = fields.first, !root.isEmpty else { return }
                let index = roots.insert(root)
                if index == licenceStart.count {
                    licenceStart.append(Int32(licencePool.count))
                    licenceCount.append(0)
                    weight.append(0)
                    derivedEntry.append(false)
                }
                if fields.count > 2 && !fields[2].isEmpty { derivedEntry[index] = true }
                if fields.count > 1 {
                    var codes: [UInt16] = []
                    for code in fields[1].split(separator: UInt8(ascii: " ")) where !code.isEmpty {
                        codes.append(UInt16(signature(code)))
                    }
                    licenceStart[index] = Int32(licencePool.count)
                    licenceCount[index] = UInt8(min(codes.count, 255))
                    licencePool.append(contentsOf: codes.prefix(255))
                }
            }
        }
        try StemmerLexicon.scan(store, StemmerLexicon.weightsFile) { fields, line throws(LexiconError) in
            guard fields.count >= 2, let value = Float(String(decoding: fields[1], as: UTF8.self)) else {
                throw LexiconError(path: StemmerLexicon.weightsFile, line: line, message: "expected root<TAB>weight")
            }
            guard let index = roots.index(of: fields[0]) else {
                throw LexiconError(path: StemmerLexicon.weightsFile, line: line, message: "weight for a word that is not a root: \(String(decoding: fields[0], as: UTF8.self))")
            }
            weight[index] += value
        }
        try StemmerLexicon.scan(store, StemmerLexicon.priorsFile) { fields, line throws(LexiconError) in
            guard fields.count >= 2, let value = Float(String(decoding: fields[1], as: UTF8.self)) else {
                throw LexiconError(path: StemmerLexicon.priorsFile, line: line, message: "expected signature<TAB>weight")
            }
            let code = signature(fields[0])
            prior[code] = value
            hasPrior[code] = true
        }
        try StemmerLexicon.scan(store, StemmerLexicon.exceptionsFile) { fields, line throws(LexiconError) in
            guard fields.count >= 2 else {
                throw LexiconError(path: StemmerLexicon.exceptionsFile, line: line, message: "expected word<TAB>root<TAB>kind")
            }
            let index = exceptions.insert(fields[0])
            if index == exceptionRoot.count {
                exceptionRoot.append(String(decoding: fields[1], as: UTF8.self))
                exceptionKind.append(fields.count > 2 ? String(decoding: fields[2], as: UTF8.self) : "exception")
            }
        }
        try StemmerLexicon.scan(store, StemmerLexicon.namesFile) { fields, _ in
            names.insert(fields[0])
        }
    }

    /// The index of signature `code`, interning it.
    mutating func signature<C: Collection>(_ code: C) -> Int where C.Element == UInt8 {
        let index = signatures.insert(code)
        if index == prior.count { prior.append(0); hasPrior.append(false) }
        return index
    }

    /// True when hunspell-id licenses signature `code` for root `root`.
    @inline(__always)
    func licenses(root: Int, signature code: Int) -> Bool {
        let start = Int(licenceStart[root])
        for offset in 0..<Int(licenceCount[root]) where Int(licencePool[start + offset]) == code { return true }
        return false
    }

    /// Reads a lexicon file line by line as byte fields. Requires the standard header.
    static func scan(
        _ store: LexiconStore, _ path: String,
        _ body: (_ fields: [ArraySlice<UInt8>], _ line: Int) throws(LexiconError) -> Void
    ) throws(LexiconError) {
        guard let text = store.contents(path) else {
            throw LexiconError(path: path, line: nil, message: "missing lexicon file")
        }
        let bytes = Array(text.utf8)
        var seen = Set<String>()
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            var line = bytes[start..<end]
            start = end + 1
            if line.last == 0x0D { line = line.dropLast() }
            if line.first == UInt8(ascii: "#") {
                for key in ["source", "licence", "format"] where line.starts(with: Array("# \(key):".utf8)) { seen.insert(key) }
                continue
            }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            if seen.count < 3 {
                throw LexiconError(path: path, line: lineNumber, message: "header must name # source:, # licence: and # format: before the first entry")
            }
            try body(line.split(separator: 0x09, omittingEmptySubsequences: false).map(trim), lineNumber)
        }
    }

    private static func trim(_ field: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var field = field
        while field.first == 0x20 { field = field.dropFirst() }
        while field.last == 0x20 { field = field.dropLast() }
        return field
    }
}
