namespace PolicySearch.Core.Search;

/// <summary>
/// A ranked search: the user's query (in the query language of the README), filters, sort and the
/// page of results wanted (1-based). The query may be empty only when a filter narrows the results.
/// </summary>
public sealed record SearchRequest(string Query, int Page = 1, int Size = 10)
{
    public const int MaxSize = 100;
    public const int MaxPage = 1000;
    public const int MaxQueryLength = 1000;
    public const int MaxFacetSize = 100;

    /// <summary>Rows an export (no snippets) may ask for at once.</summary>
    public const int MaxExportSize = 1000;

    public SearchFilters Filters { get; init; } = SearchFilters.None;

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Values returned per facet field; 0 returns no facets.</summary>
    public int FacetSize { get; init; } = 10;

    /// <summary>Include how the query was understood (<see cref="SearchResults.Explanation"/>).</summary>
    public bool Explain { get; init; }

    /// <summary>Search the words as typed: no question reading, no everyday-word mapping.</summary>
    public bool Literal { get; init; }

    /// <summary>Whether snippets are built for the hits (exports and feeds do not need them).</summary>
    public bool WithSnippets { get; init; } = true;
}
