import Warta

/// `brat`: standoff annotation files for the brat annotation tool. Each article gives `ID.ann`
/// (and `ID.txt`, the exact text the offsets count in, when it is written to an output folder).
/// Entities are `T` lines with brat's character offsets (code points, as in the records); a span
/// crossing a line break is written as fragments (`0 5;6 10`) because brat draws per line. A quote
/// and its speaker span are joined by a `SaidBy` relation; normalised values are `AnnotatorNotes`.
struct BratRenderer: ArticleRenderer {
    func render(_ article: AnalysedArticle) throws -> RenderedArticle {
        let source = article.document.source
        var lines = ""
        var number = 0, note = 0, relation = 0
        var quoteIDs: [Int: String] = [:], speakerIDs: [Int: String] = [:]
        for mention in article.record.mentions where mention.span.end > mention.span.start {
            number += 1
            let id = "T\(number)"
            let fragments = Self.fragments(mention.span, in: source)
            let offsets = fragments.map { "\($0.start) \($0.end)" }.joined(separator: ";")
            let text = fragments.map(\.text).joined(separator: " ")
            lines += "\(id)\t\(mention.label) \(offsets)\t\(text)\n"
            let notes = ([mention.value.map { "value=\($0)" }] + mention.details.map { "\($0.name)=\($0.value)" })
                .compactMap { $0 }.joined(separator: "; ")
            if !notes.isEmpty {
                note += 1
                lines += "#\(note)\tAnnotatorNotes \(id)\t\(Self.oneLine(notes))\n"
            }
            if let index = mention.quoteIndex {
                if mention.kind == "quote" { quoteIDs[index] = id } else { speakerIDs[index] = id }
            }
        }
        for (index, quote) in quoteIDs.sorted(by: { $0.key < $1.key }) {
            guard let speaker = speakerIDs[index] else { continue }
            relation += 1
            lines += "R\(relation)\tSaidBy Arg1:\(quote) Arg2:\(speaker)\n"
        }
        var files: [(suffix: String, bytes: [UInt8])] = [(".ann", Array(lines.utf8))]
        files.insert((".txt", source.bytes), at: 0)
        return RenderedArticle(files: files)
    }

    /// The pieces of `span` between line breaks (brat fragments), empty pieces dropped.
    static func fragments(_ span: Span, in source: SourceText) -> [Span] {
        var result: [Span] = []
        var start = span.byteStart
        for index in span.byteStart...span.byteEnd where index == span.byteEnd || source.bytes[index] == 0x0A || source.bytes[index] == 0x0D {
            if index > start { result.append(source.span(bytes: start..<index)) }
            start = index + 1
        }
        return result.isEmpty ? [span] : result
    }

    static func oneLine(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    /// brat's `annotation.conf`: the entity and relation types Warta writes.
    static var annotationConf: String {
        "[entities]\n" + Mention.labels.joined(separator: "\n")
            + "\n\n[relations]\nSaidBy\tArg1:QUOTE, Arg2:SPEAKER\n\n[events]\n\n[attributes]\n"
    }

    /// brat's `visual.conf`: the same colours as the HTML output.
    static var visualConf: String {
        "[labels]\n" + Mention.labels.map { "\($0) | \(HTMLStyle.name(of: $0))" }.joined(separator: "\n")
            + "\n\n[drawing]\n" + Mention.labels.map { "\($0)\tbgColor:\(HTMLStyle.colour(of: $0))" }.joined(separator: "\n") + "\n"
    }
}
