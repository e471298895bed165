namespace PolicySearch.Crawler.Configuration;

/// <summary>How list pages are recognised and read.</summary>
public sealed record ListRules
{
    /// <summary>Regular expressions on the URL without its fragment; a match makes the page a list page.</summary>
    public IReadOnlyList<string> UrlPatterns { get; init; } = [];

    /// <summary>CSS selector of the links to follow on a list page; default every a[href].</summary>
    public string? LinkSelector { get; init; }

    /// <summary>Follow TRS createPageHTML(count, current, "index", "shtml") paging: index_1.shtml … index_{count-1}.shtml.</summary>
    public bool TrsPaging { get; init; } = true;

    /// <summary>Hanweb (大汉) jpage lists: data-proxy pages generated from a column's settings or from templates.</summary>
    public JpageRules Jpage { get; init; } = new();

    /// <summary>JSON list APIs (gkmlpt's /gkmlpt/api/all/0?page=N&amp;sid=…), each read with its own rules.</summary>
    public IReadOnlyList<JsonApiRules> JsonApis { get; init; } = [];

    /// <summary>Also follow URLs written in script text and data-* attributes of list pages, when they match detail.urlPatterns.</summary>
    public bool ScriptLinks { get; init; }
}
