using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace PolicySearch.Crawler.Extraction;

/// <summary>URL-like strings written in a page's inline scripts and data-* attributes (quoted paths and URLs).</summary>
public static partial class ScriptLinks
{
    private const int MaxCandidates = 5000;

    public static IReadOnlyList<string> Candidates(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<string>();
        foreach (var script in document.QuerySelectorAll("script:not([src])"))
        {
            found.AddRange(QuotedUrl().Matches(script.TextContent).Select(m => m.Groups["url"].Value.Replace("\\/", "/", StringComparison.Ordinal)));
        }

        foreach (var element in document.All)
        {
            found.AddRange(element.Attributes.Where(a => a.Name.StartsWith("data-", StringComparison.OrdinalIgnoreCase) && LooksLikeUrl(a.Value)).Select(a => a.Value.Trim()));
        }

        return found.Distinct(StringComparer.Ordinal).Take(MaxCandidates).ToList();
    }

    private static bool LooksLikeUrl(string value) =>
        value.Length is > 1 and < 2048 && !value.Any(char.IsWhiteSpace)
        && (value.StartsWith('/') || value.StartsWith("./", StringComparison.Ordinal) || value.StartsWith("../", StringComparison.Ordinal)
            || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || value.Contains(".htm", StringComparison.OrdinalIgnoreCase));

    // A quoted string that is a URL or a path with a file name: "/art/2020/1/1/art_1_2.html", 'https://…', "./t2020_1.shtml".
    [GeneratedRegex(@"(?<q>['""])(?<url>(?:https?:\\?/\\?/|\.{0,2}\\?/)?[^'""\s<>(){};,]*\.(?:s?html?|jsp|php|aspx)(?:\?[^'""\s<>]*)?)\k<q>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuotedUrl();
}
