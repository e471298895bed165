namespace PolicySearch.Core.Search;

/// <summary>
/// Every filter field, in the order of the facets in the JSON. A new field is described here and mapped to its index
/// field in the engine; the API parameters, the query language, the facets and the page follow from this list.
/// </summary>
public static class FilterFields
{
    public static FilterField Issuer { get; } = new("issuer", "发布机构", FilterValueKind.Text)
    {
        QueryNames = ["issuer", "发布机构", "发文机关"],
        ClauseMatch = FieldClauseMatch.Contains,
    };

    public static FilterField Category { get; } = new("category", "类别", FilterValueKind.Text) { QueryNames = ["category", "类别"] };

    public static FilterField Validity { get; } = new("validity", "有效性", FilterValueKind.Validity) { QueryNames = ["validity", "有效性"] };

    public static FilterField Topic { get; } = new("topic", "主题分类", FilterValueKind.Text)
    {
        QueryNames = ["topic", "主题分类"],
        ClauseMatch = FieldClauseMatch.Contains,
    };

    public static FilterField Source { get; } = new("source", "来源", FilterValueKind.Text);

    public static FilterField Year { get; } = new("year", "发布年份", FilterValueKind.Year);

    public static IReadOnlyList<FilterField> All { get; } = [Issuer, Category, Validity, Topic, Source, Year];
}
