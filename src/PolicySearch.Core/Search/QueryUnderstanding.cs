namespace PolicySearch.Core.Search;

/// <summary>
/// How the free text of a query was read: the words searched for, everyday words and the formal terms they were
/// mapped to (also searched), and the question and function words ignored.
/// </summary>
/// <param name="IsQuestion">True when the text read as a question (怎么, 吗, 能不能 …).</param>
public sealed record QueryUnderstanding(
    IReadOnlyList<string> Searched,
    IReadOnlyList<MappedWord> Mapped,
    IReadOnlyList<string> Ignored,
    bool IsQuestion)
{
    /// <summary>The first formal term of an everyday word: what the documents call the matter ("您是不是要找").</summary>
    public string? Suggestion => Mapped.Count == 0 ? null : Mapped[0].Terms[0];
}
