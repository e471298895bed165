using PolicySearch.Core.Search;

namespace PolicySearch.Engine.Evaluation;

/// <summary>
/// The documents to judge for a set of queries: the union of several rankings' top results (pooling, as search
/// evaluations build their judgments), each with the systems that retrieved it and its best rank.
/// </summary>
public static class JudgingPool
{
    public static IReadOnlyList<PooledDocument> Build(
        IReadOnlyList<(string Kind, string Query)> queries, IReadOnlyDictionary<string, IDocumentSearcher> systems, int depth)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(systems);
        var pool = new List<PooledDocument>();
        foreach (var (kind, query) in queries)
        {
            var found = new Dictionary<string, (List<string> Systems, int BestRank)>(StringComparer.Ordinal);
            foreach (var (name, searcher) in systems)
            {
                var hits = searcher.Search(new SearchRequest(query, 1, depth) { FacetSize = 0, WithSnippets = false }).Hits;
                for (var rank = 1; rank <= hits.Count; rank++)
                {
                    var id = hits[rank - 1].Id;
                    if (!found.TryGetValue(id, out var entry))
                    {
                        entry = ([], rank);
                        found[id] = entry;
                    }

                    entry.Systems.Add(name);
                    found[id] = (entry.Systems, Math.Min(entry.BestRank, rank));
                }
            }

            pool.AddRange(found.OrderBy(pair => pair.Value.BestRank)
                .Select(pair => new PooledDocument(kind, query, pair.Key, pair.Value.Systems, pair.Value.BestRank)));
        }

        return pool;
    }
}
