namespace PolicySearch.Benchmarks.Perf;

/// <summary>A crawl of the offline sample site served on loopback with no delay: fetch, extraction, indexing and crawl state.</summary>
internal sealed record CrawlResult(
    string Site,
    int Concurrency,
    int PagesFetched,
    int Documents,
    int Errors,
    double ElapsedSeconds,
    double PagesPerSecond,
    double DocumentsPerSecond,
    double IndexSizeMB);
