import FoundationEssentials
import WartaText

// The direct writers of the record types: the same members in the same order as their
// `encode(to:)` (or synthesised `Encodable`), checked byte for byte by `DirectJSONTests`.
// `encodeNullable` members are written as `null` when nil; synthesised optionals are left out.

extension ArticleRecord: DirectJSONWritable {
    func writeJSON(to writer: JSONWriter) {
        writeMembers(to: writer)
        writer.endObject()
    }

    /// The record's object without its closing brace, so that `ArticleRecordWithText` can add a member.
    func writeMembers(to writer: JSONWriter) {
        writer.member("{\"id\":"); writer.quote(id)
        writer.member(",\"published\":"); writer.nullable(published)
        writer.member(",\"published_inferred\":"); writer.nullable(publishedInferred)
        writer.member(",\"published_time\":"); writer.nullable(publishedTime)
        writer.member(",\"title\":"); writer.nullable(title)
        writer.member(",\"url\":"); writer.nullable(url)
        writer.member(",\"site\":"); writer.nullable(site)
        writer.member(",\"authors\":"); writer.array(authors)
        writer.member(",\"dateline\":"); writer.nullable(dateline)
        writer.member(",\"sentences\":"); writer.array(sentences)
        writer.member(",\"related\":"); writer.array(related)
        writer.member(",\"credits\":"); writer.array(credits)
        writer.member(",\"quotes\":"); writer.array(quotes)
        writer.member(",\"figures\":"); writer.array(figures)
        writer.member(",\"dates\":"); writer.array(dates)
        writer.member(",\"organisations\":"); writer.array(organisations)
        writer.member(",\"persons\":"); writer.array(persons)
        writer.member(",\"warnings\":"); writer.array(warnings)
    }

    /// The sentences' and quotes' text plus a couple of hundred bytes an entity.
    var estimatedJSONSize: Int {
        var size = 1024 + 200 * (sentences.count + related.count + credits.count + quotes.count + figures.count
            + dates.count + organisations.count + persons.count + warnings.count)
        for sentence in sentences { size += sentence.text.utf8.count }
        for quote in quotes { size += quote.text.utf8.count }
        return size
    }
}

extension Dateline: DirectJSONWritable {
    func writeJSON(to writer: JSONWriter) {
        writer.spanMembers(text: text, start: start, end: end, byteStart: byteStart, byteEnd: byteEnd)
        writer.member(",\"place\":"); writer.span(place)
        writer.member(",\"agency\":"); writer.span(agency)
        writer.endObject()
    }
}

extension InferredDate: DirectJSONWritable {
    func writeJSON(to writer: JSONWriter) {
        writer.member("{\"date\":"); date.writeJSON(to: writer)
        writer.member(",\"rule\":"); writer.quote(rule)
        writer.member(",\"evidence\":"); writer.array(evidence)
        writer.endObject()
    }
}

extension Credit: DirectJSONWritable {
    func writeJSON(to writer: JSONWriter) {
        writer.member("{\"role\":"); writer.quote(role)
        writer.member(",\"name\":"); writer.span(name)
        writer.endObject()
    }
}

extension Warning: DirectJSONWritable {
    func writeJSON(to writer: JSONWriter) {
        writer.member("{\"code\":"); writer.quote(code)
        writer.member(",\"message\":"); writer.quote(message)
        if let start { writer.member(",\"start\":"); writer.integer(start) }
        if let end { writer.member(",\"end\":"); writer.integer(end) }
        writer.endObject()
    }
}

extension Figure: DirectJSONWritable {
    func writeJSON(to writer: JSONWriter) {
        writer.spanMembers(text: text, start: start, end: end, byteStart: byteStart, byteEnd: byteEnd)
        writer.member(",\"kind\":"); writer.quote(kind)
        writer.member(",\"value\":"); writer.nullable(value)
        writer.member(",\"value_max\":"); writer.nullable(valueMax)
        writer.member(",\"unit\":"); writer.nullable(unit)
        writer.member(",\"counted\":"); writer.nullable(counted)
        writer.member(",\"approximate\":"); writer.bool(approximate)
        writer.member(",\"qualifier\":"); writer.nullable(qualifier)
        writer.member(",\"rule\":"); writer.quote(rule)
        writer.endObject()
    }
}

extension DateExpression: DirectJSONWritable {
    func writeJSON(to writer: JSONWriter) {
        writer.spanMembers(text: text, start: start, end: end, byteStart: byteStart, byteEnd: byteEnd)
        writer.member(",\"kind\":"); writer.quote(kind)
        writer.member(",\"value\":"); writer.quote(value)
        writer.member(",\"granularity\":"); writer.quote(granularity)
        writer.member(",\"mod\":"); writer.nullable(mod)
        writer.member(",\"anchor\":"); writer.nullable(anchor)
        writer.member(",\"resolved\":"); writer.bool(resolved)
        writer.member(",\"rule\":"); writer.quote(rule)
        writer.endObject()
    }
}

extension OrganisationMention: DirectJSONWritable {
    func writeJSON(to writer: JSONWriter) {
        writer.spanMembers(text: text, start: start, end: end, byteStart: byteStart, byteEnd: byteEnd)
        writer.member(",\"canonical\":"); writer.quote(canonical)
        writer.member(",\"id\":"); writer.quote(id)
        writer.member(",\"kind\":"); writer.quote(kind)
        writer.member(",\"acronym\":"); writer.nullable(acronym)
        writer.member(",\"rule\":"); writer.quote(rule)
        writer.endObject()
    }
}

extension PersonMention: DirectJSONWritable {
    func writeJSON(to writer: JSONWriter) {
        writer.spanMembers(text: text, start: start, end: end, byteStart: byteStart, byteEnd: byteEnd)
        writer.member(",\"canonical\":"); writer.quote(canonical)
        writer.member(",\"role\":"); writer.nullable(role)
        writer.member(",\"organisation\":"); writer.nullable(organisation)
        writer.member(",\"rule\":"); writer.quote(rule)
        writer.endObject()
    }
}

extension Speaker: DirectJSONWritable {
    func writeJSON(to writer: JSONWriter) {
        writer.member("{\"name\":"); writer.nullable(name)
        writer.member(",\"role\":"); writer.nullable(role)
        writer.member(",\"organisation\":"); writer.nullable(organisation)
        writer.endObject()
    }
}

extension Quote: DirectJSONWritable {
    func writeJSON(to writer: JSONWriter) {
        writer.spanMembers(text: text, start: start, end: end, byteStart: byteStart, byteEnd: byteEnd)
        writer.member(",\"direct\":"); writer.bool(direct)
        writer.member(",\"verb\":"); writer.nullable(verb)
        writer.member(",\"speaker\":"); writer.nullable(speaker)
        writer.member(",\"speaker_span\":"); writer.nullable(speakerSpan)
        writer.member(",\"rule\":"); writer.quote(rule)
        writer.endObject()
    }
}

extension ArticleRecordWithText: DirectJSONWritable {
    func writeJSON(to writer: JSONWriter) {
        record.writeMembers(to: writer)
        writer.member(",\"text\":"); writer.quote(text)
        writer.endObject()
    }

    var estimatedJSONSize: Int { record.estimatedJSONSize + text.utf8.count + 64 }
}
