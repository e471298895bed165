namespace PolicySearch.Engine.Searching;

/// <summary>
/// Boosts of the query clauses. Exact keys are constant scores far above any BM25 sum, so an exact
/// 文号, 索引号 or title always ranks first; among text matches, title beats body and a contiguous
/// phrase beats scattered words.
/// </summary>
internal static class RankingWeights
{
    public const float DocumentNumberKey = 2000f;
    public const float IndexNumberKey = 2000f;
    public const float TitleKey = 1000f;
    public const float TitlePhrase = 4f;
    public const float BodyPhrase = 1f;
    public const float IssuerPhrase = 1f;
    public const float Words = 0.5f;
    public const float TitleWord = 1.5f;
    public const float BodyWord = 1f;
    public const float ClauseTieBreaker = 0.1f;

    /// <summary>Small: orders versions of one document, barely moves anything else.</summary>
    public const float InForce = 1f;

    /// <summary>Synonym variants rank a little below the wording the user typed.</summary>
    public const float Synonym = 0.8f;

    /// <summary>A formal term the lexicon maps an everyday word to counts a little more than the word typed (the documents use it): questions nDCG@10 citizen 0.681 → 0.683, hotline 0.609 → 0.619 over 1.0; 0.7 lost.</summary>
    public const float FormalTerm = 1.3f;

    /// <summary>Among a concept's alternatives the best counts, each other one this much.</summary>
    public const float ConceptTieBreaker = 0.3f;

    /// <summary>For a question, repealed documents' scores are multiplied by this…</summary>
    public const float QuestionRepealed = 0.6f;

    /// <summary>…superseded versions' (已修改) by this…</summary>
    public const float QuestionSuperseded = 0.8f;

    /// <summary>
    /// …and those of documents in Traditional script (Taiwan's laws) by this, as for any query typed in Simplified script:
    /// questions nDCG@10 citizen 0.743 → 0.753 over 0.3 (S@3 0.893 → 0.909), legal 0.801 → 0.804, known items unchanged.
    /// </summary>
    public const float TraditionalScript = 0.1f;

    /// <summary>Lifts the documents with every typed word above those a broadened query adds after them.</summary>
    public const float StrictFirst = 10_000f;
}
