using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Extraction;

namespace PolicySearch.Crawler.Crawling;

/// <summary>
/// List pages that are data: JSON list APIs read with the site file's rules, and XML record lists (Hanweb data-proxy
/// answers). Also gives the pages a crawl starts from (each API's first page, each jpage template's first request).
/// </summary>
internal sealed class DataLists(SiteDefinition site, SiteScope scope, LinkClassifier classifier)
{
    private readonly JsonApiPages _apis = new(site, scope);

    public IEnumerable<Uri> StartPages()
    {
        var perPage = site.List.Jpage.PerPage ?? JpagePaging.DefaultPerPage;
        var templates = site.List.Jpage.UrlTemplates.Select(template => scope.ResolveSiteUrl(JpagePaging.FirstFromTemplate(template, perPage))).OfType<Uri>();
        return _apis.FirstPages().Concat(templates);
    }

    public static bool LooksLikeJson(string text) => text.AsSpan().TrimStart().TrimStart('\uFEFF') is [('{' or '['), ..];

    public static bool LooksLikeXml(string text)
    {
        var start = text.AsSpan().TrimStart().TrimStart('\uFEFF');
        return (start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<datastore", StringComparison.OrdinalIgnoreCase))
            && !text.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Links and list metadata of a JSON list answer, or a problem code when no API of the site file reads it.</summary>
    public (IReadOnlyList<(Uri Url, PageKind Kind, bool Paging)> Links, IReadOnlyDictionary<string, IReadOnlyDictionary<MetadataField, string>> ListData, string? Problem) FromJson(Uri url, string text)
    {
        if (_apis.Match(url) is not { } api)
        {
            return ([], new Dictionary<string, IReadOnlyDictionary<MetadataField, string>>(), "unsupported_content");
        }

        if (JsonListReader.Read(api.Rules, text) is not { } page)
        {
            return ([], new Dictionary<string, IReadOnlyDictionary<MetadataField, string>>(), "json_list_unreadable");
        }

        var links = new List<(Uri, PageKind, bool)>();
        var listData = new Dictionary<string, IReadOnlyDictionary<MetadataField, string>>(StringComparer.Ordinal);
        foreach (var item in page.Items)
        {
            if (scope.Resolve(url, item.Url) is { } itemUrl && scope.Contains(itemUrl))
            {
                links.Add((itemUrl, classifier.Classify(itemUrl) ?? PageKind.Detail, false));
                if (item.Fields.Count > 0)
                {
                    listData[UrlCanonicalizer.Key(itemUrl)] = item.Fields;
                }
            }
        }

        // Without perPage, a total gives the page count only on the first page, whose size is the page size.
        var pageCount = api.Rules.Total is not null && api.Rules.PerPage is null && api.Page != api.Rules.FirstPage ? 0 : page.PageCount;
        var last = api.Rules.FirstPage + Math.Min(api.Rules.MaxPages, pageCount ?? int.MaxValue) - 1;
        var next = pageCount is null
            ? page.Items.Count > 0 && api.Page < last ? [api.Page + 1] : []
            : Enumerable.Range(api.Rules.FirstPage, Math.Max(0, last - api.Rules.FirstPage + 1));
        links.AddRange(next.Where(n => n != api.Page).Select(n => (JsonApiPages.PageUrl(api.Template, n), PageKind.List, true)));
        return (links, listData, null);
    }

    /// <summary>Links of an XML record list, and its sibling data-proxy pages.</summary>
    public IReadOnlyList<(Uri Url, PageKind Kind, bool Paging)> FromXml(Uri url, string text)
    {
        var links = classifier.RecordLinks(DataRecords.Unwrap(text), url).ToList();
        if (site.List.Jpage.Enabled)
        {
            links.AddRange(JpagePaging.Siblings(url, text).Where(sibling => scope.Contains(sibling)).Select(sibling => (sibling, PageKind.List, true)));
        }

        return links;
    }
}
