using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicySearch.Engine.Schema;

namespace PolicySearch.Engine.Searching;

/// <summary>Makes each refreshed reader's searcher, with its facet ordinals built before the first search sees it.</summary>
internal sealed class PolicySearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        var searcher = new PolicyIndexSearcher(reader);
        foreach (var field in FilterIndexFields.FacetFields)
        {
            searcher.FacetOrdinals(field);
        }

        return searcher;
    }
}
