namespace PolicySearch.Api.Pages;

/// <summary>The 排序 selector: a GET form keeping every other parameter; app.js submits it on change and hides its button.</summary>
internal static class SortForm
{
    private static readonly (string Value, string Label)[] Orders = [("relevance", "相关度"), ("newest", "最新"), ("oldest", "最早")];

    public static void Write(HtmlWriter html, PageQuery query)
    {
        var current = query.Value("sort") ?? "relevance";
        html.Open("form", ("class", "sort-form"), ("method", "get"), ("action", PageLinks.Home), ("data-autosubmit", string.Empty))
            .Void("input", ("type", "hidden"), ("name", "q"), ("value", query.Query));
        foreach (var (name, value) in query.Except("sort"))
        {
            html.Void("input", ("type", "hidden"), ("name", name), ("value", value));
        }

        html.Element("label", "排序", ("for", "sort"))
            .Open("select", ("id", "sort"), ("name", "sort"));
        foreach (var (value, label) in Orders)
        {
            html.Element("option", label, ("value", value), ("selected", string.Equals(value, current, StringComparison.OrdinalIgnoreCase) ? string.Empty : null));
        }

        html.Close("select")
            .Element("button", "排序", ("type", "submit"), ("class", "js-hidden"))
            .Close("form");
    }
}
