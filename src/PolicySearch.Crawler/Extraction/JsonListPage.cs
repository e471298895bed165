namespace PolicySearch.Crawler.Extraction;

/// <summary>What one page of a JSON list API holds: its items (URL and metadata) and the list's page count, when known.</summary>
public sealed record JsonListPage
{
    public IReadOnlyList<JsonListItem> Items { get; init; } = [];

    /// <summary>The declared number of items, when the site file names where it is.</summary>
    public int? Total { get; init; }

    /// <summary>
    /// Pages of the whole list, from the declared page count, or from the total and the page size (perPage, else this
    /// page's number of items: right on a first page); null when the answer declares neither.
    /// </summary>
    public int? PageCount { get; init; }
}
