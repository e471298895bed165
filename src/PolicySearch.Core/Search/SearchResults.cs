namespace PolicySearch.Core.Search;

/// <param name="Facets">Counts per value for issuer, category, validity, topic, source and year. A field with a
/// filter on it is counted as if that one filter were absent, so other values can be added to it.</param>
/// <param name="Relaxed">True when nothing matched every word and the results match most of them instead.</param>
/// <param name="Notice">A sentence for the user about how the query was handled (relaxed), or null.</param>
/// <param name="Understanding">How the free text was read when it was read as a question or mapped from everyday
/// words; null when the query was searched as typed.</param>
public sealed record SearchResults(
    string Query,
    int Total,
    int Page,
    int Size,
    double TookMs,
    IReadOnlyList<SearchHit> Hits)
{
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<FacetValue>>();

    public bool Relaxed { get; init; }

    public string? Notice { get; init; }

    public QueryUnderstanding? Understanding { get; init; }

    public QueryExplanation? Explanation { get; init; }
}
