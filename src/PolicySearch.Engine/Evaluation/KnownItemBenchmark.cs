using System.Diagnostics;
using PolicySearch.Core.Search;

namespace PolicySearch.Engine.Evaluation;

/// <summary>Runs known-item queries against a searcher: where the wanted document ranks, and how long each search took.</summary>
public static class KnownItemBenchmark
{
    public const int Depth = 10;

    public static KnownItemReport Run(IDocumentSearcher searcher, IReadOnlyList<KnownItemQuery> queries, int warmupQueries = 20)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(queries);
        foreach (var query in queries.Take(warmupQueries))
        {
            searcher.Search(new SearchRequest(query.Query, 1, Depth));
        }

        var outcomes = new List<KnownItemOutcome>(queries.Count);
        foreach (var query in queries)
        {
            var started = Stopwatch.GetTimestamp();
            var results = searcher.Search(new SearchRequest(query.Query, 1, Depth));
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var rank = results.Hits.Select((hit, index) => (hit, index)).FirstOrDefault(pair => query.AcceptableIds.Contains(pair.hit.Id)) is { hit: not null } found
                ? found.index + 1
                : (int?)null;
            outcomes.Add(new KnownItemOutcome(query, rank, (results.Hits.Count > 0 ? results.Hits[0].Id : null), elapsedMs));
        }

        return new KnownItemReport(outcomes);
    }
}
