using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace PolicySearch.Engine.Searching;

/// <summary>Searchers score with BM25, like the writer; Lucene 4.8 would default to TF-IDF.</summary>
internal sealed class PolicySearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
}
