using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
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

        var text = url.GetLeftPart(UriPartial.Query);
        if (_detail.Any(pattern => pattern.IsMatch(text)))
        {
            return PageKind.Detail;
        }

        return _list.Any(pattern => pattern.IsMatch(text)) ? PageKind.List : null;
    }

    /// <summary>
    /// The followable links of a list page: selected anchors, the records of XML data islands (Hanweb datastore), TRS
    /// script paging and Hanweb data-proxy paging (paging flagged), and, when the site asks, detail URLs in scripts.
    /// </summary>
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

        foreach (var island in DataRecords.Islands(document))
        {
            found.AddRange(RecordLinks(island, pageUrl).Where(link => seen.Add(UrlCanonicalizer.Key(link.Url))));
        }

        if (_site.List.TrsPaging)
        {
            foreach (var name in TrsPaging.PageNames(html))
            {
                Add(name, paging: true);
            }
        }

        if (_site.List.Jpage.Enabled)
        {
            foreach (var proxyPage in JpagePaging.ColumnPages(html, _site.List.Jpage.PerPage))
            {
                Add(proxyPage, paging: true);
            }
        }

        if (_site.List.ScriptLinks)
        {
            foreach (var candidate in ScriptLinks.Candidates(document).Select(href => _scope.Resolve(pageUrl, href)).OfType<Uri>())
            {
                if (Classify(candidate) == PageKind.Detail && seen.Add(UrlCanonicalizer.Key(candidate)))
                {
                    found.Add((candidate, PageKind.Detail, false));
                }
            }
        }

        return found;

        void Add(string? href, bool paging)
        {
            if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#') || _scope.Resolve(pageUrl, href) is not { } url)
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

    /// <summary>The links of records kept as data (an XML data island, a data-proxy answer), classified like anchors.</summary>
    public IReadOnlyList<(Uri Url, PageKind Kind, bool Paging)> RecordLinks(string markup, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(markup);
        using var fragment = new HtmlParser().ParseDocument("<html><body>" + markup + "</body></html>");
        return fragment.QuerySelectorAll("a[href]")
            .Select(a => a.GetAttribute("href"))
            .Where(href => !string.IsNullOrWhiteSpace(href) && !href.StartsWith('#'))
            .Select(href => _scope.Resolve(pageUrl, href))
            .OfType<Uri>()
            .Select(url => (Url: url, Kind: Classify(url)))
            .Where(link => link.Kind is not null)
            .DistinctBy(link => UrlCanonicalizer.Key(link.Url))
            .Select(link => (link.Url, link.Kind!.Value, false))
            .ToList();
    }

    private static Regex Compile(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
}
