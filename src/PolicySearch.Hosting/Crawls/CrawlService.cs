using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PolicySearch.Core.Errors;
using PolicySearch.Crawler;
using PolicySearch.Crawler.Crawling;

namespace PolicySearch.Hosting.Crawls;

/// <summary>
/// Runs queued crawls one at a time. While a crawl runs this service is the index's single writer: the crawl takes the
/// writer lease and gives it back after, so between crawls a CLI import or crawl may write. If another process holds
/// the write lock the crawl fails at once with index.locked, as a second CLI writer would.
/// </summary>
public sealed partial class CrawlService : BackgroundService
{
    private readonly CrawlQueue _queue;
    private readonly CrawlRunner _runner;
    private readonly CrawlerOptions _crawlerOptions;
    private readonly IEnumerable<ICrawlListener> _listeners;
    private readonly TimeProvider _time;
    private readonly ILogger<CrawlService> _logger;

    public CrawlService(
        CrawlQueue queue,
        CrawlRunner runner,
        CrawlerOptions crawlerOptions,
        IEnumerable<ICrawlListener> listeners,
        TimeProvider time,
        ILogger<CrawlService> logger)
    {
        _queue = queue;
        _runner = runner;
        _crawlerOptions = crawlerOptions;
        _listeners = listeners;
        _time = time;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken))
            {
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
        Tell(listener => listener.Started(job.Status));
        LogStarted(_logger, job.Id, job.Site, job.Status.Trigger);
        try
        {
            var site = await SiteFiles.LoadAsync(_crawlerOptions, job.Site, stoppingToken);
            var progress = new Progress<CrawlProgress>(job.Progress);
            var report = await _runner.CrawlAsync(site, new CrawlRequest { RevisitAll = job.RevisitAll }, progress, stoppingToken);
            await IndexWrittenAsync(); // a finished crawl's documents are searchable when its status says so
            job.Finish(report, _time.GetUtcNow());
            Tell(listener => listener.Finished(job.Status, report));
            LogFinished(_logger, job.Id, job.Site, report.Stop, report.PagesFetched, report.NewDocuments, report.ChangedDocuments, report.RemovedDocuments);
        }
        catch (PolicySearchException fault)
        {
            job.Fail(fault.Code, fault.Message, _time.GetUtcNow());
            Tell(listener => listener.Finished(job.Status, null));
            LogFailed(_logger, job.Id, job.Site, fault.Code, fault.Message);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            job.Fail("crawl.cancelled", "The service stopped during the crawl; the last checkpoint is committed.", _time.GetUtcNow());
            throw;
        }
        finally
        {
            Tell(listener => listener.Stopped(job.Status));
        }

        await IndexWrittenAsync();
    }

    private async Task IndexWrittenAsync()
    {
        foreach (var listener in _listeners)
        {
            await listener.IndexWrittenAsync(CancellationToken.None);
        }
    }

    private void Tell(Action<ICrawlListener> notify)
    {
        foreach (var listener in _listeners)
        {
            notify(listener);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawl {CrawlId} of {Site} started ({Trigger})")]
    private static partial void LogStarted(ILogger logger, string crawlId, string site, string trigger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawl {CrawlId} of {Site} ended ({Stop}): {PageCount} pages, {NewCount} new, {ChangedCount} changed, {RemovedCount} removed")]
    private static partial void LogFinished(ILogger logger, string crawlId, string site, string stop, int pageCount, int newCount, int changedCount, int removedCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Crawl {CrawlId} of {Site} failed ({ErrorCode}): {ErrorMessage}")]
    private static partial void LogFailed(ILogger logger, string crawlId, string site, string errorCode, string errorMessage);
}
