namespace PolicySearch.Crawler.Extraction;

/// <summary>What a detail page says, as printed (normalisation happens when the document is built).</summary>
public sealed record ExtractedPage
{
    public required string Title { get; init; }

    public required string Body { get; init; }

    /// <summary>Raw field values by field, and where each came from (selector, labels, meta, heuristic).</summary>
    public IReadOnlyDictionary<MetadataField, string> Fields { get; init; } = new Dictionary<MetadataField, string>();

    public IReadOnlyDictionary<MetadataField, string> Origins { get; init; } = new Dictionary<MetadataField, string>();

    /// <summary>Every labelled value of the page by its label as written without spaces (文种, 分类 …), the first of each.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<AttachmentLink> Attachments { get; init; } = [];

    public string? Get(MetadataField field) => Fields.TryGetValue(field, out var value) ? value : null;
}
