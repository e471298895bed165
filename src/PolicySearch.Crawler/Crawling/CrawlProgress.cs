namespace PolicySearch.Crawler.Crawling;

/// <summary>A progress snapshot for the command line.</summary>
public sealed record CrawlProgress(int PagesFetched, int Queued, int Documents, int Errors, double PagesPerSecond, int MaxPages);
