using PolicySearch.Core.Documents;

namespace PolicySearch.Api.Pages;

/// <summary>The Chinese names of the facets, in the order the filter panel shows them, and how their values read.</summary>
internal static class FacetLabels
{
    public static IReadOnlyList<(string Name, string Label)> Facets { get; } =
    [
        ("validity", "有效性"),
        ("issuer", "发布机构"),
        ("year", "发布年份"),
        ("category", "类别"),
        ("topic", "主题分类"),
        ("source", "来源"),
    ];

    public static string Value(string facet, string value) =>
        facet == "validity" && Enum.TryParse<Validity>(value, ignoreCase: true, out var validity)
            ? PageText.ValidityLabel(validity) ?? "未知"
            : value;
}
