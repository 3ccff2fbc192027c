/// One organisation found in the token stream, before it becomes an `OrganisationMention`.
struct OrganisationMatch {
    /// Token range of the mention.
    var tokens: Range<Int>
    var canonical: String
    var id: String
    var kind: String
    var acronym: String?
    var rule: String
    /// An acronym written inside the name (`Pemerintah Provinsi (Pemprov) Jawa Timur`), valid
    /// for the rest of the article.
    var defines: String? = nil
    /// A club from `clubs.tsv`: its canonical becomes the fullest name form the article writes.
    var club = false
}

/// A name a body is given in one article (`BPBD` after `Badan Penanggulangan Bencana Daerah (BPBD)
/// Kabupaten Mamuju`), valid from its definition to the end of the article.
struct ArticleAlias {
    var canonical: String
    var id: String
    var kind: String
}
