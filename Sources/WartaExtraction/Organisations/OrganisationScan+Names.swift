import WartaText
import WartaTokenizer

/// How patterned names and places are delimited.
extension OrganisationScan {
    /// A capitalised word that may belong to a name (not a day, month or sentence adverb).
    @inline(__always)
    func isNameToken(_ index: Int) -> Bool {
        guard index < words.count, words.capitalized[index] else { return false }
        switch words.kinds[index] {
        case .word, .acronym, .identifier: return !words.hasText(index, lexicon.stopwords)
        default: return false
        }
    }

    /// Where a patterned name ends, and the place that ends it, if any.
    struct NameRun {
        var end: Int
        /// The level word written before the place (`Kabupaten` at its token), if any.
        var levelToken: Int?
        var level: String?
        /// The place ending the name and what the lexicon knows of it.
        var place: Range<Int>?
        var placeLevel: String?
        var placeCanonical: String?
    }

    /// The end of a name after a head: capitalised words joined by connectors (`dan`, `bidang`) or
    /// by a comma list ending in `dan` (`Meteorologi, Klimatologi, dan Geofisika`). A place ends
    /// the name (`Kantor Pencarian dan Pertolongan Bandung`); with `levels`, so does a region
    /// (`Dinas Kesehatan Kabupaten Demak`). Another head, a title, a rank or a word the article
    /// uses alone as a name stops it before; a name never starts with a level word (`Balai Kota`).
    func nameRun(from start: Int, levels: Bool, placesEnd: Bool = true) -> NameRun? {
        var index = start
        var end = start
        let sentence = start < words.count ? words.sentenceOf[start] : -1
        if start < words.count, words.value(start, lexicon.regionLevels) != nil { return nil }
        while index < words.count, words.sentenceOf[index] == sentence {
            // `RSUD dr. Slamet Garut`, `Universitas Dr. Soetomo`: an honorific opening the name.
            if index == start, words.kinds[index] == .abbreviation, isNameToken(index + 1) {
                index += 1
                continue
            }
            if isNameToken(index) {
                if index > start && !(index == start + 1 && words.kinds[start] == .abbreviation) {
                    if (words.startsEntry(index, lexicon.heads.startTag) ? lexicon.heads.longest(in: words, from: index, limit: words.count) : nil) != nil { break }
                    if words.has(index, lexicon.roleWords) { break }
                    if words.textIn(index, standaloneNames) { break }
                    // `PT LIB Ferry Paulus`: a given name followed by another name word begins a person's name.
                    // (`RSUP Haji Adam Malik`: after an opening title the person's name is the body's name.)
                    // (`PT Mulia Raymond Perkasa`: an ordinary word after the given name keeps the name going,
                    // unless a title before the body announces a person after it: `Kepala Dinas ... Arief Rahman`.)
                    if words.has(index, lexicon.nameLexicon.givenNames), index + 1 < words.count, words.kinds[index + 1] == .word,
                       isNameToken(index + 1), !(words.kinds[start] == .abbreviation || words.has(start, lexicon.roleWords)),
                       !lexicon.nameLexicon.stemmer.isRoot(words.folded[index + 1]) || titleBefore(start) { break }
                    if let alias = (words.startsEntry(index, lexicon.aliases.startTag) ? lexicon.aliases.longest(in: words, from: index, limit: words.count) : nil), alias.value.capitalsOnly { break }
                }
                if levels, index > start, let level = words.value(index, lexicon.regionLevels), let place = place(from: index + 1) {
                    return NameRun(end: place.end, levelToken: index, level: level, place: index + 1..<place.end,
                                   placeLevel: place.level, placeCanonical: place.canonical)
                }
                if placesEnd, index > start, let place = knownPlace(from: index) {
                    return NameRun(end: place.end, place: index..<place.end, placeLevel: place.level, placeCanonical: place.canonical)
                }
                index += 1
                end = index
                continue
            }
            let afterComma = index > start && words.isChar(index - 1, ",") && end == index - 1
            if end == index || afterComma, index > start, words.has(index, lexicon.connectors), isNameToken(index + 1) {
                index += 1
                continue
            }
            if end == index, index > start, words.isChar(index, ","), commaList(from: index) {
                index += 1
                continue
            }
            break
        }
        return end > start ? NameRun(end: end) : nil
    }

    /// True when a title's word stands in the few words before `start` in its sentence (`Kepala` of
    /// `Kepala Dinas Perhubungan`, `Direktur` of `Direktur Utama PT ...`).
    func titleBefore(_ start: Int) -> Bool {
        var cursor = start - 1
        while cursor >= 0, start - cursor <= 5, words.sentenceOf[cursor] == words.sentenceOf[start] {
            if words.has(cursor, lexicon.roleWords) { return true }
            cursor -= 1
        }
        return false
    }

    /// True when a comma at `index` continues a list inside a name: `, Klimatologi, dan Geofisika`.
    func commaList(from index: Int) -> Bool {
        var cursor = index
        while cursor < words.count {
            if words.isChar(cursor, ",") {
                cursor += 1
                if cursor < words.count, words.folded[cursor] == "dan" { return isNameToken(cursor + 1) }
                guard isNameToken(cursor) else { return false }
                while isNameToken(cursor) { cursor += 1 }
            } else if words.folded[cursor] == "dan" {
                return isNameToken(cursor + 1)
            } else {
                return false
            }
        }
        return false
    }

    /// A place starting at `start`: a known place (`Sulawesi Barat`, `DKI Jakarta`, `Jabar`) or one
    /// capitalised word with direction words (`Bandung Barat`). Its lexicon level and full name, if known.
    @inline(__always)
    func place(from start: Int) -> (end: Int, level: String?, canonical: String?)? {
        guard start < words.count, words.capitalized[start] else { return nil }
        if let known = knownPlace(from: start) { return known }
        guard isNameToken(start), !words.has(start, lexicon.roleWords),
              (words.startsEntry(start, lexicon.heads.startTag) ? lexicon.heads.longest(in: words, from: start, limit: words.count) : nil) == nil,
              (words.startsEntry(start, lexicon.aliases.startTag) ? lexicon.aliases.longest(in: words, from: start, limit: words.count) : nil) == nil,
              !words.hasText(start, lexicon.terms) else { return nil }
        return (extendSuffixes(start + 1), nil, nil)
    }

    /// A place the lexicon or the article knows, the longer of the two. (Inlined: called from the
    /// person scan's mutating rules, a call copied the whole organisation scan each time.)
    @inline(__always)
    func knownPlace(from start: Int) -> (end: Int, level: String?, canonical: String?)? {
        let fromLexicon = start < words.count && words.mayStart(start, lexicon.places.startTag)
            ? lexicon.places.longest(in: words, from: start, limit: words.count) : nil
        // Checked first: most articles teach no place, and reading the trie from a mutating
        // caller copies it.
        let fromArticle = articlePlaces.isEmpty ? nil : articlePlaces.longestAnyWord(in: words, from: start, limit: words.count)
        if let fromArticle, fromArticle.end > (fromLexicon?.end ?? 0) { return (fromArticle.end, fromArticle.value, nil) }
        if let fromLexicon {
            let end = extendSuffixes(fromLexicon.end)
            return (end, fromLexicon.value.level, end == fromLexicon.end ? fromLexicon.value.canonical : nil)
        }
        return nil
    }

    /// The name of the place at `range`: its full name when written abbreviated (`Jabar`).
    func placeName(_ range: Range<Int>, canonical: String?) -> String { canonical ?? text(range) }

    /// Fills the article's names and places, computed once per document and shared with the person scan.
    mutating func learnNames() {
        let base = self
        let names = document.cache.names {
            var scan = base
            scan.collectSpeakerNames()
            scan.collectLevels()
            return ArticleNames(speakerNames: scan.speakerNames, standaloneNames: scan.standaloneNames, levels: scan.levels,
                                articlePlaces: scan.articlePlaces)
        }
        speakerNames = names.speakerNames
        standaloneNames = names.standaloneNames
        levels = names.levels
        articlePlaces = names.articlePlaces
    }

    /// Words right after `kata`/`ujar`/`Menurut` or alone before `mengatakan`.
    mutating func collectSpeakerNames() {
        var speakerNames = self.speakerNames, standaloneNames = self.standaloneNames
        defer { self.speakerNames = speakerNames; self.standaloneNames = standaloneNames }
        let words = self.words
        // Tries read through `self` in a mutating loop are copied on every call: read them from locals.
        let aliases = lexicon.aliases, heads = lexicon.heads, places = lexicon.places
        for index in 0..<words.count {
            if words.has(index, lexicon.cuesBeforeSpeaker), index + 1 < words.count, words.kinds[index + 1] == .word,
               words.capitalized[index + 1], index + 2 >= words.count || !words.capitalized[index + 2] {
                speakerNames.insert(words.text[index + 1])
            }
            if words.has(index, lexicon.verbsAfterSpeaker), index >= 1, words.kinds[index - 1] == .word, words.capitalized[index - 1],
               index < 2 || !words.capitalized[index - 2] {
                speakerNames.insert(words.text[index - 1])
            }
        }
        // A capitalised word standing alone mid-sentence (`kuasa hukum Robertus, ...`) that no
        // lexicon knows is a person's short name.
        for index in 1..<max(words.count, 1) where words.kinds[index] == .word && words.capitalized[index] {
            guard words.sentenceOf[index - 1] == words.sentenceOf[index], words.kinds[index - 1] == .word, !words.capitalized[index - 1],
                  index + 1 >= words.count || !words.capitalized[index + 1] || words.kinds[index + 1] == .punctuation,
                  aliases.longest(in: words, from: index, limit: index + 1) == nil,
                  heads.longest(in: words, from: index, limit: index + 1) == nil,
                  places.longest(in: words, from: index, limit: index + 1) == nil,
                  !words.has(index, lexicon.roleWords), !words.hasText(index, lexicon.terms),
                  !words.has(index, lexicon.placeSuffixes) else { continue }
            standaloneNames.insert(words.text[index])
        }
        speakerNames.subtract(lexicon.stopwords)
        standaloneNames.formUnion(speakerNames)
    }

    /// The last of the space-separated words of `text`, lower-cased (`provinsi` of `Pemerintah
    /// Provinsi`): what `text.split(separator: " ").last?.lowercased()` gives, read from the
    /// bytes when the text is ASCII (splitting by `Character` broke graphemes for every letter).
    static func lastWordLowercased(_ text: String) -> String? {
        var copy = text
        let ascii: String?? = copy.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
            guard end > start else { return .some(nil) }
            return .some(DocumentWords.asciiLowercased(UnsafeBufferPointer(rebasing: bytes[start..<end])))
        }
        if let ascii { return ascii }
        return text.split(separator: " ").last?.lowercased()
    }

    func extendSuffixes(_ end: Int) -> Int {
        var end = end
        while end < words.count, words.capitalized[end], words.has(end, lexicon.placeSuffixes) { end += 1 }
        return end
    }

    /// The level of a region named without one (`BPBD Demak`): as the article names it elsewhere
    /// (`Kabupaten Demak`, `Pemkab Demak`), else by the places lexicon, else `Kabupaten`.
    func inferredLevel(_ place: String, lexiconLevel: String?) -> String {
        if let seen = levels[place.lowercased()] { return seen }
        switch lexiconLevel {
        case "province": return "Provinsi"
        case "city": return "Kota"
        default: return "Kabupaten"
        }
    }

    /// Records every `Kabupaten X`, `Kota X`, `Provinsi X`, `Pemkab X`, `Pemkot X`, `Pemprov X`.
    mutating func collectLevels() {
        // `levels` is a local until the end (nothing in the loop reads it), and `words` a local
        // reference: the loop then does not retain them on every token. `articlePlaces` stays
        // on `self`: `place(from:)` reads what the loop has taught it so far.
        var levels = self.levels
        defer { self.levels = levels }
        let words = self.words
        // A trie read through `self` in a mutating loop is copied on every call: read it from a local.
        let heads = lexicon.heads
        for index in 0..<words.count where words.capitalized[index] {
            var level = words.value(index, lexicon.regionLevels)
            var start = index + 1
            if level == nil, let head = heads.longest(in: words, from: index, limit: words.count),
               let expansion = head.value.expansion ?? (head.value.complement == .place ? text(index..<head.end) : nil),
               let last = Self.lastWordLowercased(expansion), let headLevel = lexicon.regionLevels[last] {
                level = headLevel
                start = head.end
            }
            guard let level, level != "Kecamatan" else { continue }
            var greedy = start
            while isNameToken(greedy), !words.has(greedy, lexicon.roleWords) { greedy += 1 }
            // Only a bare `di Kabupaten Muara Sakti`: after a head or title the words may run into a person's name.
            let bare = index == 0 || !words.capitalized[index - 1] || words.sentenceOf[index - 1] != words.sentenceOf[index] || words.value(index, lexicon.regionLevels) == nil
            if bare, (2...3).contains(greedy - start), greedy < words.count, !words.capitalized[greedy] {
                articlePlaces.insert(Array(words.folded[start..<greedy]), level == "Provinsi" ? "province" : level == "Kota" ? "city" : "regency")
            }
            guard let place = place(from: start) else { continue }
            let name = text(start..<place.end).lowercased()
            if levels[name] == nil { levels[name] = level }
        }
    }

    /// The source text of a token range, spaces collapsed (`Dinas  Kesehatan` → `Dinas Kesehatan`).
    func text(_ range: Range<Int>) -> String {
        let tokens = document.tokens
        let bytes = document.source.bytes
        let lower = tokens[range.lowerBound].byteStart
        let upper = tokens[range.upperBound - 1].byteEnd
        // Common case: single ASCII spaces only, so the bytes are the answer.
        var plain = true
        var previousSpace = false
        for index in lower..<upper {
            let byte = bytes[index]
            if byte == 0x20 {
                if previousSpace { plain = false; break }
                previousSpace = true
            } else {
                if byte == 0x0A || byte == 0x09 || byte == 0xC2 { plain = false; break }
                previousSpace = false
            }
        }
        if plain { return document.source.text(bytes: lower..<upper) }
        var result = ""
        var space = false
        for character in document.source.text(bytes: lower..<upper) {
            if character == " " || character == "\n" || character == "\t" || character == "\u{00A0}" { space = true; continue }
            if space && !result.isEmpty { result.append(" ") }
            space = false
            result.append(character)
        }
        return result
    }

    /// A stable key for a patterned name: lower case, words joined by `-`.
    static func slug(_ name: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(name.utf8.count)
        var dash = false
        for byte in name.utf8 {
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            // Letters and digits are kept (bytes of non-ASCII letters too); everything else joins with `-`.
            if (lowered >= 0x61 && lowered <= 0x7A) || (lowered >= 0x30 && lowered <= 0x39) || lowered >= 0x80 {
                if dash && !result.isEmpty { result.append(0x2D) }
                dash = false
                result.append(lowered)
            } else { dash = true }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
