using PolicySearch.Crawler.Configuration;

namespace PolicySearch.Crawler.Crawling;

/// <summary>Which URLs belong to a site: allowed hosts for http(s), the seeds' folders for file: mirrors.</summary>
public sealed class SiteScope
{
    private readonly HashSet<string> _hosts;
    private readonly List<Uri> _fileRoots;
    private readonly Uri _firstSeed;

    public SiteScope(SiteDefinition site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var seeds = site.Seeds.Select(seed => new Uri(seed)).ToList();
        _firstSeed = seeds[0];
        _hosts = new HashSet<string>(
            site.AllowedHosts.Count > 0 ? site.AllowedHosts : seeds.Where(s => !s.IsFile).Select(s => s.Host),
            StringComparer.OrdinalIgnoreCase);
        _fileRoots = seeds.Where(s => s.IsFile).Select(s => new Uri(s, "./")).Distinct().ToList();
    }

    public bool Contains(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.IsFile)
        {
            return _fileRoots.Any(root => url.AbsoluteUri.StartsWith(root.AbsoluteUri, StringComparison.Ordinal));
        }

        return (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) && _hosts.Contains(url.Host);
    }

    /// <summary>Where robots.txt and sitemap.xml live: scheme://authority/ or the mirror's root folder.</summary>
    public Uri RootOf(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.IsFile)
        {
            return _fileRoots.Where(root => url.AbsoluteUri.StartsWith(root.AbsoluteUri, StringComparison.Ordinal))
                .OrderBy(root => root.AbsoluteUri.Length).FirstOrDefault() ?? new Uri(url, "./");
        }

        return new Uri(url.GetLeftPart(UriPartial.Authority) + "/");
    }

    /// <summary>
    /// A link of a page as an absolute URL, or null. In a file: mirror a root-relative link (/art/…) is read from the
    /// mirror's root folder, as the site's own root.
    /// </summary>
    public Uri? Resolve(Uri pageUrl, string? href)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        href = href.Trim();
        if (pageUrl.IsFile && href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
        {
            return Uri.TryCreate(RootOf(pageUrl), href.TrimStart('/'), out var inMirror) ? inMirror : null;
        }

        return Uri.TryCreate(pageUrl, href, out var url) ? url : null;
    }

    /// <summary>A URL written in the site file: absolute, or relative to the first seed's root.</summary>
    public Uri? ResolveSiteUrl(string text) => Resolve(RootOf(_firstSeed), text);

    /// <summary>The path robots.txt rules are matched against.</summary>
    public string RobotsPath(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsFile ? "/" + url.AbsoluteUri[RootOf(url).AbsoluteUri.Length..] : url.PathAndQuery;
    }
}
