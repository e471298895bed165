using PolicySearch.Core.Documents;

namespace PolicySearch.Core.Search;

/// <summary>
/// One ranked result. The <see cref="Snippet"/> is plain text with the spans that match; for laws and regulations it
/// comes from the best-matching article, named in <see cref="Article"/>. In JSON the snippet is HTML
/// (<see cref="Serialization.SnippetHtml"/>).
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
    Snippet Snippet)
{
    /// <summary>The article (第十二条) the snippet comes from, for laws and regulations; null otherwise.</summary>
    public string? Article => Snippet.Article;
}
