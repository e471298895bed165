using PolicySearch.Core.Search;

namespace PolicySearch.Engine.Searching;

/// <summary>The field prefixes of the query language, in English and Chinese: the fixed ones, and those of the filter fields.</summary>
internal static class QueryFieldNames
{
    private static readonly (QueryField Field, string[] Names)[] Fixed =
    [
        (QueryField.Title, ["title", "标题"]),
        (QueryField.DocumentNumber, ["docno", "文号", "发文字号"]),
        (QueryField.Published, ["published", "发布日期"]),
        (QueryField.Written, ["written", "成文日期"]),
    ];

    private static readonly Dictionary<string, (QueryField Field, FilterField? Filter)> Fields = Build();

    /// <summary>Each field's first two names (title/标题, issuer/发布机构 …), for the message about an unknown field.</summary>
    public static string Accepted { get; } = string.Join(", ", Fixed.Select(entry => entry.Names)
        .Concat(FilterFields.All.Where(field => field.QueryNames.Count > 0).Select(field => field.QueryNames))
        .Select(names => string.Join('/', names.Take(2))));

    public static bool TryGet(string name, out QueryField field, out FilterField? filter)
    {
        var found = Fields.TryGetValue(name, out var entry);
        (field, filter) = entry;
        return found;
    }

    public static bool IsRange(QueryField field) => field is QueryField.Published or QueryField.Written;

    /// <summary>Clauses on these fields narrow the results without adding to the score.</summary>
    public static bool IsFilter(QueryField field) => field is not (QueryField.Any or QueryField.Title);

    private static Dictionary<string, (QueryField, FilterField?)> Build()
    {
        var fields = new Dictionary<string, (QueryField, FilterField?)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (field, names) in Fixed)
        {
            foreach (var name in names)
            {
                fields.Add(name, (field, null));
            }
        }

        foreach (var filter in FilterFields.All)
        {
            foreach (var name in filter.QueryNames)
            {
                fields.Add(name, (QueryField.Filter, filter));
            }
        }

        return fields;
    }
}
