import FoundationEssentials
import Warta
import WartaEvaluation

/// Gold annotations (`Corpus/articles/ID.gold.tsv`) as article records, so `warta render --gold`
/// shows what a person marked with the same formats as what Warta found.
enum GoldRecords {
    static func article(_ gold: GoldArticle, origin: String) -> AnalysedArticle {
        var record = ArticleRecord(id: gold.id, published: gold.published)
        let value = { (field: String) in field == "-" ? nil : field }
        for entity in gold.entities {
            let fields = entity.fields
            switch entity.kind {
            case .figure:
                record.figures.append(Figure(span: entity.span, kind: fields[0], value: value(fields[1]).flatMap { Decimal(string: $0) },
                                             valueMax: value(fields[2]).flatMap { Decimal(string: $0) }, unit: value(fields[3]),
                                             counted: value(fields[4]), rule: "gold:\(entity.line)"))
            case .date:
                record.dates.append(DateExpression(span: entity.span, kind: fields[0], value: fields[1], granularity: "",
                                                   resolved: !fields[1].contains("X"), rule: "gold:\(entity.line)"))
            case .org:
                record.organisations.append(OrganisationMention(span: entity.span, canonical: fields[0], id: "", kind: "", rule: "gold:\(entity.line)"))
            case .person:
                record.persons.append(PersonMention(span: entity.span, canonical: fields[0], role: value(fields[1]), rule: "gold:\(entity.line)"))
            case .quote:
                record.quotes.append(Quote(span: entity.span, direct: fields[0] == "DIRECT", verb: value(fields[2]),
                                           speaker: value(fields[1]).map { Speaker(name: $0) }, rule: "gold:\(entity.line)"))
            }
        }
        // The gold file names the speaker, not where: take the nearest mention of that person in the same line.
        let bytes = gold.source.bytes
        for index in record.quotes.indices {
            guard let name = record.quotes[index].speaker?.name?.lowercased() else { continue }
            let quote = record.quotes[index]
            var lineStart = quote.byteStart, lineEnd = quote.byteEnd
            while lineStart > 0 && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            let candidates = record.persons.filter {
                $0.canonical.lowercased() == name && $0.byteStart >= lineStart && $0.byteEnd <= lineEnd
                    && ($0.byteEnd <= quote.byteStart || $0.byteStart >= quote.byteEnd)
            }
            let distance = { (person: PersonMention) in min(abs(person.byteStart - quote.byteEnd), abs(quote.byteStart - person.byteEnd)) }
            if let nearest = candidates.min(by: { distance($0) < distance($1) }) {
                record.quotes[index].speakerSpan = nearest.span
                record.quotes[index].speaker?.role = nearest.role
            }
        }
        let document = InputDocument(id: gold.id, source: gold.source, published: gold.published, origin: origin)
        return AnalysedArticle(document: document, record: record)
    }
}
