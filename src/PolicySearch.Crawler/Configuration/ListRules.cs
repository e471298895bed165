namespace PolicySearch.Crawler.Configuration;

/// <summary>How list pages are recognised and read.</summary>
public sealed record ListRules
{
    /// <summary>Regular expressions on the absolute URL; a match makes the page a list page (seeds always are).</summary>
    public IReadOnlyList<string> UrlPatterns { get; init; } = [];

    /// <summary>CSS selector of the links to follow on a list page; default every a[href].</summary>
    public string? LinkSelector { get; init; }

    /// <summary>Follow TRS createPageHTML(count, current, "index", "shtml") paging: index_1.shtml … index_{count-1}.shtml.</summary>
    public bool TrsPaging { get; init; } = true;
}
