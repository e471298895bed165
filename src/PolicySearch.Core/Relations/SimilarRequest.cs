namespace PolicySearch.Core.Relations;

/// <summary>Documents like the one with <see cref="Id"/>; its other versions are left out unless <see cref="IncludeVersions"/>.</summary>
public sealed record SimilarRequest(string Id, int Size = SimilarRequest.DefaultSize, bool IncludeVersions = false)
{
    public const int DefaultSize = 10;
    public const int MaxSize = 50;
}
