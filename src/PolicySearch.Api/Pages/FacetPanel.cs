using PolicySearch.Core.Search;

namespace PolicySearch.Api.Pages;

/// <summary>
/// The filter panel: a GET form with the published date range and, per facet, a checkbox list with counts
/// (several values of one facet are alternatives). It works without JavaScript through its submit button;
/// app.js submits it as soon as a box changes, and folds the panel on narrow screens when no filter is set.
/// A clear-all link drops every filter.
/// </summary>
internal static class FacetPanel
{
    public const string FormId = "filters";

    public static void Write(HtmlWriter html, SearchResults results, PageQuery query)
    {
        html.Open("aside", ("class", "filters"), ("aria-labelledby", "filters-heading")).Line()
            .Open("details", ("class", "filter-details"), ("open", string.Empty), ("data-active", query.HasFilters ? "true" : null))
            .Open("summary").Element("h2", "筛选", ("id", "filters-heading")).Close("summary");
        if (query.HasFilters)
        {
            html.Open("p", ("class", "clear-filters")).Element("a", "清除全部筛选", ("href", query.WithoutFilters())).Close("p");
        }

        html.Open("form", ("id", FormId), ("class", "filter-form"), ("method", "get"), ("action", PageLinks.Home), ("data-autosubmit", string.Empty)).Line()
            .Void("input", ("type", "hidden"), ("name", "q"), ("value", query.Query));
        foreach (var (name, value) in query.Except([.. FacetLabels.Facets.Select(facet => facet.Name), "publishedFrom", "publishedTo"]))
        {
            html.Void("input", ("type", "hidden"), ("name", name), ("value", value));
        }

        WriteDateRange(html, query);
        foreach (var (name, label) in FacetLabels.Facets)
        {
            WriteFacet(html, name, label, results.Facets.GetValueOrDefault(name) ?? [], query);
        }

        html.Element("button", "应用筛选", ("type", "submit"), ("class", "apply-filters"))
            .Close("form").Line()
            .Close("details")
            .Close("aside").Line();
    }

    private static void WriteDateRange(HtmlWriter html, PageQuery query)
    {
        html.Open("fieldset", ("class", "date-range"))
            .Element("legend", "发布日期")
            .Element("label", "从", ("for", "published-from"))
            .Void("input", ("type", "date"), ("id", "published-from"), ("name", "publishedFrom"), ("value", query.Value("publishedFrom") ?? string.Empty))
            .Element("label", "至", ("for", "published-to"))
            .Void("input", ("type", "date"), ("id", "published-to"), ("name", "publishedTo"), ("value", query.Value("publishedTo") ?? string.Empty))
            .Close("fieldset").Line();
    }

    private static void WriteFacet(HtmlWriter html, string name, string label, IReadOnlyList<FacetValue> values, PageQuery query)
    {
        var shown = values.Select(value => (value.Value, Count: (int?)value.Count))
            .Concat(query.Values(name).Where(selected => !values.Any(value => value.Value == selected)).Select(selected => (Value: selected, Count: (int?)null)))
            .ToList();
        if (shown.Count == 0)
        {
            return;
        }

        html.Open("fieldset", ("class", "facet"), ("data-facet", name))
            .Element("legend", label)
            .Open("ul", ("class", "facet-values"));
        for (var i = 0; i < shown.Count; i++)
        {
            var (value, count) = shown[i];
            var id = $"facet-{name}-{PageText.Number(i)}";
            html.Open("li")
                .Void("input", ("type", "checkbox"), ("id", id), ("name", name), ("value", value), ("checked", query.Has(name, value) ? string.Empty : null))
                .Open("label", ("for", id))
                .Element("span", FacetLabels.Value(name, value), ("class", "facet-label"));
            if (count is { } number)
            {
                html.Element("span", PageText.Number(number), ("class", "facet-count"));
            }

            html.Close("label").Close("li");
        }

        html.Close("ul").Close("fieldset").Line();
    }
}
