import WartaRecords
import WartaText

/// Precision, recall and F1 of one kind under one matching mode.
public struct Score: Sendable, Codable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init() {}

    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }

    enum CodingKeys: String, CodingKey {
        case truePositives = "tp", falsePositives = "fp", falseNegatives = "fn", precision, recall, f1
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        truePositives = try c.decode(Int.self, forKey: .truePositives)
        falsePositives = try c.decode(Int.self, forKey: .falsePositives)
        falseNegatives = try c.decode(Int.self, forKey: .falseNegatives)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(truePositives, forKey: .truePositives)
        try c.encode(falsePositives, forKey: .falsePositives)
        try c.encode(falseNegatives, forKey: .falseNegatives)
        try c.encode(Self.rounded(precision), forKey: .precision)
        try c.encode(Self.rounded(recall), forKey: .recall)
        try c.encode(Self.rounded(f1), forKey: .f1)
    }

    static func rounded(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }
}

/// Scores of one entity kind: `strict` needs the exact span, `overlap` overlapping spans; both
/// need the scored field to agree (figures: value and unit; dates: value, or the same days for calendar values (`CalendarExtent`); organisations and
/// persons: canonical name). Quotes match on text overlap (at least half of the shorter), and
/// `speaker` counts overlap-matched quotes whose speaker is right. Besides one row per kind, the
/// rows `quote-direct` and `quote-reported` score direct and reported quotes on their own (see
/// `EvaluationReport.Row`).
public struct KindScore: Sendable, Codable, Equatable {
    public var kind: String
    public var strict = Score()
    public var overlap = Score()
    public var speakerCorrect: Int?
    public var speakerTotal: Int?

    public init(kind: String) {
        self.kind = kind
        if EvaluationReport.Row(name: kind)?.kind == .quote { speakerCorrect = 0; speakerTotal = 0 }
    }

    enum CodingKeys: String, CodingKey { case kind, strict, overlap, speakerCorrect = "speaker_correct", speakerTotal = "speaker_total" }
}

/// What differs between expected and extracted entities in one article.
public struct Difference: Sendable, Codable, Equatable, Hashable {
    public var article: String
    public var kind: String
    /// `missed` (in gold, not extracted), `spurious` (extracted, not in gold), `wrong-speaker`, or
    /// `wrong-type` (a quote found, but direct where the gold says reported or the reverse).
    public var problem: String
    public var text: String
    public var key: String
    public var start: Int
}

/// A whole evaluation: scores per kind and every difference, written by `warta eval --format json`
/// and compared against a saved baseline.
public struct EvaluationReport: Sendable, Codable, Equatable {
    public var articles: Int
    public var kinds: [KindScore]
    public var differences: [Difference]

    public init(articles: Int = 0, kinds: [KindScore] = Row.all.map { KindScore(kind: $0.name) }, differences: [Difference] = []) {
        self.articles = articles
        self.kinds = kinds
        self.differences = differences
    }

    public func score(_ kind: GoldArticle.Entity.Kind) -> KindScore { kinds.first { $0.kind == kind.rawValue }! }

    /// The scores of a row by name (`date`, `quote-direct`), nil when the report has no such row.
    public func score(row name: String) -> KindScore? { kinds.first { $0.kind == name } }
}

/// Compares extracted records with gold articles.
public enum Evaluator {
    /// One predicted entity in comparable form; `direct` only for quotes.
    struct Candidate {
        var range: Range<Int>
        /// Where it starts in code points, as gold spans and every record offset count.
        var start: Int
        var key: String
        var text: String
        var direct: Bool? = nil
    }

    /// Adds the comparison of `record` with `gold` to `report`. A row restricted to direct or
    /// reported quotes compares only those on both sides and lists no differences of its own
    /// (the `quote` row lists them, and `wrong-type` where the two sides disagree).
    public static func add(_ record: ArticleRecord, gold: GoldArticle, to report: inout EvaluationReport) {
        report.articles += 1
        for (index, kindScore) in report.kinds.enumerated() {
            guard let row = EvaluationReport.Row(name: kindScore.kind) else { continue }
            let expected = gold.entities.filter { $0.kind == row.kind && (row.direct == nil || $0.isDirect == row.direct) }
            let predicted = candidates(record, row.kind).filter { row.direct == nil || $0.direct == row.direct }
            var score = kindScore
            var differences: [Difference] = []
            compare(expected, predicted, kind: row.kind, article: gold.id, score: &score, differences: &differences)
            if row.direct == nil { report.differences += differences }
            report.kinds[index] = score
        }
    }

    static func candidates(_ record: ArticleRecord, _ kind: GoldArticle.Entity.Kind) -> [Candidate] {
        switch kind {
        case .figure:
            return record.figures.map { figure in
                let value = figure.value.map { GoldArticle.normalizeNumber("\($0)") } ?? "-"
                return Candidate(range: figure.byteStart..<figure.byteEnd, start: figure.start, key: value + "|" + (figure.unit ?? ""), text: figure.text)
            }
        case .date: return record.dates.map { Candidate(range: $0.byteStart..<$0.byteEnd, start: $0.start, key: CalendarExtent.key($0.value), text: $0.text) }
        case .org: return record.organisations.map { Candidate(range: $0.byteStart..<$0.byteEnd, start: $0.start, key: $0.canonical.lowercased(), text: $0.text) }
        case .person: return record.persons.map { Candidate(range: $0.byteStart..<$0.byteEnd, start: $0.start, key: $0.canonical.lowercased(), text: $0.text) }
        case .quote:
            return record.quotes.map { Candidate(range: $0.byteStart..<$0.byteEnd, start: $0.start, key: $0.speaker?.name?.lowercased() ?? "", text: $0.text, direct: $0.direct) }
        }
    }

    static func overlaps(_ a: Range<Int>, _ b: Range<Int>, kind: GoldArticle.Entity.Kind) -> Bool {
        let shared = max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
        if kind == .quote { return shared * 2 >= min(a.count, b.count) && shared > 0 }
        return shared > 0
    }

    static func compare(_ expected: [GoldArticle.Entity], _ predicted: [Candidate], kind: GoldArticle.Entity.Kind, article: String,
                        score: inout KindScore, differences: inout [Difference]) {
        for strict in [true, false] {
            var used = Array(repeating: false, count: predicted.count)
            var result = Score()
            for entity in expected {
                // Dates compare the days they cover, so TIMEX3 equivalents (`2021-Q2`, `2021-04/2021-06`) agree.
                let key = kind == .date ? CalendarExtent.key(entity.key) : entity.key
                let match = predicted.indices.first { index in
                    guard !used[index] else { return false }
                    let spanOK = strict ? predicted[index].range == entity.span.byteRange : overlaps(predicted[index].range, entity.span.byteRange, kind: kind)
                    return spanOK && (kind == .quote || predicted[index].key == key)
                }
                if let match {
                    used[match] = true
                    result.truePositives += 1
                    if kind == .quote && !strict {
                        if let direct = predicted[match].direct, let expectedDirect = entity.isDirect, direct != expectedDirect {
                            differences.append(Difference(article: article, kind: kind.rawValue, problem: "wrong-type", text: entity.span.text,
                                                          key: expectedDirect ? "expected direct, got reported" : "expected reported, got direct",
                                                          start: entity.span.start))
                        }
                        score.speakerTotal! += 1
                        if predicted[match].key == entity.key { score.speakerCorrect! += 1 } else {
                            differences.append(Difference(article: article, kind: kind.rawValue, problem: "wrong-speaker", text: entity.span.text,
                                                          key: "expected \(entity.key), got \(predicted[match].key)", start: entity.span.start))
                        }
                    }
                } else {
                    result.falseNegatives += 1
                    if !strict {
                        differences.append(Difference(article: article, kind: kind.rawValue, problem: "missed", text: entity.span.text, key: entity.key, start: entity.span.start))
                    }
                }
            }
            for index in predicted.indices where !used[index] {
                result.falsePositives += 1
                if !strict {
                    differences.append(Difference(article: article, kind: kind.rawValue, problem: "spurious", text: predicted[index].text,
                                                  key: predicted[index].key, start: predicted[index].start))
                }
            }
            if strict { score.strict = add(score.strict, result) } else { score.overlap = add(score.overlap, result) }
        }
    }

    static func add(_ a: Score, _ b: Score) -> Score {
        var sum = a
        sum.truePositives += b.truePositives
        sum.falsePositives += b.falsePositives
        sum.falseNegatives += b.falseNegatives
        return sum
    }

    /// Scores in `current` that are lower than in `baseline` (by more than rounding), as messages.
    public static func regressions(_ current: EvaluationReport, against baseline: EvaluationReport) -> [String] {
        var messages: [String] = []
        for old in baseline.kinds {
            guard let new = current.kinds.first(where: { $0.kind == old.kind }) else {
                messages.append("\(old.kind): missing from the current report")
                continue
            }
            for (mode, was, now) in [("strict", old.strict, new.strict), ("overlap", old.overlap, new.overlap)] {
                for (name, a, b) in [("precision", was.precision, now.precision), ("recall", was.recall, now.recall), ("f1", was.f1, now.f1)] where b < a - 1e-4 {
                    messages.append("\(old.kind) \(mode) \(name) dropped from \(Score.rounded(a)) to \(Score.rounded(b))")
                }
            }
            if let oldCorrect = old.speakerCorrect, let oldTotal = old.speakerTotal, oldTotal > 0,
               let newCorrect = new.speakerCorrect, let newTotal = new.speakerTotal, newTotal > 0,
               Double(newCorrect) / Double(newTotal) < Double(oldCorrect) / Double(oldTotal) - 1e-4 {
                messages.append("\(old.kind) speaker accuracy dropped from \(oldCorrect)/\(oldTotal) to \(newCorrect)/\(newTotal)")
            }
        }
        return messages
    }

    /// Differences present in one report and not the other, for explaining a regression.
    public static func changedDifferences(_ current: EvaluationReport, against baseline: EvaluationReport) -> (new: [Difference], fixed: [Difference]) {
        let old = Set(baseline.differences)
        let now = Set(current.differences)
        return (current.differences.filter { !old.contains($0) }, baseline.differences.filter { !now.contains($0) })
    }
}
