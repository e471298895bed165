namespace PolicySearch.Crawler.Fetching;

/// <summary>The validators of a previous fetch, sent as If-None-Match / If-Modified-Since.</summary>
public sealed record FetchValidators(string? ETag, string? LastModified);
