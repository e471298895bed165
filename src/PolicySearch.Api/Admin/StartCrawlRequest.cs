namespace PolicySearch.Api.Admin;

/// <summary>The body of POST /api/admin/crawls: the name of a site file in Crawler:ConfigDirectory (e.g. "sample-site").</summary>
internal sealed record StartCrawlRequest(string? Site);
