namespace PolicySearch.Core.Search;

/// <summary>
/// Filters combined with the query: values of one field are alternatives (OR), fields narrow each
/// other (AND). Keyword values match exactly, as returned in facets.
/// </summary>
public sealed record SearchFilters
{
    public static SearchFilters None { get; } = new();

    public DateRange? Published { get; init; }

    /// <summary>Only documents in force on this date: in effect by then, and not repealed or superseded.</summary>
    public DateOnly? InForceOn { get; init; }

    private IReadOnlyDictionary<FilterField, IReadOnlyList<string>> Values { get; init; } = new Dictionary<FilterField, IReadOnlyList<string>>();

    public bool IsEmpty => Values.Values.All(values => values.Count == 0) && Published is null && InForceOn is null;

    /// <summary>The values of a field (as typed: <see cref="FilterField.Normalize"/> gives the indexed form).</summary>
    public IReadOnlyList<string> this[FilterField field] => Values.GetValueOrDefault(field) ?? [];

    /// <summary>These filters with <paramref name="values"/> as the values of <paramref name="field"/>.</summary>
    public SearchFilters With(FilterField field, params IEnumerable<string> values) =>
        this with { Values = new Dictionary<FilterField, IReadOnlyList<string>>(Values) { [field] = [.. values] } };
}
