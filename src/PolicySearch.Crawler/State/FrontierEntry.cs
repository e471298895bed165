using PolicySearch.Crawler.Crawling;

namespace PolicySearch.Crawler.State;

/// <summary>A URL waiting to be fetched in the current run.</summary>
public sealed record FrontierEntry(string Key, Uri Url, PageKind Kind, int Depth)
{
    /// <summary>The list page or sitemap whose link queued it; null for seeds and pages queued for a recheck.</summary>
    public string? FoundOn { get; init; }

    /// <summary>An anti-bot answer held it back in an earlier run; it waits until the pages never tried are fetched.</summary>
    public bool Blocked { get; init; }
}
