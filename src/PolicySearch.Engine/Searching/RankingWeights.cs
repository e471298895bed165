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
}
