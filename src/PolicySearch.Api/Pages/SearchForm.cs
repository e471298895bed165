using PolicySearch.Core.Search;

namespace PolicySearch.Api.Pages;

/// <summary>The labelled search box: a plain GET form, so it works without JavaScript.</summary>
internal static class SearchForm
{
    public static void Write(HtmlWriter html, string? query)
    {
        html.Open("form", ("class", "search-form"), ("role", "search"), ("method", "get"), ("action", PageLinks.Home))
            .Element("label", "检索词", ("for", "q"), ("class", "search-label"))
            .Open("div", ("class", "search-row"))
            .Void(
                "input",
                ("id", "q"),
                ("name", "q"),
                ("type", "search"),
                ("value", query ?? string.Empty),
                ("maxlength", PageText.Number(SearchRequest.MaxQueryLength)),
                ("placeholder", "例如：数字政府　国发〔2021〕1号"),
                ("aria-describedby", "search-hint"))
            .Element("button", "检索", ("type", "submit"))
            .Close("div")
            .Element("p", "用引号检索完整短语，如 \"营商环境\"；词前加减号可排除，如 -通知。", ("id", "search-hint"), ("class", "search-hint"))
            .Close("form").Line();
    }
}
