namespace PolicySearch.Crawler.Crawling;

/// <summary>An attachment as listed in its parent's Extra: name, URL, type, whether its text was extracted, and its document id.</summary>
public sealed record AttachmentInfo(string Name, string Url, string Type, bool Extracted, string? DocumentId)
{
    /// <summary>The extracted text; not part of the listing.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? Text { get; init; }
}
