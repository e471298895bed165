namespace PolicySearch.Engine.Evaluation;

/// <summary>A document some ranking returned for a query, to be judged: which systems returned it, and its best rank.</summary>
public sealed record PooledDocument(string Kind, string Query, string DocumentId, IReadOnlyList<string> Systems, int BestRank);
