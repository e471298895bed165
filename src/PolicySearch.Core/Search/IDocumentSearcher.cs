using PolicySearch.Core.Documents;

namespace PolicySearch.Core.Search;

/// <summary>Reads an index: ranked search and documents by id. Thread-safe.</summary>
public interface IDocumentSearcher
{
    /// <exception cref="Errors.PolicySearchException">The query or paging is invalid.</exception>
    SearchResults Search(SearchRequest request);

    PolicyDocument? FindDocument(string id);
}
