namespace PolicySearch.Crawler.Configuration;

/// <summary>Which URLs are document (detail) pages.</summary>
public sealed record DetailRules
{
    /// <summary>Regular expressions on the URL without its fragment; at least one is required.</summary>
    public IReadOnlyList<string> UrlPatterns { get; init; } = [];
}
