using PolicySearch.Core.Search;

namespace PolicySearch.Api.Pages;

/// <summary>
/// The search page: the form, and then results (count, time, ranked hits, paging), a no-results
/// hint, or the message of a bad request. Snippets are the engine's HTML; all else is encoded here.
/// </summary>
internal static class SearchPage
{
    private const string Heading = "政策文件检索";

    public static string Home() => PageLayout.Render(PageText.SiteName, html =>
    {
        html.Element("h1", Heading);
        SearchForm.Write(html, query: null);
        html.Element("p", "检索国务院及各部门公开发布的政策文件：标题、正文、文号和索引号都可检索，繁体字也能找到简体文件。", ("class", "intro"));
    });

    public static string Results(SearchResults results) => PageLayout.Render($"{results.Query} - {PageText.SiteName}", html =>
    {
        html.Element("h1", Heading);
        SearchForm.Write(html, results.Query);
        html.Open("section", ("class", "results"), ("aria-labelledby", "results-heading"))
            .Element("h2", "检索结果", ("id", "results-heading"), ("class", "visually-hidden"));
        if (results.Total == 0)
        {
            WriteNoResults(html, results.Query);
        }
        else
        {
            html.Element(
                "p",
                $"找到 {PageText.Number(results.Total)} 条结果，用时 {PageText.Milliseconds(results.TookMs)} 毫秒",
                ("class", "result-summary"),
                ("role", "status"));
            if (results.Notice is { } notice)
            {
                html.Element("p", notice, ("class", "notice"));
            }

            html.Open("p", ("class", "export")).Element("a", "下载结果（CSV，最多 1000 条）", ("href", PageLinks.Csv(results.Query))).Close("p");
            WriteHits(html, results);
            SearchPager.Write(html, results);
        }

        html.Close("section");
    });

    /// <param name="message">The fault's own message, which is English (the API's and engine's language).</param>
    public static string Problem(string? query, string heading, string message) => PageLayout.Render($"{heading} - {PageText.SiteName}", html =>
    {
        html.Element("h1", Heading);
        SearchForm.Write(html, query);
        html.Open("div", ("class", "notice notice-error"), ("role", "alert"))
            .Element("h2", heading)
            .Element("p", message, ("lang", "en"))
            .Close("div");
    });

    private static void WriteNoResults(HtmlWriter html, string query)
    {
        html.Open("div", ("class", "notice"), ("role", "status"))
            .Element("p", $"没有找到与“{query}”相关的文件。")
            .Element("p", "建议：检查是否有错别字，换用更常见的说法，或减少检索词。")
            .Close("div");
    }

    private static void WriteHits(HtmlWriter html, SearchResults results)
    {
        if (results.Hits.Count == 0)
        {
            html.Open("div", ("class", "notice"), ("role", "status"))
                .Element("p", "这一页没有结果。")
                .Open("p").Element("a", "回到第一页", ("href", PageLinks.Search(results.Query, 1, results.Size))).Close("p")
                .Close("div");
            return;
        }

        var first = ((results.Page - 1) * results.Size) + 1;
        html.Open("ol", ("class", "hits"), ("start", PageText.Number(first))).Line();
        foreach (var hit in results.Hits)
        {
            html.Open("li", ("class", "hit"))
                .Open("h3", ("class", "hit-title")).Element("a", hit.Title, ("href", PageLinks.Document(hit.Id))).Close("h3");
            WriteMetadataLine(html, hit);
            html.Open("p", ("class", "hit-snippet"));
            if (hit.Article is { } article)
            {
                html.Element("a", article, ("href", PageLinks.Article(hit.Id, article)), ("class", "hit-article")).Text(" ");
            }

            html.TrustedHtml(hit.Snippet).Close("p")
                .Close("li").Line();
        }

        html.Close("ol").Line();
    }

    private static void WriteMetadataLine(HtmlWriter html, SearchHit hit)
    {
        var parts = new[] { hit.Issuer, hit.DocumentNumber, PageText.Date(hit.PublishedDate) }
            .Where(part => !string.IsNullOrWhiteSpace(part))
            .ToList();
        var validity = PageText.ValidityLabel(hit.Validity);
        if (parts.Count == 0 && validity is null)
        {
            return;
        }

        html.Open("p", ("class", "hit-meta"));
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                html.Text(" · ");
            }

            html.Text(parts[i]);
        }

        if (validity is not null)
        {
            html.Text(parts.Count > 0 ? " · " : null).Element("span", validity, ("class", PageText.ValidityClass(hit.Validity)));
        }

        html.Close("p");
    }
}
