/// Switches that turn off one of Warta's departures from the published algorithms at a time, so
/// that each one's effect can be measured on the corpus (`DeviationTests`, `docs/stemmer.md`).
/// Everything is on by default; not public API.
struct StemmerOptions: Sendable {
    var rootWeights = true
    var hunspellLicences = true
    var affixPriors = true
    var derivedEntries = true
    var exceptions = true
    var names = true
    var loanwordSuffixes = true
    var mengePrefixes = true
    var clusterPrefixes = true
    var partialReduplication = true
    var forbiddenConfixes = true
    var stackingLimits = true
    var ketidak = true
    var restem = true

    static let all = StemmerOptions()

    /// Every switch by name, for the measurement table.
    static var switches: [(name: String, path: WritableKeyPath<StemmerOptions, Bool>)] { [
        ("root weights (stemmer/root-weights.tsv)", \.rootWeights),
        ("hunspell licences for affix combinations", \.hunspellLicences),
        ("affix-combination priors (stemmer/affix-priors.tsv)", \.affixPriors),
        ("derived-entry detection (hunspell -s)", \.derivedEntries),
        ("exceptions file (stemmer/exceptions.tsv)", \.exceptions),
        ("protected names (stemmer/names.txt)", \.names),
        ("loanword suffixes (W-loan)", \.loanwordSuffixes),
        ("menge-/penge- before one-syllable roots (W-menge, W-penge)", \.mengePrefixes),
        ("kept clusters men-tr, pem-pr (W-men-tr, W-pem-p)", \.clusterPrefixes),
        ("partial reduplication (W-redup-partial)", \.partialReduplication),
        ("forbidden confixes (NA)", \.forbiddenConfixes),
        ("prefix stacking limits (W-stack)", \.stackingLimits),
        ("ketidak-...-an (W-ketidak)", \.ketidak),
        ("a root that does not stem to itself is stemmed again (W-restem)", \.restem),
    ] }
}
