using System.Globalization;
using System.Text.RegularExpressions;
using PolicySearch.Crawler.Configuration;

namespace PolicySearch.Crawler.Crawling;

/// <summary>The site file's JSON list APIs as absolute URL templates: their first pages, and which API and page a URL is.</summary>
internal sealed class JsonApiPages
{
    private const string Sentinel = "9876543210";
    private readonly List<(JsonApiRules Rules, string Template, Regex Pattern)> _apis = [];

    public JsonApiPages(SiteDefinition site, SiteScope scope)
    {
        foreach (var api in site.List.JsonApis)
        {
            if (scope.ResolveSiteUrl(api.Url.Replace("{page}", Sentinel, StringComparison.Ordinal)) is not { } resolved)
            {
                continue;
            }

            var template = resolved.GetLeftPart(UriPartial.Query);
            var pattern = new Regex("^" + Regex.Escape(template).Replace(Sentinel, @"(?<page>\d+)", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            _apis.Add((api, template, pattern));
        }
    }

    public IEnumerable<Uri> FirstPages() => _apis.Select(api => PageUrl(api.Template, api.Rules.FirstPage));

    /// <summary>The API a URL belongs to and its page counter, or null.</summary>
    public (JsonApiRules Rules, string Template, int Page)? Match(Uri url)
    {
        var text = url.GetLeftPart(UriPartial.Query);
        foreach (var (rules, template, pattern) in _apis)
        {
            var match = pattern.Match(text);
            if (match.Success && int.TryParse(match.Groups["page"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var page))
            {
                return (rules, template, page);
            }
        }

        return null;
    }

    public static Uri PageUrl(string template, int page) =>
        new(template.Replace(Sentinel, page.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
}
