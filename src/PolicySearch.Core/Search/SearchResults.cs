namespace PolicySearch.Core.Search;

public sealed record SearchResults(
    string Query,
    int Total,
    int Page,
    int Size,
    double TookMs,
    IReadOnlyList<SearchHit> Hits);
