namespace PolicySearch.Crawler.Crawling;

/// <summary>
/// Where a document's page came from: the SHA-256 of the raw body it was extracted from (stored in Extra as
/// <see cref="DocumentBuilder.PageHashKey"/>, so a crawl can tell which version an index holds) and the list page or
/// sitemap that linked it (for category rules by list).
/// </summary>
public sealed record PageOrigin(string? PageHash, string? FoundOn)
{
    public static PageOrigin Unknown { get; } = new(null, null);
}
