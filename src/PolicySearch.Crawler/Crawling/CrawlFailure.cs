namespace PolicySearch.Crawler.Crawling;

/// <summary>A page or attachment a crawl did not index: its URL and the error kind (reason code).</summary>
public sealed record CrawlFailure(string Url, string Reason);
