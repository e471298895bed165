using Lucene.Net.Search;

namespace PolicySearch.Engine.Searching.Understanding;

/// <summary>
/// A boolean query whose score is multiplied by the share of its clauses a document matches (Lucene's classic
/// coordination factor), which BM25 leaves out: a document with two of a question's concepts ranks above one that
/// matches a single common concept very often (罚款 in a 罚款 rule for a question about dogs off the leash and fines).
/// </summary>
internal sealed class CoordinatedBooleanQuery : BooleanQuery
{
    public override Weight CreateWeight(IndexSearcher searcher) => new CoordinatedWeight(this, searcher);

    private sealed class CoordinatedWeight(BooleanQuery query, IndexSearcher searcher) : BooleanWeight(query, searcher, disableCoord: false)
    {
        public override float Coord(int overlap, int maxOverlap) => maxOverlap <= 1 ? 1f : overlap / (float)maxOverlap;
    }
}
