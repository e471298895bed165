namespace PolicySearch.Core.Search;

/// <summary>A ranked search: the user's query and the page of results wanted (1-based).</summary>
public sealed record SearchRequest(string Query, int Page = 1, int Size = 10)
{
    public const int MaxSize = 100;
    public const int MaxPage = 1000;
    public const int MaxQueryLength = 1000;
}
