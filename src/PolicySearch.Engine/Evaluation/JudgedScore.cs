namespace PolicySearch.Engine.Evaluation;

/// <summary>Mean scores over a group of judged queries (one kind, all known-item kinds, or everything).</summary>
/// <param name="ZeroResultRate">Share of queries the search found nothing for.</param>
public sealed record JudgedScore(
    string Kind, int Queries, int Judgments, double MrrAt10, double NdcgAt10, double PrecisionAt10,
    double SuccessAt1, double SuccessAt3, double SuccessAt10, double ZeroResultRate)
{
    public static JudgedScore Of(string kind, IReadOnlyCollection<JudgedOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var count = Math.Max(outcomes.Count, 1);
        return new JudgedScore(
            kind,
            outcomes.Count,
            outcomes.Sum(outcome => outcome.Query.Grades.Count),
            outcomes.Sum(outcome => outcome.ReciprocalRank) / count,
            outcomes.Sum(outcome => outcome.Ndcg) / count,
            outcomes.Sum(outcome => outcome.PrecisionAtDepth) / count,
            outcomes.Count(outcome => outcome.SuccessAt1) / (double)count,
            outcomes.Count(outcome => outcome.SuccessAt3) / (double)count,
            outcomes.Count(outcome => outcome.SuccessAtDepth) / (double)count,
            outcomes.Count(outcome => outcome.TotalHits == 0) / (double)count);
    }
}
