using PolicySearch.Core.Search;

namespace PolicySearch.Api.Pages;

/// <summary>
/// The ranked hits: linked title; issuer · 文号 · date · validity badge; the matched article (linked to its
/// anchor on the document page) and the snippet, its matches in &lt;mark&gt;. All text is encoded here.
/// </summary>
internal static class SearchHitList
{
    public static void Write(HtmlWriter html, SearchResults results, PageQuery query)
    {
        if (results.Hits.Count == 0)
        {
            html.Open("div", ("class", "notice"), ("role", "status"))
                .Element("p", "这一页没有结果。")
                .Open("p").Element("a", "回到第一页", ("href", query.Page(1))).Close("p")
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
            if (hit.Article is { } article)
            {
                html.Open("p", ("class", "hit-article"))
                    .Text("匹配条款：")
                    .Element("a", article, ("href", PageLinks.Article(hit.Id, article)))
                    .Close("p");
            }

            WriteSnippet(html, hit.Snippet);
            html.Close("li").Line();
        }

        html.Close("ol").Line();
    }

    private static void WriteSnippet(HtmlWriter html, Snippet snippet)
    {
        html.Open("p", ("class", "hit-snippet"));
        foreach (var (text, isHighlight) in snippet.Segments())
        {
            if (isHighlight)
            {
                html.Element("mark", text);
            }
            else
            {
                html.Text(text);
            }
        }

        html.Close("p");
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
