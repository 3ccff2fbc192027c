/// Lexicon word sets that `DocumentWords` records per token, one bit each, so that asking
/// whether a token is in one of them (`words.has`) reads a bit instead of probing a table.
/// Each tag names exactly one set of the standard lexicons (`tagged(_:)` where it is built).
/// A set without a tag, or with one its vocabulary did not register, is probed as before.
enum WordTag: Int, CaseIterable, Sendable {
    case companyForms, placeSuffixes, connectors, roleWords, cuesBeforeSpeaker, verbsAfterSpeaker
    case speechVerbs, quoteCues, quoteVerbs, pronouns, titleCues, sources, complementizers, coordinators, naming
    case clauseVerbs, subjectAdjuncts
    case initialCues
    /// The first words of a `PhraseTrie`'s entries (`PhraseTrie.taggedStarts`).
    case titleStarts, rankStarts, descriptorStarts, figureStarts, placeStarts, headStarts, aliasStarts, roleAliasStarts
    case unitHeadStarts, announcerStarts, nameSuffixStarts, ministryTitleStarts
    /// One-word bodies written in lower case (`kumparan`).
    case lowercaseNames

    var bit: UInt64 { 1 << UInt64(rawValue) }
}

extension WordSet {
    /// This set, tagged: its membership is recorded per token by a vocabulary that registers it.
    func tagged(_ tag: WordTag) -> WordSet {
        var copy = self
        copy.tag = tag.bit
        return copy
    }
}
