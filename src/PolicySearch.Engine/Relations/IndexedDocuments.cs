using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicySearch.Core.Documents;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Relations;

/// <summary>Stored documents of one searcher, looked up by id or by a keyword term.</summary>
internal sealed class IndexedDocuments
{
    private readonly IndexSearcher _searcher;

    public IndexedDocuments(IndexSearcher searcher)
    {
        _searcher = searcher;
    }

    public (int DocId, PolicyDocument Document)? ById(string id)
    {
        var top = _searcher.Search(new TermQuery(new Term(IndexFields.Id, id)), 1);
        return top.ScoreDocs.Length == 0 ? null : (top.ScoreDocs[0].Doc, Load(top.ScoreDocs[0].Doc));
    }

    public PolicyDocument Load(int docId) => DocumentMapper.Load(_searcher.IndexReader, docId);

    /// <summary>At most <paramref name="max"/> documents holding the term, in index order.</summary>
    public List<PolicyDocument> WithTerm(string field, string value, int max) =>
        _searcher.Search(new TermQuery(new Term(field, value)), max).ScoreDocs.Select(hit => Load(hit.Doc)).ToList();

    /// <summary>The ids of every document holding the term, without loading them.</summary>
    public List<int> IdsWithTerm(string field, string value)
    {
        var collector = new DocIdCollector();
        _searcher.Search(new TermQuery(new Term(field, value)), collector);
        return collector.DocIds;
    }
}
