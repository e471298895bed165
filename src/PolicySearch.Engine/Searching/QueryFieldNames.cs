namespace PolicySearch.Engine.Searching;

/// <summary>The field prefixes of the query language, in English and Chinese.</summary>
internal static class QueryFieldNames
{
    private static readonly Dictionary<string, QueryField> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = QueryField.Title,
        ["标题"] = QueryField.Title,
        ["issuer"] = QueryField.Issuer,
        ["发布机构"] = QueryField.Issuer,
        ["发文机关"] = QueryField.Issuer,
        ["docno"] = QueryField.DocumentNumber,
        ["文号"] = QueryField.DocumentNumber,
        ["发文字号"] = QueryField.DocumentNumber,
        ["category"] = QueryField.Category,
        ["类别"] = QueryField.Category,
        ["validity"] = QueryField.Validity,
        ["有效性"] = QueryField.Validity,
        ["topic"] = QueryField.Topic,
        ["主题分类"] = QueryField.Topic,
        ["published"] = QueryField.Published,
        ["发布日期"] = QueryField.Published,
        ["written"] = QueryField.Written,
        ["成文日期"] = QueryField.Written,
    };

    public static string Accepted => "title/标题, issuer/发布机构, docno/文号, category/类别, validity/有效性, topic/主题分类, published/发布日期, written/成文日期";

    public static bool TryGet(string name, out QueryField field) => Fields.TryGetValue(name, out field);

    public static bool IsRange(QueryField field) => field is QueryField.Published or QueryField.Written;

    /// <summary>Clauses on these fields narrow the results without adding to the score.</summary>
    public static bool IsFilter(QueryField field) => field is not (QueryField.Any or QueryField.Title);
}
