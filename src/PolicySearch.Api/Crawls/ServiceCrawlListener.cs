using PolicySearch.Api.Caching;
using PolicySearch.Api.Metrics;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Hosting.Crawls;

namespace PolicySearch.Api.Crawls;

/// <summary>Counts the service's crawls in the metrics, and reopens the readers after each one wrote to the index.</summary>
internal sealed class ServiceCrawlListener : ICrawlListener
{
    private readonly ApiMetrics _metrics;
    private readonly IndexRefresher _refresher;

    public ServiceCrawlListener(ApiMetrics metrics, IndexRefresher refresher)
    {
        _metrics = metrics;
        _refresher = refresher;
    }

    public void Queued(CrawlJobStatus job) => _metrics.CrawlsQueued.Increment();

    public void Started(CrawlJobStatus job)
    {
        _metrics.CrawlsQueued.Add(-1);
        _metrics.CrawlsRunning.Increment();
    }

    public async Task IndexWrittenAsync(CancellationToken cancellationToken) => await _refresher.RefreshAsync(cancellationToken);

    public void Finished(CrawlJobStatus job, CrawlReport? report)
    {
        if (report is null)
        {
            _metrics.Crawls.Increment(CrawlJob.Failed, job.Trigger);
            return;
        }

        _metrics.Crawls.Increment(report.Stop, job.Trigger);
        _metrics.CrawlPagesFetched.Add(report.PagesFetched);
        _metrics.CrawlDocuments.Add(report.NewDocuments, "new");
        _metrics.CrawlDocuments.Add(report.ChangedDocuments, "changed");
        _metrics.CrawlDocuments.Add(report.RemovedDocuments, "removed");
        _metrics.CrawlErrors.Add(report.ErrorsByKind.Values.Sum());
    }

    public void Stopped(CrawlJobStatus job) => _metrics.CrawlsRunning.Add(-1);
}
