import ArgumentParser
import WartaInput

/// How datasets (CSV/TSV, JSON, JSONL) name their fields, and whether text fields are HTML.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("CSV/TSV column or JSON key holding the article text (default: the first of text, content, isi, body, artikel).", valueName: "name"))
    var textColumn: String?

    @Option(name: .long, help: ArgumentHelp("Column or key holding the article id (default: id; else FILE:LINE).", valueName: "name"))
    var idColumn: String?

    @Option(name: .long, help: ArgumentHelp("Column or key holding the publication date: 2020-07-16, an ISO date-time, 16 Juli 2020, Kamis, 16 Juli 2020 18:23 WIB (default: published, date, tanggal).", valueName: "name"))
    var dateColumn: String?

    @Option(name: .long, help: ArgumentHelp("Column or key holding the title (default: title, judul).", valueName: "name"))
    var titleColumn: String?

    @Option(name: .long, help: ArgumentHelp("Column or key holding the address (default: url, link).", valueName: "name"))
    var urlColumn: String?

    @Flag(name: .long, help: "Read every dataset text field as an HTML fragment, and standard input as an HTML page (default: when it looks like markup).")
    var html = false

    @Flag(name: .long, help: "Never read dataset text fields or standard input as HTML, even when they look like markup.")
    var noHtml = false

    func validate() throws {
        if html && noHtml { throw ValidationError("--html and --no-html cannot be used together") }
        for (flag, value) in [("--text-column", textColumn), ("--id-column", idColumn), ("--date-column", dateColumn),
                              ("--title-column", titleColumn), ("--url-column", urlColumn)] {
            if let value, value.allSatisfy({ $0 == " " }) { throw ValidationError("\(flag) needs a column name") }
        }
    }

    var fields: FeedFields {
        var given: [FeedFields.Role: String] = [:]
        given[.text] = textColumn
        given[.id] = idColumn
        given[.published] = dateColumn
        given[.title] = titleColumn
        given[.url] = urlColumn
        return FeedFields(overriding: given)
    }

    var htmlMode: HTMLMode { html ? .always : noHtml ? .never : .detect }
}

/// Whether dataset text fields (and standard input) are read as HTML.
enum HTMLMode: Sendable {
    case detect, always, never
}
