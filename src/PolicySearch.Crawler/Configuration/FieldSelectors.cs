namespace PolicySearch.Crawler.Configuration;

/// <summary>
/// CSS selectors per field. A selector may end in "@attribute" to read an attribute (meta[name=PubDate]@content).
/// Absent or finding nothing: the labelled metadata block, then standard meta tags, then heuristics.
/// </summary>
public sealed record FieldSelectors
{
    public string? Title { get; init; }

    public string? IndexNumber { get; init; }

    public string? Issuer { get; init; }

    public string? Topic { get; init; }

    public string? WrittenDate { get; init; }

    public string? PublishedDate { get; init; }

    public string? EffectiveDate { get; init; }

    public string? DocumentNumber { get; init; }

    public string? Validity { get; init; }

    public string? Body { get; init; }

    /// <summary>Attachment links; default: links in the page whose path ends in an attachment extension.</summary>
    public string? Attachments { get; init; }

    /// <summary>The selectors by field name as written in the site file, for validation.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Named()
    {
        yield return new("title", Title);
        yield return new("indexNumber", IndexNumber);
        yield return new("issuer", Issuer);
        yield return new("topic", Topic);
        yield return new("writtenDate", WrittenDate);
        yield return new("publishedDate", PublishedDate);
        yield return new("effectiveDate", EffectiveDate);
        yield return new("documentNumber", DocumentNumber);
        yield return new("validity", Validity);
        yield return new("body", Body);
        yield return new("attachments", Attachments);
    }
}
