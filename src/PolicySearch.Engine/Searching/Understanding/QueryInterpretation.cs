using PolicySearch.Core.Search;

namespace PolicySearch.Engine.Searching.Understanding;

/// <summary>
/// How the free text of a query was understood: the concepts searched for, the words ignored, and whether it
/// read as a question. Quoted phrases, fielded clauses and filters are not part of it: they apply as typed.
/// </summary>
/// <param name="Phrases">Runs of the question's text between ignored words that hold several concepts (专项维修资金 in
/// 专项维修资金怎么用): a document with the run word for word ranks higher.</param>
internal sealed record QueryInterpretation(IReadOnlyList<QueryConcept> Concepts, IReadOnlyList<string> Ignored, bool IsQuestion)
{
    public IReadOnlyList<string> Phrases { get; init; } = [];

    public IEnumerable<QueryConcept> Counted => Concepts.Where(concept => concept.IsCounted);

    /// <summary>
    /// Concepts a matching document must have at least: one in three of the counted ones (rounded up), so a
    /// question of up to three concepts finds documents with any of them, ranked by how many they have.
    /// </summary>
    public int DefaultMinimumMatch => Math.Max(1, (Counted.Count() + 2) / 3);

    public QueryUnderstanding ToUnderstanding() => new(
        Concepts.Where(concept => concept.IsCounted).Select(concept => concept.Text).ToList(),
        Concepts.Where(concept => concept.IsMapped).Select(concept => new MappedWord(concept.Text, concept.FormalTerms)).ToList(),
        Ignored,
        IsQuestion);
}
