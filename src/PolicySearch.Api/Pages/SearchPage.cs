using PolicySearch.Core.Search;

namespace PolicySearch.Api.Pages;

/// <summary>
/// The search page: the form, and then the filter panel beside the results (count, time, sort, export and feed
/// links, how a question was understood, relaxed-query notice, ranked hits, paging), a no-results hint, or the message of a bad request.
/// Every state is in the address, so pages can be shared and the back button works.
/// </summary>
internal static class SearchPage
{
    private const string Heading = "政策文件检索";

    public static string Home(PageDisplay display) => PageLayout.Render(PageText.SiteName, display, html =>
    {
        html.Element("h1", Heading);
        SearchForm.Write(html, query: null);
        html.Element("p", "检索国务院及各部门公开发布的政策文件：标题、正文、文号和索引号都可检索，繁体字也能找到简体文件。", ("class", "intro"));
    });

    public static string Results(SearchResults results, PageQuery query, PageDisplay display) =>
        PageLayout.Render($"{(results.Query.Length > 0 ? results.Query : "浏览")} - {PageText.SiteName}", display, html =>
        {
            html.Element("h1", Heading);
            SearchForm.Write(html, results.Query);
            html.Open("div", ("class", "search-layout")).Line();
            FacetPanel.Write(html, results, query);
            html.Open("section", ("class", "results"), ("aria-labelledby", "results-heading"))
                .Element("h2", "检索结果", ("id", "results-heading"), ("class", "visually-hidden"));
            if (results.Understanding is { } understanding)
            {
                UnderstandingNotice.Write(html, understanding, query);
            }

            if (results.Total == 0)
            {
                WriteNoResults(html, results.Query, query);
            }
            else
            {
                WriteResultBar(html, results, query);
                if (results.Notice is { } notice)
                {
                    html.Element("p", notice, ("class", "notice notice-relaxed"));
                }

                SearchHitList.Write(html, results, query);
                SearchPager.Write(html, results, query);
            }

            html.Close("section").Line()
                .Close("div").Line();
        });

    /// <param name="message">The fault's own message, which is English (the API's and engine's language).</param>
    public static string Problem(string? query, string heading, string message, PageDisplay display) =>
        PageLayout.Render($"{heading} - {PageText.SiteName}", display, html =>
        {
            html.Element("h1", Heading);
            SearchForm.Write(html, query);
            html.Open("div", ("class", "notice notice-error"), ("role", "alert"))
                .Element("h2", heading)
                .Element("p", message, ("lang", "en"))
                .Close("div");
        });

    private static void WriteResultBar(HtmlWriter html, SearchResults results, PageQuery query)
    {
        html.Open("div", ("class", "result-bar"))
            .Element(
                "p",
                $"找到 {PageText.Number(results.Total)} 条结果，用时 {PageText.Milliseconds(results.TookMs)} 毫秒",
                ("class", "result-summary"),
                ("role", "status"));
        SortForm.Write(html, query);
        html.Open("p", ("class", "export"))
            .Element("a", "下载结果（CSV，最多 1000 条）", ("href", query.Export("csv")))
            .Element("a", "订阅（Atom）", ("href", query.Export("atom")), ("type", "application/atom+xml"), ("class", "feed-link"))
            .Close("p")
            .Close("div");
    }

    private static void WriteNoResults(HtmlWriter html, string text, PageQuery query)
    {
        html.Open("div", ("class", "notice"), ("role", "status"))
            .Element("p", text.Length > 0 ? $"没有找到与“{text}”相关的文件。" : "没有符合筛选条件的文件。")
            .Element("p", query.HasFilters ? "建议：减少筛选条件，或换用其他检索词。" : "建议：检查是否有错别字，换用更常见的说法，或减少检索词。")
            .Close("div");
    }
}
