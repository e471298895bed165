namespace PolicySearch.Core.Search;

public enum SearchSort
{
    Relevance = 0,

    /// <summary>Newest published first; undated documents last.</summary>
    Newest,

    /// <summary>Oldest published first; undated documents last.</summary>
    Oldest,
}
