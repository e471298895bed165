using PolicySearch.Crawler.Crawling;

namespace PolicySearch.Hosting.Crawls;

/// <summary>What a host follows of the crawls <see cref="CrawlService"/> runs: for its metrics, and to show their documents.</summary>
public interface ICrawlListener
{
    void Queued(CrawlJobStatus job);

    void Started(CrawlJobStatus job);

    /// <summary>A crawl wrote to the index; called before its status says it finished, so its documents are searchable by then.</summary>
    Task IndexWrittenAsync(CancellationToken cancellationToken);

    /// <summary>A crawl finished (<paramref name="report"/> set) or failed (null).</summary>
    void Finished(CrawlJobStatus job, CrawlReport? report);

    /// <summary>A crawl stopped running, however it ended.</summary>
    void Stopped(CrawlJobStatus job);
}
