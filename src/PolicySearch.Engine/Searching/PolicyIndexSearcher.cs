using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Searching;

/// <summary>
/// A searcher over one reader, scoring with <see cref="PolicySimilarity"/> like the writer,
/// that keeps what is costly to derive from its reader: the facet fields' index-wide ordinals.
/// </summary>
internal sealed class PolicyIndexSearcher : IndexSearcher
{
    private readonly ConcurrentDictionary<string, Lazy<FacetOrdinals?>> _facetOrdinals = new(StringComparer.Ordinal);

    public PolicyIndexSearcher(IndexReader reader)
        : base(reader)
    {
        Similarity = PolicySimilarity.Instance;
    }

    public FacetOrdinals? FacetOrdinals(string field) =>
        _facetOrdinals.GetOrAdd(field, name => new Lazy<FacetOrdinals?>(() => Searching.FacetOrdinals.Build(IndexReader, name))).Value;
}
