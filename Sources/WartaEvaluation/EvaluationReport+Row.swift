extension EvaluationReport {
    /// One row of a report: an entity kind, or only the direct or only the reported quotes.
    ///
    /// | row | scores |
    /// | --- | --- |
    /// | `figure`, `date`, `org`, `person`, `quote` | every gold line and extracted entity of that kind |
    /// | `quote-direct` | gold `DIRECT` lines against quotes extracted with `direct: true` |
    /// | `quote-reported` | gold `INDIRECT` lines against quotes extracted with `direct: false` |
    ///
    /// A quote found with the other type counts as missed in one split row and spurious in the
    /// other, and as matched (with a `wrong-type` difference) in `quote`.
    public struct Row: Sendable, Equatable {
        public var name: String
        public var kind: GoldArticle.Entity.Kind
        /// true: direct quotes only; false: reported statements only; nil: the whole kind.
        public var direct: Bool?

        /// Every row of a fresh report, in report order.
        public static let all: [Row] = GoldArticle.Entity.Kind.allCases.map { Row(name: $0.rawValue, kind: $0, direct: nil) }
            + [Row(name: "quote-direct", kind: .quote, direct: true), Row(name: "quote-reported", kind: .quote, direct: false)]

        init(name: String, kind: GoldArticle.Entity.Kind, direct: Bool?) {
            (self.name, self.kind, self.direct) = (name, kind, direct)
        }

        /// The row with that name, nil for names this version does not score.
        public init?(name: String) {
            guard let row = Row.all.first(where: { $0.name == name }) else { return nil }
            self = row
        }
    }
}
