namespace PolicySearch.Engine.Evaluation;

/// <summary>Success@1, success@10 and MRR@10 per query kind and overall, and latency percentiles.</summary>
public sealed record KnownItemReport(IReadOnlyList<KnownItemOutcome> Outcomes)
{
    public IReadOnlyList<KnownItemScore> ByKind => Outcomes
        .GroupBy(outcome => outcome.Query.Kind)
        .OrderBy(group => group.Key)
        .Select(group => KnownItemScore.Of(group.Key.ToString(), group.ToList()))
        .ToList();

    public KnownItemScore Overall => KnownItemScore.Of("All", Outcomes);

    public IEnumerable<KnownItemOutcome> Misses => Outcomes.Where(outcome => outcome.Rank != 1);

    public double LatencyPercentileMs(double percentile)
    {
        if (Outcomes.Count == 0)
        {
            return 0;
        }

        var sorted = Outcomes.Select(outcome => outcome.ElapsedMs).Order().ToList();
        var index = (int)Math.Ceiling(percentile / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }
}
