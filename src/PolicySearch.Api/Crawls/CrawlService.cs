using PolicySearch.Api.Caching;
using PolicySearch.Api.Metrics;
using PolicySearch.Core.Errors;
using PolicySearch.Crawler;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Engine;
using PolicySearch.Engine.Indexing;

namespace PolicySearch.Api.Crawls;

/// <summary>
/// Runs queued crawls one at a time. While a crawl runs this service is the index's single writer: it opens
/// the writer for the crawl and closes it after, so between crawls a CLI import or crawl may write. If another
/// process holds the write lock the crawl fails at once with index.locked, as a second CLI writer would.
/// </summary>
internal sealed partial class CrawlService : BackgroundService
{
    private readonly CrawlQueue _queue;
    private readonly SiteCrawler _crawler;
    private readonly CrawlerOptions _crawlerOptions;
    private readonly IndexOptions _indexOptions;
    private readonly IndexRefresher _refresher;
    private readonly ApiMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger<CrawlService> _logger;

    public CrawlService(
        CrawlQueue queue,
        SiteCrawler crawler,
        CrawlerOptions crawlerOptions,
        IndexOptions indexOptions,
        IndexRefresher refresher,
        ApiMetrics metrics,
        TimeProvider time,
        ILoggerFactory loggers)
    {
        _queue = queue;
        _crawler = crawler;
        _crawlerOptions = crawlerOptions;
        _indexOptions = indexOptions;
        _refresher = refresher;
        _metrics = metrics;
        _time = time;
        _loggers = loggers;
        _logger = loggers.CreateLogger<CrawlService>();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                _metrics.CrawlsQueued.Add(-1);
                await RunAsync(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; queued crawls are dropped, a running one has committed its last checkpoint.
        }
    }

    private async Task RunAsync(CrawlJob job, CancellationToken stoppingToken)
    {
        job.Start(_time.GetUtcNow());
        _metrics.CrawlsRunning.Increment();
        LogStarted(_logger, job.Id, job.Site, job.Status.Trigger);
        try
        {
            var site = await SiteFiles.LoadAsync(_crawlerOptions, job.Site, stoppingToken);
            var stateDirectory = _crawlerOptions.ResolveStateDirectory(_indexOptions.Path);
            Directory.CreateDirectory(stateDirectory);
            CrawlReport report;
            using (var writer = PolicyIndexWriter.Open(_indexOptions, _loggers.CreateLogger<PolicyIndexWriter>()))
            {
                var progress = new Progress<CrawlProgress>(job.Progress);
                report = await _crawler.CrawlAsync(site, writer, stateDirectory, new CrawlRequest { RevisitAll = job.RevisitAll }, progress, stoppingToken);
            }

            await _refresher.RefreshAsync(CancellationToken.None); // a finished crawl's documents are searchable when its status says so
            job.Finish(report, _time.GetUtcNow());
            Count(report, job.Status.Trigger);
            LogFinished(_logger, job.Id, job.Site, report.Stop, report.PagesFetched, report.NewDocuments, report.ChangedDocuments, report.RemovedDocuments);
        }
        catch (PolicySearchException fault)
        {
            job.Fail(fault.Code, fault.Message, _time.GetUtcNow());
            _metrics.Crawls.Increment(CrawlJob.Failed, job.Status.Trigger);
            LogFailed(_logger, job.Id, job.Site, fault.Code, fault.Message);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            job.Fail("crawl.cancelled", "The service stopped during the crawl; the last checkpoint is committed.", _time.GetUtcNow());
            throw;
        }
        finally
        {
            _metrics.CrawlsRunning.Add(-1);
        }

        await _refresher.RefreshAsync(CancellationToken.None);
    }

    private void Count(CrawlReport report, string trigger)
    {
        _metrics.Crawls.Increment(report.Stop, trigger);
        _metrics.CrawlPagesFetched.Add(report.PagesFetched);
        _metrics.CrawlDocuments.Add(report.NewDocuments, "new");
        _metrics.CrawlDocuments.Add(report.ChangedDocuments, "changed");
        _metrics.CrawlDocuments.Add(report.RemovedDocuments, "removed");
        _metrics.CrawlErrors.Add(report.ErrorsByKind.Values.Sum());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawl {CrawlId} of {Site} started ({Trigger})")]
    private static partial void LogStarted(ILogger logger, string crawlId, string site, string trigger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawl {CrawlId} of {Site} ended ({Stop}): {PageCount} pages, {NewCount} new, {ChangedCount} changed, {RemovedCount} removed")]
    private static partial void LogFinished(ILogger logger, string crawlId, string site, string stop, int pageCount, int newCount, int changedCount, int removedCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Crawl {CrawlId} of {Site} failed ({ErrorCode}): {ErrorMessage}")]
    private static partial void LogFailed(ILogger logger, string crawlId, string site, string errorCode, string errorMessage);
}
