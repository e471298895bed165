using PolicySearch.Core.Documents;
using PolicySearch.Core.Search;

namespace PolicySearch.Engine.Evaluation;

/// <summary>The product's search with every query searched as typed (<see cref="SearchRequest.Literal"/>).</summary>
public sealed class LiteralSearcher(IDocumentSearcher searcher) : IDocumentSearcher
{
    public SearchResults Search(SearchRequest request) => searcher.Search(request with { Literal = true });

    public PolicyDocument? FindDocument(string id) => searcher.FindDocument(id);
}
