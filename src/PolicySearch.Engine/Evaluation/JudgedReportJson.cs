namespace PolicySearch.Engine.Evaluation;

/// <summary>The JSON <c>eval --json FILE</c> writes: the scores per kind and overall, and each query's ranking with its grades.</summary>
public static class JudgedReportJson
{
    public static object Of(JudgedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new
        {
            depth = JudgedRunner.Depth,
            relevantGrade = RelevanceMetrics.RelevantGrade,
            byKind = report.ByKind,
            knownItems = report.KnownItems,
            overall = report.Overall,
            queries = report.Outcomes.Select(outcome => new
            {
                kind = outcome.Query.Kind,
                query = outcome.Query.Query,
                reciprocalRank = outcome.ReciprocalRank,
                ndcg = outcome.Ndcg,
                firstRelevantRank = outcome.FirstRelevantRank,
                ranked = outcome.RankedIds.Select(id => new { id, grade = outcome.Query.Grades.TryGetValue(id, out var grade) ? grade : (int?)null }),
            }),
        };
    }
}
