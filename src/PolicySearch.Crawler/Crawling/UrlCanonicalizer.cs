namespace PolicySearch.Crawler.Crawling;

/// <summary>
/// The key under which a URL is stored: lower-case scheme and host, no fragment, no default port, a trailing
/// index.html/index.htm/index.shtml dropped, tracking parameters removed and the rest of the query sorted.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly string[] IndexNames = ["index.html", "index.htm", "index.shtml", "default.html", "default.htm"];

    private static readonly string[] TrackingPrefixes = ["utm_", "spm", "from", "fbclid", "gclid", "_t", "timestamp", "share"];

    public static Uri Canonicalize(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var builder = new UriBuilder(url) { Fragment = string.Empty };
        if (url.IsDefaultPort)
        {
            builder.Port = -1;
        }

        builder.Scheme = builder.Scheme.ToLowerInvariant();
        builder.Host = builder.Host.ToLowerInvariant();
        var path = builder.Path;
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (IndexNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            builder.Path = path[..^name.Length];
        }

        builder.Query = CleanQuery(url.Query);
        return builder.Uri;
    }

    public static string Key(Uri url) => Canonicalize(url).AbsoluteUri;

    /// <summary>
    /// The address stored as a document's url: without the fragment, the default port and tracking parameters, like
    /// the key, but with the path as served (index.html kept, so offline mirrors still open) and the query in its order.
    /// </summary>
    public static Uri Clean(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var builder = new UriBuilder(url) { Fragment = string.Empty };
        if (url.IsDefaultPort)
        {
            builder.Port = -1;
        }

        builder.Query = string.Join('&', KeptParameters(url.Query));
        return builder.Uri;
    }

    private static string CleanQuery(string query) => string.Join('&', KeptParameters(query).Order(StringComparer.Ordinal));

    private static IEnumerable<string> KeptParameters(string query) =>
        query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !TrackingPrefixes.Any(prefix => pair.Split('=')[0].StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));
}
