namespace PolicySearch.Core.Relations;

/// <summary>The documents most like the one with <see cref="Id"/>, best first.</summary>
public sealed record SimilarDocuments(string Id, IReadOnlyList<SimilarDocument> Hits);
