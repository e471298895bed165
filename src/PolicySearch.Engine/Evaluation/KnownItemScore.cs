namespace PolicySearch.Engine.Evaluation;

public sealed record KnownItemScore(string Kind, int Queries, double SuccessAt1, double SuccessAt10, double MrrAt10)
{
    public static KnownItemScore Of(string kind, IReadOnlyCollection<KnownItemOutcome> outcomes)
    {
        var count = Math.Max(outcomes.Count, 1);
        return new KnownItemScore(
            kind,
            outcomes.Count,
            outcomes.Count(outcome => outcome.Rank == 1) / (double)count,
            outcomes.Count(outcome => outcome.Rank is not null) / (double)count,
            outcomes.Sum(outcome => outcome.Rank is { } rank ? 1.0 / rank : 0) / count);
    }
}
