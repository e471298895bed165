using System.Text;

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

    private static string CleanQuery(string query)
    {
        if (query.Length <= 1)
        {
            return string.Empty;
        }

        var kept = query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !TrackingPrefixes.Any(prefix => pair.Split('=')[0].StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal)
            .ToList();
        var builder = new StringBuilder();
        foreach (var pair in kept)
        {
            builder.Append(builder.Length == 0 ? string.Empty : "&").Append(pair);
        }

        return builder.ToString();
    }
}
