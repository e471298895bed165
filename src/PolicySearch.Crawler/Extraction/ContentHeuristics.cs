using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace PolicySearch.Crawler.Extraction;

/// <summary>Last-resort title, body and date when neither selectors, labels nor meta tags give them.</summary>
public static partial class ContentHeuristics
{
    /// <summary>Body containers of the CMSs government sites run (gov.cn/Ucap, TRS, Hanweb, 公报, 万载).</summary>
    private static readonly string[] BodySelectors =
    [
        "#UCAP-CONTENT", "ucapcontent", ".TRS_UEDITOR", ".TRS_Editor", "#zoom", "#zoomcon", ".pages_content",
        "#accessibility_txt_content_td", ".article-content", ".xxgk-content", "article",
    ];

    private const int MinimumBodyLength = 20;

    public static string? Title(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var title = document.Title?.Trim() ?? string.Empty;
        var headings = document.QuerySelectorAll("h1, h2, h3").Select(e => HtmlText.Of(e).Replace('\n', ' ')).Where(t => t.Length >= 4).ToList();

        // A heading the <title> repeats is the document's; otherwise the first h1.
        var heading = headings.FirstOrDefault(h => title.Contains(h, StringComparison.Ordinal))
            ?? document.QuerySelectorAll("h1").Select(e => HtmlText.Of(e).Replace('\n', ' ')).FirstOrDefault(t => t.Length >= 4);
        if (heading is not null)
        {
            return heading;
        }

        if (title.Length == 0)
        {
            return null;
        }

        // "Document title_Site name" / "Document title - Site name".
        var cut = TitleSeparator().Match(title);
        return cut.Success && cut.Index > 4 ? title[..cut.Index].Trim() : title;
    }

    /// <summary>The first body container of a known CMS on the page, however little text it has (a notice may be one picture).</summary>
    public static IElement? BodyContainer(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return BodySelectors.Select(selector => document.QuerySelector(selector)).FirstOrDefault(element => element is not null);
    }

    public static string Body(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var selector in BodySelectors)
        {
            var text = HtmlText.Of(document.QuerySelector(selector));
            if (text.Length >= MinimumBodyLength)
            {
                return text;
            }
        }

        // The element whose own paragraphs hold the most text.
        var best = document.QuerySelectorAll("div, td, section")
            .Select(e => (Element: e, Score: e.Children.Where(c => c.LocalName is "p" or "br" or "span").Sum(c => c.TextContent.Trim().Length)))
            .OrderByDescending(pair => pair.Score)
            .FirstOrDefault();
        return best.Element is not null && best.Score >= MinimumBodyLength ? HtmlText.Of(best.Element) : HtmlText.Of(document.Body);
    }

    /// <summary>A date in the URL: TRS t20190918_…, Hanweb art/2016/11/22/…, gov.cn content/2018-11/09/….</summary>
    public static string? UrlDate(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var match = UrlDatePattern().Match(url.AbsolutePath);
        if (!match.Success)
        {
            return null;
        }

        return $"{match.Groups["y"].Value}-{match.Groups["m"].Value}-{match.Groups["d"].Value}";
    }

    [GeneratedRegex(@"\s*(?:[_|｜]| - | — )\s*")]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"/t(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})_|/art/(?<y>\d{4})/(?<m>\d{1,2})/(?<d>\d{1,2})/|/(?<y>\d{4})-(?<m>\d{2})/(?<d>\d{2})/", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex UrlDatePattern();
}
