namespace PolicySearch.Engine.Evaluation;

/// <param name="Rank">1-based rank of the first acceptable document in the top results, or null when it is not there.</param>
public sealed record KnownItemOutcome(KnownItemQuery Query, int? Rank, string? TopId, double ElapsedMs);
