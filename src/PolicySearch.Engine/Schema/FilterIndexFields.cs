using PolicySearch.Core.Search;

namespace PolicySearch.Engine.Schema;

/// <summary>
/// Where each <see cref="FilterField"/> lives in the index: the keyword field with doc values that filters and facets
/// read, and for a field matched by <see cref="FieldClauseMatch.Contains"/> the bigram field its clauses search.
/// </summary>
internal static class FilterIndexFields
{
    private static readonly Dictionary<FilterField, string> Keywords = new()
    {
        [FilterFields.Issuer] = IndexFields.Issuer,
        [FilterFields.Category] = IndexFields.Category,
        [FilterFields.Validity] = IndexFields.Validity,
        [FilterFields.Topic] = IndexFields.Topic,
        [FilterFields.Source] = IndexFields.SourceName,
        [FilterFields.Year] = IndexFields.Year,
    };

    private static readonly Dictionary<FilterField, string> Bigrams = new()
    {
        [FilterFields.Issuer] = IndexFields.IssuerBigrams,
        [FilterFields.Topic] = IndexFields.TopicBigrams,
    };

    /// <summary>The keyword fields of every filter field, in the order of <see cref="FilterFields.All"/>.</summary>
    public static IReadOnlyList<string> FacetFields { get; } = [.. FilterFields.All.Select(Keyword)];

    public static string Keyword(FilterField field) => Keywords.TryGetValue(field, out var name)
        ? name
        : throw new InvalidOperationException($"The filter field '{field.Name}' has no index field: add it to {nameof(FilterIndexFields)}.");

    public static string Bigram(FilterField field) => Bigrams.TryGetValue(field, out var name)
        ? name
        : throw new InvalidOperationException($"The filter field '{field.Name}' has no bigram field for its clauses: add it to {nameof(FilterIndexFields)}.");
}
