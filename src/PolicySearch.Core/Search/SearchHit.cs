using PolicySearch.Core.Documents;

namespace PolicySearch.Core.Search;

/// <summary>
/// One ranked result. <see cref="Snippet"/> is HTML: document text HTML-encoded, matches in &lt;mark&gt;;
/// for laws and regulations it comes from the best-matching article, named in <see cref="Article"/>.
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
    string Snippet)
{
    /// <summary>The article (第十二条) the snippet comes from, for laws and regulations; null otherwise.</summary>
    public string? Article { get; init; }
}
