import WartaText

extension ArticleRecord {
    /// Reads a record back (`warta render`, tests). `published_time`, `published_inferred`, `site` and `authors` came
    /// later than the other fields: records saved before them still read, with those empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            published: try container.decodeIfPresent(CivilDate.self, forKey: .published),
            publishedTime: try container.decodeIfPresent(String.self, forKey: .publishedTime),
            publishedInferred: try container.decodeIfPresent(InferredDate.self, forKey: .publishedInferred),
            title: try container.decodeIfPresent(String.self, forKey: .title),
            url: try container.decodeIfPresent(String.self, forKey: .url),
            site: try container.decodeIfPresent(String.self, forKey: .site),
            authors: try container.decodeIfPresent([String].self, forKey: .authors) ?? [],
            dateline: try container.decodeIfPresent(Dateline.self, forKey: .dateline),
            sentences: try container.decode([Span].self, forKey: .sentences),
            related: try container.decode([Span].self, forKey: .related),
            credits: try container.decode([Credit].self, forKey: .credits),
            quotes: try container.decode([Quote].self, forKey: .quotes),
            figures: try container.decode([Figure].self, forKey: .figures),
            dates: try container.decode([DateExpression].self, forKey: .dates),
            organisations: try container.decode([OrganisationMention].self, forKey: .organisations),
            persons: try container.decode([PersonMention].self, forKey: .persons),
            warnings: try container.decode([Warning].self, forKey: .warnings)
        )
    }
}
