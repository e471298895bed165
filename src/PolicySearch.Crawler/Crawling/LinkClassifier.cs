using System.Text.RegularExpressions;
using AngleSharp.Dom;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Extraction;

namespace PolicySearch.Crawler.Crawling;

/// <summary>Finds the links of a page worth following and tells detail pages from list pages.</summary>
public sealed class LinkClassifier
{
    private readonly SiteDefinition _site;
    private readonly SiteScope _scope;
    private readonly Regex[] _detail;
    private readonly Regex[] _list;

    public LinkClassifier(SiteDefinition site, SiteScope scope)
    {
        ArgumentNullException.ThrowIfNull(site);
        _site = site;
        _scope = scope;
        _detail = site.Detail.UrlPatterns.Select(Compile).ToArray();
        _list = site.List.UrlPatterns.Select(Compile).ToArray();
    }

    /// <summary>Detail, list, or null when the URL is out of scope or matches no pattern.</summary>
    public PageKind? Classify(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!_scope.Contains(url))
        {
            return null;
        }

        var text = url.AbsoluteUri;
        if (_detail.Any(pattern => pattern.IsMatch(text)))
        {
            return PageKind.Detail;
        }

        return _list.Any(pattern => pattern.IsMatch(text)) ? PageKind.List : null;
    }

    /// <summary>The followable links of a list page: selected anchors plus TRS script paging (paging flagged).</summary>
    public IReadOnlyList<(Uri Url, PageKind Kind, bool Paging)> Links(IDocument document, Uri pageUrl, string html)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<(Uri, PageKind, bool)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var anchors = _site.List.LinkSelector is { } selector
            ? document.QuerySelectorAll(SelectorText.Split(selector).Css).SelectMany(e => e.LocalName == "a" ? new[] { e } : e.QuerySelectorAll("a[href]").ToArray())
            : document.QuerySelectorAll("a[href]");
        foreach (var href in anchors.Select(a => a.GetAttribute("href")))
        {
            Add(href, paging: false);
        }

        if (_site.List.TrsPaging)
        {
            foreach (var name in TrsPaging.PageNames(html))
            {
                Add(name, paging: true);
            }
        }

        return found;

        void Add(string? href, bool paging)
        {
            if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#') || !Uri.TryCreate(pageUrl, href.Trim(), out var url))
            {
                return;
            }

            var kind = paging ? (_scope.Contains(url) ? PageKind.List : (PageKind?)null) : Classify(url);
            if (kind is not null && seen.Add(UrlCanonicalizer.Key(url)))
            {
                found.Add((url, kind.Value, paging));
            }
        }
    }

    private static Regex Compile(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
}
