namespace PolicySearch.Crawler.Extraction;

/// <summary>What one page of a JSON list API holds: its items (URL and metadata) and the list's page count, when known.</summary>
public sealed record JsonListPage
{
    public IReadOnlyList<JsonListItem> Items { get; init; } = [];

    /// <summary>Pages of the whole list, from the declared total or page count; null when the answer declares neither.</summary>
    public int? PageCount { get; init; }
}
