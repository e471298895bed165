using PolicySearch.Crawler.Crawling;

namespace PolicySearch.Hosting.Crawls;

/// <summary>A queued or run crawl; its fields change under a lock and are read as a <see cref="CrawlJobStatus"/> snapshot.</summary>
public sealed class CrawlJob
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Failed = "failed";

    private readonly Lock _gate = new();
    private CrawlJobStatus _status;

    public CrawlJob(string id, string site, string trigger, bool revisitAll, DateTimeOffset queuedAt)
    {
        Id = id;
        Site = site;
        RevisitAll = revisitAll;
        _status = new CrawlJobStatus(id, site, trigger, revisitAll, Queued, queuedAt, null, null, 0, 0, 0, 0, 0, null, null);
    }

    public string Id { get; }

    public string Site { get; }

    /// <summary>Revisit every known page now (crawl --full).</summary>
    public bool RevisitAll { get; }

    public CrawlJobStatus Status
    {
        get
        {
            lock (_gate)
            {
                return _status;
            }
        }
    }

    public bool IsWaitingOrRunning => Status.State is Queued or Running;

    public void Start(DateTimeOffset now) => Update(status => status with { State = Running, StartedAt = now });

    public void Progress(CrawlProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        Update(status => status with { PagesFetched = progress.PagesFetched, Errors = progress.Errors });
    }

    public void Finish(CrawlReport report, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(report);
        Update(status => status with
        {
            State = report.Stop,
            FinishedAt = now,
            PagesFetched = report.PagesFetched,
            NewDocuments = report.NewDocuments,
            ChangedDocuments = report.ChangedDocuments,
            RemovedDocuments = report.RemovedDocuments,
            Errors = report.ErrorsByKind.Values.Sum(),
        });
    }

    public void Fail(string code, string message, DateTimeOffset now) =>
        Update(status => status with { State = Failed, FinishedAt = now, ErrorCode = code, ErrorMessage = message });

    private void Update(Func<CrawlJobStatus, CrawlJobStatus> change)
    {
        lock (_gate)
        {
            _status = change(_status);
        }
    }
}
