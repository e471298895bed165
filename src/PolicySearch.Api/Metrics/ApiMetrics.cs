using System.Text;
using PolicySearch.Core.Errors;
using PolicySearch.Engine.Searching;

namespace PolicySearch.Api.Metrics;

/// <summary>Every metric the service exposes at <c>/metrics</c>; one singleton, updated by the middleware, handlers and crawls.</summary>
internal sealed class ApiMetrics
{
    private readonly IServiceProvider _services;

    public ApiMetrics(IServiceProvider services)
    {
        _services = services;
    }

    public CounterFamily Requests { get; } = new("policysearch_http_requests_total", "HTTP requests answered, by route pattern, method and status.", false, "route", "method", "status");

    public HistogramFamily RequestDuration { get; } = new("policysearch_http_request_duration_seconds", "Time to answer an HTTP request, by route pattern and status.", HistogramFamily.LatencyBuckets, "route", "status");

    public HistogramFamily SearchDuration { get; } = new("policysearch_search_duration_seconds", "Time the engine took for one search (cache hits excluded).", HistogramFamily.LatencyBuckets);

    public CounterFamily CrawlPagesFetched { get; } = new("policysearch_crawl_pages_fetched_total", "Pages fetched by crawls run by the service.");

    public CounterFamily CrawlDocuments { get; } = new("policysearch_crawl_documents_total", "Documents written by crawls, by change (new, changed, removed).", false, "change");

    public CounterFamily CrawlErrors { get; } = new("policysearch_crawl_errors_total", "Fetch and extraction errors of crawls.");

    public CounterFamily Crawls { get; } = new("policysearch_crawls_total", "Crawls finished, by outcome (completed, max_pages, cancelled, failed) and trigger (admin, schedule).", false, "outcome", "trigger");

    public CounterFamily CrawlsRunning { get; } = new("policysearch_crawls_running", "Crawls running now (0 or 1).", isGauge: true);

    public CounterFamily CrawlsQueued { get; } = new("policysearch_crawls_queued", "Crawls waiting for the running one.", isGauge: true);

    /// <summary>The exposition text; the index gauges are read now (-1 documents when the index cannot be read).</summary>
    public string Write()
    {
        var text = new StringBuilder();
        IMetricFamily[] families = [Requests, RequestDuration, SearchDuration, CrawlPagesFetched, CrawlDocuments, CrawlErrors, Crawls, CrawlsRunning, CrawlsQueued];
        foreach (var family in families)
        {
            family.WriteTo(text);
        }

        var (documents, generation) = ReadIndex();
        MetricText.Header(text, "policysearch_index_documents", "gauge", "Documents in the index (-1: the index cannot be read).");
        MetricText.Sample(text, "policysearch_index_documents", string.Empty, documents);
        MetricText.Header(text, "policysearch_index_generation", "gauge", "Commit generation the searchers read.");
        MetricText.Sample(text, "policysearch_index_generation", string.Empty, generation);
        MetricText.Header(text, "dotnet_gc_heap_size_bytes", "gauge", "Managed heap size after the last garbage collection.");
        MetricText.Sample(text, "dotnet_gc_heap_size_bytes", string.Empty, GC.GetGCMemoryInfo().HeapSizeBytes);
        return text.ToString();
    }

    private (long Documents, long Generation) ReadIndex()
    {
        try
        {
            var statistics = _services.GetRequiredService<PolicyIndexReader>().GetStatistics();
            return (statistics.DocumentCount, statistics.Generation);
        }
        catch (Exception exception) when (exception is PolicySearchException or IOException or ObjectDisposedException)
        {
            return (-1, -1);
        }
    }
}
