namespace PolicySearch.Engine.Searching.Understanding;

/// <summary>
/// One thing a question is about: a word as typed (folded) and, for an everyday word, the formal terms the
/// documents use for it. <see cref="Weight"/> grows when the question names it more than once.
/// <see cref="IsCounted"/> is false for a single character left over from a question (分 in 垃圾分类怎么分), which is
/// searched only when nothing else is.
/// </summary>
internal sealed record QueryConcept(string Text, IReadOnlyList<string> FormalTerms, float Weight, bool IsCounted)
{
    public bool IsMapped => FormalTerms.Count > 0;
}
