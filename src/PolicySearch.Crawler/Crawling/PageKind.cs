namespace PolicySearch.Crawler.Crawling;

/// <summary>What a queued URL is expected to be.</summary>
public enum PageKind
{
    List,
    Detail,
    Sitemap,
}
