namespace PolicySearch.Engine.Evaluation;

/// <summary>How one judged query fared: the ids ranked (up to the depth) and its scores at that depth.</summary>
/// <param name="FirstRelevantRank">1-based rank of the first document graded relevant, or null when none is in the top results.</param>
/// <param name="TotalHits">How many documents the search found in all (0: the user saw nothing).</param>
public sealed record JudgedOutcome(JudgedQuery Query, IReadOnlyList<string> RankedIds, int? FirstRelevantRank, double Ndcg, int TotalHits)
{
    public double PrecisionAtDepth => RankedIds.Count(id => RelevanceMetrics.IsRelevant(Query.Grades.GetValueOrDefault(id))) / (double)JudgedRunner.Depth;

    public bool SuccessAt3 => FirstRelevantRank <= 3;

    public double ReciprocalRank => FirstRelevantRank is { } rank ? 1.0 / rank : 0;

    public bool SuccessAt1 => FirstRelevantRank == 1;

    public bool SuccessAtDepth => FirstRelevantRank is not null;
}
