using PolicySearch.Core.Search;

namespace PolicySearch.Api.Pages;

/// <summary>Previous and next links that keep every parameter of the search; pages past the engine's limit are not offered.</summary>
internal static class SearchPager
{
    public static void Write(HtmlWriter html, SearchResults results, PageQuery query)
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
            html.Element("a", "上一页", ("rel", "prev"), ("href", query.Page(previous)));
        }

        html.Element("span", $"第 {PageText.Number(results.Page)} 页，共 {PageText.Number(pageCount)} 页", ("class", "pager-position"), ("aria-current", "page"));
        if (results.Page < pageCount)
        {
            html.Element("a", "下一页", ("rel", "next"), ("href", query.Page(results.Page + 1)));
        }

        html.Close("nav").Line();
    }
}
