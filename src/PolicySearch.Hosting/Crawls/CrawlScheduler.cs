using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PolicySearch.Core.Errors;
using PolicySearch.Crawler;
using PolicySearch.Crawler.Crawling;
using PolicySearch.Engine;

namespace PolicySearch.Hosting.Crawls;

/// <summary>
/// When Crawler:Schedule:Enabled, queues each site's crawl when its recrawl interval has passed since its last crawl
/// (the last one this service ran, else the site's crawl-state file; a site never crawled is due at once).
/// Crawls go through <see cref="CrawlQueue"/>, so they run one at a time with the admin ones.
/// </summary>
public sealed partial class CrawlScheduler : BackgroundService
{
    public const string Trigger = "schedule";

    private readonly CrawlQueue _queue;
    private readonly CrawlScheduleOptions _options;
    private readonly CrawlerOptions _crawlerOptions;
    private readonly IndexOptions _indexOptions;
    private readonly TimeProvider _time;
    private readonly ILogger<CrawlScheduler> _logger;
    private IReadOnlyList<ScheduledSite> _sites = [];

    public CrawlScheduler(
        CrawlQueue queue,
        IOptions<CrawlScheduleOptions> options,
        CrawlerOptions crawlerOptions,
        IndexOptions indexOptions,
        TimeProvider time,
        ILogger<CrawlScheduler> logger)
    {
        _queue = queue;
        _options = options.Value;
        _crawlerOptions = crawlerOptions;
        _indexOptions = indexOptions;
        _time = time;
        _logger = logger;
    }

    public bool Enabled => _options.Enabled;

    public IReadOnlyList<ScheduledSite> Sites => Volatile.Read(ref _sites);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(_options.CheckInterval, _time);
        try
        {
            do
            {
                await QueueDueSitesAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    internal async Task QueueDueSitesAsync(CancellationToken cancellationToken)
    {
        var names = _options.Sites.Count > 0 ? _options.Sites : SiteFiles.AllNames(_crawlerOptions);
        var sites = new List<ScheduledSite>();
        foreach (var name in names)
        {
            sites.Add(await CheckAsync(name, cancellationToken));
        }

        Volatile.Write(ref _sites, sites);
    }

    private async Task<ScheduledSite> CheckAsync(string name, CancellationToken cancellationToken)
    {
        TimeSpan interval;
        try
        {
            interval = (await SiteFiles.LoadAsync(_crawlerOptions, name, cancellationToken)).RecrawlInterval;
        }
        catch (PolicySearchException fault)
        {
            LogSiteUnusable(_logger, name, fault.Code, fault.Message);
            return new ScheduledSite(name, null, null, fault.Code + ": " + fault.Message);
        }

        if (interval <= TimeSpan.Zero || interval < _options.MinimumInterval)
        {
            return new ScheduledSite(name, interval, null, "recrawlInterval is below Crawler:Schedule:MinimumInterval; not scheduled");
        }

        var now = _time.GetUtcNow();
        var due = LastCrawl(name) is { } last ? last + interval : now;
        if (due <= now)
        {
            var (job, queued) = _queue.Enqueue(name, Trigger);
            if (queued)
            {
                LogQueued(_logger, name, job.Id);
            }

            return new ScheduledSite(name, interval, now + interval, null);
        }

        return new ScheduledSite(name, interval, due, null);
    }

    private DateTimeOffset? LastCrawl(string site)
    {
        if (_queue.LastFinished(site) is { } finished)
        {
            return finished;
        }

        var state = SiteCrawler.StatePath(_crawlerOptions.ResolveStateDirectory(_indexOptions.Path), site);
        return File.Exists(state) ? new DateTimeOffset(File.GetLastWriteTimeUtc(state), TimeSpan.Zero) : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled recrawl of {Site} queued as crawl {CrawlId}")]
    private static partial void LogQueued(ILogger logger, string site, string crawlId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Site {Site} cannot be scheduled ({ErrorCode}): {ErrorMessage}")]
    private static partial void LogSiteUnusable(ILogger logger, string site, string errorCode, string errorMessage);
}
