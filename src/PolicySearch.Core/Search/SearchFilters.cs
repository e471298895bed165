namespace PolicySearch.Core.Search;

/// <summary>
/// Filters combined with the query: values of one field are alternatives (OR), fields narrow each
/// other (AND). Keyword values match exactly, as returned in facets.
/// </summary>
public sealed record SearchFilters
{
    public static SearchFilters None { get; } = new();

    public IReadOnlyList<string> Issuers { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>valid, amended, repealed, notYetEffective, unknown (or their Chinese labels).</summary>
    public IReadOnlyList<string> Validities { get; init; } = [];

    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<string> Sources { get; init; } = [];

    public IReadOnlyList<int> Years { get; init; } = [];

    public DateRange? Published { get; init; }

    /// <summary>Only documents in force on this date: in effect by then, and not repealed or superseded.</summary>
    public DateOnly? InForceOn { get; init; }

    public bool IsEmpty =>
        Issuers.Count == 0 && Categories.Count == 0 && Validities.Count == 0 && Topics.Count == 0
        && Sources.Count == 0 && Years.Count == 0 && Published is null && InForceOn is null;
}
