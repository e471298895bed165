namespace PolicySearch.Hosting.Crawls;

/// <summary>
/// One crawl as the admin API shows it. State is queued, running, completed (also max_pages), cancelled or failed;
/// a failed crawl carries the error code (e.g. index.locked when another process writes the index) and message.
/// Full is true for a crawl that revisits every known page now (crawl --full).
/// </summary>
public sealed record CrawlJobStatus(
    string Id,
    string Site,
    string Trigger,
    bool Full,
    string State,
    DateTimeOffset QueuedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    int PagesFetched,
    int NewDocuments,
    int ChangedDocuments,
    int RemovedDocuments,
    int Errors,
    string? ErrorCode,
    string? ErrorMessage);
