using PolicySearch.Crawler.Extraction;

namespace PolicySearch.Crawler.Configuration;

/// <summary>Checks the site file's data-list rules (jpage templates, JSON APIs), page data and extra sitemaps.</summary>
internal static class ListSourceValidation
{
    public static void Check(SiteDefinition site, string path)
    {
        var jpage = site.List.Jpage;
        SiteFileLoader.Check(path, "list.jpage.perPage", jpage.PerPage is null or (>= 1 and <= 1000), "must be between 1 and 1000");
        for (var i = 0; i < jpage.UrlTemplates.Count; i++)
        {
            SiteFileLoader.Check(
                path, SiteFileLoader.Indexed("list.jpage.urlTemplates", i),
                jpage.UrlTemplates[i].Contains("{start}", StringComparison.Ordinal) && IsUrl(jpage.UrlTemplates[i]),
                "must be a URL (absolute, or relative to the first seed's root) with {start}");
        }

        for (var i = 0; i < site.List.JsonApis.Count; i++)
        {
            CheckApi(site.List.JsonApis[i], path, SiteFileLoader.Indexed("list.jsonApis", i));
        }

        foreach (var (name, rules) in site.PageData)
        {
            SiteFileLoader.Check(path, "pageData." + name, MetadataFieldNames.Parse(name) is not null, "is not a field; use one of " + string.Join(", ", MetadataFieldNames.All));
            SiteFileLoader.CheckPatterns(path, "pageData." + name, rules.Select(rule => rule.Pattern).ToList());
        }

        for (var i = 0; i < site.Sitemaps.Count; i++)
        {
            SiteFileLoader.Check(path, SiteFileLoader.Indexed("sitemaps", i), IsUrl(site.Sitemaps[i]), "must be a URL, absolute or relative to the first seed's root");
        }
    }

    private static void CheckApi(JsonApiRules api, string path, string field)
    {
        SiteFileLoader.Check(path, field + ".url", api.Url.Contains("{page}", StringComparison.Ordinal) && IsUrl(api.Url), "must be a URL (absolute, or relative to the first seed's root) with {page}");
        SiteFileLoader.Check(path, field + ".itemUrl", !string.IsNullOrWhiteSpace(api.ItemUrl), "must name the field holding each item's URL");
        SiteFileLoader.Check(path, field + ".firstPage", api.FirstPage is >= 0 and <= 1, "must be 0 or 1");
        SiteFileLoader.Check(path, field + ".perPage", api.PerPage is null or (>= 1 and <= 10_000), "must be between 1 and 10000");
        SiteFileLoader.Check(path, field + ".maxPages", api.MaxPages is >= 1 and <= 100_000, "must be between 1 and 100000");
        SiteFileLoader.Check(path, field, api.Total is null || api.PageCount is null, "give total or pageCount, not both");
        foreach (var name in api.Fields.Keys)
        {
            SiteFileLoader.Check(path, field + ".fields." + name, MetadataFieldNames.Parse(name) is not null, "is not a field; use one of " + string.Join(", ", MetadataFieldNames.All));
        }
    }

    private static bool IsUrl(string text) =>
        !string.IsNullOrWhiteSpace(text) && Uri.TryCreate(new Uri("http://example.invalid/"), text.Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal), out _);
}
