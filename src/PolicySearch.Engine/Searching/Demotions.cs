using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Searching;

/// <summary>Scores multiplied down for the documents of a kind a reader rarely wants first.</summary>
internal static class Demotions
{
    /// <summary>The query's scores, multiplied by <paramref name="factor"/> for documents that match <paramref name="context"/>.</summary>
    public static Query Demoted(Query query, Query context, float factor) => new BoostingQuery(query, context, factor);

    /// <summary>Documents in Traditional script (Taiwan's laws, which govern no mainland matter) rank lower.</summary>
    public static Query TraditionalScriptLower(Query query) =>
        Demoted(query, new TermQuery(new Term(IndexFields.Script, DocumentMapper.Traditional)), RankingWeights.TraditionalScript);
}
