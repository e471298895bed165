namespace PolicySearch.Crawler.Crawling;

/// <summary>How one crawl of a site runs.</summary>
public sealed record CrawlRequest
{
    /// <summary>Fetches in this run; the site file's maxPages when null.</summary>
    public int? MaxPages { get; init; }

    /// <summary>
    /// Revisit every known document page now, whatever the site's recrawlInterval says (crawl --full). Pages are still
    /// fetched conditionally (If-None-Match, If-Modified-Since), so unchanged ones cost a 304.
    /// </summary>
    public bool RevisitAll { get; init; }
}
