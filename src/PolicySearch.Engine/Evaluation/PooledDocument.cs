using System.Globalization;

namespace PolicySearch.Engine.Evaluation;

/// <summary>A document some ranking returned for a query, to be judged: which systems returned it, and its best rank.</summary>
public sealed record PooledDocument(string Kind, string Query, string DocumentId, IReadOnlyList<string> Systems, int BestRank)
{
    /// <summary>The line <c>eval --pool</c> prints: kind, query, document id, systems, best rank, tab-separated.</summary>
    public string ToLine() => string.Create(CultureInfo.InvariantCulture, $"{Kind}\t{Query}\t{DocumentId}\t{string.Join(',', Systems)}\t{BestRank}");
}
