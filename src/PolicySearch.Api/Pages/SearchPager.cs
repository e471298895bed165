using PolicySearch.Core.Search;

namespace PolicySearch.Api.Pages;

/// <summary>Previous and next links that keep the query (and a non-default size); pages past the engine's limit are not offered.</summary>
internal static class SearchPager
{
    public static void Write(HtmlWriter html, SearchResults results)
    {
        var pageCount = Math.Min((results.Total + results.Size - 1) / results.Size, SearchRequest.MaxPage);
        if (pageCount <= 1)
        {
            return;
        }

        html.Open("nav", ("class", "pager"), ("aria-label", "分页"));
        if (results.Page > 1)
        {
            var previous = Math.Min(results.Page - 1, pageCount);
            html.Element("a", "上一页", ("rel", "prev"), ("href", PageLinks.Search(results.Query, previous, results.Size)));
        }

        html.Element("span", $"第 {PageText.Number(results.Page)} 页，共 {PageText.Number(pageCount)} 页", ("class", "pager-position"));
        if (results.Page < pageCount)
        {
            html.Element("a", "下一页", ("rel", "next"), ("href", PageLinks.Search(results.Query, results.Page + 1, results.Size)));
        }

        html.Close("nav").Line();
    }
}
