import WartaInput

/// What the inputs held beyond their articles, for the summary on stderr at the end of a run:
/// the records each WARC file skipped, and how many articles were read out of HTML.
final class InputSummary: @unchecked Sendable {
    private(set) var warcFiles: [(path: String, counts: WARCCounts)] = []
    /// Articles whose text was extracted from HTML (pages, WARC records, fragments in datasets).
    var htmlArticles = 0

    func add(warc path: String, _ counts: WARCCounts) { warcFiles.append((path, counts)) }

    /// The summary lines (one per WARC file, then a note on offsets when HTML was read).
    func lines(includeText: Bool) -> [String] {
        var lines = warcFiles.map { "\($0.path): \($0.counts.summary)" }
        if htmlArticles > 0 && !includeText {
            lines.append("\(htmlArticles) article(s) read from HTML: their spans refer to the extracted text, which --include-text writes in each record")
        }
        return lines
    }
}
