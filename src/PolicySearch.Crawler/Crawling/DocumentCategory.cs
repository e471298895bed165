using System.Text.RegularExpressions;
using PolicySearch.Core.Metadata;
using PolicySearch.Crawler.Configuration;
using PolicySearch.Crawler.Extraction;

namespace PolicySearch.Crawler.Crawling;

/// <summary>A document's category: the first of the site's category rules that gives one, else the site's category.</summary>
public static class DocumentCategory
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public static string? For(SiteDefinition site, Uri url, string? foundOn, ExtractedPage page)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(page);
        var key = UrlCanonicalizer.Key(url);
        var listKey = foundOn is not null && Uri.TryCreate(foundOn, UriKind.Absolute, out var list) ? UrlCanonicalizer.Key(list) : null;
        foreach (var rule in site.Categories)
        {
            var value = rule switch
            {
                { UrlPattern: { } pattern } => Matches(key, pattern) ? rule.Category : null,
                { ListPattern: { } pattern } => listKey is not null && Matches(listKey, pattern) ? rule.Category : null,
                { Label: { } label } => page.Labels.GetValueOrDefault(new string(label.Where(c => !char.IsWhiteSpace(c)).ToArray())),
                _ => null,
            };
            if (MetadataText.Tidy(value) is { } category)
            {
                return category;
            }
        }

        return MetadataText.Tidy(site.Category);
    }

    // Static Regex calls use the runtime's cache of compiled patterns, so a site's few patterns are parsed once.
    private static bool Matches(string url, string pattern) =>
        Regex.IsMatch(url, pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchTimeout);
}
