using PolicySearch.Hosting.Crawls;

namespace PolicySearch.Api.Admin;

/// <summary>GET /api/admin/crawls: the crawls (newest first, running and queued included) and the recrawl schedule.</summary>
internal sealed record CrawlStatusReport(
    IReadOnlyList<CrawlJobStatus> Crawls,
    bool ScheduleEnabled,
    IReadOnlyList<ScheduledSite> Schedule);
