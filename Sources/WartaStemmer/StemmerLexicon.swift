import WartaLexicons

/// The stemmer's data, read from `Lexicons/`: roots with the affix combinations hunspell-id
/// licenses for them, root weights, affix-combination priors, exceptions and protected names.
/// Parsed straight from bytes: the root list has 30,000 lines and must be ready in milliseconds.
struct StemmerLexicon: Sendable {
    static let rootFiles = ["roots/hunspell-id.tsv", "roots/warta-extra.tsv"]
    static let exceptionsFile = "stemmer/exceptions.tsv"
    static let namesFile = "stemmer/names.txt"
    static let weightsFile = "stemmer/root-weights.tsv"
    static let priorsFile = "stemmer/affix-priors.tsv"

    /// Roots and exception words in one table, so each candidate costs one lookup.
    var words = ByteTable(expectedCount: 40_000)
    /// Per word: true when it is a root (not only an exception key).
    var isRoot: [Bool] = []
    /// Per word: index into `exceptionRoot`, or -1.
    var exception: [Int32] = []
    /// Per word: its licences as text (` meN meN-kan di `, space-delimited) in `licenceBytes`.
    var licenceStart: [Int32] = []
    var licenceLength: [Int32] = []
    var licenceCount: [UInt8] = []
    var licenceBytes: [UInt8] = []
    var weight: [Float] = []
    /// True for entries that hunspell also derives from another root (`perangkat` from `angkat`).
    var derivedEntry: [Bool] = []
    var exceptionRoot: [String] = []
    var exceptionKind: [String] = []
    /// Per word: a protected name (`stemmer/names.txt`), never stemmed.
    var isName: [Bool] = []
    /// Per signature key (`CompiledRules.signatureKey`): prior and signature text (` di+per-kan `).
    var prior: [Float]
    var signatureStart: [Int32]
    var signatureLength: [Int32]
    var signatureBytes: [UInt8] = []
    /// Per suffix row: the prior of a loanword suffix (0 for other rows).
    var loanPrior: [Float]
    let unknownSignaturePrior: Float = -1.5

    init(store: LexiconStore, options: StemmerOptions = .all) throws(LexiconError) {
        prior = Array(repeating: unknownSignaturePrior, count: CompiledRules.signatureKeyCount)
        signatureStart = Array(repeating: 0, count: CompiledRules.signatureKeyCount)
        signatureLength = Array(repeating: 0, count: CompiledRules.signatureKeyCount)
        loanPrior = Array(repeating: unknownSignaturePrior, count: AffixTable.suffixes.count)
        licenceBytes.reserveCapacity(700_000)
        for path in StemmerLexicon.rootFiles {
            try loadRoots(store, path)
        }
        try StemmerLexicon.scan(store, StemmerLexicon.weightsFile) { fields, line throws(LexiconError) in
            guard fields.count >= 2, let value = Float(String(decoding: fields[1], as: UTF8.self)) else {
                throw LexiconError(path: StemmerLexicon.weightsFile, line: line, message: "expected root<TAB>weight")
            }
            guard let index = words.index(of: fields[0]), isRoot[index] else {
                throw LexiconError(path: StemmerLexicon.weightsFile, line: line, message: "weight for a word that is not a root: \(String(decoding: fields[0], as: UTF8.self))")
            }
            if options.rootWeights { weight[index] += value }
        }
        if !options.derivedEntries { derivedEntry = Array(repeating: false, count: derivedEntry.count) }
        var priors: [String: Float] = [:]
        try StemmerLexicon.scan(store, StemmerLexicon.priorsFile) { fields, line throws(LexiconError) in
            guard fields.count >= 2, let value = Float(String(decoding: fields[1], as: UTF8.self)) else {
                throw LexiconError(path: StemmerLexicon.priorsFile, line: line, message: "expected signature<TAB>weight")
            }
            let key = String(decoding: fields[0], as: UTF8.self)
            if options.affixPriors || key.hasPrefix("*") { priors[key] = value }
        }
        for key in 0..<CompiledRules.signatureKeyCount {
            guard let text = CompiledRules.signatureText(key) else { prior[key] = 0; continue }
            if let value = priors[text] { prior[key] = value } else if !options.affixPriors { prior[key] = 0 }
            signatureStart[key] = Int32(signatureBytes.count)
            signatureBytes.append(contentsOf: text.utf8)
            signatureLength[key] = Int32(text.utf8.count)
        }
        for (row, rule) in AffixTable.suffixes.enumerated() where rule.morpheme.slot == .loan {
            loanPrior[row] = priors["*" + rule.morpheme.rawValue] ?? unknownSignaturePrior
        }
        try StemmerLexicon.scan(store, StemmerLexicon.exceptionsFile) { fields, line throws(LexiconError) in
            guard fields.count >= 2 else {
                throw LexiconError(path: StemmerLexicon.exceptionsFile, line: line, message: "expected word<TAB>root<TAB>kind")
            }
            guard options.exceptions else { return }
            let index = addWord(fields[0])
            if exception[index] < 0 {
                exception[index] = Int32(exceptionRoot.count)
                exceptionRoot.append(String(decoding: fields[1], as: UTF8.self))
                exceptionKind.append(fields.count > 2 ? String(decoding: fields[2], as: UTF8.self) : "exception")
            }
        }
        try StemmerLexicon.scan(store, StemmerLexicon.namesFile) { fields, _ in
            if options.names { isName[addWord(fields[0])] = true }
        }
    }

    private mutating func addWord<C: Collection>(_ key: C) -> Int where C.Element == UInt8 {
        let index = words.insert(key)
        if index == isRoot.count {
            isRoot.append(false)
            isName.append(false)
            exception.append(-1)
            licenceStart.append(0)
            licenceLength.append(0)
            licenceCount.append(0)
            weight.append(0)
            derivedEntry.append(false)
        }
        return index
    }

    /// Reads a root file: `root<TAB>licences<TAB>other stems`, without splitting into arrays.
    private mutating func loadRoots(_ store: LexiconStore, _ path: String) throws(LexiconError) {
        guard let text = store.contents(path) else {
            throw LexiconError(path: path, line: nil, message: "missing lexicon file")
        }
        let bytes = Array(text.utf8)
        try StemmerLexicon.checkHeader(bytes, path)
        var start = 0
        let count = bytes.count
        while start < count {
            var end = start
            while end < count && bytes[end] != 0x0A { end += 1 }
            defer { start = end + 1 }
            if end == start || bytes[start] == UInt8(ascii: "#") { continue }
            var tab = start
            while tab < end && bytes[tab] != 0x09 { tab += 1 }
            var keyEnd = tab
            while keyEnd > start && (bytes[keyEnd - 1] == 0x20 || bytes[keyEnd - 1] == 0x0D) { keyEnd -= 1 }
            if keyEnd == start { continue }
            let index = addWord(bytes[start..<keyEnd])
            isRoot[index] = true
            guard tab < end else { continue }
            var second = tab + 1
            while second < end && bytes[second] != 0x09 { second += 1 }
            // Licences are stored with a space on each side so a token matches as ` code `.
            licenceStart[index] = Int32(licenceBytes.count)
            licenceBytes.append(0x20)
            var tokens = 0
            var previousSpace = true
            for i in (tab + 1)..<second where bytes[i] != 0x0D {
                let space = bytes[i] == 0x20
                if !space && previousSpace { tokens += 1 }
                previousSpace = space
                licenceBytes.append(bytes[i])
            }
            licenceBytes.append(0x20)
            licenceLength[index] = Int32(licenceBytes.count) - licenceStart[index]
            licenceCount[index] = UInt8(min(tokens, 255))
            if second < end && second + 1 < end { derivedEntry[index] = true }
        }
    }

    /// True when hunspell-id licenses the signature with key `key` for word `index`.
    @inline(__always)
    func licenses(_ index: Int, signature key: Int) -> Bool {
        let length = Int(signatureLength[key])
        let fieldStart = Int(licenceStart[index]), fieldLength = Int(licenceLength[index])
        guard length > 0, fieldLength >= length + 2 else { return false }
        let signatureOffset = Int(signatureStart[key])
        return licenceBytes.withUnsafeBufferPointer { field in
            signatureBytes.withUnsafeBufferPointer { signature in
                var i = fieldStart
                let last = fieldStart + fieldLength - length - 1
                while i < last {
                    // `field[i]` is a space; compare the token after it.
                    if field[i] == 0x20 && field[i + length + 1] == 0x20 {
                        var equal = true
                        for j in 0..<length where field[i + 1 + j] != signature[signatureOffset + j] { equal = false; break }
                        if equal { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    static func checkHeader(_ bytes: [UInt8], _ path: String) throws(LexiconError) {
        var seen = 0
        var start = 0
        var line = 0
        while start < bytes.count && bytes[start] == UInt8(ascii: "#") {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            line += 1
            for (bit, key) in ["source", "licence", "format"].enumerated() where bytes[start..<end].starts(with: Array("# \(key):".utf8)) {
                seen |= 1 << bit
            }
            start = end + 1
        }
        if seen != 7 {
            throw LexiconError(path: path, line: line + 1, message: "header must name # source:, # licence: and # format: before the first entry")
        }
    }

    /// Reads a small lexicon file line by line as byte fields. Requires the standard header.
    static func scan(
        _ store: LexiconStore, _ path: String,
        _ body: (_ fields: [ArraySlice<UInt8>], _ line: Int) throws(LexiconError) -> Void
    ) throws(LexiconError) {
        guard let text = store.contents(path) else {
            throw LexiconError(path: path, line: nil, message: "missing lexicon file")
        }
        let bytes = Array(text.utf8)
        try checkHeader(bytes, path)
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            var line = bytes[start..<end]
            start = end + 1
            if line.last == 0x0D { line = line.dropLast() }
            if line.first == UInt8(ascii: "#") || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
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

/// Shares one `StemmerLexicon` between the stemmer's parts without copying its arrays.
final class LexiconBox: Sendable {
    let data: StemmerLexicon
    init(data: StemmerLexicon) { self.data = data }
}
