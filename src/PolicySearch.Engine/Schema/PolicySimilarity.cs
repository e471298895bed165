using Lucene.Net.Search.Similarities;

namespace PolicySearch.Engine.Schema;

/// <summary>
/// BM25 for every field (Lucene 4.8 would default to TF-IDF), with a gentler length normalization on the
/// bigram fields (b 0.5 instead of 0.75). Their average length is taken over all tokens, about one per
/// character now that a run's interior unigrams are gone, where it used to be two; a document's length
/// counts one per character either way. b 0.5 keeps the weight length had when the ranking was tuned:
/// topical nDCG@10 on samples/judgments.tsv is 0.903 with it and 0.897 with 0.75 (docs/relevance.md).
/// Only scoring changes with b, so it needs no reindex. Used by the writer (norms) and every searcher.
/// </summary>
internal sealed class PolicySimilarity : PerFieldSimilarityWrapper
{
    private static readonly Similarity Words = new BM25Similarity();
    private static readonly Similarity Bigrams = new BM25Similarity(k1: 1.2f, b: 0.5f);

    private PolicySimilarity()
    {
    }

    public static PolicySimilarity Instance { get; } = new();

    public override Similarity Get(string name) => IndexFields.IsBigramField(name) ? Bigrams : Words;
}
