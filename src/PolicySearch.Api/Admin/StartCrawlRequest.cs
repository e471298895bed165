namespace PolicySearch.Api.Admin;

/// <summary>
/// The body of POST /api/admin/crawls: the name of a site file in Crawler:ConfigDirectory (e.g. "sample-site"), and
/// whether to revisit every known page now whatever the site's recrawlInterval says (crawl --full).
/// </summary>
internal sealed record StartCrawlRequest(string? Site, bool Full = false);
