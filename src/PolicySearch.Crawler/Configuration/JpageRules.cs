namespace PolicySearch.Crawler.Configuration;

/// <summary>
/// Hanweb (大汉) jpage lists. A column page keeps its first records in &lt;script type="text/xml"&gt; and pages
/// through /module/web/jpage/dataproxy.jsp?startrecord=…&amp;endrecord=…&amp;perpage=…&amp;columnid=… (XML of the same records).
/// </summary>
public sealed record JpageRules
{
    /// <summary>Generate the data-proxy pages of every column page found (from its jpage settings).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// Data-proxy URLs to start from, with {start}, {end} and {perPage}: relative to the first seed's root, or absolute.
    /// The first is queued with start 1; the total the answer declares gives the rest.
    /// </summary>
    public IReadOnlyList<string> UrlTemplates { get; init; } = [];

    /// <summary>Records per data-proxy request; default the column's perPage, else 15.</summary>
    public int? PerPage { get; init; }
}
