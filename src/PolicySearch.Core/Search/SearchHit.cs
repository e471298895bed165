using PolicySearch.Core.Documents;

namespace PolicySearch.Core.Search;

/// <summary>
/// One ranked result. <see cref="Snippet"/> is HTML: document text HTML-encoded, matches in &lt;mark&gt;.
/// </summary>
public sealed record SearchHit(
    string Id,
    string Title,
    string? Url,
    string? Issuer,
    string? DocumentNumber,
    string? Category,
    Validity Validity,
    DateOnly? PublishedDate,
    DateOnly? WrittenDate,
    float Score,
    string Snippet);
