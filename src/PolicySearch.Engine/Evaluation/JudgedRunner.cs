using PolicySearch.Core.Search;

namespace PolicySearch.Engine.Evaluation;

/// <summary>Runs judged queries against a searcher and scores the top <see cref="Depth"/> results of each.</summary>
public static class JudgedRunner
{
    public const int Depth = 10;

    public static JudgedReport Run(IDocumentSearcher searcher, IReadOnlyList<JudgedQuery> queries)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(queries);
        var outcomes = new List<JudgedOutcome>(queries.Count);
        foreach (var query in queries)
        {
            var results = searcher.Search(new SearchRequest(query.Query, 1, Depth) { FacetSize = 0, WithSnippets = false });
            var ranked = results.Hits.Select(hit => hit.Id).ToList();
            outcomes.Add(new JudgedOutcome(
                query,
                ranked,
                RelevanceMetrics.FirstRelevantRank(ranked, query.Grades, Depth),
                RelevanceMetrics.NormalizedDiscountedCumulativeGain(ranked, query.Grades, Depth),
                results.Total));
        }

        return new JudgedReport(outcomes);
    }
}
