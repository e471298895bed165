using PolicySearch.Core.Documents;

namespace PolicySearch.Core.Relations;

/// <summary>One document found like another, with its more-like-this score.</summary>
public sealed record SimilarDocument(string Id, string Title, string? Issuer, DateOnly? PublishedDate, Validity Validity, float Score);
